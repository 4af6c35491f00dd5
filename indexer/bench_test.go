//go:build bench

package indexer_test

import (
	"context"
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

// The indexer benchmark. Everything runs against a real node: anvil (one block per transaction)
// over JSON-RPC over HTTP, holding >= 100,000 events of a busy marketplace, and a PostgreSQL
// cluster with its default durability (the bench build tag). In order:
//
//  1. back-fill: a fresh database each run, Sync from the deploy block to the head;
//  2. scale curve: the same back-fill up to the blocks holding about 1k and 10k events;
//  3. peer: the gin-indexer binary and Ponder side by side, process start to caught up
//     (bench_peer_test.go);
//  4. head lag: the indexer's Run loop with its production poll interval while a 102-event block
//     lands every 200 ms, sampled at random moments.
//
// Each figure is the median over bench.Runs(n) runs with its range.

const (
	loadJobs      = 100     // jobs of one provider; each settlement report covers all of them
	backfillGoal  = 100_000 // events on the chain for the back-fill
	lagBlockEvery = 200 * time.Millisecond
)

// loadGenerator posts jobs to one provider and then emits settlement batches of 100 usages each
// (100 UsageSettled + ProviderPaid + Transfer per transaction): the event mix of a busy marketplace.
type loadGenerator struct {
	t          testing.TB
	c          *chaintest.AnvilChain
	jobs       []uint64
	tick       uint64
	gas        uint64 // gas limit of one settleBatch transaction
	setupBlock uint64 // the last block before the first settlement
}

func newLoad(t testing.TB, c *chaintest.AnvilChain, jobs int) *loadGenerator {
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
		bid := chain.Bid{JobID: id, Terms: terms, Provider: c.Addr("provider"), PricePerGpuSecond: big.NewInt(1e12), Expiry: c.HeadTime(t) + 7200, Nonce: id}
		sig, _ := k.SignBid(bid, c.Keys["provider"])
		c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
		g.jobs = append(g.jobs, id)
	}
	// A report pays at most GPUs x seconds since the award; anvil's clock is the wall clock, so
	// move it a day on: every tick below is then paid (102 events), as on the simulated chain.
	c.IncreaseTime(t, 24*time.Hour)
	g.setupBlock = c.Head(t)
	data := g.next()
	gas, err := c.Client.EstimateGas(ctx, callMsg(c.Addr("deployer"), k.Deployment.Escrow, data))
	if err != nil {
		t.Fatalf("estimate settleBatch: %v", chain.DecodeRevert(err))
	}
	g.gas = gas + gas/5
	g.tick-- // data was not sent
	return g
}

// next is the calldata of the next report over all jobs, each one GPU-second further.
func (g *loadGenerator) next() []byte {
	g.tick++
	u := make([]chain.Usage, len(g.jobs))
	for i, id := range g.jobs {
		u[i] = chain.Usage{JobID: id, Round: 1, CumulativeGpuSeconds: g.tick}
	}
	r := chain.UsageReport{Provider: g.c.Addr("provider"), Usages: u}
	sig, _ := g.c.Contracts.SignUsageReport(r, g.c.Keys["provider"])
	return g.c.Contracts.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{r.Binding(sig)})
}

// settleMany sends n reports, one block each, and checks that each emitted 102 events.
func (g *loadGenerator) settleMany(n int) {
	data := make([][]byte, n)
	for i := range data {
		data[i] = g.next()
	}
	for _, rc := range g.c.SendEach(g.t, "deployer", g.c.Contracts.Deployment.Escrow, g.gas, data) {
		if len(rc.Logs) != 2+len(g.jobs) {
			g.t.Fatalf("a settlement emitted %d events, want %d", len(rc.Logs), 2+len(g.jobs))
		}
	}
}

// TestBenchIndexer runs the indexer benchmark (see the top of this file). Under GIN_BENCH_QUICK=1
// the chain holds about 10,000 events instead of 100,000 (the 100k point of the scale curve is
// skipped) and every figure is measured once.
func TestBenchIndexer(t *testing.T) {
	began := time.Now()
	rep := &bench.Report{}
	defer rep.Print(nil)
	goal := backfillGoal
	if bench.Quick() {
		goal = 10_000
	}

	c := chaintest.NewAnvil(t)
	d := c.Contracts.Deployment
	g := newLoad(t, c, loadJobs)
	setupEvents := countLogs(t, c, d.DeployBlock, g.setupBlock)
	perBlock := 2 + loadJobs
	blockFor := func(events int) uint64 {
		return g.setupBlock + uint64(max(0, (events-setupEvents+perBlock-1)/perBlock))
	}
	genStart := time.Now()
	g.settleMany(int(blockFor(goal) - g.setupBlock))
	head := c.Head(t)
	t.Logf("chain: anvil at %s (JSON-RPC over HTTP, automine: one block per transaction), contracts at block %d, head %d; %d set-up events (stake, deposit, %d jobs created and awarded), then %d settleBatch transactions of %d usages (%d events each), one per block; generated in %s (not measured)",
		c.URL, d.DeployBlock, head, setupEvents, loadJobs, head-g.setupBlock, loadJobs, perBlock, time.Since(genStart).Round(time.Millisecond))
	t.Logf("postgres: a throwaway 15 cluster, durable=%v (fsync, synchronous_commit and full_page_writes at PostgreSQL's defaults when true), a fresh database for every back-fill run", pgtest.Shared(t).Durable())

	// 1. Back-fill: everything from the deploy block to the head.
	var total int64
	for run := 0; run < bench.Runs(3); run++ {
		n, el := backfill(t, c, head)
		if n < int64(goal) {
			t.Fatalf("only %d events mirrored", n)
		}
		if total != 0 && n != total {
			t.Fatalf("run %d mirrored %d events, an earlier run %d", run, n, total)
		}
		total = n
		rep.Add("indexer.backfill_events_per_s", "events/s", math.Round(float64(n)/el.Seconds()))
		if !bench.Quick() {
			rep.AddMs("indexer.backfill_ms.100k_events", el)
		}
		t.Logf("back-fill run %d: %d events in %d blocks (%d..%d) in %s; in-process indexer.Sync over ethclient on HTTP, indexer defaults (finality 12, eth_getLogs spans adapting towards 5,000 events, max 10,000 blocks)",
			run+1, n, head-d.DeployBlock+1, d.DeployBlock, head, el.Round(time.Millisecond))
	}

	// 2. Scale curve: prefixes of the same chain (the 100k point is the back-fill above).
	for _, p := range []struct {
		name   string
		events int
	}{{"1k_events", 1_000}, {"10k_events", 10_000}} {
		to := blockFor(p.events)
		for run := 0; run < bench.Runs(3); run++ {
			n, el := backfill(t, c, to)
			rep.AddMs("indexer.backfill_ms."+p.name, el)
			t.Logf("back-fill to block %d (the node's head capped there): %d events in %d blocks in %s", to, n, to-d.DeployBlock+1, el.Round(time.Millisecond))
		}
	}
	t.Logf("back-fill and scale curve done at %s", time.Since(began).Round(time.Second))

	// 3. Peer: gin-indexer and Ponder, process to process, on the same chain and cluster.
	peerBackfill(t, rep, c, head, total)
	t.Logf("peer comparison done at %s", time.Since(began).Round(time.Second))

	// 4. Head lag under a steady load.
	headLag(t, rep, c, g)
	t.Logf("indexer benchmark took %s", time.Since(began).Round(time.Second))
}

// backfill indexes a fresh database from the deploy block to block to (the head the indexer
// sees is capped there) over a new HTTP client, and returns the events mirrored and the time.
func backfill(t *testing.T, c *chaintest.AnvilChain, to uint64) (int64, time.Duration) {
	t.Helper()
	db := freshDB(t)
	client, err := ethclient.DialContext(ctx, c.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ix, err := indexer.New(db, cappedHead{client, to}, indexer.Config{Deployment: c.Contracts.Deployment}, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	syncToHead(t, ix)
	el := time.Since(start)
	n, err := indexer.NewReader(db, c.Contracts.Deployment.ChainID, "", 12).EventCount(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	closeDB(db)
	return n, el
}

// cappedHead is a node whose head is at most head: back-fills of a prefix of the chain.
type cappedHead struct {
	*ethclient.Client
	head uint64
}

func (c cappedHead) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := c.Client.BlockNumber(ctx)
	return min(n, c.head), err
}

func syncToHead(t *testing.T, ix *indexer.Indexer) {
	t.Helper()
	for i := 0; i < 100_000; i++ {
		done, err := ix.Sync(ctx)
		if err != nil {
			t.Fatalf("sync: %v", err)
		}
		if done {
			return
		}
	}
	t.Fatal("sync did not reach the head")
}

// freshDB is a new, migrated database on the package's cluster.
func freshDB(t *testing.T) *gorm.DB {
	t.Helper()
	db, err := postgres.Open(ctx, pgtest.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeDB(db) })
	if err := postgres.Migrate(ctx, db); err != nil {
		t.Fatal(err)
	}
	return db
}

func closeDB(db *gorm.DB) {
	if s, err := db.DB(); err == nil {
		s.Close()
	}
}

// countLogs is the number of logs the indexer follows (token, staking, escrow) in [from, to].
func countLogs(t *testing.T, c *chaintest.AnvilChain, from, to uint64) int {
	t.Helper()
	d := c.Contracts.Deployment
	logs, err := c.Client.FilterLogs(ctx, filterQuery(d, from, to))
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

// headLag runs the indexer as in production (its Run loop, the default 1 s head poll over HTTP,
// finality 12) while a 102-event block lands every 200 ms. Head lag in blocks is sampled at random
// moments (exponentially distributed gaps, mean 50 ms, so samples are not aligned with blocks);
// lag in ms is, for each block, the time from the block being served by the node (its receipt
// first seen, polled every 2 ms) to the indexer's cursor covering it (the cursor polled every
// 10 ms).
func headLag(t *testing.T, rep *bench.Report, c *chaintest.AnvilChain, g *loadGenerator) {
	d := c.Contracts.Deployment
	window := 15 * time.Second
	if bench.Quick() {
		window = 10 * time.Second
	}
	db := freshDB(t)
	for run := 0; run < bench.Runs(3); run++ {
		client, err := ethclient.DialContext(ctx, c.URL)
		if err != nil {
			t.Fatal(err)
		}
		// A fresh indexer (a restart) on the same database, first brought to the head: the lag,
		// not a back-fill, is measured.
		ix, err := indexer.New(db, client, indexer.Config{Deployment: d}, nil)
		if err != nil {
			t.Fatal(err)
		}
		syncToHead(t, ix)
		r := indexer.NewReader(db, d.ChainID, "", 12)
		runCtx, stop := context.WithCancel(ctx)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done(); _ = ix.Run(runCtx) }()

		var mu sync.Mutex
		arrived := map[uint64]time.Time{}
		covered := map[uint64]time.Time{}
		var samples []float64
		cur0, _, err := r.Cursor(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// The cursor watcher.
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := cur0.Block
			tk := time.NewTicker(10 * time.Millisecond)
			defer tk.Stop()
			for runCtx.Err() == nil {
				<-tk.C
				cur, ok, err := r.Cursor(runCtx)
				if err != nil || !ok {
					continue
				}
				now := time.Now()
				mu.Lock()
				for b := last + 1; b <= cur.Block; b++ {
					covered[b] = now
				}
				mu.Unlock()
				last = max(last, cur.Block)
			}
		}()
		// The random sampler.
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 19))
			for runCtx.Err() == nil {
				time.Sleep(time.Duration(rng.ExpFloat64() * float64(50*time.Millisecond)))
				head, err := client.BlockNumber(runCtx)
				if err != nil {
					continue
				}
				cur, _, err := r.Cursor(runCtx)
				if err != nil {
					continue
				}
				mu.Lock()
				samples = append(samples, float64(head-min(head, cur.Block)))
				mu.Unlock()
			}
		}()
		// The load: a 102-event block every 200 ms, each sent alone and waited for.
		s := c.Sender("deployer")
		tk := time.NewTicker(lagBlockEvery)
		end := time.Now().Add(window)
		blocks := 0
		for time.Now().Before(end) {
			<-tk.C
			rc := sendOne(t, c, s, g)
			mu.Lock()
			arrived[rc.BlockNumber.Uint64()] = time.Now()
			mu.Unlock()
			blocks++
		}
		tk.Stop()
		// Let the indexer cover the last blocks, then stop.
		last := c.Head(t)
		deadline := time.Now().Add(10 * time.Second)
		for {
			mu.Lock()
			_, ok := covered[last]
			mu.Unlock()
			if ok || time.Now().After(deadline) {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		stop()
		wg.Wait()
		client.Close()

		mu.Lock()
		var lags []time.Duration
		for b, a := range arrived {
			cv, ok := covered[b]
			if !ok {
				t.Fatalf("block %d was never indexed", b)
			}
			lags = append(lags, max(0, cv.Sub(a)))
		}
		sampleCount := len(samples)
		p50b, p99b := quantileF(samples, 0.50), quantileF(samples, 0.99)
		mu.Unlock()
		rep.Add("indexer.head_lag_blocks", "blocks", p99b)
		rep.Add("indexer.head_lag_p50_blocks", "blocks", p50b)
		rep.AddMs("indexer.head_lag_p50_ms", bench.Quantile(lags, 0.50))
		rep.AddMs("indexer.head_lag_p99_ms", bench.Quantile(lags, 0.99))
		t.Logf("head lag run %d: %d blocks of %d events, one every %s for %s over HTTP (Run loop, poll %s = gin-indexer's default, finality 12); %d random samples: p50 %.0f p99 %.0f blocks; per block p50 %s p99 %s",
			run+1, blocks, 2+loadJobs, lagBlockEvery, window, time.Second, sampleCount, p50b, p99b,
			bench.Quantile(lags, 0.50), bench.Quantile(lags, 0.99))
	}
}

// sendOne sends the next report alone and waits for its receipt (polled every 2 ms).
func sendOne(t *testing.T, c *chaintest.AnvilChain, s *chain.Sender, g *loadGenerator) *types.Receipt {
	t.Helper()
	opts := *s.Opts
	opts.Context = ctx
	opts.GasLimit = g.gas
	tx, err := c.Contracts.EscrowC.RawTransact(&opts, g.next())
	if err != nil {
		t.Fatal(chain.DecodeRevert(err))
	}
	rc, err := s.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Logs) != 2+loadJobs {
		t.Fatalf("a settlement emitted %d events, want %d", len(rc.Logs), 2+loadJobs)
	}
	return rc
}

// quantileF is the q-quantile of xs by the nearest-rank method (as bench.Quantile).
func quantileF(xs []float64, q float64) float64 {
	ds := make([]time.Duration, len(xs))
	for i, x := range xs {
		ds[i] = time.Duration(x)
	}
	return float64(bench.Quantile(ds, q))
}

func callMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

func filterQuery(d *chain.Deployment, from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{d.Token, d.Staking, d.Escrow}}
}
