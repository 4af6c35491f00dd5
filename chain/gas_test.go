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
			out["gas.award"] = rc.GasUsed
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
