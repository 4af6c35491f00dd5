package settlement_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestCrashAnywhereSettlesOnce kills the service (cancels its context mid-call, like kill -9: no
// cleanup runs) between signing and sending, and between sending and the receipt; a fresh
// instance on the same database settles every attestation exactly once, with one transaction.
func TestCrashAnywhereSettlesOnce(t *testing.T) {
	for _, tc := range []struct {
		name    string
		deliver bool // whether the transaction reached the node before the crash
	}{
		{"between signing and sending", false},
		{"between sending and the receipt", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			a := e.job(t, "provider", 2, chain.Tokens(1000))
			b := e.job(t, "provider2", 1, chain.Tokens(1000))
			e.c.Advance(t, 100*time.Second)
			p1, p2 := e.balance(t, "provider"), e.balance(t, "provider2")

			crashCtx, kill := context.WithCancel(ctx)
			fc := &faultyChain{Chain: e.c.Client}
			fc.onSend = func(tx *typesTx) (bool, error) {
				if tc.deliver {
					if err := e.c.Client.SendTransaction(ctx, tx); err != nil {
						t.Errorf("deliver: %v", err)
					}
				}
				kill()
				return false, errors.New("killed")
			}
			first := e.service(t, fc, e.config())
			e.submit(t, first, e.report(t, "provider", use(a, 1, 150)))
			e.submit(t, first, e.report(t, "provider2", use(b, 1, 70)))
			_ = first.Step(crashCtx) // dies inside SendTransaction
			if crashCtx.Err() == nil {
				t.Fatal("the service never tried to send")
			}

			second := e.service(t, nil, e.config())
			e.drain(t, second)
			if got := new(big.Int).Sub(e.balance(t, "provider"), p1); got.Cmp(net(wei(150))) != 0 {
				t.Fatalf("provider received %s, want %s", got, net(wei(150)))
			}
			if got := new(big.Int).Sub(e.balance(t, "provider2"), p2); got.Cmp(net(wei(70))) != 0 {
				t.Fatalf("provider2 received %s, want %s", got, net(wei(70)))
			}
			if n := e.count(t, `SELECT count(*) FROM settlement_txs`); n != 1 {
				t.Fatalf("%d transactions, want the one signed before the crash", n)
			}
			if n := e.count(t, `SELECT count(*) FROM settlement_reports WHERE state = 'settled'`); n != 2 {
				t.Fatalf("%d reports settled, want 2", n)
			}
		})
	}
}

// TestNonceTakenElsewhereRequeues: the service signs a batch and dies before sending it; meanwhile
// its key sends another transaction with that nonce. On restart the stored transaction can never
// be mined, so its reports are batched again under a new nonce, and paid once.
func TestNonceTakenElsewhereRequeues(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 60*time.Second)
	before := e.balance(t, "provider")
	crashCtx, kill := context.WithCancel(ctx)
	fc := &faultyChain{Chain: e.c.Client}
	fc.onSend = func(*typesTx) (bool, error) { kill(); return false, errors.New("killed") }
	first := e.service(t, fc, e.config())
	e.submit(t, first, e.report(t, "provider", use(job, 1, 45)))
	_ = first.Step(crashCtx)

	k := e.c.Contracts
	e.c.Send(t, "controller", k.TokenC, k.Token.PackTransfer(chaintest.Addr("controller"), big.NewInt(0)))

	second := e.service(t, nil, e.config())
	e.drain(t, second)
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(wei(45))) != 0 {
		t.Fatalf("provider received %s, want %s", got, net(wei(45)))
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE state = 'dropped'`); n != 1 {
		t.Fatalf("%d dropped transactions, want 1", n)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE state = 'confirmed'`); n != 1 {
		t.Fatalf("%d confirmed transactions, want 1", n)
	}
}

// TestReorgDropsSettlement: the block holding a settlement is reorged out before it has enough
// confirmations; the service follows the transaction to its new block and books it once.
func TestReorgDropsSettlement(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 60*time.Second)
	before := e.balance(t, "provider")
	cfg := e.config()
	cfg.Confirmations = 3
	s := e.service(t, nil, cfg)
	e.submit(t, s, e.report(t, "provider", use(job, 1, 30)))
	if err := s.Step(ctx); err != nil { // signs, sends (mined at once)
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil { // sees the receipt
		t.Fatal(err)
	}
	var first []byte
	e.db.Raw(`SELECT block_hash FROM settlement_txs`).Scan(&first)
	if first == nil {
		t.Fatal("receipt not recorded before the reorg")
	}
	dropped := e.c.Reorg(t, 1, 1)
	for i := 0; i < 5; i++ {
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
		e.c.Advance(t, time.Second)
	}
	e.drain(t, s)
	var final []byte
	e.db.Raw(`SELECT block_hash FROM settlement_txs WHERE state = 'confirmed'`).Scan(&final)
	if final == nil || string(final) == string(dropped[0][:]) {
		t.Fatalf("confirmed in block %x, the dropped block was %x", final, dropped[0])
	}
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(wei(30))) != 0 {
		t.Fatalf("provider received %s, want %s (once)", got, net(wei(30)))
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_movements WHERE kind = 'payout'`); n != 1 {
		t.Fatalf("%d payouts booked, want 1", n)
	}
}

// TestReceiptVanishesBeforeConfirmation: a recorded receipt disappears (the block left the
// canonical chain) before enough confirmations; the service goes back to sending the same
// transaction, and books it once when its receipt is back.
func TestReceiptVanishesBeforeConfirmation(t *testing.T) {
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 60*time.Second)
	before := e.balance(t, "provider")
	fc := &faultyChain{Chain: e.c.Client}
	cfg := e.config()
	cfg.Confirmations = 3
	s := e.service(t, fc, cfg)
	e.submit(t, s, e.report(t, "provider", use(job, 1, 33)))
	for i := 0; i < 2; i++ { // sign + send (mined at once), then see the receipt
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE state = 'mined'`); n != 1 {
		t.Fatal("receipt not recorded")
	}
	fc.mu.Lock()
	fc.hideReceipts = true
	fc.mu.Unlock()
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE state = 'sent' AND block_hash IS NULL`); n != 1 {
		t.Fatal("the service did not notice the receipt was gone")
	}
	fc.mu.Lock()
	fc.hideReceipts = false
	fc.mu.Unlock()
	e.drain(t, s)
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(wei(33))) != 0 {
		t.Fatalf("provider received %s, want %s", got, net(wei(33)))
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs`); n != 1 {
		t.Fatalf("%d transactions, want 1", n)
	}
}
