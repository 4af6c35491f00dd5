package chain_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// gasFigures measures, on a real EVM, the gas of each money entry point and of batch settlement per
// attestation at the given batch sizes (one provider signature per batch, distinct jobs).
func gasFigures(t testing.TB, batchSizes ...int) map[string]uint64 {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment
	out := map[string]uint64{}

	c.Stake(t, "provider", chain.Tokens(100_000))
	c.FundGIN(t, "client", chain.Tokens(5_000_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(d.Escrow, chain.Tokens(1_000_000)))
	out["gas.deposit"] = c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(1_000_000))).GasUsed

	amount := chain.Tokens(1_000_000)
	deadline := c.HeadTime(t) + 600
	v, r, s, err := k.SignPermit(ctx, c.Keys["client"], d.Escrow, amount, deadline)
	if err != nil {
		t.Fatal(err)
	}
	out["gas.deposit_with_permit"] = c.Send(t, "client", k.EscrowC,
		k.Escrow.PackDepositWithPermit(amount, new(big.Int).SetUint64(deadline), v, r, s)).GasUsed

	price, maxPrice, budget := big.NewInt(1e12), big.NewInt(2e12), chain.Tokens(1_000)
	total := 1
	for _, n := range batchSizes {
		total += n
	}
	jobs := make([]uint64, total)
	for i := range jobs {
		dl := new(big.Int).SetUint64(c.HeadTime(t) + 3600)
		rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("spec")), maxPrice, 1, budget, dl, big.NewInt(0)))
		if i == 0 {
			out["gas.create_job"] = rc.GasUsed
		}
		jobs[i] = jobCreated(t, k, rc)
		terms, err := k.JobTermsHash(ctx, jobs[i])
		if err != nil {
			t.Fatal(err)
		}
		bid := chain.Bid{JobID: jobs[i], Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: price, Expiry: c.HeadTime(t) + 3600, Nonce: uint64(i)}
		sig, err := k.SignBid(bid, c.Keys["provider"])
		if err != nil {
			t.Fatal(err)
		}
		rc = c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
		if i == 0 {
			out["gas.award"] = rc.GasUsed // signature, terms and stake checks, and the collateral lock
		}
	}
	c.Advance(t, time.Hour)

	// The first settlement of each job is the common case (a cold job, a provider already paid once).
	report := func(ids []uint64) escrow.AuctionEscrowUsageReport {
		return signedReport(t, c, "provider", usagesFor(ids)...)
	}
	out["gas.settle"] = c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(report(jobs[:1]))).GasUsed
	next := 1
	for _, n := range batchSizes {
		rc := c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{report(jobs[next : next+n])}))
		out[fmt.Sprintf("gas.settle_per_attestation.b%d", n)] = rc.GasUsed / uint64(n)
		next += n
	}
	return out
}

func usagesFor(ids []uint64) []chain.Usage {
	u := make([]chain.Usage, len(ids))
	for i, id := range ids {
		u[i] = chain.Usage{JobID: id, Round: 1, CumulativeGpuSeconds: 600}
	}
	return u
}

// TestSettlementGasTarget holds the design target: at most 10,000 gas per attestation at batch 100.
// Gas is deterministic, so this is a plain test, not a timing.
func TestSettlementGasTarget(t *testing.T) {
	g := gasFigures(t, 100)
	if per := g["gas.settle_per_attestation.b100"]; per > 10_000 {
		t.Fatalf("batch settlement costs %d gas per attestation at batch 100, target is 10,000", per)
	}
}

// faultGasFigures measures the trust-model paths: a controller's failover, a quorum's fault report
// (which moves the round's collateral under the dispute and locks the reporter's bond), its
// execution after the challenge window, a provider's challenge that voids a report, and the
// closing of a failed-over round (refund and collateral release).
func faultGasFigures(t testing.TB) map[string]uint64 {
	c := chaintest.New(t)
	k := c.Contracts
	out := map[string]uint64{}
	c.Stake(t, "provider", chain.Tokens(100_000))
	c.Stake(t, "provider2", chain.Tokens(100_000))
	c.Stake(t, "controller", chain.Tokens(60_000))
	c.FundGIN(t, "client", chain.Tokens(10_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, chain.Tokens(10_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10_000)))
	price := big.NewInt(1e12)

	failed := func(provider string, nonce uint64) (job uint64, report chain.FaultReport) {
		dl := new(big.Int).SetUint64(c.HeadTime(t) + 3600)
		job = jobCreated(t, k, c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("spec")), big.NewInt(2e12), 2, chain.Tokens(1_000), dl, big.NewInt(0))))
		terms, err := k.JobTermsHash(ctx, job)
		if err != nil {
			t.Fatal(err)
		}
		bid := chain.Bid{JobID: job, Terms: terms, Provider: chaintest.Addr(provider), PricePerGpuSecond: price, Expiry: c.HeadTime(t) + 3600, Nonce: nonce}
		sig, err := k.SignBid(bid, c.Keys[provider])
		if err != nil {
			t.Fatal(err)
		}
		c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
		started := c.HeadTime(t)
		c.Advance(t, time.Minute)
		g := c.Send(t, "controller", k.EscrowC, k.Escrow.PackReportFailure(new(big.Int).SetUint64(job), "missed heartbeats")).GasUsed
		out["gas.report_failure"] = g
		report = chain.FaultReport{JobID: job, Round: 1, Provider: chaintest.Addr(provider), SilentSince: started + 1, ObservedAt: c.HeadTime(t)}
		rsig, err := k.SignFaultReport(report, c.Keys["controller"])
		if err != nil {
			t.Fatal(err)
		}
		out["gas.report_fault_quorum1"] = c.Send(t, "controller", k.DisputesC, k.Disputes.PackReportFault(report.Binding(), [][]byte{rsig})).GasUsed
		return job, report
	}

	failed("provider", 1)
	job2, r2 := failed("provider2", 1)
	ack := chain.HeartbeatAck{Provider: r2.Provider, Timestamp: r2.SilentSince + 10}
	asig, err := k.SignHeartbeatAck(ack, c.Keys["controller"])
	if err != nil {
		t.Fatal(err)
	}
	out["gas.challenge_fault"] = c.Send(t, "provider2", k.DisputesC, k.Disputes.PackChallenge(big.NewInt(2), ack.Binding(), asig)).GasUsed
	c.Advance(t, 2*time.Hour+time.Second) // past the challenge and settlement windows
	out["gas.execute_fault"] = c.Send(t, "client", k.DisputesC, k.Disputes.PackExecute(big.NewInt(1))).GasUsed
	out["gas.close_round"] = c.Send(t, "client", k.EscrowC, k.Escrow.PackCloseRound(new(big.Int).SetUint64(job2), big.NewInt(1), chaintest.Addr("provider2"))).GasUsed
	return out
}

// replicaGasFigures measures the replica paths: a replicated job's creation, a replica round
// added beside the award (its share of the budget and its collateral lock), and one ended.
func replicaGasFigures(t testing.TB) map[string]uint64 {
	c := chaintest.New(t)
	k := c.Contracts
	out := map[string]uint64{}
	c.Stake(t, "provider", chain.Tokens(100_000))
	c.Stake(t, "provider2", chain.Tokens(100_000))
	c.FundGIN(t, "client", chain.Tokens(10_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, chain.Tokens(10_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10_000)))
	dl := new(big.Int).SetUint64(c.HeadTime(t) + 3600)
	rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateReplicatedJob(crypto.Keccak256Hash([]byte("spec")), big.NewInt(2e12), 2, chain.Tokens(1_000), dl, big.NewInt(0), 2))
	out["gas.create_replicated_job"] = rc.GasUsed
	job := jobCreated(t, k, rc)
	terms, err := k.JobTermsHash(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range []string{"provider", "provider2"} {
		bid := chain.Bid{JobID: job, Terms: terms, Provider: chaintest.Addr(p), PricePerGpuSecond: big.NewInt(1e12), Expiry: c.HeadTime(t) + 3600, Nonce: 1}
		sig, err := k.SignBid(bid, c.Keys[p])
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), sig))
			c.Advance(t, time.Minute)
			continue
		}
		out["gas.add_replica"] = c.Send(t, "client", k.EscrowC, k.Escrow.PackAddReplica(bid.Binding(), sig)).GasUsed
	}
	c.Advance(t, time.Minute)
	out["gas.end_replica"] = c.Send(t, "client", k.EscrowC, k.Escrow.PackEndReplica(new(big.Int).SetUint64(job), chaintest.Addr("provider2"))).GasUsed
	r, err := k.Round(ctx, job, 1, chaintest.Addr("provider2"))
	if err != nil || r.State != chain.RoundEnded || r.Remaining.Sign() == 0 {
		t.Fatalf("the ended replica round: %+v %v (want ended with its claim)", r, err)
	}
	return out
}

// TestReplicaGas runs the replica paths once (their figures are printed by `make bench`).
func TestReplicaGas(t *testing.T) {
	for n, g := range replicaGasFigures(t) {
		if g == 0 {
			t.Errorf("%s: no gas measured", n)
		}
		t.Logf("%s %d gas", n, g)
	}
}

// TestFaultPathGas runs the fault paths once (their figures are printed by `make bench`).
func TestFaultPathGas(t *testing.T) {
	for n, g := range faultGasFigures(t) {
		if g == 0 {
			t.Errorf("%s: no gas measured", n)
		}
		t.Logf("%s %d gas", n, g)
	}
}
