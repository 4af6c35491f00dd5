package runtime

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
)

// supervise runs the runtime's supervision loop until the test ends.
func supervise(t *testing.T, rt *Runtime) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.Supervise(ctx)
	}()
	t.Cleanup(func() { cancel(); <-done })
}

func TestKilledContainerIsReplacedUntilTheJobFails(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, func(c *Config) { c.MaxRestarts = 2 })
	supervise(t, rt)
	d := testDeployment(201)
	c := ensureHealthy(t, rt, d)
	ids := []string{c.ID}

	for i := 1; i <= 3; i++ {
		if err := docker.ContainerKill(t.Context(), ids[len(ids)-1], "SIGKILL"); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			break
		}
		e := rec.waitFor(t, EventRestarted, i, 20*time.Second)
		if e.Attempt != i || e.ContainerID == ids[len(ids)-1] {
			t.Fatalf("restart %d: %+v, want a new container with attempt %d", i, e, i)
		}
		ids = append(ids, e.ContainerID)
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
		err := rt.WaitHealthy(ctx, d.Job)
		cancel()
		if err != nil {
			t.Fatalf("after restart %d: %v", i, err)
		}
		if body := get(t, Container{Addr: c.Addr}, "/"); !strings.Contains(body, "hello") {
			t.Fatalf("after restart %d the service answers %q on the same address", i, body)
		}
	}

	failed := rec.waitFor(t, EventFailed, 1, 20*time.Second)
	for _, want := range []string{"exited with code 137", "after 2 restart(s)", "last log lines", "testsrv: listening on 0.0.0.0:8080"} {
		if !strings.Contains(failed.Message, want) {
			t.Errorf("failure reason %q does not contain %q", failed.Message, want)
		}
	}
	if n := rec.count(EventExited); n != 2 {
		t.Errorf("%d exited events, want 2 (the third exit fails the job)", n)
	}
	time.Sleep(300 * time.Millisecond) // a failed job is not restarted any more
	if n := rec.count(EventRestarted); n != 2 {
		t.Errorf("%d restarts, want 2", n)
	}

	// Run time is kept per container across restarts, from the engine's timestamps.
	u, err := rt.Usage(t.Context(), d.Job)
	if err != nil {
		t.Fatal(err)
	}
	if len(u.Runs) != 3 {
		t.Fatalf("usage has %d runs, want 3: %+v", len(u.Runs), u)
	}
	for i, r := range u.Runs {
		if r.ContainerID != ids[i] || r.Attempt != i || r.Running || r.StartedAt.IsZero() || !r.FinishedAt.After(r.StartedAt) {
			t.Errorf("run %d: %+v", i, r)
		}
	}
	if total := u.Duration(time.Now()); total <= 0 || total > time.Minute {
		t.Errorf("total run time %s", total)
	}
	if _, err := rt.Stop(t.Context(), d.Job); err != nil {
		t.Fatal(err)
	}
	if n := len(jobContainers(t, rt, d.Job)); n != 0 {
		t.Errorf("%d containers left after stopping the failed job", n)
	}
}

func TestCrashingServiceFailsWithItsLogs(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, func(c *Config) { c.MaxRestarts = 1 })
	supervise(t, rt)
	d := testDeployment(202)
	d.Env["TESTSRV_EXIT_AFTER"] = "300ms"
	if _, err := rt.Ensure(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	failed := rec.waitFor(t, EventFailed, 1, 20*time.Second)
	for _, want := range []string{"exited with code 3", "after 1 restart(s)", "fatal: exiting with code 3 as TESTSRV_EXIT_AFTER=300ms asks"} {
		if !strings.Contains(failed.Message, want) {
			t.Errorf("failure reason %q does not contain %q", failed.Message, want)
		}
	}
	if failed.Attempt != 1 {
		t.Errorf("failed on attempt %d, want 1", failed.Attempt)
	}
}

func TestUnhealthyContainerIsReplaced(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, nil)
	supervise(t, rt)
	d := testDeployment(203)
	c := ensureHealthy(t, rt, d)
	rec.waitFor(t, EventHealthy, 1, 10*time.Second)

	resp, err := http.Get("http://" + c.Addr + "/sick")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	e := rec.waitFor(t, EventUnhealthy, 1, 20*time.Second)
	if !strings.Contains(e.Message, "503") || !strings.Contains(e.Message, "health checks in a row") {
		t.Errorf("unhealthy reason %q", e.Message)
	}
	rec.waitFor(t, EventRestarted, 1, 20*time.Second)
	rec.waitFor(t, EventHealthy, 2, 20*time.Second)

	list := jobContainers(t, rt, d.Job)
	if len(list) != 2 || list[0].State == container.StateRunning || list[1].State != container.StateRunning {
		t.Fatalf("containers %+v, want the stopped sick one and a running replacement", list)
	}
}

func TestReattachReplacesAContainerThatDiedWhileTheAgentWasDown(t *testing.T) {
	t.Parallel()
	first, _ := newRuntime(t, nil)
	d := testDeployment(204)
	c := ensureHealthy(t, first, d)
	if err := docker.ContainerKill(t.Context(), c.ID, "SIGKILL"); err != nil {
		t.Fatal(err)
	}

	second, rec := newRuntime(t, func(cfg *Config) { cfg.AgentID = first.cfg.AgentID })
	running, err := second.Reattach(t.Context())
	if err != nil || len(running) != 0 {
		t.Fatalf("reattach: %v, running %+v; want none running", err, running)
	}
	supervise(t, second)
	e := rec.waitFor(t, EventRestarted, 1, 20*time.Second)
	if e.Attempt != 1 {
		t.Errorf("replacement attempt %d, want 1", e.Attempt)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := second.WaitHealthy(ctx, d.Job); err != nil {
		t.Fatal(err)
	}
}

func TestReattachFailsAJobWhoseRestartsAreUsedUp(t *testing.T) {
	t.Parallel()
	first, _ := newRuntime(t, nil)
	d := testDeployment(205)
	c := ensureHealthy(t, first, d)
	if err := docker.ContainerKill(t.Context(), c.ID, "SIGKILL"); err != nil {
		t.Fatal(err)
	}

	second, rec := newRuntime(t, func(cfg *Config) { cfg.AgentID = first.cfg.AgentID; cfg.MaxRestarts = -1 })
	if _, err := second.Reattach(t.Context()); err != nil {
		t.Fatal(err)
	}
	supervise(t, second)
	failed := rec.waitFor(t, EventFailed, 1, 20*time.Second)
	if !strings.Contains(failed.Message, "exited with code 137 after 0 restart(s)") || failed.ContainerID != c.ID {
		t.Errorf("failure %+v", failed)
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(jobContainers(t, second, d.Job)); n != 1 || rec.count(EventRestarted) != 0 {
		t.Errorf("%d containers and %d restarts, want the one dead container and no restart", n, rec.count(EventRestarted))
	}
}

// TestStartingContainerIsSeenHealthySoon: however long the health interval (5 s in production,
// 20 s here so that the difference cannot be noise), a new container is reported healthy — and
// its job running — as soon as it answers, not at the next interval's check. (Supervision's
// first pass ran before the container could answer; the next one came a whole interval later.)
func TestStartingContainerIsSeenHealthySoon(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, func(c *Config) { c.HealthInterval, c.StartGrace = 20*time.Second, time.Minute })
	supervise(t, rt)
	time.Sleep(100 * time.Millisecond) // supervision's first pass finds nothing to check
	start := time.Now()
	if _, err := rt.Ensure(t.Context(), testDeployment(207)); err != nil {
		t.Fatal(err)
	}
	rec.waitFor(t, EventHealthy, 1, 30*time.Second)
	if took := time.Since(start); took >= 10*time.Second {
		t.Fatalf("healthy reported %v after the start, about a whole health interval: starting containers are not checked sooner", took)
	}
}
