#!/usr/bin/env bash
# Regenerates the Go bindings in bindings/ from the forge artifacts with abigen --v2.
# With --check, generates into a temporary folder and fails when bindings/ differs.
set -euo pipefail
cd "$(dirname "$0")/.."

# contract:package — one package per contract, since abigen v2 names shared output types
# (Eip712DomainOutput...) without a contract prefix.
contracts=(GinToken:gintoken ProviderStaking:staking AuctionEscrow:escrow FaultDisputes:disputes GinTimelock:timelock)
dest=bindings
if [[ "${1:-}" == "--check" ]]; then
  dest=$(mktemp -d)
  trap 'rm -rf "$dest"' EXIT
fi

# A private output folder: the artifacts can't be half-written by a concurrent forge run.
work=$(mktemp -d)
./scripts/forge.sh build contracts/src --out "$work/out" --cache-path "$work/cache" >/dev/null
for entry in "${contracts[@]}"; do
  c=${entry%%:*} pkg=${entry##*:}
  node -e '
    const a = require(process.argv[1]);
    const fs = require("fs");
    fs.writeFileSync(process.argv[2] + ".abi", JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[2] + ".bin", a.bytecode.object);
  ' "$work/out/$c.sol/$c.json" "$work/$c"
  mkdir -p "$dest/$pkg"
  go tool abigen --v2 \
    --abi "$work/$c.abi" --bin "$work/$c.bin" --pkg "$pkg" --type "$c" --out "$dest/$pkg/$pkg.go"
done
rm -rf "$work"

if [[ "${1:-}" == "--check" ]]; then
  cp bindings/doc.go "$dest/doc.go"
  if ! diff -ru bindings "$dest" >/dev/null; then
    diff -ru bindings "$dest" | head -40 >&2
    echo "bindings/ is out of date: run 'make bindings' and commit the result" >&2
    exit 1
  fi
  echo "bindings up to date"
fi
