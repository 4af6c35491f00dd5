import { createConfig } from "ponder";

import { setup } from "./setup";

// One local chain (anvil over HTTP), the three contracts gin-indexer follows (GinToken,
// ProviderStaking, AuctionEscrow), from the deploy block. The database is DATABASE_URL (a fresh
// database of the benchmark's PostgreSQL cluster for every run).
export default createConfig({
  database: { kind: "postgres", connectionString: process.env.DATABASE_URL },
  chains: {
    anvil: { id: setup.chainId, rpc: setup.rpc },
  },
  contracts: Object.fromEntries(
    Object.entries(setup.contracts).map(([name, c]) => [
      name,
      { chain: "anvil", abi: c.abi, address: c.address, startBlock: setup.startBlock },
    ]),
  ) as any,
});
