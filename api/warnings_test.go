package api_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestBudgetAndDurationWarnings: the client of a running job is warned on its trail, once each,
// when 80 % and 95 % of the budget are spent and shortly before its duration ends — in GIN, with
// what is left and what to do.
func TestBudgetAndDurationWarnings(t *testing.T) {
	s := newStack(t)
	s.WithSettlement()
	a := s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	req := defaultJob()
	req.Budget = chain.Tokens(10).String() // 0.1 GIN per GPU-second: 100 GPU-seconds
	job := s.submit(client, "client", req)
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(1e17), 1)); err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.tick()
	s.c.Advance(t, 60*time.Second) // 2 GPUs for a minute: room for 120 GPU-seconds

	settle := func(gpuSeconds int64) {
		t.Helper()
		rep := chain.UsageReport{Provider: chaintest.Addr("provider"), Usages: []chain.Usage{{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: uint64(gpuSeconds)}}}
		sig, err := s.c.Contracts.SignUsageReport(rep, chaintest.Key("provider"))
		if err != nil {
			t.Fatal(err)
		}
		att, err := prov.SubmitAttestationWithResponse(ctx, apiv1.AttestationRequest{Signature: hexutil.Encode(sig),
			Usages: []apiv1.UsageEntry{{JobId: *job.ChainJobId, Round: 1, CumulativeGpuSeconds: gpuSeconds}}})
		if err != nil || att.JSON202 == nil {
			t.Fatalf("attestation: %v %s", err, body(att))
		}
		s.Settle()
		s.tick()
	}
	warnings := func(c *apiclient.Client) map[string][]string {
		out := map[string][]string{}
		for _, e := range s.trail(c, job.Id) {
			if e.Kind != nil && (strings.HasPrefix(*e.Kind, "budget_") || *e.Kind == "duration_ending") {
				out[*e.Kind] = append(out[*e.Kind], *e.Reason)
			}
		}
		return out
	}

	settle(50) // 5 of 10 GIN: no warning
	if w := warnings(client); len(w) != 0 {
		t.Fatalf("warnings at half the budget: %v", w)
	}
	settle(85) // 8.5 GIN
	w := warnings(client)
	if len(w["budget_80"]) != 1 || !strings.Contains(w["budget_80"][0], "80 % of the budget is spent: 8.5 GIN of 10 GIN, 1.5 GIN left") || len(w["budget_95"]) != 0 {
		t.Fatalf("at 85 %%: %v", w)
	}
	settle(90) // still between the marks: said once
	settle(97) // 9.7 GIN
	w = warnings(client)
	if len(w["budget_80"]) != 1 || len(w["budget_95"]) != 1 || !strings.Contains(w["budget_95"][0], "9.7 GIN of 10 GIN, 0.3 GIN left") {
		t.Fatalf("at 97 %%: %v", w)
	}

	// The duration (3600 s) ends: a warning within its last 6 minutes (a tenth), once.
	s.clk.Advance(3600*time.Second - 10*time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	if w := warnings(client); len(w["duration_ending"]) != 0 {
		t.Fatalf("warned 10 minutes before the end: %v", w["duration_ending"])
	}
	s.clk.Advance(5 * time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	s.tick()
	w = warnings(client)
	if len(w["duration_ending"]) != 1 || !strings.Contains(w["duration_ending"][0], "the job's duration (3600 s) ends at ") ||
		!strings.Contains(w["duration_ending"][0], "submit a new job before then") {
		t.Fatalf("5 minutes before the end: %v", w["duration_ending"])
	}
}
