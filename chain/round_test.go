package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestRoundDecoding: the Go view of an award round (RoundSlot word, round key) is the escrow's.
func TestRoundDecoding(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	c.Stake(t, "provider", chain.Tokens(100_000))
	c.FundGIN(t, "client", chain.Tokens(1_000_000))
	budget := chain.Tokens(1000)
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, budget))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(budget))
	job := createJob(t, c, 3, big.NewInt(1e15), budget)
	price := big.NewInt(7e14)
	award(t, c, "client", "provider", job, price, 1)

	r, err := k.Round(ctx, job, 1, chaintest.Addr("provider"))
	if err != nil {
		t.Fatal(err)
	}
	if r.State != chain.RoundRunning || r.Price.Cmp(price) != 0 || r.GPUs != 3 || r.Remaining.Cmp(budget) != 0 ||
		r.Settled != 0 || r.FeeUnits != 25 || r.StartedAt == 0 || r.EndedAt != 0 {
		t.Fatalf("round 1: %+v", r)
	}
	if none, err := k.Round(ctx, job, 1, chaintest.Addr("provider2")); err != nil || none.State != chain.RoundNone {
		t.Fatalf("another provider's round 1: %+v %v", none, err)
	}
	// The round key is the collateral lock's key in staking.
	l, err := bind.Call(k.StakingC, nil, k.Staking.PackLocks(chain.RoundKey(job, 1, chaintest.Addr("provider"))), k.Staking.UnpackLocks)
	if err != nil || l.Account != chaintest.Addr("provider") || l.Amount.Sign() <= 0 {
		t.Fatalf("lock under the round key: %+v %v", l, err)
	}
	if locked, err := k.Locked(ctx, job, 1, chaintest.Addr("provider")); err != nil || !locked {
		t.Fatalf("Locked: %v %v", locked, err)
	}
}
