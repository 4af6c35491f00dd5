package indexer_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

// TestTwoIndexersOneMirror: two indexers over one database (a rolling deploy, or a second one
// started by mistake) race batch for batch. The cursor never moves backwards and neither gets
// stuck: a batch prepared from a cursor the other has moved is dropped (ErrCursorMoved) and
// redone from the stored cursor, and the mirror ends exactly once, as the contracts say. (At
// 61b54d6 the loser's upsert moved the cursor back and the next COPY hit primary-key
// conflicts for good; offchain audit F18.)
func TestTwoIndexersOneMirror(t *testing.T) {
	c := chaintest.New(t)
	w := newWorld(t, c, 7)
	for i := 0; i < 60; i++ {
		w.step()
	}
	cfg := indexer.Config{InitialSpan: 3, MaxSpan: 3}
	a := newMirror(t, c, nil, cfg)
	b := attach(t, a.db, c, nil, cfg)
	var moved sync.Map
	var wg sync.WaitGroup
	for name, m := range map[string]*mirror{"a": a, "b": b} {
		wg.Go(func() {
			for i := 0; i < 2000; i++ {
				done, err := m.ix.Sync(ctx)
				if errors.Is(err, indexer.ErrCursorMoved) {
					moved.Store(name, true)
					continue
				}
				if err != nil {
					t.Errorf("indexer %s: %v", name, err)
					return
				}
				if done {
					return
				}
			}
			t.Errorf("indexer %s never reached the head", name)
		})
	}
	wg.Wait()
	n := 0
	moved.Range(func(any, any) bool { n++; return true })
	t.Logf("indexers that lost a race: %d", n)
	a.sync(t)
	assertExactlyOnce(t, c, a)
	assertMatchesContract(t, c, a, w.jobs)
}
