// Package meter turns the provider agent's container run times into the cumulative GPU-seconds
// the escrow pays for, and signs them as EIP-712 usage reports.
//
// Usage of a job round is recomputed from the engine's own container timestamps (run time of
// every container, restarts included, times the round's GPU count), so observing the same
// containers again, or after an agent restart, never double-counts. The counters never decrease:
// each container's longest run time seen is kept in a local state file written atomically, so a
// container the runtime has since removed still counts. The escrow pays only the growth of a
// cumulative value, which makes resending a report harmless.
package meter
