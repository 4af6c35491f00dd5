import { onchainTable } from "ponder";

// One row per event, like gin-indexer's chain_events: where it is, what it is, and its decoded
// arguments as JSON.
export const chainEvent = onchainTable("chain_event", (t) => ({
  id: t.text().primaryKey(),
  contract: t.text().notNull(),
  name: t.text().notNull(),
  blockNumber: t.bigint().notNull(),
  blockHash: t.hex().notNull(),
  blockTime: t.bigint().notNull(),
  txHash: t.hex().notNull(),
  txIndex: t.integer().notNull(),
  logIndex: t.integer().notNull(),
  args: t.json().notNull(),
}));
