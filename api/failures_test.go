package api_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestContainerFailures: a provider whose container fails FailureThreshold times loses the job
// to the backup on chain, with the last failure as the reason; the job's client never had to act.
// Also: a job whose client never posted the createJob hash is found through the indexer, and a
// bid nonce the escrow already consumed is refused as a replay.
func TestContainerFailures(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 5)
	backup := s.provider(a, "backup", "eu", 50)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")

	// Submit, and send createJob without telling the API.
	sub, err := c.SubmitJobWithResponse(ctx, defaultJob())
	if err != nil || sub.JSON201 == nil {
		t.Fatalf("submit: %v %s", err, body(sub))
	}
	s.sendUnsigned("client", sub.JSON201.CreateJobTx)
	s.tick()
	job := s.getJob(c, sub.JSON201.Job.Id)
	if job.State != apiv1.JobStateBidding || job.ChainJobId == nil {
		t.Fatalf("job not linked through the indexer: %s", job.State)
	}

	for name, cl := range map[string]*clientOf{"provider": {prov, 1}, "backup": {backup, 1}} {
		if r, err := cl.c.PlaceBidWithResponse(ctx, job.Id, s.signBid(name, *job.ChainJobId, big.NewInt(3e17), cl.nonce)); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.heartbeat(backup, 50)
	s.tick()
	if got := s.getJob(c, job.Id); got.State != apiv1.JobStateAwarded || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("award: %s %v", got.State, deref(got.Provider))
	}

	// Nonce 1 of the provider is spent on chain now: reusing it on another job is a replay.
	job2 := s.submit(c, "client", defaultJob())
	r, _ := prov.PlaceBidWithResponse(ctx, job2.Id, s.signBid("provider", *job2.ChainJobId, big.NewInt(3e17), 1))
	if r.StatusCode() != http.StatusConflict || !strings.Contains(string(r.Body), "already used") {
		t.Errorf("replayed nonce: %s", body(r))
	}

	// Three container failures (the default threshold) while heartbeats keep coming.
	for i := 0; i < 3; i++ {
		if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateFailed, Reason: ptr("OOMKilled: exit 137")}); err != nil || r.JSON200 == nil {
			t.Fatalf("report failure: %v %s", err, body(r))
		}
		if i < 2 {
			s.tick()
			if got := s.getJob(c, job.Id); *got.Provider != chaintest.Addr("provider").Hex() {
				t.Fatalf("failed over after %d failures", i+1)
			}
		}
	}
	if r, _ := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateFailed}); r.StatusCode() != http.StatusBadRequest {
		t.Errorf("failure without a reason: %s", body(r))
	}
	s.heartbeat(prov, 5)
	s.heartbeat(backup, 50)
	s.tick()
	got := s.getJob(c, job.Id)
	if got.State != apiv1.JobStateAwarded || *got.Provider != chaintest.Addr("backup").Hex() {
		t.Fatalf("after 3 failures: %s %v; trail %v", got.State, deref(got.Provider), kinds(*got.Events))
	}
	found := false
	for _, e := range *got.Events {
		found = found || (*e.Kind == "failed_over" && strings.Contains(*e.Reason, "OOMKilled") && strings.Contains(*e.Reason, "3 times"))
	}
	if !found {
		t.Errorf("failover reason does not carry the container's failure: %v", kinds(*got.Events))
	}
	onChain, _ := s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if onChain.Provider != chaintest.Addr("backup") || onChain.Round != 2 {
		t.Errorf("escrow: provider %s round %d", onChain.Provider, onChain.Round)
	}
}

type clientOf struct {
	c     *apiclient.Client
	nonce uint64
}

func ptr[T any](v T) *T { return &v }

// TestRateLimit: a caller over its rate gets 429 problems with Retry-After; others are unaffected.
func TestRateLimit(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) { c.RateLimit, c.RateBurst = 1, 3 })
	limited := 0
	for i := 0; i < 10; i++ {
		status, ctype, b := do(t, "GET", a.url+"/v1/providers", "", "")
		if status == http.StatusTooManyRequests {
			limited++
			if ctype != "application/problem+json" || !strings.Contains(string(b), "slow down") {
				t.Errorf("429 body: %s %s", ctype, b)
			}
		}
	}
	if limited < 6 {
		t.Errorf("%d of 10 requests limited with a burst of 3 at 1/s", limited)
	}
}
