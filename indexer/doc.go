// Package indexer mirrors every event of Gintonic's contracts into PostgreSQL: exactly once (events
// and cursor commit in one transaction), reorg-safe (rows above the common ancestor are deleted and
// re-indexed), resumable after kill -9, with adaptive eth_getLogs ranges.
//
// Derived state (balances, jobs, stakes, payouts, fees) is read through queries over the typed rows
// (ledger, jobs, job_events, stake_events), so it can never drift from the events it came from.
package indexer
