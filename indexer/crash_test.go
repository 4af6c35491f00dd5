package indexer_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

// TestCrashMidBatchAndRestart: the indexer dies inside its batch transaction (rows written, cursor
// not yet committed), again and again; each restart resumes and the mirror ends with no gap and no
// duplicate.
func TestCrashMidBatchAndRestart(t *testing.T) {
	c := chaintest.New(t)
	w := newWorld(t, c, 4)
	for i := 0; i < 60; i++ {
		w.step()
	}
	var batches atomic.Int64
	crash := errors.New("kill -9")
	cfg := indexer.Config{InitialSpan: 5, MaxSpan: 5, BeforeCommit: func(ctx context.Context) error {
		if batches.Add(1)%3 == 0 {
			return crash // every third batch dies after its writes, before its commit
		}
		return nil
	}}
	m := newMirror(t, c, nil, cfg)
	crashes := 0
	for restarts := 0; restarts < 1000; restarts++ {
		m = attach(t, m.db, c, nil, cfg) // a fresh process: nothing in memory survives
		done, err := m.ix.Sync(ctx)
		if errors.Is(err, crash) {
			crashes++
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if done {
			break
		}
	}
	if crashes < 3 {
		t.Fatalf("only %d crashes happened; the test proves nothing", crashes)
	}
	t.Logf("%d crashes, %d batches attempted", crashes, batches.Load())
	assertExactlyOnce(t, c, m)
	assertMatchesContract(t, c, m, w.jobs)
}

// TestPostgresRestart: the database goes away while the indexer runs; it waits, resumes and loses
// nothing.
func TestPostgresRestart(t *testing.T) {
	cluster := pgtest.Shared(t)
	if cluster.URL != "" && !cluster.Owned() {
		t.Fatal("this test restarts the database: run it on a throwaway cluster (unset DATABASE_URL)")
	}
	c := chaintest.New(t)
	w := newWorld(t, c, 5)
	m := newMirror(t, c, nil, indexer.Config{InitialSpan: 3, MaxSpan: 3, PollInterval: 20 * time.Millisecond})
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.ix.Run(runCtx) }()

	for i := 0; i < 30; i++ {
		w.step()
	}
	if err := cluster.Stop(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ { // the chain goes on while the database is down
		w.step()
	}
	time.Sleep(500 * time.Millisecond)
	if err := cluster.Restart(); err != nil {
		t.Fatal(err)
	}
	head, _ := c.Client.BlockNumber(ctx)
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if cur, ok, err := m.r.Cursor(ctx); err == nil && ok && cur.Block >= head {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run ended with %v", err)
	}
	assertExactlyOnce(t, c, m)
	assertMatchesContract(t, c, m, w.jobs)
}
