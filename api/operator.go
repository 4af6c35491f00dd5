package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
)

// Operator keys: a provider authorizes one key on chain (ProviderStaking.setOperator) for its
// agent, which signs in, bids and signs usage with it; the staking key stays off the rig. The
// API treats an operator's session as its provider's.

// actingFor is the account a sign-in by signer acts for: the provider signer is the operator
// key of, or signer itself.
func (s *Server) actingFor(ctx context.Context, signer common.Address) (common.Address, error) {
	p, err := s.k.ProviderOf(ctx, signer)
	if err != nil {
		return common.Address{}, problem(http.StatusServiceUnavailable, "unavailable", "Chain unavailable",
			"cannot read whether %s is a provider's operator key from the chain (%v); retry shortly", signer.Hex(), err)
	}
	if p == (common.Address{}) {
		return signer, nil
	}
	return p, nil
}

// signsFor reports whether signer may sign bids for provider: the provider's own key, or its
// operator key as the staking contract has it (remembered for a while: chain.Signers).
func (s *Server) signsFor(ctx context.Context, provider, signer common.Address) (bool, error) {
	ok, err := s.signers.SignsFor(ctx, provider, signer)
	if err != nil {
		return false, fmt.Errorf("read the operator key of %s: %w", provider.Hex(), err)
	}
	return ok, nil
}
