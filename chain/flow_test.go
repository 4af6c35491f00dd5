package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

var ctx = context.Background()

func balance(t *testing.T, c *chaintest.Chain, name string) *big.Int {
	t.Helper()
	b, err := c.Contracts.TokenBalance(ctx, chaintest.Addr(name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func jobCreated(t testing.TB, k *chain.Contracts, r *types.Receipt) uint64 {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			return ev.JobId.Uint64()
		}
	}
	t.Fatal("no JobCreated event in receipt")
	return 0
}

func callU(t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
	t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// createJob posts a job for the client at maxPrice wei/GPU-s and returns its id.
func createJob(t *testing.T, c *chaintest.Chain, gpus uint16, maxPrice, budget *big.Int) uint64 {
	t.Helper()
	k := c.Contracts
	deadline := big.NewInt(int64(c.HeadTime(t) + 3600))
	r := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("llama")), maxPrice, gpus, budget, deadline, big.NewInt(0)))
	return jobCreated(t, k, r)
}

func award(t *testing.T, c *chaintest.Chain, by, provider string, jobID uint64, price *big.Int, nonce uint64) {
	t.Helper()
	k := c.Contracts
	terms, err := k.JobTermsHash(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	bid := chain.Bid{JobID: jobID, Terms: terms, Provider: chaintest.Addr(provider), PricePerGpuSecond: price, Expiry: c.HeadTime(t) + 3600, Nonce: nonce}
	sig, err := k.SignBid(bid, c.Keys[provider])
	if err != nil {
		t.Fatal(err)
	}
	c.Send(t, by, k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
}

func signedReport(t testing.TB, c *chaintest.Chain, provider string, usages ...chain.Usage) escrow.AuctionEscrowUsageReport {
	t.Helper()
	r := chain.UsageReport{Provider: chaintest.Addr(provider), Usages: usages}
	sig, err := c.Contracts.SignUsageReport(r, c.Keys[provider])
	if err != nil {
		t.Fatal(err)
	}
	return r.Binding(sig)
}

// TestJobLifecycleThroughBindings drives the whole money path on a real EVM:
// deposit with permit → jobs → signed bids → awards → signed usage → batch settlement → stop → refund.
func TestJobLifecycleThroughBindings(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment

	c.Stake(t, "provider", chain.Tokens(100_000))
	c.Stake(t, "provider2", chain.Tokens(100_000))
	c.Stake(t, "controller", chain.Tokens(50_000))
	c.FundGIN(t, "client", chain.Tokens(2_000_000))

	// Deposit with permit: one signature, one transaction, no approve.
	deposit := chain.Tokens(1_500_000)
	v, r, s, err := k.SignPermit(ctx, c.Keys["client"], d.Escrow, deposit, c.HeadTime(t)+600)
	if err != nil {
		t.Fatal(err)
	}
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDepositWithPermit(deposit, big.NewInt(int64(c.HeadTime(t)+600)), v, r, s))
	if got, _ := k.FreeBalance(ctx, chaintest.Addr("client")); got.Cmp(deposit) != 0 {
		t.Fatalf("free balance after permit deposit = %s, want %s", got, deposit)
	}

	price := big.NewInt(1e12) // wei per GPU-second
	maxPrice := big.NewInt(2e12)
	budget := chain.Tokens(1_000)
	jobA := createJob(t, c, 2, maxPrice, budget)
	jobB := createJob(t, c, 1, maxPrice, budget)
	jobC := createJob(t, c, 4, maxPrice, budget)
	award(t, c, "controller", "provider", jobA, price, 1) // a staked controller awards on the client's behalf
	award(t, c, "client", "provider", jobB, price, 2)
	award(t, c, "client", "provider2", jobC, price, 1)

	// Each award locks collateral from the provider's stake, bounded by the job's own terms:
	// slashMultiple x price x GPUs x failoverWindow. Locked stake cannot be unstaked.
	cfg := chain.DefaultDeployConfig(chaintest.Addr("deployer"))
	collateral := func(gpus int64) *big.Int {
		return new(big.Int).Mul(price, big.NewInt(int64(cfg.SlashMultiple)*gpus*int64(cfg.FailoverWindow/time.Second)))
	}
	lockedOf := func(name string) *big.Int {
		return callU(t, k.StakingC, k.Staking.PackLockedStakeOf(chaintest.Addr(name)), k.Staking.UnpackLockedStakeOf)
	}
	if got, want := lockedOf("provider"), new(big.Int).Add(collateral(2), collateral(1)); got.Cmp(want) != 0 {
		t.Fatalf("provider's locked stake %s, want %s (jobs A and B)", got, want)
	}
	if got, want := lockedOf("provider2"), collateral(4); got.Cmp(want) != 0 {
		t.Fatalf("provider2's locked stake %s, want %s (job C)", got, want)
	}
	if _, err := c.Sender("provider2").Send(ctx, k.StakingC, k.Staking.PackRequestUnstake(chain.Tokens(100_000))); !chain.IsRevert(err, "StakeLockedUp") {
		t.Fatalf("unstaking collateral of a running job: %v, want StakeLockedUp", err)
	}

	c.Advance(t, 100*time.Second)
	before1, before2 := balance(t, c, "provider"), balance(t, c, "provider2")
	rcpt := c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{
		signedReport(t, c, "provider", chain.Usage{JobID: jobA, Round: 1, CumulativeGpuSeconds: 150}, chain.Usage{JobID: jobB, Round: 1, CumulativeGpuSeconds: 90}),
		signedReport(t, c, "provider2", chain.Usage{JobID: jobC, Round: 1, CumulativeGpuSeconds: 400}),
	}))
	t.Logf("settleBatch of 3 attestations from 2 providers: %d gas", rcpt.GasUsed)

	fee := func(gross *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(gross, big.NewInt(250)), big.NewInt(10_000))
	}
	gross1 := new(big.Int).Mul(big.NewInt(150+90), price)
	gross2 := new(big.Int).Mul(big.NewInt(400), price)
	if got := new(big.Int).Sub(balance(t, c, "provider"), before1); got.Cmp(new(big.Int).Sub(gross1, fee(gross1))) != 0 {
		t.Fatalf("provider paid %s, want %s", got, new(big.Int).Sub(gross1, fee(gross1)))
	}
	if got := new(big.Int).Sub(balance(t, c, "provider2"), before2); got.Cmp(new(big.Int).Sub(gross2, fee(gross2))) != 0 {
		t.Fatalf("provider2 paid %s, want %s", got, new(big.Int).Sub(gross2, fee(gross2)))
	}

	// The same report again pays nothing: cumulative counters make replays harmless.
	c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(signedReport(t, c, "provider", chain.Usage{JobID: jobA, Round: 1, CumulativeGpuSeconds: 150})))
	if got := new(big.Int).Sub(balance(t, c, "provider"), before1); got.Cmp(new(big.Int).Sub(gross1, fee(gross1))) != 0 {
		t.Fatalf("replayed report paid again: provider now up %s", got)
	}

	// Stop every job: each budget comes back minus exactly what was paid for it.
	for _, id := range []uint64{jobA, jobB, jobC} {
		c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(new(big.Int).SetUint64(id)))
	}
	// Whatever the providers could still claim up to the stop stays locked until they settle or the
	// window passes; they settle the rest now and close the jobs.
	for _, p := range []struct {
		name string
		job  uint64
	}{{"provider", jobA}, {"provider", jobB}, {"provider2", jobC}} {
		c.Send(t, p.name, k.EscrowC, k.Escrow.PackFinalizeJob(new(big.Int).SetUint64(p.job)))
		j, err := k.Job(ctx, p.job)
		if err != nil {
			t.Fatal(err)
		}
		if j.State != 5 { // Closed
			t.Fatalf("job %d state %d, want Closed", p.job, j.State)
		}
	}
	spent := new(big.Int).Add(gross1, gross2)
	wantFree := new(big.Int).Sub(deposit, spent)
	if got, _ := k.FreeBalance(ctx, chaintest.Addr("client")); got.Cmp(wantFree) != 0 {
		t.Fatalf("client free balance after refunds = %s, want %s", got, wantFree)
	}

	// Solvency: escrow balance == free + locked + fees, and locked is zero now.
	escrowBal, _ := k.TokenBalance(ctx, d.Escrow)
	free := callU(t, k.EscrowC, k.Escrow.PackTotalFree(), k.Escrow.UnpackTotalFree)
	locked := callU(t, k.EscrowC, k.Escrow.PackTotalLocked(), k.Escrow.UnpackTotalLocked)
	fees := callU(t, k.EscrowC, k.Escrow.PackFeesOwed(), k.Escrow.UnpackFeesOwed)
	if locked.Sign() != 0 {
		t.Fatalf("locked = %s after all jobs closed", locked)
	}
	if sum := new(big.Int).Add(new(big.Int).Add(free, locked), fees); sum.Cmp(escrowBal) != 0 {
		t.Fatalf("escrow holds %s but free+locked+fees = %s", escrowBal, sum)
	}
	if want := new(big.Int).Add(fee(gross1), fee(gross2)); fees.Cmp(want) != 0 {
		t.Fatalf("fees owed %s, want %s", fees, want)
	}

	// The providers closed their jobs at once, inside the settlement window during which a fault
	// could still be reported: the collateral stays locked until the window is over, then anyone
	// may close the round and free it.
	if lockedOf("provider").Sign() == 0 || lockedOf("provider2").Sign() == 0 {
		t.Fatal("collateral freed inside the settlement window")
	}
	if _, err := c.Sender("client").Send(ctx, k.EscrowC, k.Escrow.PackCloseRound(new(big.Int).SetUint64(jobA), big.NewInt(1), chaintest.Addr("provider"))); !chain.IsRevert(err, "WindowOpen") {
		t.Fatalf("closeRound inside the settlement window: %v, want WindowOpen", err)
	}
	c.Advance(t, cfg.SettlementWindow+time.Second)
	for _, p := range []struct {
		name string
		job  uint64
	}{{"provider", jobA}, {"provider", jobB}, {"provider2", jobC}} {
		rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCloseRound(new(big.Int).SetUint64(p.job), big.NewInt(1), chaintest.Addr(p.name)))
		closed := false
		for _, l := range rc.Logs {
			if ev, err := k.Escrow.UnpackRoundClosedEvent(l); err == nil && ev.JobId.Uint64() == p.job {
				closed = true
			}
		}
		if !closed {
			t.Fatalf("closeRound of job %d emitted no RoundClosed", p.job)
		}
	}
	for _, name := range []string{"provider", "provider2"} {
		if got := lockedOf(name); got.Sign() != 0 {
			t.Fatalf("%s still has %s locked after its rounds closed", name, got)
		}
	}
	c.Send(t, "provider2", k.StakingC, k.Staking.PackRequestUnstake(chain.Tokens(100_000)))

	// The client withdraws everything it has left.
	walletBefore := balance(t, c, "client")
	c.Send(t, "client", k.EscrowC, k.Escrow.PackWithdraw(wantFree))
	if got := new(big.Int).Sub(balance(t, c, "client"), walletBefore); got.Cmp(wantFree) != 0 {
		t.Fatalf("withdrew %s, want %s", got, wantFree)
	}
}

// TestRevertsAreDecoded shows the error a user sees when the chain refuses a call.
func TestRevertsAreDecoded(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	_, err := c.Sender("client").Send(ctx, k.EscrowC, k.Escrow.PackCreateJob(common.Hash{}, big.NewInt(1), 1, chain.Tokens(5), big.NewInt(int64(c.HeadTime(t)+60)), big.NewInt(0)))
	if !chain.IsRevert(err, "InsufficientBalance") {
		t.Fatalf("want InsufficientBalance revert, got %v", err)
	}
	want := "contract reverted: InsufficientBalance(available: 0, requested: 5000000000000000000)"
	if err.Error() != want {
		t.Fatalf("error text:\n got %q\nwant %q", err.Error(), want)
	}

	_, err = c.Sender("client").Send(ctx, k.EscrowC, k.Escrow.PackCreateJob(common.Hash{}, big.NewInt(1), 0, chain.Tokens(5), big.NewInt(int64(c.HeadTime(t)+60)), big.NewInt(0)))
	if err == nil || err.Error() != `contract reverted: InvalidJob(what: gpuCount)` {
		t.Fatalf("want InvalidJob(gpuCount), got %v", err)
	}
}
