package siwe

import (
	"context"
	"crypto/rand"
	"fmt"
	"sync"
	"time"
)

// NonceStore issues sign-in nonces and lets each be consumed once, before it expires: that single
// use is what stops a captured signature from being replayed. The API backs it with PostgreSQL,
// where Consume is one `DELETE FROM siwe_nonces WHERE nonce = $1 AND expires_at > now() RETURNING
// nonce` — the delete is the single use, atomic across API replicas. MemoryNonces is the
// in-process version for tests and single-process tools.
type NonceStore interface {
	// Issue returns a fresh nonce that Consume accepts once within ttl.
	Issue(ctx context.Context, ttl time.Duration) (string, error)
	// Consume accepts nonce once; an unknown, expired or already used nonce is an error matching
	// ErrNonceRejected. Other errors are the store's own failure.
	Consume(ctx context.Context, nonce string) error
}

// NewNonce returns a random nonce from crypto/rand.Text: base32 capitals and digits (26 of them
// today) carrying at least 128 bits, so within EIP-4361's "at least 8 alphanumeric characters"
// and beyond guessing.
func NewNonce() string { return rand.Text() }

// MemoryNonces is a NonceStore in a map, safe for concurrent use. Expired nonces are swept as new
// ones are issued, so memory stays proportional to the nonces live at once.
type MemoryNonces struct {
	now func() time.Time

	mu        sync.Mutex
	expiry    map[string]time.Time
	sweepSize int // sweep when the map reaches this size
}

// NewMemoryNonces returns an empty store reading time from clock (time.Now when nil), which tests
// replace to expire nonces without sleeping.
func NewMemoryNonces(clock func() time.Time) *MemoryNonces {
	if clock == nil {
		clock = time.Now
	}
	return &MemoryNonces{now: clock, expiry: make(map[string]time.Time), sweepSize: 64}
}

// Issue implements NonceStore.
func (s *MemoryNonces) Issue(ctx context.Context, ttl time.Duration) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("issue nonce: %w", err)
	}
	if ttl <= 0 {
		return "", fmt.Errorf("issue nonce: ttl %v is not positive", ttl)
	}
	n := NewNonce()
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.expiry) >= s.sweepSize {
		for k, exp := range s.expiry {
			if !now.Before(exp) {
				delete(s.expiry, k)
			}
		}
		s.sweepSize = max(64, 2*len(s.expiry)) // amortised O(1) per Issue
	}
	s.expiry[n] = now.Add(ttl)
	return n, nil
}

// Consume implements NonceStore.
func (s *MemoryNonces) Consume(ctx context.Context, nonce string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("consume nonce: %w", err)
	}
	now := s.now()
	s.mu.Lock()
	exp, ok := s.expiry[nonce]
	delete(s.expiry, nonce)
	s.mu.Unlock()
	switch {
	case !ok:
		return fmt.Errorf("%w: unknown or already used; request a new nonce", ErrNonceRejected)
	case !now.Before(exp):
		return fmt.Errorf("%w: expired at %s; request a new nonce", ErrNonceRejected, exp.UTC().Format(time.RFC3339))
	}
	return nil
}
