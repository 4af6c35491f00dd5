package settlement_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// failedRound reads what a failed-over round still holds for its provider (RoundSlot's low 96 bits)
// and when it ended.
func (e *env) failedRound(t testing.TB, job uint64, round int64, provider string) (remaining *big.Int, endedAt uint64) {
	t.Helper()
	k := e.c.Contracts
	r, err := k.Round(context.Background(), job, uint8(round), chaintest.Addr(provider))
	if err != nil {
		t.Fatal(err)
	}
	return r.Remaining, r.EndedAt
}

func (e *env) locked(t testing.TB, name string) *big.Int {
	t.Helper()
	k := e.c.Contracts
	l, err := bind.Call(k.StakingC, nil, k.Staking.PackLockedStakeOf(chaintest.Addr(name)), k.Staking.UnpackLockedStakeOf)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// failJob awards a 2-GPU job to provider, lets 100 s pass, queues a report of 80 GPU-seconds and a
// controller's failure report, and drains: the attested usage is settled first, then the job fails
// over. It returns the job, the service and what the failed round may still pay (due).
func (e *env) failJob(t testing.TB, budget *big.Int) (job uint64, s *settlement.Service, due *big.Int) {
	t.Helper()
	job = e.job(t, "provider", 2, budget)
	e.c.Advance(t, 100*time.Second)
	s = e.service(t, nil, e.config())
	e.submit(t, s, e.report(t, "provider", use(job, 1, 80)))
	if err := s.ReportFailure(ctx, job, "health check failed 3 times"); err != nil {
		t.Fatal(err)
	}
	e.drain(t, s)
	j, err := e.c.Contracts.Job(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	due, endedAt := e.failedRound(t, job, 1, "provider")
	served := 2 * (endedAt - j.StartedAt.Uint64())
	if want := wei(served - 80); due.Cmp(want) != 0 {
		t.Fatalf("the failed round holds %s, want the due of %d GPU-seconds served and not settled (%s)", due, served-80, want)
	}
	return job, s, due
}

// TestFailureSettlesAndRefundsWithoutSlash: a controller's failure report first settles what the
// provider attested, then fails the job over. No stake moves (a slash needs a quorum's fault
// report in FaultDisputes): the failover records the due the provider may still settle for the
// time it served, no slash is booked, and — no backup awarded within the failover window — the
// rest of the budget goes back to the client.
func TestFailureSettlesAndRefundsWithoutSlash(t *testing.T) {
	e := newEnv(t)
	budget := chain.Tokens(1000)
	stake0, _ := e.c.Contracts.StakeOf(ctx, chaintest.Addr("provider"))
	locked0 := e.locked(t, "provider") // nothing yet
	freeBefore, err := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	if err != nil {
		t.Fatal(err)
	}
	job, s, due := e.failJob(t, budget)

	if state, settled := e.onchainJob(t, job); state != 3 || settled != 80 {
		t.Fatalf("job state %d settled %d, want Failover (3) with the 80 attested GPU-seconds paid first", state, settled)
	}
	fo, err := s.Failovers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fo) != 1 || fo[0].JobID != job || fo[0].Round != 1 || fo[0].Due.Cmp(due) != 0 || fo[0].Due.Sign() <= 0 ||
		fo[0].Provider != chaintest.Addr("provider") || fo[0].Reason != "health check failed 3 times" {
		t.Fatalf("failovers = %+v, want job %d round 1 with due %s", fo, job, due)
	}
	if st, _ := e.c.Contracts.StakeOf(ctx, chaintest.Addr("provider")); st.Cmp(stake0) != 0 {
		t.Fatalf("the failover moved the provider's stake: %s -> %s", stake0, st)
	}
	if l := e.locked(t, "provider"); l.Cmp(locked0) <= 0 {
		t.Fatalf("the round's collateral is not held (locked %s) while a fault may still be reported", l)
	}

	e.c.Advance(t, 31*time.Minute) // the failover window passes without a backup award
	e.drain(t, s)
	if state, _ := e.onchainJob(t, job); state != 5 {
		t.Fatalf("job state %d, want Closed (5)", state)
	}
	// The reserve comes back; the failed round keeps the due for its provider (closeRound returns
	// what it did not settle once the settlement window is over).
	freeAfter, _ := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	refund := new(big.Int).Sub(new(big.Int).Sub(budget, wei(80)), due)
	if got := new(big.Int).Sub(freeAfter, new(big.Int).Sub(freeBefore, budget)); got.Cmp(refund) != 0 { // the budget left freeBefore when posted
		t.Fatalf("client got back %s, want %s (budget - 80 GPU-s settled - due %s)", got, refund, due)
	}
	if kept, _ := e.failedRound(t, job, 1, "provider"); kept.Cmp(due) != 0 {
		t.Fatalf("the failed round holds %s after the job closed, want its due %s", kept, due)
	}
	tot, err := s.Totals(ctx, chaintest.Addr("client"))
	if err != nil {
		t.Fatal(err)
	}
	if tot[settlement.MoveRefund].Cmp(refund) != 0 {
		t.Fatalf("refund booked %s, want %s", tot[settlement.MoveRefund], refund)
	}
	ptot, _ := s.Totals(ctx, chaintest.Addr("provider"))
	if sl := ptot[settlement.MoveSlash]; sl != nil && sl.Sign() != 0 {
		t.Fatalf("a slash of %s was booked on failover", sl)
	}
	if ptot[settlement.MovePayout].Cmp(net(wei(80))) != 0 {
		t.Fatalf("provider totals %v, want payout %s and no slash", ptot, net(wei(80)))
	}
	if st, _ := e.c.Contracts.StakeOf(ctx, chaintest.Addr("provider")); st.Cmp(stake0) != 0 {
		t.Fatalf("the provider's stake moved: %s -> %s", stake0, st)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_movements WHERE kind = 'slash'`); n != 0 {
		t.Fatalf("%d slash movements booked", n)
	}
}

// TestFailedProviderSettlesItsDue: after a failover (and a backup award), the failed provider's
// report of the time it served before the failure is accepted and paid, up to the due its round
// holds — the escrow pays it, so the service must not refuse it as stale or unsettleable.
func TestFailedProviderSettlesItsDue(t *testing.T) {
	e := newEnv(t)
	job, s, due := e.failJob(t, chain.Tokens(1000))
	served := 80 + new(big.Int).Div(due, price).Uint64()
	before := e.balance(t, "provider")
	if _, err := s.Submit(ctx, e.report(t, "provider", use(job, 1, served))); err != nil {
		t.Fatalf("the failed provider's report of the %d GPU-seconds it served: %v", served, err)
	}
	e.award(t, "backup", job, true)
	e.c.Advance(t, 10*time.Second)
	e.submit(t, s, e.report(t, "backup", use(job, 2, 15)))
	e.drain(t, s)
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(due)) != 0 {
		t.Fatalf("the failed provider was paid %s for its due, want %s", got, net(due))
	}
	if kept, _ := e.failedRound(t, job, 1, "provider"); kept.Sign() != 0 {
		t.Fatalf("the failed round still holds %s after its provider settled", kept)
	}
	if _, settled := e.onchainJob(t, job); settled != 15 {
		t.Fatalf("the backup's round settled %d GPU-seconds, want 15", settled)
	}
}

// TestFailedRoundClosedAfterSettlementWindow: once the failed round's settlement window is over,
// what its provider did not settle goes back to the client and its collateral is freed
// (closeRound): a failed-over job ends with nothing locked, as a stopped one does.
func TestFailedRoundClosedAfterSettlementWindow(t *testing.T) {
	e := newEnv(t)
	budget := chain.Tokens(1000)
	freeBefore, _ := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	job, s, due := e.failJob(t, budget)
	e.c.Advance(t, 31*time.Minute)
	e.drain(t, s)
	e.c.Advance(t, 31*time.Minute) // the settlement window (1 h) since the failure is over
	e.drain(t, s)
	e.c.Advance(t, time.Minute)
	e.drain(t, s)
	if kept, _ := e.failedRound(t, job, 1, "provider"); kept.Sign() != 0 {
		t.Fatalf("the failed round still holds its unsettled due %s of %s after its settlement window: nobody called closeRound", kept, due)
	}
	freeAfter, _ := e.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	if got, want := new(big.Int).Sub(freeAfter, new(big.Int).Sub(freeBefore, budget)), new(big.Int).Sub(budget, wei(80)); got.Cmp(want) != 0 {
		t.Fatalf("client got back %s, want everything not settled (%s)", got, want)
	}
	if l := e.locked(t, "provider"); l.Sign() != 0 {
		t.Fatalf("the provider's collateral (%s) is still locked after the round's settlement window", l)
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
	// Final reports: beyond the end time (a container that outlived the job) is paid up to it.
	j, _ := k.Job(ctx, completed)
	full := uint64(j.GpuCount) * (j.EndedAt.Uint64() - j.StartedAt.Uint64())
	if rc := e.receipt(t, s, e.report(t, "provider2", use(completed, 1, full+2))); rc.Entries[0].String() != "clamped:past_end" {
		t.Fatalf("usage beyond the job's end: %v, want clamped:past_end", rc.Entries[0])
	}
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
