#!/usr/bin/env bash
# Makes a Docker Engine reachable for the agent's container runtime tests (agent/runtime).
# Idempotent: when `docker version` already answers, it does nothing. Otherwise (as root) it
# installs docker.io from Debian when dockerd is missing and starts dockerd in the background the
# way this sandbox allows (no iptables, no bridge network, vfs storage), then waits until it
# answers. Log: /tmp/dockerd.log (DOCKERD_LOG overrides); wait: 60 s (DOCKERD_WAIT_S).
set -euo pipefail

log=${DOCKERD_LOG:-/tmp/dockerd.log}
wait_s=${DOCKERD_WAIT_S:-60}

if docker version >/dev/null 2>&1; then
  exit 0
fi

if [[ $(id -u) != 0 ]]; then
  echo "no Docker Engine answers and starting one needs root: run 'sudo $0'" >&2
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  echo "dockerd is missing: installing docker.io with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q docker.io
fi

# Without procps on a bare machine: look for a dockerd process in /proc directly.
dockerd_running() {
  local comm
  for comm in /proc/[0-9]*/comm; do
    [[ $(cat "$comm" 2>/dev/null) == dockerd ]] && return 0
  done
  return 1
}

# A daemon may already be starting (a second run of this script, or one started by the
# package's scripts): start one only when none runs.
if ! dockerd_running; then
  echo "starting dockerd (log: $log)" >&2
  nohup dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
    >"$log" 2>&1 </dev/null &
fi

for ((i = 0; i < wait_s; i++)); do
  if docker version >/dev/null 2>&1; then
    echo "docker engine is up" >&2
    exit 0
  fi
  sleep 1
done

echo "dockerd did not answer within ${wait_s}s; last lines of $log:" >&2
tail -n 30 "$log" >&2 || true
exit 1
