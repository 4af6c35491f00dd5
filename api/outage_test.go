package api_test

import (
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// runningJob brings a job to running on "provider" (the cheaper, closer bid) with "backup" as its
// backup, the controller past its start-up grace.
func runningJob(t *testing.T) (s *stack, client, prov, backup *apiclient.Client, job apiv1.Job) {
	t.Helper()
	s = newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov = s.provider(a, "provider", "eu", 8)
	backup = s.provider(a, "backup", "us", 90)
	s.sync()
	client = s.login(a, "client")
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	job = s.submit(client, "client", defaultJob())
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	if r, err := backup.PlaceBidWithResponse(ctx, job.Id, s.signBid("backup", *job.ChainJobId, big.NewInt(45e16), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("backup bid: %v %s", err, body(r))
	}
	// Past the controller's start-up grace, bidding closes and the job is awarded and runs.
	s.clk.Advance(45 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning} {
		if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.JSON200 == nil {
			t.Fatalf("report %s: %v %s", st, err, body(r))
		}
	}
	return s, client, prov, backup, job
}

// TestControllerOutageMovesNothing: a controller cut off for longer than the heartbeat timeout sees
// every provider silent at once when it comes back. That is its own outage, not theirs: it fails
// nothing over and signs no fault observation, and once the providers' heartbeats reach it again
// the job keeps running where it was. (At 61b54d6 every running job was failed over and its
// provider slashed 10 % of its stake on recovery.)
func TestControllerOutageMovesNothing(t *testing.T) {
	s, client, prov, backup, job := runningJob(t)
	got := s.getJob(client, job.Id)
	if got.State != apiv1.JobStateRunning || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("before the outage: state %s provider %v", got.State, got.Provider)
	}
	stakes := map[string]*big.Int{}
	for _, n := range []string{"provider", "backup"} {
		stakes[n], _ = s.c.Contracts.StakeOf(ctx, chaintest.Addr(n))
	}

	// The controller is cut off for two minutes: no heartbeat reaches it.
	s.clk.Advance(2 * time.Minute)
	s.tick()
	// The providers' heartbeats reach it again; a few ticks pass, then its grace period too.
	for range 3 {
		s.heartbeat(prov, 8)
		s.heartbeat(backup, 90)
		s.tick()
		s.clk.Advance(4 * time.Second)
	}
	s.clk.Advance(40 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()

	got = s.getJob(client, job.Id)
	if got.State != apiv1.JobStateRunning || *got.Provider != chaintest.Addr("provider").Hex() || *got.Round != 1 {
		t.Fatalf("after the controller's outage: state %s provider %v round %v; trail %v", got.State, got.Provider, got.Round, kinds(*got.Events))
	}
	onChain, _ := s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if onChain.State != 2 || onChain.Round != 1 {
		t.Fatalf("escrow after the outage: state %d round %d, want still running round 1", onChain.State, onChain.Round)
	}
	var observations int64
	if err := s.db.Raw(`SELECT count(*) FROM market.fault_observations`).Scan(&observations).Error; err != nil {
		t.Fatal(err)
	}
	if observations != 0 {
		t.Fatalf("%d fault observations signed after the controller's own outage", observations)
	}
	for n, before := range stakes {
		if after, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr(n)); after.Cmp(before) != 0 {
			t.Errorf("%s's stake moved: %s → %s", n, before, after)
		}
	}
}

// TestUnreachableProviderFailsOver: an agent that keeps heartbeating while its endpoint refuses the
// gateway serves nobody. The gateway records it; once no request got through for the heartbeat
// timeout, the controller fails the job over to the backup. That is no reported silence (its
// heartbeats were answered), so nothing is signed and no stake moves.
func TestUnreachableProviderFailsOver(t *testing.T) {
	s, client, prov, backup, job := runningJob(t)
	key := createKey(t, client, job.Id)
	if key.JSON201 == nil {
		t.Fatalf("create key: %s", body(key))
	}
	// The provider's endpoint (127.0.0.1:9) refuses connections: the client gets a 502 that says so.
	req, _ := http.NewRequest(http.MethodPost, s.apis[0].url+"/v1/completions", strings.NewReader(`{"model":"m","prompt":"hi"}`))
	req.Header.Set("Authorization", "Bearer "+key.JSON201.Key)
	req.Header.Set("Content-Type", "application/json")
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rsp.Body)
	rsp.Body.Close()
	if rsp.StatusCode != http.StatusBadGateway || !strings.Contains(string(b), "does not answer") {
		t.Fatalf("request to an unreachable provider: %d %s", rsp.StatusCode, b)
	}
	before, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("provider"))

	// Its agent keeps heartbeating, but this controller cannot reach the endpoint either (its own
	// probes of /healthz fail): the job fails over at the next tick, long before the heartbeat
	// timeout, with the reason; no fault is observed (it is not silent) and no stake moves.
	s.clk.Advance(2 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	got := s.getJob(client, job.Id)
	if *got.Provider != chaintest.Addr("backup").Hex() || *got.Round != 2 {
		t.Fatalf("after the controller confirmed it: provider %v round %v; trail %v", got.Provider, got.Round, kinds(*got.Events))
	}
	var why string
	for _, e := range *got.Events {
		if e.Kind != nil && *e.Kind == "provider_failed" {
			why = *e.Reason
		}
	}
	if !strings.Contains(why, "the gateway cannot reach provider") || !strings.Contains(why, "and neither can controller ctl-eu") {
		t.Errorf("failover reason %q does not say the gateway and the controller could not reach it", why)
	}
	// It heartbeats after its failover: it was not silent, so its round is cleared, never reported.
	s.clk.Advance(time.Second)
	s.heartbeat(prov, 8)
	s.tick()
	got = s.getJob(client, job.Id)
	cleared := false
	for _, e := range *got.Events {
		if e.Kind != nil && *e.Kind == "fault_observed" {
			t.Errorf("a fault observation was signed for a provider that kept heartbeating: %s", *e.Reason)
		}
		cleared = cleared || e.Kind != nil && *e.Kind == "silence_cleared"
	}
	if !cleared {
		t.Errorf("the round of a provider that heartbeats again is not cleared: %v", kinds(*got.Events))
	}
	if after, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("provider")); after.Cmp(before) != 0 {
		t.Errorf("stake moved: %s → %s", before, after)
	}
}

// TestProviderCannotFloodTheTrail: a provider alternating deploying and running reports, or
// repeating completed, adds a bounded number of trail entries instead of two per round trip (at
// 61b54d6 every report was a new entry and the trail's first 1000 entries hid later failovers;
// offchain audit F14).
func TestProviderCannotFloodTheTrail(t *testing.T) {
	s, client, prov, _, job := runningJob(t)
	before := len(s.trail(client, job.Id))
	for i := 0; i < 50; i++ {
		for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning, apiv1.StatusReportStateCompleted} {
			if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.StatusCode() >= 500 {
				t.Fatalf("report %s: %v %s", st, err, body(r))
			}
		}
	}
	if added := len(s.trail(client, job.Id)) - before; added > 3 {
		t.Fatalf("150 reports added %d trail entries: %v", added, kinds(s.trail(client, job.Id)))
	}
}
