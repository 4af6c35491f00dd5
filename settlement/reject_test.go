package settlement_test

import (
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestRejectsBadReports: a report at fault as a whole (forged, malformed) is refused with the
// reason the provider sees; every other report is decided entry by entry, like the escrow does:
// entries it would clamp are kept (clamped), entries it cannot pay are refused with their reason,
// and a report is refused only when none of its entries can be paid.
func TestRejectsBadReports(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 2, chain.Tokens(1000))
	other := e.job(t, "provider2", 1, chain.Tokens(1000))
	small := e.job(t, "provider", 1, wei(30)) // budget for 30 GPU-seconds
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	accepted := e.report(t, "provider", use(job, 1, 100))
	first := e.receipt(t, s, accepted)

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
		{"decreasing", e.report(t, "provider", use(job, 1, 80)), settlement.ReasonNotIncreasing},
		{"foreign job", e.report(t, "provider", use(other, 1, 10)), settlement.ReasonForeignJob},
		{"unknown job", e.report(t, "provider", use(999, 1, 10)), settlement.ReasonUnknownJob},
		{"stale round", e.report(t, "provider", use(job, 2, 10)), settlement.ReasonStaleRound},
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

	// The same report again (its answer was lost) is the first one's receipt, not an error.
	if again := e.receipt(t, s, accepted); again.ID != first.ID || !again.Replayed {
		t.Fatalf("replayed report: %+v, want the receipt of report %d", again, first.ID)
	}
	// Entries the escrow clamps are kept; one the escrow cannot pay does not sink the others.
	for _, tc := range []struct {
		name   string
		report settlement.SignedReport
		want   []string
	}{
		{"equal beside a good entry", e.report(t, "provider", use(job, 1, 100), use(small, 1, 1)), []string{"refused:not_increasing", "accepted"}},
		{"over cap", e.report(t, "provider", use(job, 1, 2*100+2*60)), []string{"clamped:over_cap"}},
		{"over budget", e.report(t, "provider", use(small, 1, 31)), []string{"clamped:over_budget"}},
		{"stale round beside a good entry", e.report(t, "provider", use(job, 2, 10), use(small, 1, 40), use(job, 1, 2*100+2*61)), []string{"refused:stale_round", "refused:nothing_due", "clamped:over_cap"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := e.receipt(t, s, tc.report)
			for i, v := range rc.Entries {
				if v.String() != tc.want[i] {
					t.Fatalf("entry %d: %s (%s), want %s", i, v, v.Detail, tc.want[i])
				}
			}
		})
	}
	if rc, err := s.Submit(ctx, e.report(t, "provider", use(job, 1, 90))); settlement.ReasonOf(err) != settlement.ReasonNotIncreasing {
		t.Fatalf("decreasing report: %+v %v", rc, err)
	} else if re := err.(*settlement.RejectError); len(re.Entries) != 1 || re.Entries[0].Known != 2*100+2*61 {
		t.Fatalf("the refusal says %+v, want the highest value known (%d)", re.Entries, 2*100+2*61)
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
	if _, settled := e.onchainJob(t, job); settled <= 100 || settled > 2*100+2*61 {
		t.Fatalf("job settled %d, want the clamped claim (above 100, at most %d)", settled, 2*100+2*61)
	}
	if j, _ := k.Job(ctx, small); j.Remaining.Sign() != 0 {
		t.Fatalf("small job still holds %s, want its whole budget paid", j.Remaining)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_usages WHERE outcome = 'rejected:nothing_due'`); n != 0 {
		t.Fatalf("%d attestations reached the escrow with nothing to pay", n)
	}
}
