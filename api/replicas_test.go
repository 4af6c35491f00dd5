package api_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// liveReplicas are the job's replicas that have not ended, by provider.
func liveReplicas(j apiv1.Job) map[common.Address]apiv1.Replica {
	out := map[common.Address]apiv1.Replica{}
	if j.Replicas != nil {
		for _, r := range *j.Replicas {
			if r.State != apiv1.ReplicaStateEnded {
				out[common.HexToAddress(r.Provider)] = r
			}
		}
	}
	return out
}

// TestReplicas: a service asks for two providers at once. The controller awards the best bid and
// adds the next as a replica round on chain (its share of the budget); the replica's provider lists
// the job as its own, deploys it and reports it running; when the replica's provider goes silent
// the controller ends its round on chain (no stake moves, its claim kept) and adds the spare
// bidder in its place; stopping the job ends every round.
func TestReplicas(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	provs := map[string]*apiclient.Client{
		"provider":  s.provider(a, "provider", "eu", 8),
		"backup":    s.provider(a, "backup", "eu", 20),
		"provider2": s.provider(a, "provider2", "eu", 60),
	}
	s.sync()
	client := s.login(a, "client")
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()

	// Bad replica counts are refused with the field named.
	for _, bad := range []struct {
		n    int
		kind apiv1.JobKind
		want string
	}{{0, apiv1.Service, "between 1 and 8"}, {9, apiv1.Service, "between 1 and 8"}, {2, apiv1.Batch, "only a service has replicas"}} {
		req := defaultJob()
		req.Replicas, req.Kind = &bad.n, bad.kind
		r, err := client.SubmitJobWithResponse(ctx, req)
		if err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), bad.want) {
			t.Errorf("replicas %d (%s): want 422 %q, got %v %s", bad.n, bad.kind, bad.want, err, body(r))
		}
	}

	req := defaultJob()
	two := 2
	req.Replicas = &two
	job := s.submit(client, "client", req)
	if job.ReplicasWanted == nil || *job.ReplicasWanted != 2 {
		t.Fatalf("replicasWanted: %v", job.ReplicasWanted)
	}
	for i, name := range []string{"provider", "backup", "provider2"} {
		b := s.signBid(name, *job.ChainJobId, big.NewInt(int64(5e17)+int64(i)*1e16), 1)
		if r, err := provs[name].PlaceBidWithResponse(ctx, job.Id, b); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	beat := func(names ...string) {
		for _, n := range names {
			s.heartbeat(provs[n], 10)
		}
	}
	beat("provider", "backup", "provider2")
	s.tick() // award
	beat("provider", "backup", "provider2")
	s.tick() // replicas
	got := s.getJob(client, job.Id)
	if got.Provider == nil || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("awarded to %v; trail %v", got.Provider, kinds(*got.Events))
	}
	live := liveReplicas(got)
	r, ok := live[chaintest.Addr("backup")]
	if len(live) != 1 || !ok || r.State != apiv1.ReplicaStateAwarded || r.Round != 1 || r.AwardTx == nil {
		t.Fatalf("replicas after the award: %+v; trail %v", got.Replicas, kinds(*got.Events))
	}
	// On chain: a running round of the backup beside the provider's, with half the unserved budget.
	round, err := s.c.Contracts.Round(ctx, uint64(*job.ChainJobId), 1, chaintest.Addr("backup"))
	if err != nil || round.State != chain.RoundRunning || round.Remaining.Sign() == 0 {
		t.Fatalf("replica round on chain: %+v %v", round, err)
	}

	// The replica's provider lists the job as its own and reports its container.
	mine, err := provs["backup"].ListJobsWithResponse(ctx, &apiv1.ListJobsParams{Role: ptr(apiv1.ListJobsParamsRoleProvider)})
	if err != nil || mine.JSON200 == nil || len(mine.JSON200.Jobs) != 1 || mine.JSON200.Jobs[0].Id != job.Id || mine.JSON200.Jobs[0].Replicas == nil {
		t.Fatalf("the replica's provider lists: %v %s", err, body(mine))
	}
	for _, name := range []string{"provider", "backup"} {
		for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning} {
			if r, err := provs[name].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.JSON200 == nil {
				t.Fatalf("%s reports %s: %v %s", name, st, err, body(r))
			}
		}
	}
	if r, _ := provs["provider2"].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateRunning}); r.StatusCode() != http.StatusForbidden {
		t.Errorf("a bidder that serves nothing reports: %s", body(r))
	}
	if r, _ := provs["backup"].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateCompleted}); r.StatusCode() != http.StatusConflict {
		t.Errorf("a replica completes the job: %s", body(r))
	}
	got = s.getJob(client, job.Id)
	if got.State != apiv1.JobStateRunning || liveReplicas(got)[chaintest.Addr("backup")].State != apiv1.ReplicaStateRunning {
		t.Fatalf("after the reports: %s %+v", got.State, got.Replicas)
	}

	// The replica's provider goes silent: past the controller's start-up grace and the heartbeat
	// timeout, its round ends on chain and the spare takes its place. No stake moves.
	stake, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("backup"))
	s.clk.Advance(45 * time.Second)
	beat("provider", "provider2")
	s.tick()
	beat("provider", "provider2")
	s.tick()
	got = s.getJob(client, job.Id)
	live = liveReplicas(got)
	if _, ok := live[chaintest.Addr("provider2")]; len(live) != 1 || !ok {
		t.Fatalf("after the replica died: %+v; trail %v", got.Replicas, kinds(*got.Events))
	}
	if got.Provider == nil || *got.Provider != chaintest.Addr("provider").Hex() || got.State != apiv1.JobStateRunning {
		t.Fatalf("the current round moved: %v %s", got.Provider, got.State)
	}
	ended, err := s.c.Contracts.Round(ctx, uint64(*job.ChainJobId), 1, chaintest.Addr("backup"))
	if err != nil || ended.State == chain.RoundRunning || ended.EndedAt == 0 {
		t.Fatalf("the dead replica's round on chain: %+v %v", ended, err)
	}
	if after, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("backup")); after.Cmp(stake) != 0 {
		t.Errorf("ending a replica moved stake: %s → %s", stake, after)
	}
	var reason string
	for _, e := range s.trail(client, job.Id) {
		if deref(e.Kind) == "replica_ended" {
			reason = deref(e.Reason)
		}
	}
	if !strings.Contains(reason, "missed its heartbeats") || !strings.Contains(reason, "no stake moves") {
		t.Errorf("replica_ended says %q", reason)
	}

	// Stopping the job ends every round on chain; the replicas end with it.
	stop, err := client.StopJobWithResponse(ctx, job.Id)
	if err != nil || stop.JSON200 == nil {
		t.Fatalf("stop: %v %s", err, body(stop))
	}
	s.sendUnsigned("client", *stop.JSON200)
	s.tick()
	s.tick()
	spare, err := s.c.Contracts.Round(ctx, uint64(*job.ChainJobId), 1, chaintest.Addr("provider2"))
	if err != nil || spare.State == chain.RoundRunning {
		t.Fatalf("the spare's round after the stop: %+v %v", spare, err)
	}
	if got = s.getJob(client, job.Id); len(liveReplicas(got)) != 0 {
		t.Errorf("replicas after the stop: %+v", got.Replicas)
	}
	var trail []string
	for _, e := range s.trail(client, job.Id) {
		trail = append(trail, deref(e.Kind))
	}
	want := []string{"awarded", "replica_added", "replica_running", "replica_ended", "replica_added", "stopped"}
	if !subsequence(trail, want) {
		t.Errorf("trail:\n got %v\nwant in order %v", trail, want)
	}
}
