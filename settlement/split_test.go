package settlement_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/settlement"
)

// TestSplitAcrossFailover: a job that failed over and was stopped splits its budget into two
// rounds' payouts and fees and the refund, to the wei and as the chain holds it. The failover is
// no slash (no stake moved; slashes come from FaultDisputes only), so none is listed. Each party's
// ledger has its side of every movement, and pages through it.
func TestSplitAcrossFailover(t *testing.T) {
	e := newEnv(t)
	k := e.c.Contracts
	budget := chain.Tokens(1000)
	job := e.job(t, "provider", 2, budget)
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	ix, err := indexer.New(e.db, e.c.Client, indexer.Config{Deployment: k.Deployment, FinalityDepth: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	index := func() {
		t.Helper()
		e.c.Advance(t, time.Second)
		for i := 0; i < 100; i++ {
			if done, err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			} else if done {
				return
			}
		}
		t.Fatal("the indexer does not catch up")
	}
	if _, err := s.Split(ctx, 999); !errorsIs(err, settlement.ErrJobNotIndexed) {
		t.Fatalf("split of an unknown job: %v", err)
	}

	e.submit(t, s, e.report(t, "provider", use(job, 1, 80)))
	if err := s.ReportFailure(ctx, job, "health check failed 3 times"); err != nil {
		t.Fatal(err)
	}
	e.drain(t, s)
	e.award(t, "backup", job, true)
	e.c.Advance(t, 100*time.Second)
	e.submit(t, s, e.report(t, "backup", use(job, 2, 150)))
	e.drain(t, s)
	e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(job)))
	index()
	e.drain(t, s)
	e.c.Advance(t, 61*time.Minute)
	index()
	e.drain(t, s)
	// The failed round's settlement window is over: what its provider did not settle goes back to
	// the client. Anyone may close it; TestFailedRoundClosedAfterSettlementWindow holds the service
	// to doing it, this test only needs it done.
	if kept, _ := e.failedRound(t, job, 1, "provider"); kept.Sign() != 0 {
		e.c.Send(t, "client", k.EscrowC, k.Escrow.PackCloseRound(bigU(job), big.NewInt(1), chaintest.Addr("provider")))
	}
	index()
	e.drain(t, s)
	index()

	sp, err := s.Split(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if onChain, _ := k.Job(ctx, job); !sp.Closed || sp.State != "Closed" || sp.Remaining.Sign() != 0 || onChain.Remaining.Sign() != 0 {
		t.Fatalf("split %+v of job %d on chain %+v: want closed with nothing left", sp, job, onChain)
	}
	if len(sp.Payouts) != 2 || len(sp.Slashes) != 0 {
		t.Fatalf("payouts %+v slashes %+v: want two rounds' payouts and no slash (a failover moves no stake)", sp.Payouts, sp.Slashes)
	}
	for i, want := range []struct {
		who   string
		round uint8
		gpuS  uint64
	}{{"provider", 1, 80}, {"backup", 2, 150}} {
		p := sp.Payouts[i]
		if p.Provider != chaintest.Addr(want.who) || p.Round != want.round || p.GpuSeconds.Uint64() != want.gpuS ||
			p.Gross.Cmp(wei(want.gpuS)) != 0 || p.Net.Cmp(net(wei(want.gpuS))) != 0 || new(big.Int).Add(p.Net, p.Fee).Cmp(p.Gross) != 0 {
			t.Errorf("payout %d: %+v", i, p)
		}
	}
	sum := new(big.Int).Add(sp.Payouts[0].Net, sp.Payouts[1].Net)
	sum.Add(sum, sp.Fees).Add(sum, sp.Refunded).Add(sum, sp.Remaining)
	if sum.Cmp(budget) != 0 || sp.Budget.Cmp(budget) != 0 {
		t.Errorf("payouts + fees + refunded + remaining = %s, budget %s", sum, sp.Budget)
	}
	if fo, _ := s.Failovers(ctx); len(fo) != 1 || fo[0].Due.Sign() <= 0 {
		t.Errorf("failovers %+v, want one with the failed provider's due", fo)
	}

	// The ledgers: the failed provider's payout and fee, no slash; the client's usage and refunds, no compensation.
	prov, err := s.Ledger(ctx, chaintest.Addr("provider"), "", nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	if prov.Totals[settlement.KindPayout].Cmp(net(wei(80))) != 0 || prov.Totals[settlement.KindSlash].Sign() != 0 ||
		prov.Totals[settlement.KindFee].Cmp(sp.Payouts[0].Fee) != 0 || len(prov.Entries) != 2 {
		t.Errorf("provider's ledger: %+v, want its payout and fee and no slash", prov)
	}
	for _, en := range prov.Entries {
		if en.Kind == settlement.KindSlash {
			t.Errorf("provider's ledger lists a slash: %+v", en)
		}
	}
	cl, err := s.Ledger(ctx, chaintest.Addr("client"), "", nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	if cl.Totals[settlement.KindUsage].Cmp(sp.Settled) != 0 || cl.Totals[settlement.KindRefund].Cmp(sp.Refunded) != 0 ||
		cl.Totals[settlement.KindCompensation].Sign() != 0 || cl.Totals[settlement.KindPayout].Sign() != 0 {
		t.Errorf("client's totals: %v, want usage and refunds, no compensation", cl.Totals)
	}
	// Page by page, one event each, the same entries in the same order.
	var paged []settlement.LedgerEntry
	var before *settlement.Cursor
	for i := 0; ; i++ {
		p, err := s.Ledger(ctx, chaintest.Addr("client"), "", before, 1)
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, p.Entries...)
		if p.Next == nil || i > 20 {
			break
		}
		c, err := settlement.ParseCursor(p.Next.String())
		if err != nil {
			t.Fatal(err)
		}
		before = &c
	}
	if len(paged) != len(cl.Entries) {
		t.Fatalf("paged %d entries, unpaged %d", len(paged), len(cl.Entries))
	}
	for i := range paged {
		if paged[i].Kind != cl.Entries[i].Kind || paged[i].Block != cl.Entries[i].Block || paged[i].Amount.Cmp(cl.Entries[i].Amount) != 0 {
			t.Errorf("entry %d: paged %+v, unpaged %+v", i, paged[i], cl.Entries[i])
		}
	}
	if _, err := settlement.ParseCursor("12"); err == nil {
		t.Error("a malformed cursor parses")
	}
}
