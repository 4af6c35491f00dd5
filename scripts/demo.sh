#!/usr/bin/env bash
# make demo: today, a local chain (anvil) with Gintonic's contracts deployed and the client journey
# run on it through the contracts (deposit with permit → job → signed bids → award → signed usage →
# settlement → provider failure → failover → stop → refund). The API, indexer, agents and
# dashboard join as their issues land.
# Leaves the chain running until Ctrl-C; DEMO_EXIT=1 exits after deploying.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${GIN_RPC_PORT:-8545}
rpc="http://127.0.0.1:$port"
out=${GIN_DEPLOYMENTS:-.tmp/deployments.json}
mkdir -p "$(dirname "$out")"

anvil=node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
[[ -x $anvil ]] || anvil=node_modules/.bin/anvil
if ! command -v "$anvil" >/dev/null 2>&1 && [[ ! -x $anvil ]]; then
  echo "anvil is missing: run 'npm ci' (make demo does it through 'make deps')" >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is taken: stop what runs there or set GIN_RPC_PORT" >&2
  exit 1
fi

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }
t0=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"; }

step "starting a local chain (anvil, chain id 31337, 1-second blocks) on $rpc"
"$anvil" --host 127.0.0.1 --port "$port" --chain-id 31337 --block-time 1 --silent &
anvil_pid=$!
trap 'kill $anvil_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
echo "  up after $(elapsed)"

step "deploying GinToken, ProviderStaking and AuctionEscrow"
# anvil's first dev account: deployer, governance, treasury and GIN holder.
export GIN_DEPLOYER_KEY=ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
go build -o .tmp/bin/ ./cmd/gin-deploy ./cmd/gin-demo
.tmp/bin/gin-deploy -rpc "$rpc" -out "$out"
echo "  deployed after $(elapsed)"
cat "$out"

step "the client journey, on chain (1-second blocks)"
.tmp/bin/gin-demo -rpc "$rpc" -deployments "$out"

step "ready"
cat <<MSG
  RPC endpoint (add it to MetaMask as chain 31337): $rpc
  Deployments file:                                 $out
  Coming with later issues: API + Swagger UI, the indexer and settlement services, provider agents
  running real containers, the dashboard.
MSG
if [[ "${DEMO_EXIT:-0}" == "1" ]]; then exit 0; fi
echo "  Ctrl-C stops the chain."
wait $anvil_pid
