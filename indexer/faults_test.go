package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

// groundTruth is every log of the deployment straight from the node.
func groundTruth(t *testing.T, c *chaintest.Chain) map[string]bool {
	t.Helper()
	d := c.Contracts.Deployment
	logs, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.DeployBlock),
		Addresses: []common.Address{d.Token, d.Staking, d.Escrow}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range logs {
		out[fmt.Sprintf("%x/%d", l.BlockHash, l.Index)] = true
	}
	return out
}

// assertExactlyOnce: the mirror holds exactly the node's logs — no gap, no duplicate.
func assertExactlyOnce(t *testing.T, c *chaintest.Chain, m *mirror) {
	t.Helper()
	want := groundTruth(t, c)
	var rows []struct {
		BlockHash []byte
		LogIndex  int
	}
	if err := m.db.Raw("SELECT block_hash, log_index FROM chain_events").Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range rows {
		k := fmt.Sprintf("%x/%d", r.BlockHash, r.LogIndex)
		if got[k] {
			t.Fatalf("event %s mirrored twice", k)
		}
		got[k] = true
		if !want[k] {
			t.Fatalf("event %s is not on the chain", k)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("mirror holds %d events, the chain %d", len(got), len(want))
	}
}

// flaky is a node that misbehaves: range limits, dropped connections, empty answers, a head that
// lags, headers it does not have yet.
type flaky struct {
	indexer.Chain
	mu    sync.Mutex
	calls int
}

var errDropped = errors.New("read tcp 127.0.0.1:8545: connection reset by peer")

func (f *flaky) tick() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	return f.calls
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n := f.tick()
	if span := new(big.Int).Sub(q.ToBlock, q.FromBlock).Int64() + 1; span > 3 {
		return nil, fmt.Errorf("query returned more than 10000 results (range %d blocks)", span)
	}
	switch n % 7 {
	case 1:
		return nil, errDropped
	case 3:
		return []types.Log{}, nil // an incomplete backend answers "nothing"
	case 5:
		return nil, errors.New("429 Too Many Requests: rate limit exceeded")
	}
	return f.Chain.FilterLogs(ctx, q)
}

func (f *flaky) BlockNumber(ctx context.Context) (uint64, error) {
	n := f.tick()
	head, err := f.Chain.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	if n%5 == 0 && head > 3 {
		return head - 3, nil // a node behind the others
	}
	return head, nil
}

func (f *flaky) HeaderByNumber(ctx context.Context, num *big.Int) (*types.Header, error) {
	switch f.tick() % 11 {
	case 2:
		return nil, errDropped
	case 6:
		return nil, ethereum.NotFound
	}
	return f.Chain.HeaderByNumber(ctx, num)
}

// TestMisbehavingRPC: range limits, drops, empty answers and lagging heads slow the indexer down,
// they never make it skip a block.
func TestMisbehavingRPC(t *testing.T) {
	c := chaintest.New(t)
	src := &flaky{Chain: c.Client}
	// A finality depth larger than the chain puts every block under header and bloom checks.
	m := newMirror(t, c, src, indexer.Config{InitialSpan: 16, FinalityDepth: 10_000, RPCTimeout: 5 * time.Second})
	w := newWorld(t, c, 3)
	for i := 0; i < 50; i++ {
		w.step()
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		done, err := m.ix.Sync(ctx)
		if err == nil && done {
			if head, _ := c.Client.BlockNumber(ctx); cursorAt(t, m) == head {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("indexer did not catch up through the faults (last error %v)", err)
		}
	}
	assertExactlyOnce(t, c, m)
	assertMatchesContract(t, c, m, w.jobs)
	t.Logf("%d RPC calls for %d events", src.calls, len(groundTruth(t, c)))
}

func cursorAt(t *testing.T, m *mirror) uint64 {
	t.Helper()
	cur, _, err := m.r.Cursor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return cur.Block
}
