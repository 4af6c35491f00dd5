package indexer_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

func countRowsIn(t *testing.T, m *mirror, blocks []common.Hash) int64 {
	t.Helper()
	var n int64
	for _, h := range blocks {
		var k int64
		for _, table := range []string{"chain_events", "ledger", "jobs", "job_events", "stake_events"} {
			if err := m.db.Raw("SELECT count(*) FROM "+table+" WHERE block_hash = ?", h.Bytes()).Scan(&k).Error; err != nil {
				t.Fatal(err)
			}
			n += k
		}
	}
	return n
}

// TestReorgs: after reorgs of depth 1 and of depth greater than the batch size, rows of dropped
// blocks are gone, the new branch is mirrored, and derived state equals the contracts'.
func TestReorgs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		depth int
		span  uint64
	}{{"depth 1", 1, 1000}, {"deeper than a batch", 6, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			c := chaintest.New(t)
			m := newMirror(t, c, nil, indexer.Config{InitialSpan: tc.span, MaxSpan: tc.span, FinalityDepth: 64})
			w := newWorld(t, c, 2)
			for i := 0; i < 40; i++ {
				w.step()
			}
			m.sync(t)
			before, _ := m.r.EventCount(ctx, "")

			dropped := c.Reorg(t, tc.depth, 2)
			if countRowsIn(t, m, dropped) == 0 {
				t.Fatal("test setup: the dropped blocks held no mirrored rows, the reorg proves nothing")
			}
			m.sync(t)
			if n := countRowsIn(t, m, dropped); n != 0 {
				t.Fatalf("%d rows of dropped blocks are still in the mirror", n)
			}
			after, _ := m.r.EventCount(ctx, "")
			t.Logf("events before the reorg %d, after %d", before, after)

			// The chain keeps going on the new branch; the mirror follows it.
			for i := 0; i < 20; i++ {
				w.step()
			}
			m.sync(t)
			assertMatchesContract(t, c, m, w.jobs)
		})
	}
}
