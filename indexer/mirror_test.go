package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

var jobStateNames = []string{"None", "Open", "Running", "Failover", "Ended", "Closed", "Cancelled"}

// assertMatchesContract compares every derived figure of the mirror with the contracts' own view.
func assertMatchesContract(t *testing.T, c *chaintest.Chain, m *mirror, jobs []scenarioJob) {
	t.Helper()
	k := c.Contracts
	eq := func(what string, mirror, contract *big.Int) {
		t.Helper()
		if mirror.Cmp(contract) != 0 {
			t.Errorf("%s: mirror %s, contract %s", what, mirror, contract)
		}
	}
	for _, name := range chaintest.Names {
		a := chaintest.Addr(name)
		bal, err := m.r.Balances(ctx, a, indexer.Latest)
		if err != nil {
			t.Fatal(err)
		}
		get := func(b string) *big.Int {
			if v, ok := bal[b]; ok {
				return v
			}
			return new(big.Int)
		}
		wallet, _ := k.TokenBalance(ctx, a)
		free, _ := k.FreeBalance(ctx, a)
		stake, _ := k.StakeOf(ctx, a)
		unb, err := bind.Call(k.StakingC, nil, k.Staking.PackUnbondingOf(a), k.Staking.UnpackUnbondingOf)
		if err != nil {
			t.Fatal(err)
		}
		eq(name+" wallet", get(indexer.Wallet), wallet)
		eq(name+" escrow free", get(indexer.EscrowFree), free)
		eq(name+" stake", get(indexer.StakeActive), stake)
		eq(name+" unbonding", get(indexer.StakeUnbonding), unb.Amount)
		st, err := m.r.Stake(ctx, a, indexer.Latest)
		if err != nil {
			t.Fatal(err)
		}
		if unb.Amount.Sign() > 0 && st.UnlockAt != unb.UnlockAt {
			t.Errorf("%s unlock at: mirror %d, contract %d", name, st.UnlockAt, unb.UnlockAt)
		}
	}
	fees, _ := bind.Call(k.EscrowC, nil, k.Escrow.PackFeesOwed(), k.Escrow.UnpackFeesOwed)
	mf, _ := m.r.Balance(ctx, k.Deployment.Escrow, indexer.FeesOwed, indexer.Latest)
	eq("fees owed", mf, fees)

	lockedSum := new(big.Int)
	for _, sj := range jobs {
		cj, err := k.Job(ctx, sj.id)
		if err != nil {
			t.Fatal(err)
		}
		mj, ok, err := m.r.Job(ctx, sj.id, indexer.Latest)
		if err != nil || !ok {
			t.Fatalf("job %d missing from the mirror: %v", sj.id, err)
		}
		if mj.State != jobStateNames[cj.State] {
			t.Errorf("job %d state: mirror %s, contract %s", sj.id, mj.State, jobStateNames[cj.State])
		}
		if cj.Round > 0 && (mj.Provider != cj.Provider || mj.Round != int(cj.Round) || mj.Price.Cmp(cj.Price) != 0) {
			t.Errorf("job %d award: mirror %s/%d/%s, contract %s/%d/%s", sj.id, mj.Provider, mj.Round, mj.Price, cj.Provider, cj.Round, cj.Price)
		}
		if mj.Client != cj.Client || mj.GPUCount != int(cj.GpuCount) {
			t.Errorf("job %d static fields differ", sj.id)
		}
		// The mirror's remaining is budget - paid - refunded: the job's current round and reserve
		// (getJob) plus what earlier, failed-over rounds still hold for their providers until
		// closeRound.
		remaining := new(big.Int).Set(cj.Remaining)
		for r := 1; r < int(cj.Round); r++ {
			round, err := k.Round(context.Background(), sj.id, uint8(r), chaintest.Addr(sj.awarded[r-1]))
			if err != nil {
				t.Fatal(err)
			}
			remaining.Add(remaining, round.Remaining)
		}
		eq("job remaining", mj.Remaining, remaining)
		eq("job settled GPU-seconds", mj.SettledGpuSeconds, cj.SettledGpuSeconds)
		lockedSum.Add(lockedSum, mj.Remaining)
	}
	locked, _ := bind.Call(k.EscrowC, nil, k.Escrow.PackTotalLocked(), k.Escrow.UnpackTotalLocked)
	eq("total locked", lockedSum, locked)
	var clientLocked = new(big.Int)
	for _, cl := range clients {
		v, _ := m.r.Balance(ctx, chaintest.Addr(cl), indexer.EscrowLocked, indexer.Latest)
		clientLocked.Add(clientLocked, v)
	}
	eq("locked by clients", clientLocked, locked)
	_ = common.Address{}
}

// TestMirrorMatchesContract: after a random scenario touching every entry point, every event type
// is mirrored and every derived figure equals what the contracts say.
func TestMirrorMatchesContract(t *testing.T) {
	c := chaintest.New(t)
	m := newMirror(t, c, nil, indexer.Config{InitialSpan: 7})
	w := newWorld(t, c, 1)
	for i := 0; i < 120; i++ {
		w.step()
		if i%40 == 0 {
			m.sync(t) // index while the chain grows, as in production
		}
	}
	w.finish()
	m.sync(t)
	assertMatchesContract(t, c, m, w.jobs)

	for _, name := range []string{"Transfer", "Approval", "Deposited", "Withdrawn", "JobCreated", "JobAwarded", "UsageSettled",
		"ProviderPaid", "JobEnded", "JobFailed", "JobCancelled", "JobClosed", "Refunded", "FeesSwept", "Staked", "UnstakeRequested",
		"StakeWithdrawn", "Slashed", "BidNonceCancelled", "Paused", "Unpaused", "RoleGranted", "ParamsSet",
		"CollateralLocked", "StakeLocked", "StakeUnlocked", "RoundClosed", "ReportRejected", "BidNoncesCancelledBelow"} {
		n, err := m.r.EventCount(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("no %s event mirrored", name)
		}
	}
}
