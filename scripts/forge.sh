#!/usr/bin/env bash
# Runs forge from the npm package (@foundry-rs/forge) with its exit status: the package's node
# wrapper (node_modules/.bin/forge, what `npx forge` runs) does not pass the status on, so a failing
# test run, format check or lint would look green.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shopt -s nullglob
bins=("$root"/node_modules/@foundry-rs/forge-*/bin/forge)
if [[ ${#bins[@]} -eq 0 || ! -x "${bins[0]}" ]]; then
  echo "forge is not installed under node_modules: run 'make deps'" >&2
  exit 127
fi
exec "${bins[0]}" "$@"
