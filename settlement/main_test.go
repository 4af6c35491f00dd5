package settlement_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/postgres/pgtest"
	"github.com/gintonic/gintonic/settlement"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// price is the award price of every test job: 1e12 wei per GPU-second.
var price = big.NewInt(1e12)

// env is a simulated chain with staked providers and a funded client, and a migrated database.
type env struct {
	c  *chaintest.Chain
	db *gorm.DB
}

func newEnv(t testing.TB) *env {
	t.Helper()
	c := chaintest.New(t)
	c.Stake(t, "provider", chain.Tokens(100_000))
	c.Stake(t, "provider2", chain.Tokens(100_000))
	c.Stake(t, "backup", chain.Tokens(100_000))
	c.Stake(t, "controller", chain.Tokens(50_000))
	c.FundGIN(t, "client", chain.Tokens(10_000_000))
	k := c.Contracts
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, chain.Tokens(10_000_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10_000_000)))

	db, _ := pgtest.Migrated(t)
	return &env{c: c, db: db}
}

// config is the test configuration: the controller key sends, receipts count at once, batches go
// out on every step.
func (e *env) config() settlement.Config {
	cfg := settlement.DefaultConfig(e.c.Contracts.Deployment, e.c.Keys["controller"])
	cfg.Confirmations = 1
	cfg.BatchInterval = time.Nanosecond
	cfg.Poll = 10 * time.Millisecond
	cfg.CheckMirror = false // no API or indexer writes the awards here; TestIntakeReadsTheChainOnlyForAwardedRounds turns it on
	return cfg
}

// service starts a service instance over the env's database and the given chain endpoint
// (the automining simulated client when nil).
func (e *env) service(t testing.TB, c settlement.Chain, cfg settlement.Config, opts ...settlement.Option) *settlement.Service {
	t.Helper()
	if c == nil {
		c = e.c.Client
	}
	s, err := settlement.New(e.db, c, cfg, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// job posts a job and awards it to provider at price; it returns the job id.
func (e *env) job(t testing.TB, provider string, gpus uint16, budget *big.Int) uint64 {
	t.Helper()
	k := e.c.Contracts
	deadline := big.NewInt(int64(e.c.HeadTime(t) + 3600))
	r := e.c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("job")), big.NewInt(2e12), gpus, budget, deadline, big.NewInt(0)))
	var id uint64
	for _, l := range r.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			id = ev.JobId.Uint64()
		}
	}
	if id == 0 {
		t.Fatal("no JobCreated event")
	}
	e.award(t, provider, id, false)
	return id
}

var bidNonce atomic.Uint64

func (e *env) award(t testing.TB, provider string, id uint64, backup bool) {
	t.Helper()
	k := e.c.Contracts
	terms, err := k.JobTermsHash(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	bid := chain.Bid{JobID: id, Terms: terms, Provider: chaintest.Addr(provider), PricePerGpuSecond: price, Expiry: e.c.HeadTime(t) + 1<<30, Nonce: bidNonce.Add(1)}
	sig, err := k.SignBid(bid, e.c.Keys[provider])
	if err != nil {
		t.Fatal(err)
	}
	if backup {
		e.c.Send(t, "client", k.EscrowC, k.Escrow.PackAwardBackup(bid.Binding(), sig))
		return
	}
	e.c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
}

// report is a report signed by provider.
func (e *env) report(t testing.TB, provider string, usages ...chain.Usage) settlement.SignedReport {
	t.Helper()
	r := chain.UsageReport{Provider: chaintest.Addr(provider), Usages: usages}
	sig, err := e.c.Contracts.SignUsageReport(r, e.c.Keys[provider])
	if err != nil {
		t.Fatal(err)
	}
	return settlement.SignedReport{UsageReport: r, Signature: sig}
}

func use(job uint64, round uint8, cum uint64) chain.Usage {
	return chain.Usage{JobID: job, Round: round, CumulativeGpuSeconds: cum}
}

func (e *env) submit(t testing.TB, s *settlement.Service, r settlement.SignedReport) int64 {
	t.Helper()
	return e.receipt(t, s, r).ID
}

// receipt submits r and returns what intake made of it; the report must be kept.
func (e *env) receipt(t testing.TB, s *settlement.Service, r settlement.SignedReport) settlement.Receipt {
	t.Helper()
	rc, err := s.Submit(ctx, r)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	return rc
}

// drain steps s until nothing is pending or in flight. Sends mine at once (automine); a block is
// also mined every few steps, as time passes on a real chain.
func (e *env) drain(t testing.TB, s *settlement.Service) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if i%3 == 2 {
			e.c.Advance(t, time.Second)
		}
		if err := s.Step(ctx); err != nil {
			t.Fatalf("step: %v", err)
		}
		b, err := s.Backlog(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if b.PendingReports+b.BatchedReports+b.TxsInFlight == 0 {
			return
		}
	}
	t.Fatal("settlement backlog did not drain")
}

func (e *env) balance(t testing.TB, name string) *big.Int {
	t.Helper()
	b, err := e.c.Contracts.TokenBalance(ctx, chaintest.Addr(name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *env) onchainJob(t testing.TB, id uint64) (state uint8, settled uint64) {
	t.Helper()
	j, err := e.c.Contracts.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return j.State, j.SettledGpuSeconds.Uint64()
}

// net is what a provider receives for gross after the 2.5% protocol fee.
func net(gross *big.Int) *big.Int {
	fee := new(big.Int).Div(new(big.Int).Mul(gross, big.NewInt(250)), big.NewInt(10_000))
	return new(big.Int).Sub(gross, fee)
}

func wei(gpuSeconds uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gpuSeconds), price)
}

func (e *env) count(t testing.TB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := e.db.Raw(q, args...).Scan(&n).Error; err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// faultyChain wraps a chain endpoint to inject faults.
type faultyChain struct {
	settlement.Chain
	mu sync.Mutex
	// failCalls makes the next n calls of any method fail (an RPC outage).
	failCalls int
	// hideReceipts makes every receipt look missing (a node that lost the block).
	hideReceipts bool
	// onSend, when set, decides a SendTransaction: deliver it or not, and what to return.
	onSend func(tx *types.Transaction) (deliver bool, err error)
}

var errOutage = errors.New("connection refused (injected outage)")

func (f *faultyChain) fail() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failCalls > 0 {
		f.failCalls--
		return errOutage
	}
	return nil
}

func (f *faultyChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Chain.HeaderByNumber(ctx, n)
}

func (f *faultyChain) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	f.mu.Lock()
	hide := f.hideReceipts
	f.mu.Unlock()
	if hide {
		return nil, ethereum.NotFound
	}
	return f.Chain.TransactionReceipt(ctx, h)
}

func (f *faultyChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.fail(); err != nil {
		return err
	}
	f.mu.Lock()
	decide := f.onSend
	f.mu.Unlock()
	if decide != nil {
		deliver, err := decide(tx)
		if deliver {
			if serr := f.Chain.SendTransaction(ctx, tx); serr != nil {
				return serr
			}
		}
		return err
	}
	return f.Chain.SendTransaction(ctx, tx)
}

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type typesTx = types.Transaction

func errorsIs(err, target error) bool { return errors.Is(err, target) }

func bigU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

type chainAddr = common.Address

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
