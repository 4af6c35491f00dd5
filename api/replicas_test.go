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

// TestReplicaAutoscale: a service between one and three providers scales up while the requests
// in flight per provider (what the gateway meters as busy time) stay above its target, and back
// down, ending the replica, once the load would fit in fewer.
func TestReplicaAutoscale(t *testing.T) {
	s, client, provs := replicaMarket(t, map[string]string{"provider": "eu", "backup": "eu", "provider2": "eu"})
	names := []string{"provider", "backup", "provider2"}

	three, one, negative, four := 3, 1, -1, 4
	target := float32(1)
	for _, bad := range []struct {
		min    *int
		target *float32
		want   string
	}{{&negative, nil, "minReplicas"}, {&four, nil, "minReplicas"}, {nil, &target, "give minReplicas"}} {
		req := defaultJob()
		req.Replicas, req.MinReplicas, req.TargetConcurrency = &three, bad.min, bad.target
		r, err := client.SubmitJobWithResponse(ctx, req)
		if err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), bad.want) {
			t.Errorf("min %v target %v: want 422 %q, got %v %s", bad.min, bad.target, bad.want, err, body(r))
		}
	}
	req := defaultJob()
	req.Replicas, req.MinReplicas, req.TargetConcurrency = &three, &one, &target
	job := s.submit(client, "client", req)
	if job.MinReplicas == nil || *job.MinReplicas != 1 || job.ReplicasTarget == nil || *job.ReplicasTarget != 1 {
		t.Fatalf("autoscaling in the view: min %v target %v", job.MinReplicas, job.ReplicasTarget)
	}
	for i, n := range names {
		b := s.signBid(n, *job.ChainJobId, big.NewInt(int64(5e17)+int64(i)*1e16), 1)
		if r, err := provs[n].PlaceBidWithResponse(ctx, job.Id, b); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", n, err, body(r))
		}
	}
	beat := func() {
		for _, n := range names {
			s.heartbeat(provs[n], 10)
		}
	}
	s.clk.Advance(3 * time.Second)
	beat()
	s.tick() // award
	for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning} {
		if r, err := provs["provider"].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.JSON200 == nil {
			t.Fatalf("report %s: %v %s", st, err, body(r))
		}
	}
	s.tick() // the first load sample
	if got := s.getJob(client, job.Id); len(liveReplicas(got)) != 0 {
		t.Fatalf("replicas at the minimum of one provider: %+v", got.Replicas)
	}

	// 31 s with three requests in flight on average, as the gateway meters it: above one per provider.
	busy := func(ms int64) {
		if err := s.db.Exec(`INSERT INTO market.deployment_usage (job_id, busy_ms) VALUES (?, ?)
			ON CONFLICT (job_id) DO UPDATE SET busy_ms = market.deployment_usage.busy_ms + excluded.busy_ms`, job.Id, ms).Error; err != nil {
			t.Fatal(err)
		}
	}
	busy(31 * 3000)
	s.clk.Advance(31 * time.Second)
	beat()
	s.tick()
	got := s.getJob(client, job.Id)
	live := liveReplicas(got)
	if len(live) != 1 || got.ReplicasTarget == nil || *got.ReplicasTarget != 2 {
		t.Fatalf("after a busy window: target %v, replicas %+v; trail %v", got.ReplicasTarget, got.Replicas, kinds(*got.Events))
	}
	var added common.Address
	for p := range live {
		added = p
	}
	name := ""
	for _, n := range names {
		if chaintest.Addr(n) == added {
			name = n
		}
	}
	if r, err := provs[name].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateRunning}); err != nil || r.JSON200 == nil {
		t.Fatalf("the replica reports running: %v %s", err, body(r))
	}

	// An idle window: one provider carries it; the replica is ended on chain, paid for its time.
	s.clk.Advance(31 * time.Second)
	beat()
	s.tick()
	got = s.getJob(client, job.Id)
	if len(liveReplicas(got)) != 0 || *got.ReplicasTarget != 1 {
		t.Fatalf("after an idle window: target %v, replicas %+v; trail %v", got.ReplicasTarget, got.Replicas, kinds(*got.Events))
	}
	round, err := s.c.Contracts.Round(ctx, uint64(*job.ChainJobId), 1, added)
	if err != nil || round.State == chain.RoundRunning {
		t.Fatalf("the scaled-down replica's round: %+v %v", round, err)
	}
	var trail []string
	for _, e := range s.trail(client, job.Id) {
		trail = append(trail, deref(e.Kind))
		if k := deref(e.Kind); (k == "scaled_up" && !strings.Contains(deref(e.Reason), "3.0 requests in flight")) ||
			(k == "replica_ended" && !strings.Contains(deref(e.Reason), "scaled the deployment down")) {
			t.Errorf("%s says %q", k, deref(e.Reason))
		}
	}
	if !subsequence(trail, []string{"scaled_up", "replica_added", "replica_running", "scaled_down", "replica_ended"}) {
		t.Errorf("trail %v", trail)
	}
}

// replicaMarket is a stack with a staked controller, providers (name → region) and a client with
// a deposit: where the replica tests start.
func replicaMarket(t *testing.T, regions map[string]string) (*stack, *apiclient.Client, map[string]*apiclient.Client) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	provs := map[string]*apiclient.Client{}
	for n, r := range regions {
		provs[n] = s.provider(a, n, r, 10)
	}
	s.sync()
	client := s.login(a, "client")
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	return s, client, provs
}

// TestReplicaRegions: with distinct regions, a replica never shares a region with another
// provider of the job; fewer replicas run when the bids cover too few regions.
func TestReplicaRegions(t *testing.T) {
	s, client, provs := replicaMarket(t, map[string]string{"provider": "eu", "backup": "eu", "provider2": "us"})
	one, yes := 1, true
	req := defaultJob()
	req.Replicas, req.DistinctRegions = &one, &yes
	if r, err := client.SubmitJobWithResponse(ctx, req); err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "distinctRegions") {
		t.Errorf("distinct regions without replicas: %v %s", err, body(r))
	}
	three := 3
	req.Replicas = &three
	job := s.submit(client, "client", req)
	if job.DistinctRegions == nil || !*job.DistinctRegions {
		t.Fatalf("distinctRegions not in the view: %+v", job.DistinctRegions)
	}
	// The eu provider is cheapest, then the other eu one, then the us one.
	for i, n := range []string{"provider", "backup", "provider2"} {
		b := s.signBid(n, *job.ChainJobId, big.NewInt(int64(5e17)+int64(i)*1e16), 1)
		if r, err := provs[n].PlaceBidWithResponse(ctx, job.Id, b); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", n, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	for range 2 {
		for _, p := range provs {
			s.heartbeat(p, 10)
		}
		s.tick()
	}
	got := s.getJob(client, job.Id)
	live := liveReplicas(got)
	if got.Provider == nil || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("awarded to %v", got.Provider)
	}
	if _, ok := live[chaintest.Addr("provider2")]; len(live) != 1 || !ok {
		t.Fatalf("replicas %+v: want only the us provider (the other eu one shares the award's region)", got.Replicas)
	}
	for _, e := range s.trail(client, job.Id) {
		if deref(e.Kind) == "replica_added" && !strings.Contains(deref(e.Reason), " in us ") {
			t.Errorf("replica_added says %q", deref(e.Reason))
		}
	}
}

// TestReplicaNewAuction: a replicated service whose auction gave too few bids stays open to bids
// while it runs; a provider that bids after the award becomes its replica.
func TestReplicaNewAuction(t *testing.T) {
	s, client, provs := replicaMarket(t, map[string]string{"provider": "eu", "backup": "eu"})
	two := 2
	req := defaultJob()
	req.Replicas = &two
	job := s.submit(client, "client", req)
	if r, err := provs["provider"].PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	for range 2 {
		for _, p := range provs {
			s.heartbeat(p, 10)
		}
		s.tick()
	}
	if got := s.getJob(client, job.Id); got.Provider == nil || len(liveReplicas(got)) != 0 {
		t.Fatalf("after the award with one bid: provider %v replicas %+v", got.Provider, got.Replicas)
	}
	// The running job still wants a replica: the other provider sees it and bids; the awarded one
	// neither sees it nor may bid again.
	open := func(name string) []int64 {
		r, err := provs[name].ListOpenJobsWithResponse(ctx, nil)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("open jobs of %s: %v %s", name, err, body(r))
		}
		var ids []int64
		for _, j := range r.JSON200.Jobs {
			ids = append(ids, j.Id)
		}
		return ids
	}
	if ids := open("backup"); len(ids) != 1 || ids[0] != job.Id {
		t.Fatalf("open jobs for the other provider: %v, want the running job %d", ids, job.Id)
	}
	if ids := open("provider"); len(ids) != 0 {
		t.Errorf("open jobs for the provider serving it: %v", ids)
	}
	if r, _ := provs["provider"].PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(4e17), 2)); r.StatusCode() != http.StatusConflict || !strings.Contains(string(r.Body), "serves job") {
		t.Errorf("the serving provider bids again: %s", body(r))
	}
	if r, err := provs["backup"].PlaceBidWithResponse(ctx, job.Id, s.signBid("backup", *job.ChainJobId, big.NewInt(6e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("a bid after the award: %v %s", err, body(r))
	}
	for _, p := range provs {
		s.heartbeat(p, 10)
	}
	s.tick()
	got := s.getJob(client, job.Id)
	if _, ok := liveReplicas(got)[chaintest.Addr("backup")]; !ok {
		t.Fatalf("the late bidder is not a replica: %+v; trail %v", got.Replicas, kinds(*got.Events))
	}
	if ids := open("backup"); len(ids) != 0 {
		t.Errorf("open jobs once the job has its replicas: %v", ids)
	}
}

// TestReplicaFailoverNewBid: the current round's provider dies while no backup is left (the only
// other bidder serves as the replica): the job fails over and serves on its replica, takes bids
// again, and the next bid becomes its current round.
func TestReplicaFailoverNewBid(t *testing.T) {
	s, client, provs := replicaMarket(t, map[string]string{"provider": "eu", "backup": "eu", "provider2": "eu"})
	two := 2
	req := defaultJob()
	req.Replicas = &two
	job := s.submit(client, "client", req)
	for i, n := range []string{"provider", "backup"} {
		if r, err := provs[n].PlaceBidWithResponse(ctx, job.Id, s.signBid(n, *job.ChainJobId, big.NewInt(int64(5e17)+int64(i)*1e16), 1)); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", n, err, body(r))
		}
	}
	beat := func(names ...string) {
		for _, n := range names {
			s.heartbeat(provs[n], 10)
		}
	}
	s.clk.Advance(3 * time.Second)
	beat("provider", "backup", "provider2")
	s.tick()
	beat("provider", "backup", "provider2")
	s.tick()
	if got := s.getJob(client, job.Id); len(liveReplicas(got)) != 1 {
		t.Fatalf("replicas after the award: %+v", got.Replicas)
	}
	// The current round's provider goes silent: failed over, no backup, the replica serves on.
	s.clk.Advance(45 * time.Second)
	beat("backup", "provider2")
	s.tick()
	got := s.getJob(client, job.Id)
	if got.State != apiv1.JobStateFailedOver || len(liveReplicas(got)) != 1 {
		t.Fatalf("after the provider died: %s, replicas %+v; trail %v", got.State, got.Replicas, kinds(*got.Events))
	}
	// A provider that did not bid sees it among the open jobs, bids, and takes the current round.
	r, err := provs["provider2"].ListOpenJobsWithResponse(ctx, nil)
	if err != nil || r.JSON200 == nil || len(r.JSON200.Jobs) != 1 || r.JSON200.Jobs[0].Id != job.Id {
		t.Fatalf("open jobs of provider2: %v %s", err, body(r))
	}
	if r, err := provs["provider2"].PlaceBidWithResponse(ctx, job.Id, s.signBid("provider2", *job.ChainJobId, big.NewInt(6e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("provider2 bids: %v %s", err, body(r))
	}
	s.clk.Advance(time.Second)
	beat("backup", "provider2")
	s.tick()
	got = s.getJob(client, job.Id)
	if got.Provider == nil || *got.Provider != chaintest.Addr("provider2").Hex() || got.Round == nil || *got.Round != 2 || got.State != apiv1.JobStateAwarded {
		t.Fatalf("after the new bid: %s provider %v round %v; trail %v", got.State, got.Provider, got.Round, kinds(*got.Events))
	}
	on, err := s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if err != nil || on.State != 2 || on.Provider != chaintest.Addr("provider2") {
		t.Fatalf("escrow after the new bid: %+v %v", on, err)
	}
	if _, ok := liveReplicas(got)[chaintest.Addr("backup")]; !ok {
		t.Errorf("the replica stopped serving: %+v", got.Replicas)
	}
}
