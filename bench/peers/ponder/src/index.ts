import { ponder } from "ponder:registry";
import { chainEvent } from "ponder:schema";

import { setup } from "../setup";

// bigints (uint256 arguments) become decimal strings, as in gin-indexer's args column.
const plain = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x)));

// Every event of every contract, like gin-indexer: one handler per ABI event writing one row.
for (const [contract, c] of Object.entries(setup.contracts)) {
  for (const item of c.abi) {
    if (item.type !== "event") continue;
    ponder.on(`${contract}:${item.name}` as any, async ({ event, context }: any) => {
      await context.db.insert(chainEvent).values({
        id: event.id,
        contract,
        name: item.name,
        blockNumber: event.block.number,
        blockHash: event.block.hash,
        blockTime: event.block.timestamp,
        txHash: event.transaction.hash,
        txIndex: event.transaction.transactionIndex,
        logIndex: event.log.logIndex,
        args: plain(event.args),
      });
    });
  }
}
