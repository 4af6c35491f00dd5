package api_test

import (
	"math/big"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestScaleToZero: a service with minReplicas 0 stops its deployment after scaleToZeroAfter
// without a request: the trail says so, the job shows it, and its provider keeps the round on
// chain with no stake moved. Woken (as a gateway does), it serves again once its provider reports
// the deployment running, and the idle clock starts afresh. The refusals name their field.
func TestScaleToZero(t *testing.T) {
	s, client, provs := replicaMarket(t, map[string]string{"provider": "eu"})
	zero, two, sixty, thirty := 0, 2, 60, 30
	for _, bad := range []struct {
		mutate func(*apiv1.JobRequest)
		want   string
	}{
		{func(r *apiv1.JobRequest) { r.MinReplicas, r.Kind = &zero, apiv1.Batch }, "only a service scales to zero"},
		{func(r *apiv1.JobRequest) { r.ScaleToZeroAfter = &sixty }, "give minReplicas 0 too"},
		{func(r *apiv1.JobRequest) { r.Replicas, r.MinReplicas, r.ScaleToZeroAfter = &two, &two, &sixty }, "give minReplicas 0 too"},
		{func(r *apiv1.JobRequest) { r.MinReplicas, r.ScaleToZeroAfter = &zero, &thirty }, "between 60 and 604800"},
	} {
		req := defaultJob()
		bad.mutate(&req)
		r, err := client.SubmitJobWithResponse(ctx, req)
		if err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), bad.want) {
			t.Errorf("want 422 %q, got %v %s", bad.want, err, body(r))
		}
	}
	req := defaultJob()
	req.MinReplicas = &zero
	if job := s.submit(client, "client", req); job.ScaleToZeroAfter == nil || *job.ScaleToZeroAfter != 15*60 {
		t.Errorf("default idle time: %v", job.ScaleToZeroAfter)
	}
	req.ScaleToZeroAfter = &sixty
	job := s.submit(client, "client", req)
	if job.MinReplicas == nil || *job.MinReplicas != 0 || job.ReplicasTarget == nil || *job.ReplicasTarget != 1 || *job.ScaleToZeroAfter != 60 {
		t.Fatalf("the view: min %v target %v after %v", job.MinReplicas, job.ReplicasTarget, job.ScaleToZeroAfter)
	}
	b := s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)
	if r, err := provs["provider"].PlaceBidWithResponse(ctx, job.Id, b); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(provs["provider"], 10)
	s.tick() // award
	running := func() {
		t.Helper()
		if r, err := provs["provider"].ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateRunning}); err != nil || r.JSON200 == nil {
			t.Fatalf("report running: %v %s", err, body(r))
		}
	}
	running()
	requests := func(n int) {
		t.Helper()
		if err := s.db.Exec(`INSERT INTO market.deployment_usage (job_id, requests) VALUES (?, ?)
			ON CONFLICT (job_id) DO UPDATE SET requests = market.deployment_usage.requests + excluded.requests`, job.Id, n).Error; err != nil {
			t.Fatal(err)
		}
	}
	window := func() apiv1.Job {
		t.Helper()
		s.clk.Advance(31 * time.Second)
		s.heartbeat(provs["provider"], 10)
		s.tick()
		return s.getJob(client, job.Id)
	}
	s.tick() // the first sample
	requests(5)
	// Requests in each window keep it up, however long it runs.
	for range 3 {
		if got := window(); got.ZeroSince != nil {
			t.Fatalf("scaled to zero with requests coming: %v", kinds(*got.Events))
		}
		requests(1)
	}
	// Idle: 31 s, then 62 s: past 60 s without a request, the deployment stops.
	if got := window(); got.ZeroSince != nil {
		t.Fatal("scaled to zero at the first idle window")
	}
	if got := window(); got.ZeroSince != nil {
		t.Fatal("scaled to zero 31 s into its idle time, before 60 s")
	}
	got := window()
	if got.ZeroSince == nil || got.ReplicasTarget == nil || *got.ReplicasTarget != 0 || got.State != apiv1.JobStateRunning {
		t.Fatalf("after 62 s idle: zero since %v target %v state %s; trail %v", got.ZeroSince, got.ReplicasTarget, got.State, kinds(*got.Events))
	}
	round, err := s.c.Contracts.Round(ctx, uint64(*job.ChainJobId), 1, chaintest.Addr("provider"))
	if err != nil || round.State != chain.RoundRunning {
		t.Fatalf("at zero, the provider's round: %+v %v, want it still running", round, err)
	}
	// At zero, nothing more happens: no second entry, however long.
	window()
	// A gateway wakes it; the provider's running report ends the wake.
	if err := s.db.Exec(`UPDATE market.jobs SET zero_since = NULL, waking_since = ?, replicas_target = 1 WHERE id = ?`, s.clk.Now(), job.Id).Error; err != nil {
		t.Fatal(err)
	}
	s.clk.Advance(2 * time.Second)
	running()
	got = s.getJob(client, job.Id)
	if got.WakingSince != nil || got.ZeroSince != nil {
		t.Fatalf("after the running report: waking %v zero %v", got.WakingSince, got.ZeroSince)
	}
	var trail []string
	for _, e := range s.trail(client, job.Id) {
		trail = append(trail, deref(e.Kind))
		if k := deref(e.Kind); (k == "scaled_to_zero" && !regexp.MustCompile(`no request for 1m[23]s`).MatchString(deref(e.Reason))) ||
			(k == "scaled_up_from_zero" && !regexp.MustCompile(`again, 2(\.\d+)?s after a request woke it`).MatchString(deref(e.Reason))) {
			t.Errorf("%s says %q", k, deref(e.Reason))
		}
	}
	if strings.Count(strings.Join(trail, " "), "scaled_to_zero") != 1 || !subsequence(trail, []string{"scaled_to_zero", "scaled_up_from_zero"}) {
		t.Errorf("trail %v", trail)
	}
	// Awake again, the idle clock starts afresh: one idle window is not enough.
	window()
	if got := window(); got.ZeroSince != nil {
		t.Errorf("scaled to zero again at once after waking: %v", kinds(*got.Events))
	}
}
