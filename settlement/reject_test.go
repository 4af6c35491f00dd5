package settlement_test

import (
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestRejectsBadReports: every kind of bad input is refused with the reason the provider sees, and
// nothing of it reaches the queue.
func TestRejectsBadReports(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 2, chain.Tokens(1000))
	other := e.job(t, "provider2", 1, chain.Tokens(1000))
	small := e.job(t, "provider", 1, wei(30)) // budget for 30 GPU-seconds
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	accepted := e.report(t, "provider", use(job, 1, 100))
	e.submit(t, s, accepted)

	forged := e.report(t, "provider2", use(job, 1, 150))
	forged.Provider = chaintest.Addr("provider") // provider2's key, claiming to be provider
	tampered := e.report(t, "provider", use(job, 1, 150))
	tampered.Usages[0].CumulativeGpuSeconds = 190 // changed after signing

	for _, tc := range []struct {
		name   string
		report settlement.SignedReport
		want   settlement.Reason
	}{
		{"forged signature", forged, settlement.ReasonBadSignature},
		{"tampered entry", tampered, settlement.ReasonBadSignature},
		{"short signature", settlement.SignedReport{UsageReport: accepted.UsageReport, Signature: accepted.Signature[:64]}, settlement.ReasonBadSignature},
		{"replayed", accepted, settlement.ReasonReplayed},
		{"decreasing", e.report(t, "provider", use(job, 1, 80)), settlement.ReasonNotIncreasing},
		{"equal", e.report(t, "provider", use(job, 1, 100), use(small, 1, 1)), settlement.ReasonNotIncreasing},
		{"over cap", e.report(t, "provider", use(job, 1, 2*100+2*60)), settlement.ReasonOverCap},
		{"foreign job", e.report(t, "provider", use(other, 1, 10)), settlement.ReasonForeignJob},
		{"unknown job", e.report(t, "provider", use(999, 1, 10)), settlement.ReasonUnknownJob},
		{"stale round", e.report(t, "provider", use(job, 2, 10)), settlement.ReasonStaleRound},
		{"over budget", e.report(t, "provider", use(small, 1, 31)), settlement.ReasonOverBudget},
		{"empty", e.report(t, "provider"), settlement.ReasonMalformed},
		{"duplicate entry", e.report(t, "provider", use(job, 1, 120), use(job, 1, 130)), settlement.ReasonMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Submit(ctx, tc.report)
			if got := settlement.ReasonOf(err); got != tc.want {
				t.Fatalf("reason %q (%v), want %q", got, err, tc.want)
			}
			t.Logf("provider sees: %v", err)
		})
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_reports`); n != 1 {
		t.Fatalf("%d reports queued, want only the valid one", n)
	}

	// A closed job can no longer be paid: the provider is told why. (A failed-over round still can,
	// up to its due: see TestFailedProviderSettlesItsDue.)
	k := e.c.Contracts
	e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(other)))
	e.c.Send(t, "provider2", k.EscrowC, k.Escrow.PackFinalizeJob(bigU(other))) // waives its claims
	_, err := s.Submit(ctx, e.report(t, "provider2", use(other, 1, 10)))
	if got := settlement.ReasonOf(err); got != settlement.ReasonNotSettleable {
		t.Fatalf("reason %q (%v), want not_settleable", got, err)
	}
	e.drain(t, s)
	if _, settled := e.onchainJob(t, job); settled != 100 {
		t.Fatalf("job settled %d, want 100", settled)
	}
}
