package chain_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// roundRemaining is what an award round still holds for its provider (RoundSlot's low 96 bits).
func roundRemaining(t *testing.T, k *chain.Contracts, job uint64, round int64, provider string) (remaining, endedAt *big.Int) {
	t.Helper()
	r, err := k.Round(ctx, job, uint8(round), chaintest.Addr(provider))
	if err != nil {
		t.Fatal(err)
	}
	return r.Remaining, new(big.Int).SetUint64(r.EndedAt)
}

func jobFailed(t *testing.T, k *chain.Contracts, r *types.Receipt) *escrow.AuctionEscrowJobFailed {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := k.Escrow.UnpackJobFailedEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no JobFailed event")
	return nil
}

// disputeRevert reports whether err is the FaultDisputes (or GinTimelock) custom error sig, e.g.
// "ChallengeWindow(uint256)": decoded by name, or shown by its selector while the chain package's
// decoder knows only the token, staking and escrow errors.
func disputeRevert(err error, sig string) bool {
	return err != nil && (chain.IsRevert(err, sig[:strings.Index(sig, "(")]) || strings.Contains(err.Error(), selectorOf(sig)))
}

// TestFailoverMovesNoStake: a controller's failure report moves the job to a backup and moves no
// stake; the failed provider keeps its claim (due) to the time it served and settles it later. A
// slash needs a quorum's fault report and a challenge window, and is bounded by the round's
// collateral; the client's share is at most the job's failover window of service at its price. A
// provider that kept answering voids a false report, and the reporter loses its bond.
func TestFailoverMovesNoStake(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment
	cfg := chain.DefaultDeployConfig(chaintest.Addr("deployer"))
	for _, p := range []string{"provider", "provider2", "backup"} {
		c.Stake(t, p, chain.Tokens(100_000))
	}
	c.Stake(t, "controller", chain.Tokens(60_000)) // the minimum, plus room for bonds
	c.FundGIN(t, "client", chain.Tokens(10_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(d.Escrow, chain.Tokens(10_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10_000)))
	price := big.NewInt(1e12)
	stake := func(name string) *big.Int {
		s, err := k.StakeOf(ctx, chaintest.Addr(name))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	locked := func(name string) *big.Int {
		return callU(t, k.StakingC, k.Staking.PackLockedStakeOf(chaintest.Addr(name)), k.Staking.UnpackLockedStakeOf)
	}
	free := func() *big.Int {
		f, err := k.FreeBalance(ctx, chaintest.Addr("client"))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	collateral := new(big.Int).Mul(price, big.NewInt(int64(cfg.SlashMultiple)*2*int64(cfg.FailoverWindow/time.Second)))
	loss := new(big.Int).Mul(price, big.NewInt(2*int64(cfg.FailoverWindow/time.Second))) // the client's documented loss

	job := createJob(t, c, 2, big.NewInt(2e12), chain.Tokens(1_000))
	award(t, c, "client", "provider", job, price, 1)
	j, _ := k.Job(ctx, job)
	start := j.StartedAt.Uint64()
	c.Advance(t, 100*time.Second)
	c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(signedReport(t, c, "provider", chain.Usage{JobID: job, Round: 1, CumulativeGpuSeconds: 80})))

	stakeBefore, lockedBefore, freeBefore := stake("provider"), locked("provider"), free()
	stakingBalance, _ := k.TokenBalance(ctx, d.Staking)
	if lockedBefore.Cmp(collateral) != 0 {
		t.Fatalf("provider's collateral %s, want %s", lockedBefore, collateral)
	}
	ev := jobFailed(t, k, c.Send(t, "controller", k.EscrowC, k.Escrow.PackReportFailure(new(big.Int).SetUint64(job), "health check failed 3 times")))

	// The failover moved no stake, kept the due, and paid the client nothing.
	rem, endedAt := roundRemaining(t, k, job, 1, "provider")
	served := 2 * (endedAt.Uint64() - start)
	wantDue := new(big.Int).Mul(new(big.Int).SetUint64(served-80), price)
	if ev.Due.Cmp(wantDue) != 0 || rem.Cmp(wantDue) != 0 || ev.Provider != chaintest.Addr("provider") || ev.Round != 1 {
		t.Fatalf("JobFailed %+v, round holds %s; want due %s (%d GPU-s served, 80 settled)", ev, rem, wantDue, served)
	}
	if s := stake("provider"); s.Cmp(stakeBefore) != 0 {
		t.Fatalf("failover moved stake: %s -> %s", stakeBefore, s)
	}
	if l := locked("provider"); l.Cmp(lockedBefore) != 0 {
		t.Fatalf("failover changed the locked collateral: %s -> %s", lockedBefore, l)
	}
	if b, _ := k.TokenBalance(ctx, d.Staking); b.Cmp(stakingBalance) != 0 {
		t.Fatalf("staking balance %s -> %s on failover", stakingBalance, b)
	}
	if f := free(); f.Cmp(freeBefore) != 0 {
		t.Fatalf("client's free balance moved on failover: %s -> %s", freeBefore, f)
	}
	if j, _ := k.Job(ctx, job); j.State != 3 {
		t.Fatalf("job state %d, want Failover (3)", j.State)
	}

	// A backup takes over with a bid on the same job terms; the failed provider still settles its due.
	terms, err := k.JobTermsHash(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	bid := chain.Bid{JobID: job, Terms: terms, Provider: chaintest.Addr("backup"), PricePerGpuSecond: price, Expiry: c.HeadTime(t) + 3600, Nonce: 1}
	bidSig, err := k.SignBid(bid, c.Keys["backup"])
	if err != nil {
		t.Fatal(err)
	}
	c.Send(t, "client", k.EscrowC, k.Escrow.PackAwardBackup(bid.Binding(), bidSig))
	walletBefore := balance(t, c, "provider")
	c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(signedReport(t, c, "provider", chain.Usage{JobID: job, Round: 1, CumulativeGpuSeconds: served + 500})))
	fee := new(big.Int).Div(new(big.Int).Mul(wantDue, big.NewInt(250)), big.NewInt(10_000))
	if got := new(big.Int).Sub(balance(t, c, "provider"), walletBefore); got.Cmp(new(big.Int).Sub(wantDue, fee)) != 0 {
		t.Fatalf("the failed provider settled %s for the time it served, want %s", got, new(big.Int).Sub(wantDue, fee))
	}

	// A quorum (1 on a dev chain) reports the provider's silence: the collateral moves under the
	// dispute, the reporter's bond is locked, and nothing is slashed before the challenge window.
	report := chain.FaultReport{JobID: job, Round: 1, Provider: chaintest.Addr("provider"), SilentSince: start + 10, ObservedAt: endedAt.Uint64()}
	sig, err := k.SignFaultReport(report, c.Keys["controller"])
	if err != nil {
		t.Fatal(err)
	}
	rc := c.Send(t, "client", k.DisputesC, k.Disputes.PackReportFault(report.Binding(), [][]byte{sig})) // anyone may submit it
	var id *big.Int
	for _, l := range rc.Logs {
		if ev, err := k.Disputes.UnpackFaultReportedEvent(l); err == nil {
			id = ev.DisputeId
			if ev.Amount.Cmp(collateral) != 0 || ev.Compensation.Cmp(loss) != 0 || len(ev.Reporters) != 1 || ev.Reporters[0] != chaintest.Addr("controller") {
				t.Fatalf("FaultReported %+v, want the collateral %s held and %s compensation", ev, collateral, loss)
			}
		}
	}
	if id == nil {
		t.Fatal("no FaultReported event")
	}
	if l := locked("controller"); l.Cmp(cfg.ReporterBond) != 0 {
		t.Fatalf("reporter's locked bond %s, want %s", l, cfg.ReporterBond)
	}
	if _, err := c.Sender("client").Send(ctx, k.DisputesC, k.Disputes.PackReportFault(report.Binding(), [][]byte{sig})); err == nil {
		t.Fatal("the same round was reported twice")
	}
	if _, err := c.Sender("client").Send(ctx, k.DisputesC, k.Disputes.PackExecute(id)); !disputeRevert(err, "ChallengeWindow(uint256)") {
		t.Fatalf("execute inside the challenge window: %v, want ChallengeWindow", err)
	}
	if s := stake("provider"); s.Cmp(stakeBefore) != 0 {
		t.Fatalf("stake moved before the challenge window passed: %s -> %s", stakeBefore, s)
	}

	c.Advance(t, cfg.ChallengeWindow+time.Second)
	clientWallet, treasury := balance(t, c, "client"), balance(t, c, "deployer")
	rc = c.Send(t, "client", k.DisputesC, k.Disputes.PackExecute(id))
	var slashed bool
	for _, l := range rc.Logs {
		if ev, err := k.Disputes.UnpackFaultSlashedEvent(l); err == nil {
			slashed = true
			if ev.ToClient.Cmp(loss) != 0 || new(big.Int).Add(ev.ToClient, ev.ToTreasury).Cmp(collateral) != 0 {
				t.Fatalf("FaultSlashed %+v: want %s to the client and the rest of %s to the treasury", ev, loss, collateral)
			}
		}
	}
	if !slashed {
		t.Fatal("no FaultSlashed event")
	}
	if lost := new(big.Int).Sub(stakeBefore, stake("provider")); lost.Cmp(collateral) != 0 {
		t.Fatalf("provider lost %s of stake, want exactly the round's collateral %s", lost, collateral)
	}
	if got := new(big.Int).Sub(balance(t, c, "client"), clientWallet); got.Cmp(loss) != 0 {
		t.Fatalf("client compensated %s, want its documented loss %s", got, loss)
	}
	if got := new(big.Int).Sub(balance(t, c, "deployer"), treasury); got.Cmp(new(big.Int).Sub(collateral, loss)) != 0 {
		t.Fatalf("treasury got %s, want %s", got, new(big.Int).Sub(collateral, loss))
	}
	if l := locked("controller"); l.Sign() != 0 {
		t.Fatalf("reporter's bond still locked (%s) after the slash", l)
	}
	if _, err := c.Sender("client").Send(ctx, k.DisputesC, k.Disputes.PackExecute(id)); err == nil {
		t.Fatal("a dispute executed twice")
	}

	// A false report: provider2 kept answering, a staked controller acknowledged its heartbeat after
	// the claimed silence. The report is void, the collateral freed, the reporter's bond taken.
	job2 := createJob(t, c, 2, big.NewInt(2e12), chain.Tokens(1_000))
	award(t, c, "client", "provider2", job2, price, 2)
	j2, _ := k.Job(ctx, job2)
	c.Advance(t, 60*time.Second)
	stake2, ctlStake := stake("provider2"), stake("controller")
	c.Send(t, "controller", k.EscrowC, k.Escrow.PackReportFailure(new(big.Int).SetUint64(job2), "missed heartbeats"))
	_, ended2 := roundRemaining(t, k, job2, 1, "provider2")
	false2 := chain.FaultReport{JobID: job2, Round: 1, Provider: chaintest.Addr("provider2"), SilentSince: j2.StartedAt.Uint64() + 5, ObservedAt: ended2.Uint64()}
	sig, err = k.SignFaultReport(false2, c.Keys["controller"])
	if err != nil {
		t.Fatal(err)
	}
	rc = c.Send(t, "controller", k.DisputesC, k.Disputes.PackReportFault(false2.Binding(), [][]byte{sig}))
	id = nil
	for _, l := range rc.Logs {
		if ev, err := k.Disputes.UnpackFaultReportedEvent(l); err == nil {
			id = ev.DisputeId
		}
	}
	ack := chain.HeartbeatAck{Provider: chaintest.Addr("provider2"), Timestamp: j2.StartedAt.Uint64() + 30}
	ackSig, err := k.SignHeartbeatAck(ack, c.Keys["controller"])
	if err != nil {
		t.Fatal(err)
	}
	early := chain.HeartbeatAck{Provider: chaintest.Addr("provider2"), Timestamp: j2.StartedAt.Uint64() + 5}
	earlySig, _ := k.SignHeartbeatAck(early, c.Keys["controller"])
	if _, err := c.Sender("provider2").Send(ctx, k.DisputesC, k.Disputes.PackChallenge(id, early.Binding(), earlySig)); !disputeRevert(err, "InvalidEvidence(string)") {
		t.Fatalf("an acknowledgement not later than the silence: %v, want InvalidEvidence", err)
	}
	// An answer after the observed silence does not contradict it (the provider came back).
	c.Advance(t, 5*time.Second)
	late := chain.HeartbeatAck{Provider: chaintest.Addr("provider2"), Timestamp: ended2.Uint64() + 2}
	lateSig, _ := k.SignHeartbeatAck(late, c.Keys["controller"])
	if _, err := c.Sender("provider2").Send(ctx, k.DisputesC, k.Disputes.PackChallenge(id, late.Binding(), lateSig)); !disputeRevert(err, "InvalidEvidence(string)") {
		t.Fatalf("an acknowledgement after the observed silence: %v, want InvalidEvidence", err)
	}
	c.Send(t, "provider2", k.DisputesC, k.Disputes.PackChallenge(id, ack.Binding(), ackSig))
	if s := stake("provider2"); s.Cmp(stake2) != 0 {
		t.Fatalf("a voided report moved provider2's stake: %s -> %s", stake2, s)
	}
	if l := locked("provider2"); l.Sign() != 0 {
		t.Fatalf("provider2's collateral still locked (%s) after its report was voided", l)
	}
	if lost := new(big.Int).Sub(ctlStake, stake("controller")); lost.Cmp(cfg.ReporterBond) != 0 {
		t.Fatalf("the reporter lost %s, want its bond %s", lost, cfg.ReporterBond)
	}
	c.Advance(t, cfg.ChallengeWindow+time.Second)
	if _, err := c.Sender("client").Send(ctx, k.DisputesC, k.Disputes.PackExecute(id)); err == nil {
		t.Fatal("a voided dispute executed")
	}
}
