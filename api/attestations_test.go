package api_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
	"github.com/gintonic/gintonic/settlement/intake"
)

// TestAttestations: the awarded provider posts its signed cumulative usage to the API; the
// settlement service verifies and queues it, settles it on chain and the provider reads the
// outcome back. A forged or decreasing report is refused with its reason.
func TestAttestations(t *testing.T) {
	s := newStack(t)
	cfg := settlement.DefaultConfig(s.c.Contracts.Deployment, chaintest.Key("controller2"))
	cfg.Confirmations, cfg.BatchInterval = 1, time.Millisecond
	svc, err := settlement.New(s.db, s.c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := s.start("ctl-1", "controller", func(*api.Config) {})
	a.srv.SetSettlement(intake.Intake{S: svc})
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 5)
	other := s.provider(a, "backup", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")
	job := s.submit(c, "client", defaultJob())
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(1e17), 1)); err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.tick()
	s.c.Advance(t, 30*time.Second) // the job runs on 2 GPUs

	report := func(name string, cumulative uint64) apiv1.AttestationRequest {
		rep := chain.UsageReport{Provider: chaintest.Addr(name), Usages: []chain.Usage{{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: cumulative}}}
		sig, err := s.c.Contracts.SignUsageReport(rep, chaintest.Key(name))
		if err != nil {
			t.Fatal(err)
		}
		return apiv1.AttestationRequest{Usages: []apiv1.UsageEntry{{JobId: *job.ChainJobId, Round: 1, CumulativeGpuSeconds: int64(cumulative)}}, Signature: hexutil.Encode(sig)}
	}
	// Signed by someone else than the caller: refused with the reason.
	if r, _ := prov.SubmitAttestationWithResponse(ctx, report("backup", 40)); r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "bad_signature") {
		t.Errorf("forged report: %s", body(r))
	}
	// Not the job's provider.
	if r, _ := other.SubmitAttestationWithResponse(ctx, report("backup", 40)); r.StatusCode() != http.StatusUnprocessableEntity {
		t.Errorf("foreign job: %s", body(r))
	}
	// Served counts ride along: kept for the awarded round only, never lowered, and never a reason
	// to refuse the signed report: absurd ones (a runtime's /usage of 2^64-1 requests reaches the
	// API as -1) are clamped or dropped.
	bad := report("provider", 40)
	bad.Served = &[]apiv1.ServedUsage{{JobId: *job.ChainJobId, Round: 0, Requests: 1}, {JobId: *job.ChainJobId, Round: 1, Requests: -1, PromptTokens: -5}}
	first, err := prov.SubmitAttestationWithResponse(ctx, bad)
	if err != nil || first.JSON202 == nil {
		t.Fatalf("report with absurd served counts: %v %s", err, body(first))
	}
	if in := first.JSON202.Usages[0].Intake; in == nil || *in != "accepted" {
		t.Errorf("entry verdict %v, want accepted", in)
	}
	withServed := report("provider", 40) // the same report again, as after a lost answer: the same receipt
	withServed.Served = &[]apiv1.ServedUsage{{JobId: *job.ChainJobId, Round: 1, Requests: 12, PromptTokens: 40, CompletionTokens: 300},
		{JobId: *job.ChainJobId, Round: 2, Requests: 99}} // a round that is not the caller's: ignored
	ok, err := prov.SubmitAttestationWithResponse(ctx, withServed)
	if err != nil || ok.JSON202 == nil || ok.JSON202.Id != first.JSON202.Id {
		t.Fatalf("the same report again: %v %s, want report %d", err, body(ok), first.JSON202.Id)
	}
	if r, err := c.GetJobWithResponse(ctx, job.Id); err != nil || r.JSON200 == nil || r.JSON200.Usage == nil ||
		r.JSON200.Usage.Provider != (apiv1.RequestCounts{Requests: 12, PromptTokens: 40, CompletionTokens: 300}) {
		t.Errorf("the job's usage as its provider reports it: %v %s", err, body(r))
	}
	// Refused because its only entry cannot be paid: the problem names the entry's verdict and
	// the value intake already holds, for the agent to move on from.
	if r, _ := prov.SubmitAttestationWithResponse(ctx, report("provider", 30)); r.StatusCode() != http.StatusUnprocessableEntity ||
		!strings.Contains(string(r.Body), `"field":"usages[0]","message":"refused:not_increasing`) || !strings.Contains(string(r.Body), "(known: 40)") {
		t.Errorf("decreasing report: %s", body(r))
	}
	var st apiv1.Attestation
	for i := 0; i < 20 && st.State != "settled"; i++ {
		if err := svc.Step(ctx); err != nil {
			t.Fatal(err)
		}
		s.c.Advance(t, time.Second)
		r, err := prov.GetAttestationWithResponse(ctx, ok.JSON202.Id)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("read report: %v %s", err, body(r))
		}
		st = *r.JSON200
	}
	if st.State != "settled" || st.TxHash == nil || st.Usages[0].Amount == nil || *st.Usages[0].Amount != "4000000000000000000" {
		t.Fatalf("report after settlement: %+v", st)
	}
	if r, _ := other.GetAttestationWithResponse(ctx, ok.JSON202.Id); r.StatusCode() != http.StatusNotFound {
		t.Errorf("another provider reads the report: %s", body(r))
	}
	s.tick()
	if !strings.Contains(strings.Join(kinds(s.trail(c, job.Id)), " "), "usage_settled") {
		t.Errorf("settlement missing from the trail: %v", kinds(s.trail(c, job.Id)))
	}
}
