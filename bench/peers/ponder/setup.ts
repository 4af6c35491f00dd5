// The run's setup, written by the Go benchmark (indexer/bench_peer_test.go) and named by
// GIN_PONDER_SETUP: the node, the chain, the start block, and each contract's address and ABI (from
// the Go bindings' metadata, so nothing here can drift from the contracts).
import { readFileSync } from "node:fs";

export type Setup = {
  rpc: string;
  chainId: number;
  startBlock: number;
  contracts: Record<string, { address: `0x${string}`; abi: readonly any[] }>;
};

const file = process.env.GIN_PONDER_SETUP;
if (!file) throw new Error("GIN_PONDER_SETUP is not set: run this project through the Go benchmark");

export const setup: Setup = JSON.parse(readFileSync(file, "utf8"));
