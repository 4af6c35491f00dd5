package settlement_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestSettlesEveryAttestationOnce: reports of two providers over three jobs, some superseded by
// higher counters before they went out, are paid exactly the highest counter of each job.
func TestSettlesEveryAttestationOnce(t *testing.T) {
	e := newEnv(t)
	a := e.job(t, "provider", 2, chain.Tokens(1000))
	b := e.job(t, "provider", 1, chain.Tokens(1000))
	c := e.job(t, "provider2", 4, chain.Tokens(1000))
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())
	p1, p2 := e.balance(t, "provider"), e.balance(t, "provider2")

	first := e.submit(t, s, e.report(t, "provider", use(a, 1, 50), use(b, 1, 20)))
	e.submit(t, s, e.report(t, "provider", use(a, 1, 150), use(b, 1, 90)))
	e.submit(t, s, e.report(t, "provider2", use(c, 1, 400)))
	e.drain(t, s)

	// A later report, settled on top of the first batch.
	e.c.Advance(t, 10*time.Second)
	e.submit(t, s, e.report(t, "provider", use(a, 1, 160)))
	e.drain(t, s)

	if got, want := new(big.Int).Sub(e.balance(t, "provider"), p1), new(big.Int).Add(net(wei(150+90)), net(wei(10))); got.Cmp(want) != 0 {
		t.Fatalf("provider received %s, want %s", got, want)
	}
	if got, want := new(big.Int).Sub(e.balance(t, "provider2"), p2), net(wei(400)); got.Cmp(want) != 0 {
		t.Fatalf("provider2 received %s, want %s", got, want)
	}
	for job, want := range map[uint64]uint64{a: 160, b: 90, c: 400} {
		if _, settled := e.onchainJob(t, job); settled != want {
			t.Fatalf("job %d settled %d GPU-seconds on chain, want %d", job, settled, want)
		}
	}
	st, err := s.Report(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != "superseded" {
		t.Fatalf("first report is %s, want superseded", st.State)
	}
	// Every report that went out paid for every entry: nothing was sent that paid nothing.
	if n := e.count(t, `SELECT count(*) FROM settlement_usages WHERE outcome <> 'settled'`); n != 0 {
		t.Fatalf("%d attestations were sent but paid nothing", n)
	}
	tot, err := s.Totals(ctx, chaintest.Addr("provider"))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(net(wei(150+90)), net(wei(10))); tot[settlement.MovePayout].Cmp(want) != 0 {
		t.Fatalf("provider earnings %s, want %s", tot[settlement.MovePayout], want)
	}
	all, err := s.Totals(ctx, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	gross := wei(160 + 90 + 400)
	if sum := new(big.Int).Add(all[settlement.MovePayout], all[settlement.MoveFee]); sum.Cmp(gross) != 0 {
		t.Fatalf("payouts + fees = %s, want the gross %s", sum, gross)
	}
}

// TestStuckTransactionIsReplaced: a transaction the network never mines is replaced with the same
// nonce and higher fees; both hashes are recorded and the work is paid once.
func TestStuckTransactionIsReplaced(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 50*time.Second)
	var lost string
	fc := &faultyChain{Chain: e.c.Client}
	fc.onSend = func(tx *typesTx) (bool, error) {
		if lost == "" {
			lost = tx.Hash().Hex()
		}
		return tx.Hash().Hex() != lost, nil // the first version vanishes from every mempool
	}
	clock := &fakeClock{t: time.Now()}
	cfg := e.config()
	cfg.ReplaceAfter = time.Minute
	s := e.service(t, fc, cfg, settlement.WithClock(clock))
	before := e.balance(t, "provider")
	e.submit(t, s, e.report(t, "provider", use(job, 1, 40)))
	for i := 0; i < 3; i++ {
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, settled := e.onchainJob(t, job); settled != 0 {
		t.Fatal("the lost transaction was mined")
	}
	clock.Advance(2 * time.Minute)
	e.drain(t, s)
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(wei(40))) != 0 {
		t.Fatalf("provider received %s, want %s", got, net(wei(40)))
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_attempts`); n != 2 {
		t.Fatalf("%d attempts recorded, want 2 (original and replacement)", n)
	}
	if n := e.count(t, `SELECT count(DISTINCT nonce) FROM settlement_txs`); n != 1 {
		t.Fatalf("replacement used %d nonces, want 1", n)
	}
	var feeCaps []string
	e.db.Raw(`SELECT gas_fee_cap::text FROM settlement_attempts ORDER BY created_at`).Scan(&feeCaps)
	lo, _ := new(big.Int).SetString(feeCaps[0], 10)
	hi, _ := new(big.Int).SetString(feeCaps[1], 10)
	if hi.Cmp(new(big.Int).Div(new(big.Int).Mul(lo, big.NewInt(110)), big.NewInt(100))) < 0 {
		t.Fatalf("replacement fee cap %s is not 10%% above %s", hi, lo)
	}
}

// TestRPCOutageDelaysSettlement: while the RPC fails, Submit says "try again" and steps fail;
// nothing accepted is lost, and everything settles once it is back.
func TestRPCOutageDelaysSettlement(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 50*time.Second)
	fc := &faultyChain{Chain: e.c.Client}
	s := e.service(t, fc, e.config())
	e.submit(t, s, e.report(t, "provider", use(job, 1, 10)))

	fc.failCalls = 1000
	if _, err := s.Submit(ctx, e.report(t, "provider", use(job, 1, 20))); !errorsIs(err, settlement.ErrUnavailable) {
		t.Fatalf("submit during outage: %v, want ErrUnavailable", err)
	}
	for i := 0; i < 3; i++ {
		if err := s.Step(ctx); err == nil {
			t.Fatal("step succeeded during an outage")
		}
	}
	fc.mu.Lock()
	fc.failCalls = 0
	fc.mu.Unlock()
	e.submit(t, s, e.report(t, "provider", use(job, 1, 20)))
	e.drain(t, s)
	if _, settled := e.onchainJob(t, job); settled != 20 {
		t.Fatalf("settled %d GPU-seconds, want 20", settled)
	}
}
