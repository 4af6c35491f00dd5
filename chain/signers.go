package chain

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Signers remembers ProviderStaking.signsFor answers for a while, so that a provider whose agent
// signs with an operator key does not cost a chain read for every bid and usage report. A key the
// provider revokes is still taken off chain for up to TTL; the escrow itself checks on chain.
type Signers struct {
	Read func(ctx context.Context, provider, signer common.Address) (bool, error)
	TTL  time.Duration // default 30 s

	mu sync.Mutex
	m  map[[2]common.Address]signerAnswer
}

type signerAnswer struct {
	ok    bool
	until time.Time
}

// SignsFor reports whether signer signs for provider: its own key, or the operator key it named.
func (s *Signers) SignsFor(ctx context.Context, provider, signer common.Address) (bool, error) {
	if signer == provider {
		return true, nil
	}
	k, now := [2]common.Address{provider, signer}, time.Now()
	s.mu.Lock()
	a, hit := s.m[k]
	s.mu.Unlock()
	if hit && now.Before(a.until) {
		return a.ok, nil
	}
	ok, err := s.Read(ctx, provider, signer)
	if err != nil {
		return false, err
	}
	ttl := s.TTL
	if ttl <= 0 {
		ttl = 30 * time.Second
	}
	s.mu.Lock()
	if s.m == nil || len(s.m) >= 4096 {
		s.m = map[[2]common.Address]signerAnswer{}
	}
	s.m[k] = signerAnswer{ok: ok, until: now.Add(ttl)}
	s.mu.Unlock()
	return ok, nil
}
