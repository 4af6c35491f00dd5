//go:build bench

package indexer_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

// loadGenerator posts jobs to one provider and then emits settlement batches of 100 usages each
// (100 UsageSettled + ProviderPaid + Transfer per transaction): the event mix of a busy marketplace.
type loadGenerator struct {
	t    testing.TB
	c    *chaintest.Chain
	jobs []uint64
	tick uint64
}

func newLoad(t testing.TB, c *chaintest.Chain, jobs int) *loadGenerator {
	k := c.Contracts
	c.Stake(t, "provider", chain.Tokens(100_000))
	c.FundGIN(t, "client", chain.Tokens(10_000_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, chain.Tokens(10_000_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10_000_000)))
	g := &loadGenerator{t: t, c: c}
	for i := 0; i < jobs; i++ {
		rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("bench")), big.NewInt(1e13), 1,
			chain.Tokens(1000), new(big.Int).SetUint64(c.HeadTime(t)+3600), big.NewInt(0)))
		ev, err := k.Escrow.UnpackJobCreatedEvent(rc.Logs[len(rc.Logs)-1])
		if err != nil {
			t.Fatal(err)
		}
		id := ev.JobId.Uint64()
		terms, err := k.JobTermsHash(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		bid := chain.Bid{JobID: id, Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: big.NewInt(1e12), Expiry: c.HeadTime(t) + 7200, Nonce: id}
		sig, _ := k.SignBid(bid, c.Keys["provider"])
		c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
		g.jobs = append(g.jobs, id)
	}
	return g
}

// settle sends one report over all jobs, each one GPU-second further; returns the events emitted.
func (g *loadGenerator) settle() int {
	g.tick++
	u := make([]chain.Usage, len(g.jobs))
	for i, id := range g.jobs {
		u[i] = chain.Usage{JobID: id, Round: 1, CumulativeGpuSeconds: g.tick}
	}
	r := chain.UsageReport{Provider: chaintest.Addr("provider"), Usages: u}
	sig, _ := g.c.Contracts.SignUsageReport(r, g.c.Keys["provider"])
	rc := g.c.Send(g.t, "deployer", g.c.Contracts.EscrowC, g.c.Contracts.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{r.Binding(sig)}))
	return len(rc.Logs)
}

// TestBenchIndexer back-fills >= 100,000 events into Postgres, then measures the head lag while a
// settlement batch lands every 200 ms.
func TestBenchIndexer(t *testing.T) {
	c := chaintest.New(t)
	g := newLoad(t, c, 100)
	events := 0
	for events < 100_000 {
		events += g.settle()
	}
	m := newMirror(t, c, nil, indexer.Config{})
	start := time.Now()
	m.sync(t)
	elapsed := time.Since(start)
	n, err := m.r.EventCount(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if n < 100_000 {
		t.Fatalf("only %d events mirrored", n)
	}
	fmt.Printf("metric: indexer.backfill_events_per_s %.0f events/s\n", float64(n)/elapsed.Seconds())

	// Steady state: a block with 102 events every 200 ms; the indexer wakes on each new head.
	m2 := attach(t, m.db, c, nil, indexer.Config{PollInterval: 20 * time.Millisecond})
	runCtx, stop := contextWithCancel()
	go m2.ix.Run(runCtx)
	maxLag := uint64(0)
	for i := 0; i < 50; i++ {
		g.settle()
		time.Sleep(200 * time.Millisecond)
		head, _ := c.Client.BlockNumber(ctx)
		cur, _, _ := m2.r.Cursor(ctx)
		if head-cur.Block > maxLag {
			maxLag = head - cur.Block
		}
	}
	stop()
	fmt.Printf("metric: indexer.head_lag_blocks %d blocks\n", maxLag)
}
