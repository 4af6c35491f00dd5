package settlement_test

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/settlement"
)

// TestRefusedEntryNeverBlocksOtherJobs: whatever makes one of a provider's job rounds unpayable —
// a failover and the close of the failed round, a spent budget, a lost answer or an agent killed
// before it recorded the answer, a container that outlived its job — the provider's reports keep
// paying its other job, B. Before intake decided per entry, the whole report was refused, and
// every later report with it: B was never paid again.
func TestRefusedEntryNeverBlocksOtherJobs(t *testing.T) {
	for _, tc := range []struct {
		name string
		// spoil makes job A unpayable and returns the cumulative GPU-seconds the provider's meter
		// shows for A afterwards, and the verdicts A's entry may get.
		spoil func(t *testing.T, e *env, s *settlement.Service, a uint64) (cum uint64, want []string)
	}{
		{"stale round after a failover", func(t *testing.T, e *env, s *settlement.Service, a uint64) (uint64, []string) {
			if err := s.ReportFailure(ctx, a, "missed heartbeats"); err != nil {
				t.Fatal(err)
			}
			e.drain(t, s)
			e.award(t, "backup", a, true)
			// The agent was cut off and kept metering round 1; the round's settlement window passes
			// and it is closed.
			e.c.Advance(t, 61*time.Minute)
			e.drain(t, s)
			e.c.Advance(t, time.Minute)
			e.drain(t, s)
			return 100_000, []string{"refused:stale_round"}
		}},
		{"budget exhausted", func(t *testing.T, e *env, s *settlement.Service, a uint64) (uint64, []string) {
			// A's budget pays 30 GPU-seconds (see below): its first report past it is paid what is
			// left, every later one is told there is nothing due.
			e.submit(t, s, e.report(t, "provider", use(a, 1, 31)))
			e.drain(t, s)
			return 60, []string{"refused:nothing_due"}
		}},
		{"lost answer", func(t *testing.T, e *env, s *settlement.Service, a uint64) (uint64, []string) {
			// The API queued A's final report; the answer never reached the agent, which sends the
			// same report again (the same receipt), then the same value beside B's.
			r := e.report(t, "provider", use(a, 1, 20))
			first := e.receipt(t, s, r)
			if again := e.receipt(t, s, r); again.ID != first.ID || !again.Replayed {
				t.Fatalf("the same report again: %+v, want report %d's receipt", again, first.ID)
			}
			return 20, []string{"refused:not_increasing"}
		}},
		{"agent killed before it recorded the answer", func(t *testing.T, e *env, s *settlement.Service, a uint64) (uint64, []string) {
			// Settled on chain, and the agent restarts from a state file that never heard of it.
			e.submit(t, s, e.report(t, "provider", use(a, 1, 20)))
			e.drain(t, s)
			return 20, []string{"refused:not_increasing"}
		}},
		{"container ignored SIGTERM", func(t *testing.T, e *env, s *settlement.Service, a uint64) (uint64, []string) {
			k := e.c.Contracts
			e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(a)))
			e.c.Advance(t, 20*time.Second) // the container ran on after the stop
			j, _ := k.Job(ctx, a)
			full := uint64(j.GpuCount) * (j.EndedAt.Uint64() - j.StartedAt.Uint64())
			return full + 20, []string{"clamped:past_end"}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			a := e.job(t, "provider", 1, wei(30))
			b := e.job(t, "provider", 1, chain.Tokens(1000))
			e.c.Advance(t, 25*time.Second)
			s := e.service(t, nil, e.config())
			cum, want := tc.spoil(t, e, s, a)
			_, bDone := e.onchainJob(t, b)
			rc := e.receipt(t, s, e.report(t, "provider", use(a, 1, cum), use(b, 1, bDone+10)))
			if got := rc.Entries[0].String(); !contains(want, got) {
				t.Fatalf("job A's entry: %s (%s), want one of %v", got, rc.Entries[0].Detail, want)
			}
			if got := rc.Entries[1].String(); got != "accepted" {
				t.Fatalf("job B's entry: %s (%s), want accepted", got, rc.Entries[1].Detail)
			}
			e.drain(t, s)
			if _, settled := e.onchainJob(t, b); settled != bDone+10 {
				t.Fatalf("job B settled %d GPU-seconds, want %d: A's trouble blocked B's payment", settled, bDone+10)
			}
			if n := e.count(t, `SELECT count(*) FROM settlement_usages WHERE outcome = 'rejected:nothing_due' AND intake NOT LIKE 'refused:%'`); n != 0 {
				t.Fatalf("%d attestations intake kept reached the escrow with nothing to pay", n)
			}
		})
	}
}

func contains(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// countingChain counts eth_calls, and the most in flight at once (each takes delay).
type countingChain struct {
	settlement.Chain
	delay           time.Duration
	calls, in, most atomic.Int64
}

func (c *countingChain) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	c.calls.Add(1)
	now := c.in.Add(1)
	defer c.in.Add(-1)
	for m := c.most.Load(); now > m && !c.most.CompareAndSwap(m, now); m = c.most.Load() {
	}
	time.Sleep(c.delay)
	return c.Chain.CallContract(ctx, call, n)
}

// TestOneProviderReadsTheChainAFewAtATime: a provider posting many reports at once has them
// verified one after another, so its reports never have more than 8 chain reads in flight, however
// many it sends. Before, each report read its entries 8 at a time, all reports at once.
func TestOneProviderReadsTheChainAFewAtATime(t *testing.T) {
	e := newEnv(t)
	var jobs []uint64
	for range 4 {
		jobs = append(jobs, e.job(t, "provider", 1, chain.Tokens(1000)))
	}
	e.c.Advance(t, 100*time.Second)
	cc := &countingChain{Chain: e.c.Client, delay: 5 * time.Millisecond}
	s := e.service(t, cc, e.config())
	var reports []settlement.SignedReport
	for i := range 12 {
		var us []chain.Usage
		for _, j := range jobs {
			us = append(us, use(j, 1, uint64(10+i)))
		}
		reports = append(reports, e.report(t, "provider", us...))
	}
	var wg sync.WaitGroup
	for _, r := range reports {
		wg.Go(func() { _, _ = s.Submit(ctx, r) })
	}
	wg.Wait()
	if m := cc.most.Load(); m > 8 {
		t.Fatalf("%d chain reads in flight at once for one provider, want at most 8", m)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_reports`); n == 0 {
		t.Fatal("no report was queued")
	}
}

// TestIntakeReadsTheChainOnlyForAwardedRounds: any signed-in address may post reports naming 256
// jobs; before a single RPC, intake checks each round against the awards the database knows (the
// indexer's mirror here), so such a report costs no chain read, while the awarded provider's own
// report is read and paid. Before, every entry cost two eth_calls.
func TestIntakeReadsTheChainOnlyForAwardedRounds(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 30*time.Second)
	ix, err := indexer.New(e.db, e.c.Client, indexer.Config{Deployment: e.c.Contracts.Deployment, FinalityDepth: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for done := false; !done; {
		if done, err = ix.Sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	cc := &countingChain{Chain: e.c.Client}
	cfg := e.config()
	cfg.CheckMirror = true
	s := e.service(t, cc, cfg)

	var flood []chain.Usage
	for i := range uint64(256) {
		flood = append(flood, use(job+i, 1, 10))
	}
	_, err = s.Submit(ctx, e.report(t, "provider2", flood...))
	if got := settlement.ReasonOf(err); got != settlement.ReasonNotAwarded {
		t.Fatalf("a report of 256 rounds not awarded to its signer: %v, want not_awarded", err)
	}
	if n := cc.calls.Load(); n != 0 {
		t.Fatalf("the flood cost %d eth_calls, want none", n)
	}
	rc := e.receipt(t, s, e.report(t, "provider", use(job, 1, 20), use(job+1, 1, 5)))
	if rc.Entries[0].String() != "accepted" || rc.Entries[1].String() != "refused:not_awarded" {
		t.Fatalf("the provider's report: %+v", rc.Entries)
	}
	if n := cc.calls.Load(); n == 0 || n > 2 {
		t.Fatalf("the provider's report cost %d eth_calls, want 1 or 2 (its one awarded round)", n)
	}
	e.drain(t, s)
	if _, settled := e.onchainJob(t, job); settled != 20 {
		t.Fatalf("job settled %d, want 20", settled)
	}
}

// TestSpentBudgetEndsTheJob: the report that spends a running job's budget ends the job on chain
// once it is settled (finalizeJob: anyone may, once nothing is left), so the job does not run on
// unpaid, and the provider's collateral and the client's view are freed. Before, nobody ended it:
// the job stayed Running with nothing left, its provider's every later report refused.
func TestSpentBudgetEndsTheJob(t *testing.T) {
	for _, tc := range []struct {
		name string
		cum  uint64
	}{
		{"report of exactly the budget", 30},
		{"report beyond the budget", 45},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			job := e.job(t, "provider", 1, wei(30))
			e.c.Advance(t, 60*time.Second)
			s := e.service(t, nil, e.config())
			e.submit(t, s, e.report(t, "provider", use(job, 1, tc.cum)))
			e.drain(t, s)
			e.c.Advance(t, time.Second)
			e.drain(t, s)
			j, err := e.c.Contracts.Job(ctx, job)
			if err != nil {
				t.Fatal(err)
			}
			if j.State == 2 || j.Remaining.Sign() != 0 {
				t.Fatalf("job state %d with %s left after its budget was spent, want ended", j.State, j.Remaining)
			}
		})
	}
}
