package agent

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestRestartedAgentBidsOnce: an agent restarted while bidding is open knows the bid it placed
// (from its state dir) and does not bid again; one whose state dir was lost learns it from the
// API. Neither signs a bid the API would refuse, so no nonce is spent for nothing.
func TestRestartedAgentBidsOnce(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Chain.Stake(t, "provider", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	removeContainers(t, "agent-test-provider")
	state := t.TempDir()
	ag := startAgent(t, s, in, "provider", state)
	job := submit(t, s, s.Login(in, "client"), "client", jobRequest(img))
	eventually(t, "the bid", 10*time.Second, func() bool { return strings.Contains(ag.log.String(), "msg=bid ") })
	if err := ag.halt(); err != nil {
		t.Fatal(err)
	}
	nonce, err := os.ReadFile(filepath.Join(state, "bid-nonce"))
	if err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct{ name, state, want string }{
		{"same state dir", state, ""},
		{"state dir lost", t.TempDir(), "bid placed before"},
	} {
		again := startAgent(t, s, in, "provider", c.state)
		time.Sleep(time.Second) // ten polls of the open jobs
		if err := again.halt(); err != nil {
			t.Fatal(err)
		}
		log := again.log.String()
		if strings.Contains(log, "msg=bid ") || strings.Contains(log, "no bid") {
			t.Errorf("%s: the restarted agent bid again on job %d:\n%s", c.name, job.Id, log)
		}
		if c.want != "" && !strings.Contains(log, c.want) {
			t.Errorf("%s: the log does not say %q", c.name, c.want)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(state, "bid-nonce")); string(after) != string(nonce) {
		t.Errorf("nonce counter moved from %s to %s without a bid", nonce, after)
	}
}

// TestRestartedAgentMetersOnAndSettles: the agent is stopped and started again while its job
// runs. The new agent re-attaches to the container, metering continues across the downtime
// without counting anything twice, and the signed usage reports are accepted by the API's
// settlement service and settled on chain.
func TestRestartedAgentMetersOnAndSettles(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.WithSettlement()
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	s.Chain.Stake(t, "provider", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	removeContainers(t, "agent-test-provider")
	t.Cleanup(func() { removeContainers(t, "agent-test-provider") })
	state := t.TempDir()
	ag := startAgent(t, s, in, "provider", state)
	client := s.Login(in, "client")
	job := submit(t, s, client, "client", jobRequest(img))
	eventually(t, "the bid", 10*time.Second, func() bool { return strings.Contains(ag.log.String(), "msg=bid ") })
	award(s)
	eventually(t, "job running", 40*time.Second, func() bool { return getJob(t, client, job.Id).State == apiv1.JobStateRunning })
	// The chain's clock runs only when the test mines: give the settlement's time cap room.
	s.Chain.Advance(t, 10*time.Minute)
	id := uint64(*job.ChainJobId)

	sent := func(a *running) uint64 {
		c, _ := a.agent.meter.Counters(id, 1)
		return c.Sent
	}
	eventually(t, "a usage report accepted", 10*time.Second, func() bool { return sent(ag) > 0 })
	if err := ag.halt(); err != nil {
		t.Fatal(err)
	}
	before := sent(ag)
	time.Sleep(2 * time.Second) // the container runs on without an agent

	again := startAgent(t, s, in, "provider", state)
	eventually(t, "reattach", 10*time.Second, func() bool { return again.agent.Addr(id) != "" })
	// 2 GPUs × at least the 2 s without an agent.
	eventually(t, "metering continues", 10*time.Second, func() bool { return sent(again) >= before+4 })
	if err := again.halt(); err != nil {
		t.Fatal(err)
	}
	total := sent(again)
	cs := containers(t, cli, *job.ChainJobId)
	if len(cs) != 1 {
		t.Fatalf("%d containers after the restart, want 1", len(cs))
	}
	info, err := cli.ContainerInspect(context.Background(), cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	started, _ := time.Parse(time.RFC3339Nano, info.State.StartedAt)
	if most := uint64(2 * time.Since(started).Seconds()); total > most {
		t.Fatalf("%d GPU-seconds reported for a container that ran %s on 2 GPUs: counted twice", total, time.Since(started))
	}

	again.agent.mu.Lock()
	last := again.agent.lastReport
	again.agent.mu.Unlock()
	s.Settle()
	prov := s.Login(in, "provider")
	r, err := prov.GetAttestationWithResponse(context.Background(), last)
	if err != nil || r.JSON200 == nil {
		t.Fatalf("read report %d: %v", last, err)
	}
	if r.JSON200.State != "settled" || r.JSON200.Usages[0].CumulativeGpuSeconds != int64(total) {
		t.Fatalf("last report %+v, want settled at %d GPU-seconds", *r.JSON200, total)
	}
	onChain, err := s.Chain.Contracts.Job(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if onChain.SettledGpuSeconds.Uint64() != total {
		t.Fatalf("escrow settled %s GPU-seconds, the agent reported %d", onChain.SettledGpuSeconds, total)
	}
}
