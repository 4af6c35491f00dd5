package chain_test

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/disputes"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/timelock"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestDeployRefusesShortTimelock: a timelock no longer than the unbonding delay would let a
// governance change apply before stakers could leave; Deploy refuses it, saying so, before it
// sends anything.
func TestDeployRefusesShortTimelock(t *testing.T) {
	c := chaintest.New(t)
	deployer := chaintest.Addr("deployer")
	nonce, err := c.Client.PendingNonceAt(ctx, deployer)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ timelock, unbonding time.Duration }{
		{7 * 24 * time.Hour, 7 * 24 * time.Hour},               // equal
		{24 * time.Hour, 7 * 24 * time.Hour},                   // shorter
		{0, 0},                                                 // none at all
		{7*24*time.Hour - time.Second, 7 * 24 * time.Hour},     // a second short
		{2 * time.Hour, 2*time.Hour + 30*time.Minute},          // short windows (a dev chain)
		{90 * 24 * time.Hour, 90 * 24 * time.Hour},             // the longest unbonding delay
		{-time.Hour, 0},                                        // negative
		{time.Duration(0), time.Duration(1) * time.Nanosecond}, // below a second
	} {
		cfg := chain.DefaultDeployConfig(deployer)
		cfg.TimelockDelay, cfg.UnbondingDelay = tc.timelock, tc.unbonding
		_, err := chain.Deploy(ctx, c.Client, c.Keys["deployer"], cfg, time.Millisecond)
		if err == nil {
			t.Fatalf("timelock %s, unbonding %s: deployed", tc.timelock, tc.unbonding)
		}
		if msg := err.Error(); !strings.Contains(msg, "timelock delay") || !strings.Contains(msg, "unbonding delay") || !strings.Contains(msg, "longer") {
			t.Errorf("timelock %s, unbonding %s: error %q does not say the timelock must outlast the unbonding delay", tc.timelock, tc.unbonding, msg)
		}
	}
	if now, _ := c.Client.PendingNonceAt(ctx, deployer); now != nonce {
		t.Fatalf("the refused deployments sent %d transactions", now-nonce)
	}

	// One second longer is enough.
	cfg := chain.DefaultDeployConfig(deployer)
	cfg.UnbondingDelay, cfg.TimelockDelay = time.Hour, time.Hour+time.Second
	d, err := chain.Deploy(ctx, c.Client, c.Keys["deployer"], cfg, time.Millisecond)
	if err != nil {
		t.Fatalf("timelock 1h1s over unbonding 1h: %v", err)
	}
	tl := timelock.NewGinTimelock()
	delay, err := bind.Call(tl.Instance(c.Client, d.Timelock), nil, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil || delay.Int64() != 3601 {
		t.Fatalf("deployed timelock delay %v (%v), want 3601 s", delay, err)
	}
}

// unauthorized reports whether err is OpenZeppelin's AccessControlUnauthorizedAccount(account, role).
func unauthorized(err error, account common.Address, role [32]byte) bool {
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "AccessControlUnauthorizedAccount" {
		return false
	}
	a, _ := re.Args["account"].(common.Address)
	r, _ := re.Args["neededRole"].([32]byte)
	return a == account && r == role
}

func role(t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) ([32]byte, error)) [32]byte {
	t.Helper()
	r, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestNoKeyCanSlashDirectly: only FaultDisputes holds the slasher role. Neither the governance key
// nor the timelock (the staking admin) can slash, even through a scheduled, matured operation.
func TestNoKeyCanSlashDirectly(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment
	c.Stake(t, "provider", chain.Tokens(100_000))
	slasher := role(t, k.StakingC, k.Staking.PackSLASHERROLE(), k.Staking.UnpackSLASHERROLE)
	admin := role(t, k.StakingC, k.Staking.PackDEFAULTADMINROLE(), k.Staking.UnpackDEFAULTADMINROLE)

	has := func(r [32]byte, a common.Address) bool {
		ok, err := bind.Call(k.StakingC, nil, k.Staking.PackHasRole(r, a), k.Staking.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !has(slasher, d.Disputes) {
		t.Fatal("FaultDisputes does not hold SLASHER_ROLE")
	}
	for name, a := range map[string]common.Address{"the timelock": d.Timelock, "the governance key": chaintest.Addr("deployer"),
		"the escrow": d.Escrow, "a controller": chaintest.Addr("controller")} {
		if has(slasher, a) {
			t.Errorf("%s holds SLASHER_ROLE", name)
		}
	}
	if !has(admin, d.Timelock) || has(admin, chaintest.Addr("deployer")) {
		t.Fatal("the staking admin is not the timelock alone")
	}
	if got, err := bind.Call(k.StakingC, nil, k.Staking.PackDefaultAdmin(), k.Staking.UnpackDefaultAdmin); err != nil || got != d.Timelock {
		t.Fatalf("staking defaultAdmin %s (%v), want the timelock %s", got, err, d.Timelock)
	}

	slash := k.Staking.PackSlash(chaintest.Addr("provider"), chain.Tokens(10_000), chaintest.Addr("deployer"), "governance wants it")
	before, _ := k.StakeOf(ctx, chaintest.Addr("provider"))
	_, err := c.Sender("deployer").Send(ctx, k.StakingC, slash)
	if !unauthorized(err, chaintest.Addr("deployer"), slasher) {
		t.Fatalf("the governance key slashes directly: %v, want AccessControlUnauthorizedAccount(deployer, SLASHER_ROLE)", err)
	}
	_, err = c.Govern(t, chaintest.Op(d.Staking, slash, "slash"))
	if !unauthorized(err, d.Timelock, slasher) {
		t.Fatalf("the timelock slashes: %v, want AccessControlUnauthorizedAccount(timelock, SLASHER_ROLE)", err)
	}
	if after, _ := k.StakeOf(ctx, chaintest.Addr("provider")); after.Cmp(before) != 0 {
		t.Fatalf("provider stake went from %s to %s", before, after)
	}
	// Locks are the escrow's and the disputes' only: governance cannot freeze stake either.
	locker := role(t, k.StakingC, k.Staking.PackLOCKERROLE(), k.Staking.UnpackLOCKERROLE)
	_, err = c.Sender("deployer").Send(ctx, k.StakingC, k.Staking.PackLock(chaintest.Addr("provider"), crypto.Keccak256Hash([]byte("freeze")), chain.Tokens(1)))
	if !unauthorized(err, chaintest.Addr("deployer"), locker) {
		t.Fatalf("the governance key locks stake: %v", err)
	}
}

// TestGovernanceGoesThroughTimelock: the governance key cannot change parameters itself; the same
// change scheduled through the timelock applies only once the delay (longer than the unbonding
// delay) has passed, and a job created before it keeps the terms it was created with.
func TestGovernanceGoesThroughTimelock(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment
	gov := chaintest.Addr("deployer")
	admin := role(t, k.EscrowC, k.Escrow.PackDEFAULTADMINROLE(), k.Escrow.UnpackDEFAULTADMINROLE)

	delay := c.TimelockDelay(t)
	unbonding, err := bind.Call(k.StakingC, nil, k.Staking.PackUnbondingDelay(), k.Staking.UnpackUnbondingDelay)
	if err != nil {
		t.Fatal(err)
	}
	if delay <= time.Duration(unbonding)*time.Second {
		t.Fatalf("timelock delay %s is not longer than the unbonding delay %d s", delay, unbonding)
	}

	c.FundGIN(t, "client", chain.Tokens(1_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(d.Escrow, chain.Tokens(1_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(1_000)))
	before := createJob(t, c, 1, big.NewInt(2e12), chain.Tokens(100))

	p, err := bind.Call(k.EscrowC, nil, k.Escrow.PackParams(), k.Escrow.UnpackParams)
	if err != nil {
		t.Fatal(err)
	}
	next := escrow.AuctionEscrowParams{Treasury: p.Treasury, FeeBps: 500, SlashMultiple: 5, SettlementWindow: p.SettlementWindow,
		FailoverWindow: p.FailoverWindow, ChallengeWindow: p.ChallengeWindow, ControllerMinStake: p.ControllerMinStake}
	setParams := k.Escrow.PackSetParams(next)

	// Directly, with the governance key: refused, by every contract.
	if _, err := c.Sender("deployer").Send(ctx, k.EscrowC, setParams); !unauthorized(err, gov, admin) {
		t.Fatalf("escrow.setParams by the governance key: %v, want AccessControlUnauthorizedAccount", err)
	}
	dp, err := bind.Call(k.DisputesC, nil, k.Disputes.PackParams(), k.Disputes.UnpackParams)
	if err != nil {
		t.Fatal(err)
	}
	disputesParams := k.Disputes.PackSetParams(disputes.FaultDisputesParams{Quorum: 2, ReporterBond: dp.ReporterBond})
	if _, err := c.Sender("deployer").Send(ctx, k.DisputesC, disputesParams); !unauthorized(err, gov, admin) {
		t.Fatalf("disputes.setParams by the governance key: %v, want AccessControlUnauthorizedAccount", err)
	}
	if _, err := c.Sender("deployer").Send(ctx, k.StakingC, k.Staking.PackSetMinStake(big.NewInt(1))); !unauthorized(err, gov, admin) {
		t.Fatalf("staking.setMinStake by the governance key: %v, want AccessControlUnauthorizedAccount", err)
	}
	// Nobody but governance may even propose.
	op := chaintest.Op(d.Escrow, setParams, "fee 5%")
	if _, err := c.Schedule("client", op); err == nil {
		t.Fatal("a client scheduled a governance operation")
	}

	// Through the timelock: scheduled now, not executable before the delay.
	if _, err := c.Schedule("deployer", op); err != nil {
		t.Fatal(err)
	}
	c.Advance(t, delay-time.Minute)
	_, err = c.Execute("deployer", op)
	if !disputeRevert(err, "TimelockUnexpectedOperationState(bytes32,bytes32)") {
		t.Fatalf("executed before the delay: %v, want TimelockUnexpectedOperationState", err)
	}
	if now, _ := bind.Call(k.EscrowC, nil, k.Escrow.PackParams(), k.Escrow.UnpackParams); now.FeeBps != p.FeeBps {
		t.Fatalf("fee changed to %d before the timelock delay", now.FeeBps)
	}
	c.Advance(t, 2*time.Minute)
	if _, err := c.Execute("deployer", op); err != nil {
		t.Fatalf("execute after the delay: %v", err)
	}
	now, err := bind.Call(k.EscrowC, nil, k.Escrow.PackParams(), k.Escrow.UnpackParams)
	if err != nil || now.FeeBps != 500 || now.SlashMultiple != 5 {
		t.Fatalf("params after the timelock: %+v (%v), want fee 500 and slash multiple 5", now, err)
	}
	if _, err := c.Govern(t, chaintest.Op(d.Disputes, disputesParams, "quorum 2")); err != nil {
		t.Fatalf("disputes.setParams through the timelock: %v", err)
	}
	if q, _ := bind.Call(k.DisputesC, nil, k.Disputes.PackParams(), k.Disputes.UnpackParams); q.Quorum != 2 {
		t.Fatalf("quorum %d after the timelock, want 2", q.Quorum)
	}
	// Bounds hold even for governance: a fee above 20 % is refused on chain.
	tooHigh := next
	tooHigh.FeeBps = 2500
	if _, err := c.Govern(t, chaintest.Op(d.Escrow, k.Escrow.PackSetParams(tooHigh), "fee 25%")); !chain.IsRevert(err, "InvalidParams") {
		t.Fatalf("fee 25%% through the timelock: %v, want InvalidParams", err)
	}

	// The job created before the change keeps its fee and slash multiple; a new one gets the new terms.
	after := createJob(t, c, 1, big.NewInt(2e12), chain.Tokens(100))
	for _, tc := range []struct {
		job           uint64
		fee, multiple uint16
		createdBefore bool
	}{{before, p.FeeBps, p.SlashMultiple, true}, {after, 500, 5, false}} {
		terms, err := bind.Call(k.EscrowC, nil, k.Escrow.PackJobTerms(new(big.Int).SetUint64(tc.job)), k.Escrow.UnpackJobTerms)
		if err != nil {
			t.Fatal(err)
		}
		if terms.Terms.FeeBps != tc.fee || terms.Terms.SlashMultiple != tc.multiple {
			t.Errorf("job %d (created before the change: %v): fee %d, slash multiple %d; want %d, %d",
				tc.job, tc.createdBefore, terms.Terms.FeeBps, terms.Terms.SlashMultiple, tc.fee, tc.multiple)
		}
	}
}

func selectorOf(sig string) string { return fmt.Sprintf("%x", crypto.Keccak256([]byte(sig))[:4]) }
