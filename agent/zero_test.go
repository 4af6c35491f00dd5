package agent

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// TestScaledToZeroStopsAndWakes: when its job scales to zero, the agent removes the job's
// container but keeps the round and the job's GPUs (not offered to other jobs); when a request
// wakes the job, it starts the container again and its running report ends the wake. The meter
// counts no run time while at zero. A wake the agent did not see the zero of ends at once.
func TestScaledToZeroStopsAndWakes(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s, in := market(t, "provider")
	ag := startAgent(t, s, in, "provider", t.TempDir())

	client := s.Login(in, "client")
	req := jobRequest(img)
	zero := 0
	req.MinReplicas = &zero
	job := submit(t, s, client, "client", req)
	eventually(t, "the agent's bid", 10*time.Second, func() bool { return strings.Contains(ag.log.String(), "msg=bid") })
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond) // a heartbeat at the new time
	s.Tick()
	eventually(t, "job running", 40*time.Second, func() bool { return getJob(t, client, job.Id).State == apiv1.JobStateRunning })
	id := uint64(*job.ChainJobId)
	held := func() int {
		ag.agent.mu.Lock()
		defer ag.agent.mu.Unlock()
		return ag.agent.assigned()
	}
	if held() != 2 {
		t.Fatalf("running: %d GPUs assigned, want the job's 2", held())
	}

	// At zero (as the controller's autoscaler sets it): the container goes, the GPUs stay.
	if err := s.DB.Exec(`UPDATE market.jobs SET zero_since = now(), replicas_target = 0 WHERE id = ?`, job.Id).Error; err != nil {
		t.Fatal(err)
	}
	eventually(t, "the deployment stopped", 20*time.Second, func() bool {
		return len(containers(t, cli, *job.ChainJobId)) == 0 && ag.agent.Addr(id) == ""
	})
	if held() != 2 {
		t.Fatalf("at zero: %d GPUs assigned; want the job's 2 kept", held())
	}
	before, _ := ag.agent.meter.Counters(id, 1)
	time.Sleep(1500 * time.Millisecond)
	if after, _ := ag.agent.meter.Counters(id, 1); after.GPUSeconds != before.GPUSeconds {
		t.Errorf("the meter counted %d → %d GPU-seconds at zero", before.GPUSeconds, after.GPUSeconds)
	}

	// Woken (as a gateway does): it runs again, and its report ends the wake.
	if err := s.DB.Exec(`UPDATE market.jobs SET zero_since = NULL, waking_since = now(), replicas_target = 1 WHERE id = ?`, job.Id).Error; err != nil {
		t.Fatal(err)
	}
	eventually(t, "the deployment back", 30*time.Second, func() bool {
		j := getJob(t, client, job.Id)
		return j.WakingSince == nil && ag.agent.Addr(id) != ""
	})
	if n := len(containers(t, cli, *job.ChainJobId)); n != 1 {
		t.Fatalf("%d containers after waking, want 1", n)
	}
	j := getJob(t, client, job.Id)
	var trail []string
	for _, e := range *j.Events {
		if e.Kind != nil {
			trail = append(trail, *e.Kind)
		}
	}
	if !slices.Contains(trail, "scaled_up_from_zero") || j.State != apiv1.JobStateRunning {
		t.Errorf("after waking: %s, trail %v", j.State, trail)
	}
	if !strings.Contains(ag.log.String(), "job woken from zero") || strings.Count(ag.log.String(), "msg=bid") != 1 {
		t.Errorf("agent log:\n%s", ag.log.String())
	}

	// Scaled to zero and woken again between two of the agent's polls: its container never
	// stopped, and its report still ends the wake (else the gateway would hold the job's requests).
	addr := ag.agent.Addr(id)
	if err := s.DB.Exec(`UPDATE market.jobs SET waking_since = now() WHERE id = ?`, job.Id).Error; err != nil {
		t.Fatal(err)
	}
	eventually(t, "the wake ended", 10*time.Second, func() bool { return getJob(t, client, job.Id).WakingSince == nil })
	if got := ag.agent.Addr(id); got != addr || len(containers(t, cli, *job.ChainJobId)) != 1 {
		t.Errorf("the deployment at %s moved to %s (%d containers): want it untouched", addr, got, len(containers(t, cli, *job.ChainJobId)))
	}
	_ = ag.halt()
}
