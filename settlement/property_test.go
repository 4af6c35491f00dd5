package settlement_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestBudgetsAddUp is a property test: for random interleavings of attestations (valid, stale and
// over the cap), service steps, client stops, provider completions, failure reports and backup
// awards, once every job is closed, provider payouts + protocol fees + refunds == budgets, wei for
// wei, read from the chain (wallets, feesOwed, the client's escrow balance).
func TestBudgetsAddUp(t *testing.T) {
	e := newEnv(t)
	k := e.c.Contracts
	s := e.service(t, nil, e.config())
	providers := []string{"provider", "provider2", "backup"}
	for seed := uint64(1); seed <= 5; seed++ {
		rng := rand.New(rand.NewPCG(seed, 42))
		free0, _ := k.FreeBalance(ctx, chaintest.Addr("client"))
		fees0 := feesOwed(t, e)
		wallets0 := map[string]*big.Int{}
		for _, p := range providers {
			wallets0[p] = e.balance(t, p)
		}
		budgets := new(big.Int)
		var jobs []uint64
		for i := 0; i < 4; i++ {
			gpus := uint16(1 + rng.IntN(4))
			budget := new(big.Int).Mul(wei(uint64(gpus)), big.NewInt(int64(50+rng.IntN(300))))
			budgets.Add(budgets, budget)
			jobs = append(jobs, e.job(t, providers[rng.IntN(2)], gpus, budget))
		}
		accepted := 0
		for op := 0; op < 60; op++ {
			id := jobs[rng.IntN(len(jobs))]
			j, _ := k.Job(ctx, id)
			switch r := rng.IntN(10); {
			case r < 4: // an attestation, valid or not
				if j.Round == 0 {
					continue
				}
				elapsed := e.c.HeadTime(t) - j.StartedAt.Uint64()
				if j.EndedAt.Uint64() > j.StartedAt.Uint64() {
					elapsed = j.EndedAt.Uint64() - j.StartedAt.Uint64()
				}
				most := uint64(j.GpuCount) * elapsed
				cum := j.SettledGpuSeconds.Uint64() + uint64(rng.IntN(int(most+20)))
				name := nameOf(j.Provider)
				_, err := s.Submit(ctx, e.report(t, name, use(id, j.Round, cum)))
				if err == nil {
					accepted++
				} else if settlement.ReasonOf(err) == "" {
					t.Fatalf("submit: %v", err)
				}
			case r < 6:
				if err := s.Step(ctx); err != nil {
					t.Fatal(err)
				}
			case r < 7:
				e.c.Advance(t, time.Duration(1+rng.IntN(40))*time.Second)
			case r < 8: // the client stops the job (running or waiting for failover)
				if j.State == 2 || j.State == 3 {
					e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(id)))
				}
			case r < 9: // a controller reports a failure, or a failed job gets a backup
				if j.State == 2 {
					if err := s.ReportFailure(ctx, id, "unresponsive"); err != nil {
						t.Fatal(err)
					}
				} else if j.State == 3 && j.Round < 3 {
					for _, p := range providers {
						if chaintest.Addr(p) != j.Provider {
							e.award(t, p, id, true)
							break
						}
					}
				}
			default: // the provider declares the job complete
				if j.State == 2 {
					e.c.Send(t, nameOf(j.Provider), k.EscrowC, k.Escrow.PackCompleteJob(bigU(id)))
				}
			}
		}
		// Wind down: settle what is queued, stop what runs, end every job, let the windows pass.
		e.drain(t, s)
		for _, id := range jobs {
			if j, _ := k.Job(ctx, id); j.State == 2 || j.State == 3 {
				e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(id)))
			}
			if err := s.EndJob(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		e.drain(t, s)
		e.c.Advance(t, 2*time.Hour)
		e.drain(t, s)
		// A failed-over round keeps its provider's due until closeRound, once its settlement window
		// is over. Anyone may close it; TestFailedRoundClosedAfterSettlementWindow holds the service
		// to doing it, this property only needs it done.
		for _, id := range jobs {
			j, _ := k.Job(ctx, id)
			for r := int64(1); r <= int64(j.Round); r++ {
				for _, p := range providers {
					if kept, _ := e.failedRound(t, id, r, p); kept.Sign() != 0 {
						e.c.Send(t, "client", k.EscrowC, k.Escrow.PackCloseRound(bigU(id), big.NewInt(r), chaintest.Addr(p)))
					}
				}
			}
		}
		for _, id := range jobs {
			if j, _ := k.Job(ctx, id); j.State != 5 || j.Remaining.Sign() != 0 {
				t.Fatalf("seed %d: job %d state %d remaining %s, want Closed with nothing left", seed, id, j.State, j.Remaining)
			}
		}
		payouts := new(big.Int)
		for _, p := range providers {
			payouts.Add(payouts, new(big.Int).Sub(e.balance(t, p), wallets0[p]))
		}
		fees := new(big.Int).Sub(feesOwed(t, e), fees0)
		free1, _ := k.FreeBalance(ctx, chaintest.Addr("client"))
		refunds := new(big.Int).Add(new(big.Int).Sub(free1, free0), budgets) // budgets left free0 when posted
		sum := new(big.Int).Add(new(big.Int).Add(payouts, fees), refunds)
		if sum.Cmp(budgets) != 0 {
			t.Fatalf("seed %d: payouts %s + fees %s + refunds %s = %s, budgets %s", seed, payouts, fees, refunds, sum, budgets)
		}
		if n := e.count(t, `SELECT count(*) FROM settlement_usages WHERE outcome LIKE 'rejected:nothing_due'`); n != 0 {
			t.Fatalf("seed %d: %d attestations were sent though already paid", seed, n)
		}
		t.Logf("seed %d: %d attestations accepted; payouts %s + fees %s + refunds %s = budgets %s", seed, accepted, payouts, fees, refunds, budgets)
	}
}

func feesOwed(t *testing.T, e *env) *big.Int {
	t.Helper()
	k := e.c.Contracts
	out, err := e.c.Client.CallContract(ctx, callMsg(k.Deployment.Escrow, k.Escrow.PackFeesOwed()), nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := k.Escrow.UnpackFeesOwed(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func nameOf(a chainAddr) string {
	for _, n := range chaintest.Names {
		if chaintest.Addr(n) == a {
			return n
		}
	}
	return ""
}
