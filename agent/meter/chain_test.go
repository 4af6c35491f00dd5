package meter

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestAttestationSettlesOnTheEscrow meters a 2-GPU job that restarted once and settles the
// signed report on the real contract: the escrow agrees on the digest and pays the provider
// exactly the metered GPU-seconds at the awarded price, and only once.
func TestAttestationSettlesOnTheEscrow(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts

	c.Stake(t, "provider", chain.Tokens(100_000))
	budget := chain.Tokens(1_000)
	c.FundGIN(t, "client", budget)
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, budget))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(budget))

	price := big.NewInt(1e12) // wei per GPU-second
	rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("llama")),
		big.NewInt(2e12), 2, budget, big.NewInt(int64(c.HeadTime(t)+3600)), big.NewInt(0)))
	var jobID uint64
	for _, l := range rc.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			jobID = ev.JobId.Uint64()
		}
	}
	terms, err := k.JobTermsHash(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	bid := chain.Bid{JobID: jobID, Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: price, Expiry: c.HeadTime(t) + 3600, Nonce: 1}
	bidSig, err := k.SignBid(bid, c.Keys["provider"])
	if err != nil {
		t.Fatal(err)
	}
	c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(bid.Binding(), bidSig))
	job, err := k.Job(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	awarded := time.Unix(job.StartedAt.Int64(), 0)

	// The container starts 5 s after the award, crashes after 40 s, and its replacement
	// starts 5 s later and still runs 100 s after the award.
	c.Advance(t, 100*time.Second)
	now := time.Unix(int64(c.HeadTime(t)), 0)
	usage := runtime.Usage{Job: runtime.Job{ID: jobID, Round: uint64(job.Round)}, Runs: []runtime.Run{
		{ContainerID: "c1", Attempt: 1, StartedAt: awarded.Add(5 * time.Second), FinishedAt: awarded.Add(45 * time.Second)},
		{ContainerID: "c2", Attempt: 2, StartedAt: awarded.Add(50 * time.Second), Running: true},
	}}
	wantGPUSeconds := uint64(2 * (40 + now.Sub(awarded.Add(50*time.Second))/time.Second))

	m, err := Open(ctx, Config{StatePath: statePath(t), Key: c.Keys["provider"], Domain: k.Deployment.EscrowDomain()})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Observe(ctx, usage, int(job.GpuCount), now); err != nil {
		t.Fatal(err)
	}
	a, err := m.Attest(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Report.Usages) != 1 || a.Report.Usages[0].CumulativeGpuSeconds != wantGPUSeconds {
		t.Fatalf("report = %+v, want %d GPU-s for job %d", a.Report.Usages, wantGPUSeconds, jobID)
	}

	// The escrow computes the same digest the meter signed.
	b := a.Report.Binding(a.Signature)
	digest, err := bind.Call(k.EscrowC, &bind.CallOpts{Context: ctx}, k.Escrow.PackUsageReportDigest(b.Provider, b.Usages), k.Escrow.UnpackUsageReportDigest)
	if err != nil {
		t.Fatal(err)
	}
	if want := k.Deployment.EscrowDomain().Digest(a.Report.StructHash()); common.Hash(digest) != want {
		t.Fatalf("escrow digest %x, meter signed %x", digest, want)
	}

	before, err := k.TokenBalance(ctx, chaintest.Addr("provider"))
	if err != nil {
		t.Fatal(err)
	}
	rc = c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(b)) // anyone may deliver a signed report
	paid := paidTo(t, k, rc.Logs, chaintest.Addr("provider"))
	if want := new(big.Int).Mul(new(big.Int).SetUint64(wantGPUSeconds), price); paid.gross.Cmp(want) != 0 {
		t.Fatalf("escrow paid %s gross, want %d GPU-s × %s = %s", paid.gross, wantGPUSeconds, price, want)
	}
	after, err := k.TokenBalance(ctx, chaintest.Addr("provider"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := new(big.Int).Sub(after, before), new(big.Int).Sub(paid.gross, paid.fee); got.Cmp(want) != 0 {
		t.Fatalf("provider balance grew %s, want gross - fee = %s", got, want)
	}

	if err := m.MarkSent(ctx, a.Report); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Attest(ctx, now); !errors.Is(err, ErrNothingToAttest) {
		t.Fatalf("attest after settlement: %v, want ErrNothingToAttest", err)
	}
	// Delivering the same report twice pays nothing more: the counter is cumulative.
	rc = c.Send(t, "deployer", k.EscrowC, k.Escrow.PackSettle(b))
	if again := paidTo(t, k, rc.Logs, chaintest.Addr("provider")); again.gross.Sign() != 0 {
		t.Fatalf("replayed report paid %s", again.gross)
	}
}

type payment struct{ gross, fee *big.Int }

func paidTo(t *testing.T, k *chain.Contracts, logs []*types.Log, provider common.Address) payment {
	t.Helper()
	p := payment{new(big.Int), new(big.Int)}
	for _, l := range logs {
		if ev, err := k.Escrow.UnpackProviderPaidEvent(l); err == nil && ev.Provider == provider {
			p.gross.Add(p.gross, ev.Gross)
			p.fee.Add(p.fee, ev.Fee)
		}
	}
	return p
}
