package siwe

import (
	"context"
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestNewNonce(t *testing.T) {
	seen := make(map[string]bool)
	for range 1000 {
		n := NewNonce()
		if err := validNonce(n); err != nil {
			t.Fatalf("NewNonce() = %q: %v", n, err)
		}
		// base32: 5 bits a character
		if bits := float64(len(n)) * math.Log2(32); bits < 96 {
			t.Fatalf("NewNonce() = %q carries %.0f bits, want ≥ 96", n, bits)
		}
		if seen[n] {
			t.Fatalf("NewNonce repeated %q", n)
		}
		seen[n] = true
	}
}

func TestMemoryNonces(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: now}
	store := NewMemoryNonces(clock.now)

	n, err := store.Issue(ctx, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if err := validNonce(n); err != nil {
		t.Fatalf("issued nonce %q is not a valid SIWE nonce: %v", n, err)
	}
	if err := store.Consume(ctx, n); err != nil {
		t.Fatalf("first use: %v", err)
	}
	if err := store.Consume(ctx, n); !errors.Is(err, ErrNonceRejected) {
		t.Fatalf("second use: err = %v, want ErrNonceRejected", err)
	}
	if err := store.Consume(ctx, "NEVERISSUED1234"); !errors.Is(err, ErrNonceRejected) {
		t.Fatalf("unknown nonce: err = %v, want ErrNonceRejected", err)
	}

	n, _ = store.Issue(ctx, time.Minute)
	clock.advance(time.Minute)
	err = store.Consume(ctx, n)
	if !errors.Is(err, ErrNonceRejected) {
		t.Fatalf("expired nonce: err = %v, want ErrNonceRejected", err)
	}
	if want := "siwe: nonce rejected: expired at 2025-06-01T12:01:00Z; request a new nonce"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}

	n, _ = store.Issue(ctx, time.Minute)
	clock.advance(59 * time.Second)
	if err := store.Consume(ctx, n); err != nil {
		t.Fatalf("nonce within its TTL: %v", err)
	}
}

func TestMemoryNoncesRefuses(t *testing.T) {
	store := NewMemoryNonces(nil)
	if _, err := store.Issue(context.Background(), 0); err == nil {
		t.Error("Issue with ttl 0 succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := store.Issue(ctx, time.Minute); !errors.Is(err, context.Canceled) {
		t.Errorf("Issue on a cancelled context: %v", err)
	}
	err := store.Consume(ctx, "ABCDEFGH")
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrNonceRejected) {
		t.Errorf("Consume on a cancelled context: %v (must not read as a rejected nonce)", err)
	}
}

// Expired nonces that nobody consumed do not pile up.
func TestMemoryNoncesSweepsExpired(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: now}
	store := NewMemoryNonces(clock.now)
	for range 10_000 {
		if _, err := store.Issue(ctx, time.Second); err != nil {
			t.Fatal(err)
		}
		clock.advance(time.Second)
	}
	if n := len(store.expiry); n > 128 {
		t.Errorf("%d nonces held after all but one expired", n)
	}
}

// Two API requests racing with the same signed message: exactly one wins.
func TestMemoryNoncesSingleUseUnderConcurrency(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryNonces(nil)
	n, _ := store.Issue(ctx, time.Minute)
	var wins atomic.Int32
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			if store.Consume(ctx, n) == nil {
				wins.Add(1)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d consumers won, want 1", wins.Load())
	}
}

var _ NonceStore = (*MemoryNonces)(nil)
