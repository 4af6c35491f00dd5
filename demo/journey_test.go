package demo_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/demo"
)

// TestJourney runs make demo's client journey on a simulated chain and checks every figure.
func TestJourney(t *testing.T) {
	c := chaintest.New(t)
	ctx := context.Background()
	actors, err := demo.DemoActors(ctx, c.Client, c.Keys["deployer"])
	if err != nil {
		t.Fatal(err)
	}
	actors.Controller = c.Keys["controller"] // the deployment granted this one the controller role
	var out bytes.Buffer
	j := &demo.Journey{Backend: c.Client, K: c.Contracts, A: actors, Out: &out,
		Wait: func(_ context.Context, d time.Duration) error { c.Advance(t, d); return nil }}
	res, err := j.Run(ctx)
	if err != nil {
		t.Fatalf("journey: %v\n%s", err, out.String())
	}
	t.Log("\n" + out.String())

	job, err := c.Contracts.Job(ctx, res.JobID)
	if err != nil {
		t.Fatal(err)
	}
	if job.State != 5 || job.Remaining.Sign() != 0 {
		t.Fatalf("job ends in state %d with %s locked, want Closed with nothing", job.State, job.Remaining)
	}
	if res.PaidProvider.Sign() <= 0 || res.PaidBackup.Sign() <= 0 || res.Refund.Sign() <= 0 || res.Fees.Sign() <= 0 {
		t.Fatalf("every party should have moved money: %+v", res)
	}
	if want := chain.Tokens(10_000); res.Slashed.Cmp(want) != 0 { // 10% of 100,000 staked
		t.Fatalf("slashed %s, want %s", res.Slashed, want)
	}
	// The failed provider was paid only for the 4 s × 2 GPUs it served (at most), never more.
	if max := new(big.Int).Mul(big.NewInt(5e17), big.NewInt(2*5)); res.PaidProvider.Cmp(max) > 0 {
		t.Fatalf("provider 1 paid %s, more than 2 GPUs × 5 s × price = %s", res.PaidProvider, max)
	}
	if !strings.Contains(out.String(), "adds up to the wei ✓") {
		t.Fatalf("journey output lacks the final check:\n%s", out.String())
	}
}
