#!/usr/bin/env bash
# Builds the dashboard (web/) into web/dist, which the API binary embeds: installs web's npm
# packages when missing, writes web/src/abi.gen.ts from forge's artifacts (out/, `make contracts`),
# type-checks and runs Vite. With --check, builds into a scratch copy and fails when the committed
# abi.gen.ts or dist/ differ from what the sources give, leaving the working tree as it was.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/web"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm install --no-audit --no-fund --loglevel=error
fi
if [[ "${1:-}" != "--check" ]]; then
  node scripts/abi.mjs
  npm run --silent build
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r index.html package.json tsconfig.json vite.config.ts src scripts "$tmp/"
ln -s "$root/web/node_modules" "$tmp/node_modules"
mkdir -p "$tmp/out" && cp -r "$root"/out/{GinToken,ProviderStaking,AuctionEscrow}.sol "$tmp/out/" 2>/dev/null || {
  echo "out/ has no contract artifacts: run 'make contracts' first" >&2; exit 1; }
# abi.mjs reads <dir>/../out: give the scratch copy the same shape
mkdir -p "$tmp/w" && mv "$tmp"/{index.html,package.json,tsconfig.json,vite.config.ts,src,scripts,node_modules} "$tmp/w/"
(cd "$tmp/w" && node scripts/abi.mjs && npm run --silent build >/dev/null)
fail=0
if ! cmp -s "$tmp/w/src/abi.gen.ts" src/abi.gen.ts; then
  echo "web/src/abi.gen.ts is out of date with the contracts" >&2; fail=1
fi
if ! diff -r "$tmp/w/dist" dist >/dev/null; then
  diff -r "$tmp/w/dist" dist | head -20 >&2
  echo "web/dist is out of date with web/src" >&2; fail=1
fi
if [[ $fail == 1 ]]; then
  echo "run 'make web' and commit the result" >&2
  exit 1
fi
echo "web/dist and web/src/abi.gen.ts match their sources"
