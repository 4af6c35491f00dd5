// Package settlement relays providers' signed usage reports to the escrow: it verifies each report
// off chain entry by entry, as the escrow settles it (one unpayable entry never costs the others
// their payment), queues it in Postgres, batches reports into settleBatch transactions sent from one key
// (persisted before broadcast, replaced when stuck, confirmed through receipts, re-sent after a
// reorg) and carries out job ends (failure reports, final refunds), so that every attestation is
// settled exactly once across crashes, outages and reorgs.
package settlement
