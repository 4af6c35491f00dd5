package agent

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// fastFailures makes the runtime give up on a container after one replacement and the agent
// redeploy a failed job at once, so a test sees several failure reports in seconds.
func fastFailures(c *Config, rc *runtime.Config) {
	c.Redeploy = 300 * time.Millisecond
	rc.MaxRestarts, rc.RestartBackoff = 1, 300*time.Millisecond
}

// trail is the job's event trail as "kind: reason" lines.
func trail(t *testing.T, c *apiclient.Client, id int64) []string {
	t.Helper()
	r, err := c.ListJobEventsWithResponse(context.Background(), id, nil)
	if err != nil || r.JSON200 == nil {
		t.Fatalf("job %d trail: %v", id, err)
	}
	var out []string
	for _, e := range r.JSON200.Events {
		line := string(e.State)
		if e.Kind != nil {
			line = *e.Kind
		}
		if e.Reason != nil {
			line += ": " + *e.Reason
		}
		out = append(out, line)
	}
	return out
}

// failures are the container_failed entries of a trail.
func failures(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "container_failed") {
			out = append(out, l)
		}
	}
	return out
}

// award lets bidding close and the controller award.
func award(s *apitest.Stack) {
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond) // a heartbeat at the new time
	s.Tick()
}

// killer docker-kills every running container of the agent's job round until stop is called.
func killer(t *testing.T, cli *client.Client, agentID string, job int64, round int) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			cs, err := cli.ContainerList(ctx, container.ListOptions{Filters: filters.NewArgs(
				filters.Arg("label", runtime.LabelAgent+"="+agentID),
				filters.Arg("label", fmt.Sprintf("%s=%d", runtime.LabelJob, job)),
				filters.Arg("label", fmt.Sprintf("%s=%d", runtime.LabelRound, round)))})
			if err == nil {
				for _, c := range cs {
					// Let it write its first log lines: the failure report quotes them.
					if info, err := cli.ContainerInspect(ctx, c.ID); err == nil && info.State != nil {
						if at, err := time.Parse(time.RFC3339Nano, info.State.StartedAt); err == nil && time.Since(at) > 300*time.Millisecond {
							_ = cli.ContainerKill(ctx, c.ID, "KILL")
						}
					}
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	return func() { cancel(); <-done }
}

// TestKilledContainerFailsTheJobOver: the provider's container is killed again and again. The
// runtime replaces it a bounded number of times, then the agent reports the job failed with the
// container's last log lines on the job trail; it tries again, and after the API's threshold of
// failure reports the controller reports the failure on chain and awards the backup, whose
// container serves the job; the failed provider's containers are removed.
func TestKilledContainerFailsTheJobOver(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s, in := market(t, "provider", "backup")
	agents := map[string]*running{
		"provider": startAgent(t, s, in, "provider", t.TempDir(), fastFailures),
		"backup":   startAgent(t, s, in, "backup", t.TempDir(), fastFailures),
	}
	client := s.Login(in, "client")
	job := submit(t, s, client, "client", jobRequest(img))
	eventually(t, "both bids", 10*time.Second, func() bool {
		return strings.Contains(agents["provider"].log.String(), "msg=bid") && strings.Contains(agents["backup"].log.String(), "msg=bid")
	})
	award(s)
	eventually(t, "job running", 40*time.Second, func() bool { return getJob(t, client, job.Id).State == apiv1.JobStateRunning })
	first := getJob(t, client, job.Id)
	winner, other := "provider", "backup"
	if strings.EqualFold(*first.Provider, chaintest.Addr("backup").Hex()) {
		winner, other = "backup", "provider"
	}

	stop := killer(t, cli, "agent-test-"+winner, *job.ChainJobId, 1)
	defer stop()
	eventually(t, "three failure reports", 60*time.Second, func() bool { return len(failures(trail(t, client, job.Id))) >= 3 })
	stop()
	f := failures(trail(t, client, job.Id))[0]
	for _, want := range []string{"container exited with code 137", "after 1 restart(s)", "last log lines", "testsrv: listening on 0.0.0.0:"} {
		if !strings.Contains(f, want) {
			t.Errorf("failure report does not say %q:\n%s", want, f)
		}
	}
	eventually(t, "failover to the backup", 30*time.Second, func() bool {
		s.Tick()
		j := getJob(t, client, job.Id)
		return j.Round != nil && *j.Round == 2 && strings.EqualFold(*j.Provider, chaintest.Addr(other).Hex())
	})
	// A failover moves no stake: a container that keeps exiting is no proven provider fault.
	if st, err := s.Chain.Contracts.StakeOf(context.Background(), chaintest.Addr(winner)); err != nil || st.Cmp(chain.Tokens(100_000)) != 0 {
		t.Errorf("the failed provider's stake is %s (%v) after the failover, want its 100000 GIN untouched", st, err)
	}
	lines := strings.Join(trail(t, client, job.Id), "\n")
	for _, want := range []string{"provider_failed: the container failed 3 times", "failed_over"} {
		if !strings.Contains(lines, want) {
			t.Errorf("trail lacks %q:\n%s", want, lines)
		}
	}
	eventually(t, "the backup serving", 40*time.Second, func() bool { return getJob(t, client, job.Id).State == apiv1.JobStateRunning })
	if addr := agents[other].agent.Addr(uint64(*job.ChainJobId)); addr == "" {
		t.Error("the backup has no address for the job")
	}
	eventually(t, "the failed provider's containers removed", 10*time.Second, func() bool {
		for _, c := range containers(t, cli, *job.ChainJobId) {
			if c.Labels[runtime.LabelAgent] == "agent-test-"+winner {
				return false
			}
		}
		return true
	})
}

// TestDeployFailuresReachTheTrail: an image that does not exist, one that exits at once and a
// service whose port is taken each fail with a reason on the job trail that says what went wrong.
func TestDeployFailuresReachTheTrail(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	const exits = "gintonic/testsrv:exits"
	if err := runtimetest.BuildVariant(context.Background(), cli, exits, "ENV TESTSRV_EXIT_AFTER=1ms"); err != nil {
		t.Fatal(err)
	}
	s, in := market(t, "provider")
	ag := startAgent(t, s, in, "provider", t.TempDir(), fastFailures, func(c *Config, rc *runtime.Config) {
		c.Redeploy = time.Hour // one report each is enough here
		rc.RestartBackoff = time.Second
		rc.Network = runtime.NetworkHost // the port clash below exists only on the host's network
	})
	client := s.Login(in, "client")
	missing := submit(t, s, client, "client", jobRequest("gintonic/no-such-image:missing"))
	exiting := submit(t, s, client, "client", jobRequest(exits))
	clash := submit(t, s, client, "client", jobRequest(img))
	eventually(t, "three bids", 10*time.Second, func() bool { return strings.Count(ag.log.String(), "msg=bid ") >= 3 })
	award(s)

	// The port clash: once the service runs, kill it and take its port; its replacements cannot bind.
	eventually(t, "the service running", 40*time.Second, func() bool { return getJob(t, client, clash.Id).State == apiv1.JobStateRunning })
	addr := ag.agent.Addr(uint64(*clash.ChainJobId))
	cs := containers(t, cli, *clash.ChainJobId)
	if len(cs) != 1 || addr == "" {
		t.Fatalf("%d containers at %q", len(cs), addr)
	}
	if err := cli.ContainerKill(context.Background(), cs[0].ID, "KILL"); err != nil {
		t.Fatal(err)
	}
	var ln net.Listener
	eventually(t, "the port free", 5*time.Second, func() bool {
		var err error
		ln, err = net.Listen("tcp", addr)
		return err == nil
	})
	defer ln.Close()

	for _, c := range []struct {
		name string
		job  apiv1.Job
		want []string
	}{
		{"bad image", missing, []string{"could not be started", "gintonic/no-such-image:missing", "pulling it failed"}},
		{"exits at once", exiting, []string{"container exited with code 3", "last log lines", "exiting with code 3 as TESTSRV_EXIT_AFTER=1ms asks"}},
		{"port clash", clash, []string{"container exited with code 1", "address already in use"}},
	} {
		var f []string
		eventually(t, c.name+" reported", 40*time.Second, func() bool {
			f = failures(trail(t, client, c.job.Id))
			return len(f) > 0
		})
		for _, want := range c.want {
			if !strings.Contains(f[0], want) {
				t.Errorf("%s: the trail's reason does not say %q:\n%s", c.name, want, f[0])
			}
		}
	}
}
