package settlement_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestFailureSettlesSlashesAndRefunds: a controller's failure report first settles what the
// provider attested, then slashes it, hands the job to failover and — no backup awarded within the
// failover window — refunds the rest to the client.
func TestFailureSettlesSlashesAndRefunds(t *testing.T) {
	e := newEnv(t)
	budget := chain.Tokens(1000)
	job := e.job(t, "provider", 2, budget)
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	freeBefore, err := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	if err != nil {
		t.Fatal(err)
	}
	e.submit(t, s, e.report(t, "provider", use(job, 1, 80)))
	if err := s.ReportFailure(ctx, job, "health check failed 3 times"); err != nil {
		t.Fatal(err)
	}
	e.drain(t, s)

	if state, settled := e.onchainJob(t, job); state != 3 || settled != 80 {
		t.Fatalf("job state %d settled %d, want Failover (3) with the 80 attested GPU-seconds paid first", state, settled)
	}
	fo, err := s.Failovers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fo) != 1 || fo[0].JobID != job || fo[0].Slashed.Sign() <= 0 || fo[0].Provider != chaintest.Addr("provider") {
		t.Fatalf("failovers = %+v, want job %d with a slash", fo, job)
	}

	e.c.Advance(t, 31*time.Minute) // the failover window passes without a backup award
	e.drain(t, s)
	if state, _ := e.onchainJob(t, job); state != 5 {
		t.Fatalf("job state %d, want Closed (5)", state)
	}
	freeAfter, _ := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	refund := new(big.Int).Sub(budget, wei(80))
	if got := new(big.Int).Sub(freeAfter, freeBefore); got.Cmp(refund) != 0 {
		t.Fatalf("client got back %s, want %s", got, refund)
	}
	tot, err := s.Totals(ctx, chaintest.Addr("client"))
	if err != nil {
		t.Fatal(err)
	}
	if tot[settlement.MoveRefund].Cmp(refund) != 0 {
		t.Fatalf("refund booked %s, want %s", tot[settlement.MoveRefund], refund)
	}
	ptot, _ := s.Totals(ctx, chaintest.Addr("provider"))
	if ptot[settlement.MoveSlash].Cmp(fo[0].Slashed) != 0 || ptot[settlement.MovePayout].Cmp(net(wei(80))) != 0 {
		t.Fatalf("provider totals %v, want payout %s and slash %s", ptot, net(wei(80)), fo[0].Slashed)
	}
}

// TestStopAndCompletionEndWithRefund: after a client's stop or a provider's completion, the last
// attestations (capped at the end time) are settled, and once the settlement window has passed the
// job is finalized and what the provider did not claim goes back to the client.
func TestStopAndCompletionEndWithRefund(t *testing.T) {
	e := newEnv(t)
	k := e.c.Contracts
	stopped := e.job(t, "provider", 1, chain.Tokens(1000))
	completed := e.job(t, "provider2", 2, chain.Tokens(1000))
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	e.submit(t, s, e.report(t, "provider", use(stopped, 1, 50)))
	e.drain(t, s)

	e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(stopped)))
	e.c.Send(t, "provider2", k.EscrowC, k.Escrow.PackCompleteJob(bigU(completed)))
	for _, id := range []uint64{stopped, completed} {
		if state, _ := e.onchainJob(t, id); state != 4 {
			t.Fatalf("job %d state %d, want Ended (4)", id, state)
		}
	}
	// Final reports: beyond the end time is over the cap; up to it is paid.
	j, _ := k.Job(ctx, completed)
	full := uint64(j.GpuCount) * (j.EndedAt.Uint64() - j.StartedAt.Uint64())
	if _, err := s.Submit(ctx, e.report(t, "provider2", use(completed, 1, full+2))); settlement.ReasonOf(err) != settlement.ReasonOverCap {
		t.Fatalf("usage beyond the job's end: %v, want over_cap", err)
	}
	e.submit(t, s, e.report(t, "provider2", use(completed, 1, full)))
	e.submit(t, s, e.report(t, "provider", use(stopped, 1, 60))) // claims less than it could
	for _, id := range []uint64{stopped, completed} {
		if err := s.EndJob(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	e.drain(t, s)
	if _, settled := e.onchainJob(t, completed); settled != full {
		t.Fatalf("completed job settled %d, want %d", settled, full)
	}
	if state, _ := e.onchainJob(t, stopped); state != 4 {
		t.Fatalf("stopped job finalized before the settlement window passed (state %d)", state)
	}
	e.c.Advance(t, 61*time.Minute)
	e.drain(t, s)
	for _, id := range []uint64{stopped, completed} {
		if state, _ := e.onchainJob(t, id); state != 5 {
			t.Fatalf("job %d state %d, want Closed (5)", id, state)
		}
		j, _ := k.Job(ctx, id)
		if j.Remaining.Sign() != 0 {
			t.Fatalf("job %d still holds %s", id, j.Remaining)
		}
	}
	b, _ := s.Backlog(ctx)
	if b != (settlement.Backlog{}) {
		t.Fatalf("backlog %+v after both jobs closed", b)
	}
}
