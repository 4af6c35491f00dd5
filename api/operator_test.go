package api_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestOperatorKeyActsForItsProvider: the agent's operator key signs in as its provider and bids
// for it; once the staking key revokes it, its sign-in is its own again and its bids count for
// nobody. A stranger's key never bids for the provider.
func TestOperatorKeyActsForItsProvider(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	s.provider(a, "provider", "eu", 8)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	job := s.submit(client, "client", defaultJob())
	k := s.c.Contracts
	s.c.Send(t, "provider", k.StakingC, k.Staking.PackSetOperator(chaintest.Addr("rig")))

	rig := s.login(a, "rig")
	if got := rig.Session.Address; !strings.EqualFold(got, chaintest.Addr("provider").Hex()) {
		t.Fatalf("the operator key signed in as %s, want its provider %s", got, chaintest.Addr("provider").Hex())
	}
	// The rig signs a bid for the provider with its own key: accepted as the provider's.
	bid := s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)
	bid.Signature = s.resign(bid, "rig", *job.ChainJobId)
	if r, err := rig.PlaceBidWithResponse(ctx, job.Id, bid); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("the operator's bid: %v %s", err, body(r))
	}
	// A stranger's signature for the provider is refused, as before.
	forged := s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 2)
	forged.Signature = s.resign(forged, "stranger", *job.ChainJobId)
	if r, err := rig.PlaceBidWithResponse(ctx, job.Id, forged); err != nil || r.StatusCode() != http.StatusUnprocessableEntity ||
		!strings.Contains(string(r.Body), "operator key") {
		t.Fatalf("a stranger's bid: %v %d %s", err, r.StatusCode(), r.Body)
	}
	// Revoked: the rig is itself again.
	s.c.Send(t, "provider", k.StakingC, k.Staking.PackSetOperator(chaintest.Addr("nobody-else")))
	if again := s.login(a, "rig"); strings.EqualFold(again.Session.Address, chaintest.Addr("provider").Hex()) {
		t.Fatal("a replaced operator key still signs in as the provider")
	}
}

// resign signs the bid request's terms for the provider again, with another account's key.
func (s *stack) resign(b apiv1.BidRequest, signer string, chainJobID int64) string {
	s.t.Helper()
	terms, err := s.c.Contracts.JobTermsHash(ctx, uint64(chainJobID))
	if err != nil {
		s.t.Fatal(err)
	}
	price, _ := new(big.Int).SetString(b.PricePerGpuSecond, 10)
	nonce, _ := new(big.Int).SetString(b.Nonce, 10)
	bid := chain.Bid{JobID: uint64(chainJobID), Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: price,
		Expiry: uint64(b.Expiry), Nonce: nonce.Uint64()}
	sig, err := s.c.Contracts.SignBid(bid, chaintest.Key(signer))
	if err != nil {
		s.t.Fatal(err)
	}
	return hexutil.Encode(sig)
}
