package gateway

import (
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Replica routing: a job served by several providers at once (its current round and its running
// replicas) gets each request at the provider with the least load — the requests this gateway
// instance has in flight to it, plus the requests waiting in its engine as its latest answer
// reported them (engines.QueueHeader, when recent) — then the one that answered fastest lately,
// then any. A provider that failed here lately sits out while another can take the request. The
// in-flight counts are this instance's own: each instance balances its share, which is balanced
// anyway by whatever spreads clients over them; the engine's queue holds every instance's
// requests, so it also spreads what the instances do not see of each other.

const (
	// circuitOpen is how long a target that failed on this instance is skipped while another can
	// take the request (a local circuit breaker: the database's unreachable_since is the
	// controller's, and may stay set for a while after the provider is back).
	circuitOpen = 5 * time.Second
	// ttfbWeight is the weight of the latest time to first byte in a target's moving average.
	ttfbWeight = 0.2
	// ttfbTie is how close two moving averages must be to count as equally fast: requests then
	// spread over both instead of all going to whichever was a millisecond quicker once.
	ttfbTie = 0.2
	// statsIdle is how long a target unused on this instance keeps its counts.
	statsIdle = 10 * time.Minute
	// queueFresh is how long the engine queue a target reported counts in its load: an older
	// report says little of a queue that moves with every request.
	queueFresh = 3 * time.Second
	// maxQueue bounds a reported queue (the provider's word): enough to send everything elsewhere,
	// never an overflow.
	maxQueue = 1 << 20
)

// balancer keeps, per job and provider, what this instance knows of how each target is doing.
type balancer struct {
	mu    sync.Mutex
	stats map[targetKey]*targetStats
	swept time.Time
}

type targetKey struct {
	job      int64
	provider common.Address
}

type targetStats struct {
	inflight int           // requests forwarded to it and not finished (streams included)
	ttfb     time.Duration // moving average of the time to first byte; 0 before any answer
	failedAt time.Time     // the latest failure; zero once it answered again
	queue    int           // requests waiting in its engine, as its latest report said
	queuedAt time.Time     // when that report came; zero before any
	used     time.Time
}

// load is the requests in flight to the target from here, and those its engine reported waiting
// within queueFresh of now.
func (s *targetStats) load(now time.Time) int {
	n := s.inflight
	if !s.queuedAt.IsZero() && now.Sub(s.queuedAt) < queueFresh {
		n += s.queue
	}
	return n
}

func newBalancer() *balancer { return &balancer{stats: map[targetKey]*targetStats{}} }

func keyOf(job int64, t *target) targetKey {
	return targetKey{job: job, provider: common.BytesToAddress(t.Provider)}
}

// statsOf is the target's entry, created on first use; b.mu is held.
func (b *balancer) statsOf(k targetKey, now time.Time) *targetStats {
	s := b.stats[k]
	if s == nil {
		s = &targetStats{}
		b.stats[k] = s
	}
	s.used = now
	return s
}

// pick chooses the target of the next attempt among ts for which skip is false, and counts a
// request in flight to it until the returned done runs; nil when none is left. When current is
// set, the job's current round is taken whenever it is among the healthy ones: files and
// fine-tuning jobs live on one provider, so their requests stay on one.
func (b *balancer) pick(job int64, ts []target, skip func(*target) bool, current bool, now time.Time) (*target, func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sweep(now)
	var healthy, open []*target
	for i := range ts {
		t := &ts[i]
		if skip(t) {
			continue
		}
		if s := b.stats[keyOf(job, t)]; s != nil && !s.failedAt.IsZero() && now.Sub(s.failedAt) < circuitOpen {
			open = append(open, t)
			continue
		}
		healthy = append(healthy, t)
	}
	pool := healthy
	if len(pool) == 0 {
		pool = open // every one left failed lately: better one of them than none
	}
	if len(pool) == 0 {
		return nil, nil
	}
	var best *target
	if current {
		for _, t := range pool {
			if !t.Replica {
				best = t
				break
			}
		}
	}
	if best == nil {
		best = b.fastest(job, b.leastLoaded(job, pool, now))
	}
	k := keyOf(job, best)
	b.statsOf(k, now).inflight++
	var once sync.Once
	return best, func() {
		once.Do(func() {
			b.mu.Lock()
			if s := b.stats[k]; s != nil {
				s.inflight--
			}
			b.mu.Unlock()
		})
	}
}

// leastLoaded is those of pool with the least load (in flight and queued); b.mu is held.
func (b *balancer) leastLoaded(job int64, pool []*target, now time.Time) []*target {
	var out []*target
	least := -1
	for _, t := range pool {
		n := 0
		if s := b.stats[keyOf(job, t)]; s != nil {
			n = s.load(now)
		}
		switch {
		case least < 0 || n < least:
			least, out = n, append(out[:0], t)
		case n == least:
			out = append(out, t)
		}
	}
	return out
}

// fastest is one of pool, at random among those whose time to first byte is within ttfbTie of
// the best (a target not measured yet counts as fastest, so that it gets measured); b.mu is held.
func (b *balancer) fastest(job int64, pool []*target) *target {
	ttfb := func(t *target) time.Duration {
		if s := b.stats[keyOf(job, t)]; s != nil {
			return s.ttfb
		}
		return 0
	}
	best := ttfb(pool[0])
	for _, t := range pool[1:] {
		best = min(best, ttfb(t))
	}
	limit := best + time.Duration(float64(best)*ttfbTie)
	var ties []*target
	for _, t := range pool {
		if ttfb(t) <= limit {
			ties = append(ties, t)
		}
	}
	return ties[rand.IntN(len(ties))]
}

// answered notes that t answered (its first byte after ttfb) and reports whether it had failed on
// this instance before: then its unreachable mark is to be cleared.
func (b *balancer) answered(job int64, t *target, ttfb time.Duration, now time.Time) (wasFailing bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.statsOf(keyOf(job, t), now)
	if s.ttfb == 0 {
		s.ttfb = ttfb
	} else {
		s.ttfb += time.Duration(ttfbWeight * float64(ttfb-s.ttfb))
	}
	wasFailing = !s.failedAt.IsZero()
	s.failedAt = time.Time{}
	return wasFailing
}

// queued notes the queue t's engine reported with an answer.
func (b *balancer) queued(job int64, t *target, n int, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.statsOf(keyOf(job, t), now)
	s.queue, s.queuedAt = min(max(n, 0), maxQueue), now
}

// failed takes t out of rotation on this instance for circuitOpen.
func (b *balancer) failed(job int64, t *target, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.statsOf(keyOf(job, t), now).failedAt = now
}

// sweep drops the counts of targets idle for statsIdle, once a minute; b.mu is held.
func (b *balancer) sweep(now time.Time) {
	if now.Sub(b.swept) < time.Minute {
		return
	}
	b.swept = now
	for k, s := range b.stats {
		if s.inflight == 0 && now.Sub(s.used) > statsIdle {
			delete(b.stats, k)
		}
	}
}
