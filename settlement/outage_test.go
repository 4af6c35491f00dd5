package settlement_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/postgres/pgtest"
	"github.com/gintonic/gintonic/settlement"
)

// TestPostgresRestartLosesNothing: while Postgres is down, Submit says "try again" and steps fail;
// after it comes back, what was queued before is settled, once.
func TestPostgresRestartLosesNothing(t *testing.T) {
	cluster := pgtest.Shared(t)
	if !cluster.Owned() {
		t.Skip("DATABASE_URL names a server this test may not restart")
	}
	e := newEnv(t)
	job := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 60*time.Second)
	s := e.service(t, nil, e.config())
	before := e.balance(t, "provider")
	e.submit(t, s, e.report(t, "provider", use(job, 1, 25)))

	if err := cluster.Stop(); err != nil {
		t.Fatal(err)
	}
	restarted := false
	defer func() {
		if !restarted {
			_ = cluster.Restart()
		}
	}()
	if _, err := s.Submit(ctx, e.report(t, "provider", use(job, 1, 35))); !errors.Is(err, settlement.ErrUnavailable) {
		t.Fatalf("submit with Postgres down: %v, want ErrUnavailable", err)
	}
	if err := s.Step(ctx); err == nil {
		t.Fatal("step succeeded with Postgres down")
	}
	if err := cluster.Restart(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	// Pooled connections died with the server; the pool replaces them.
	deadline := time.Now().Add(10 * time.Second)
	for s.Step(ctx) != nil {
		if time.Now().After(deadline) {
			t.Fatal("the service did not recover after Postgres came back")
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.submit(t, s, e.report(t, "provider", use(job, 1, 35)))
	e.drain(t, s)
	if got := new(big.Int).Sub(e.balance(t, "provider"), before); got.Cmp(net(wei(35))) != 0 {
		t.Fatalf("provider received %s, want %s", got, net(wei(35)))
	}
}

// TestTwoInstancesShareTheQueue: two services on one database and one key, running at once,
// settle every report once, with distinct nonces.
func TestTwoInstancesShareTheQueue(t *testing.T) {
	e := newEnv(t)
	a := e.job(t, "provider", 2, chain.Tokens(1000))
	b := e.job(t, "provider2", 2, chain.Tokens(1000))
	e.c.Advance(t, 200*time.Second)
	p1, p2 := e.balance(t, "provider"), e.balance(t, "provider2")
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	s1, s2 := e.service(t, nil, e.config()), e.service(t, nil, e.config())
	done := make(chan error, 2)
	go func() { done <- s1.Run(runCtx) }()
	go func() { done <- s2.Run(runCtx) }()
	for i := uint64(1); i <= 10; i++ {
		s := s1
		if i%2 == 0 {
			s = s2
		}
		e.submit(t, s, e.report(t, "provider", use(a, 1, 30*i)))
		e.submit(t, s, e.report(t, "provider2", use(b, 1, 20*i)))
		time.Sleep(20 * time.Millisecond)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		bl, err := s1.Backlog(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if bl.PendingReports+bl.BatchedReports+bl.TxsInFlight == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("backlog %+v did not drain", bl)
		}
		e.c.Advance(t, time.Second)
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	<-done
	<-done
	if got := new(big.Int).Sub(e.balance(t, "provider"), p1); got.Cmp(net(wei(300))) != 0 {
		t.Fatalf("provider received %s, want %s", got, net(wei(300)))
	}
	if got := new(big.Int).Sub(e.balance(t, "provider2"), p2); got.Cmp(net(wei(200))) != 0 {
		t.Fatalf("provider2 received %s, want %s", got, net(wei(200)))
	}
	if n := e.count(t, `SELECT count(*) - count(DISTINCT nonce) FROM settlement_txs`); n != 0 {
		t.Fatalf("%d nonces used twice", n)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_usages WHERE outcome IS NOT NULL AND outcome <> 'settled'`); n != 0 {
		t.Fatalf("%d attestations were sent but paid nothing", n)
	}
}
