#!/usr/bin/env bash
# Makes headless Chromium available for the dashboard's browser test (web/). Idempotent: when
# /usr/bin/chromium exists it does nothing. Otherwise, as root, it installs Debian's chromium;
# without root it says in one line what is missing, and the browser test is skipped (CI=1 makes
# that a failure; .ci/run installs it).
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if [[ $(id -u) != 0 ]]; then
  echo "note: /usr/bin/chromium is missing and installing it needs root ('sudo apt-get install chromium'): the dashboard's browser test will be skipped" >&2
  exit 0
fi
echo "chromium is missing: installing it with apt-get (the dashboard's browser test)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium >/dev/null
