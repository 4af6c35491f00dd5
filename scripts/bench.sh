#!/usr/bin/env bash
# bench.sh: every benchmark figure as `metric: <name> <median> <unit> n=<runs> min=<v> max=<v>`.
# One package at a time (-p 1), so that no two benchmarks share the cores; the full log goes to
# out/bench.log, and a benchmark that fails is shown with its output instead of vanishing.
#   scripts/bench.sh                    the full run (several runs per figure; under 30 minutes here)
#   scripts/bench.sh --quick            one run of each figure and the smallest scale points
#   scripts/bench.sh [--quick] ./api/   only these packages
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--quick" ]]; then export GIN_BENCH_QUICK=1; shift; fi
pkgs=("$@")
[[ ${#pkgs[@]} -gt 0 ]] || pkgs=(./...)
mkdir -p out
log=out/bench.log
cores=$(nproc)
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -sm), ${cores} cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(go version | cut -d' ' -f3); PostgreSQL with default durability${GIN_BENCH_QUICK:+; quick: one run each}"
start=$(date +%s)
status=0
go test -tags bench -p 1 -count=1 -timeout 40m -run '^TestBench' -v "${pkgs[@]}" >"$log" 2>&1 &
pid=$!
# Stream the metric lines as they come.
tail -n +1 -f "$log" --pid=$pid | grep --line-buffered '^metric:' || true
wait $pid || status=$?
echo "# $(( $(date +%s) - start )) s; full log: $log"
if [[ $status -ne 0 ]]; then
  echo "benchmarks failed:" >&2
  grep -E '^(--- FAIL|FAIL|panic:|\s+\S+_test\.go:[0-9]+:)' "$log" >&2 || tail -n 40 "$log" >&2
  exit $status
fi
