package settlement

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/bindings/escrow"
)

// jobCache keeps the escrow's getJob answers for a moment, so that intake reads each job once
// however many reports name it at once. A stale answer costs little: it only picks the reason a
// refused entry gives, and the escrow decides again when it settles.
type jobCache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[uint64]cachedJob
}

type cachedJob struct {
	job escrow.AuctionEscrowJob
	at  time.Time
}

func (c *jobCache) get(ctx context.Context, r escrowReader, id uint64) (escrow.AuctionEscrowJob, error) {
	c.mu.Lock()
	e, ok := c.m[id]
	c.mu.Unlock()
	if ok && time.Since(e.at) < c.ttl {
		return e.job, nil
	}
	j, err := r.job(ctx, id)
	if err != nil {
		return j, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 10_000 {
		c.m = map[uint64]cachedJob{} // bounded: start over rather than track ages
	}
	c.m[id] = cachedJob{job: j, at: time.Now()}
	return j, nil
}

// providerSlots lets one report per provider be verified at a time, so one provider's flood of
// reports reads the chain no faster than one report's entries allow (at most 8 reads at once).
type providerSlots struct {
	mu sync.Mutex
	m  map[common.Address]chan struct{}
}

// acquire waits for provider's slot; release it with the returned function.
func (p *providerSlots) acquire(ctx context.Context, provider common.Address) (func(), error) {
	p.mu.Lock()
	if p.m == nil {
		p.m = map[common.Address]chan struct{}{}
	}
	ch, ok := p.m[provider]
	if !ok {
		ch = make(chan struct{}, 1)
		p.m[provider] = ch
	}
	p.mu.Unlock()
	select {
	case ch <- struct{}{}:
		return func() { <-ch }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
