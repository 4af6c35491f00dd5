package api

import (
	"sync"
	"time"
)

// ttlCache remembers values for a short while. The API uses it for reads that every request
// repeats and that may lag by a second or so: sessions (a logout on another instance takes effect
// within the TTL) and finalized balances (which only change as blocks finalize).
type ttlCache[K comparable, V any] struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	items map[K]cached[V]
}

type cached[V any] struct {
	v       V
	expires time.Time
}

func newTTLCache[K comparable, V any](ttl time.Duration, max int) *ttlCache[K, V] {
	return &ttlCache[K, V]{ttl: ttl, max: max, items: map[K]cached[V]{}}
}

func (c *ttlCache[K, V]) get(k K, now time.Time) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok || !now.Before(it.expires) {
		var zero V
		return zero, false
	}
	return it.v, true
}

func (c *ttlCache[K, V]) put(k K, v V, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.items) >= c.max {
		// Full: drop what expired; if nothing did, start over rather than grow.
		for key, it := range c.items {
			if !now.Before(it.expires) {
				delete(c.items, key)
			}
		}
		if len(c.items) >= c.max {
			clear(c.items)
		}
	}
	c.items[k] = cached[V]{v: v, expires: now.Add(c.ttl)}
}

func (c *ttlCache[K, V]) drop(k K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.items, k)
}
