package runtime

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
)

// Supervise keeps the supervised containers healthy until ctx ends: every HealthInterval it
// inspects each job's container and checks its health. A container that exited, vanished or
// failed HealthFailures checks in a row (after its StartGrace) is replaced by a new container,
// after a backoff that doubles each time, at most MaxRestarts times; then the job fails with
// an EventFailed whose message holds the reason and the container's last log lines. The failed
// job's containers stay (stopped) so their logs and run time can be read until Stop or Reap.
//
// A container that is still starting (not yet healthy, within its StartGrace) is checked every
// startPoll as well, so that it is reported healthy — and the job running — within a fraction of
// a second of answering, not up to a whole HealthInterval later.
func (r *Runtime) Supervise(ctx context.Context) error {
	tick := time.NewTicker(r.cfg.HealthInterval)
	defer tick.Stop()
	fast := time.NewTicker(min(r.cfg.HealthInterval, startPoll))
	defer fast.Stop()
	all := true
	for {
		for _, job := range r.Jobs() {
			if t := r.tracked(job); t != nil && (all || r.starting(t)) {
				r.check(ctx, t)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
			all = true
		case <-fast.C:
			all = false
		}
	}
}

// startPoll is how often a starting container's health is checked.
const startPoll = 250 * time.Millisecond

// starting: t's container runs but has not answered its health check yet, within its StartGrace
// (failed checks then do not count, so checking often changes nothing but how soon it is seen).
func (r *Runtime) starting(t *tracked) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return !t.healthy && !t.removed && !t.failed && !t.completed && t.containerID != "" && t.restartAt.IsZero() &&
		time.Since(t.startedAt) < r.cfg.StartGrace
}

// check runs one supervision step for a job.
func (r *Runtime) check(ctx context.Context, t *tracked) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.removed || t.failed || t.completed || t.containerID == "" || ctx.Err() != nil {
		return
	}
	now := time.Now()
	if !t.restartAt.IsZero() {
		if now.After(t.restartAt) {
			r.replace(ctx, t)
		}
		return
	}
	info, err := r.docker.ContainerInspect(ctx, t.containerID)
	switch {
	case cerrdefs.IsNotFound(err):
		r.down(ctx, t, EventExited, "container disappeared (removed outside the agent)")
		return
	case err != nil:
		if ctx.Err() == nil {
			r.log.Warn("inspect container", "job", t.dep.Job.ID, "round", t.dep.Job.Round, "err", err)
		}
		return
	case info.State == nil:
		return
	case !info.State.Running && t.dep.Batch && info.State.ExitCode == 0 && !info.State.OOMKilled:
		t.completed = true
		r.emit(Event{Kind: EventCompleted, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt, Message: "the batch container exited with code 0"})
		return
	case !info.State.Running:
		reason := fmt.Sprintf("container exited with code %d", info.State.ExitCode)
		if info.State.OOMKilled {
			reason += " (killed: out of memory)"
		}
		if info.State.Error != "" {
			reason += ": " + info.State.Error
		}
		r.down(ctx, t, EventExited, reason)
		return
	}
	if t.dep.Batch { // running is all a batch container has to show
		if !t.healthy {
			t.healthy = true
			r.emit(Event{Kind: EventHealthy, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt})
		}
		return
	}
	if err := r.probe(ctx, t.addr, t.dep.HealthPath); err != nil {
		if ctx.Err() != nil || (!t.healthy && now.Sub(t.startedAt) < r.cfg.StartGrace) {
			return // still starting
		}
		t.healthFails++
		if t.healthFails >= r.cfg.HealthFailures {
			what := "started"
			if !t.healthy {
				what = fmt.Sprintf("did not become healthy within %s", r.cfg.StartGrace)
			}
			r.down(ctx, t, EventUnhealthy, fmt.Sprintf("container failed %d health checks in a row (%s): %v", t.healthFails, what, err))
		}
		return
	}
	t.healthFails = 0
	if !t.healthy {
		t.healthy = true
		r.emit(Event{Kind: EventHealthy, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt})
	}
}

// down handles a container that stopped serving: it is stopped (kept for its logs and run time)
// and a replacement is scheduled, or the job fails when its restarts are used up.
func (r *Runtime) down(ctx context.Context, t *tracked, kind EventKind, reason string) {
	grace := int(math.Ceil(r.cfg.StopGrace.Seconds()))
	if err := r.docker.ContainerStop(ctx, t.containerID, container.StopOptions{Timeout: &grace}); err != nil && !cerrdefs.IsNotFound(err) {
		r.log.Warn("stop failed container", "job", t.dep.Job.ID, "container", shortID(t.containerID), "err", err)
	}
	if t.restarts >= r.cfg.MaxRestarts {
		r.fail(ctx, t, reason)
		return
	}
	backoff := r.cfg.RestartBackoff << t.restarts
	if backoff > r.cfg.MaxBackoff || backoff <= 0 {
		backoff = r.cfg.MaxBackoff
	}
	t.restartAt = time.Now().Add(backoff)
	r.emit(Event{Kind: kind, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt,
		Message: fmt.Sprintf("%s; replacing it in %s (restart %d of %d)", reason, backoff, t.restarts+1, r.cfg.MaxRestarts)})
}

// replace starts the next container of the job after a backoff.
func (r *Runtime) replace(ctx context.Context, t *tracked) {
	img, err := r.ensureImage(ctx, t.dep)
	if err == nil {
		port := t.port
		if r.cfg.Network == NetworkJob {
			port = 0 // the container gets its own address; the service port comes from the deployment
		}
		err = r.start(ctx, t, placement{user: img.user, volumes: img.volumes, hostPort: port, attempt: t.attempt + 1, restarts: t.restarts + 1})
	}
	if err != nil {
		if ctx.Err() != nil {
			return // shutting down: the next agent process resumes from the labels
		}
		r.fail(ctx, t, fmt.Sprintf("could not start a replacement container: %v", err))
		return
	}
	r.emit(Event{Kind: EventRestarted, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt,
		Message: fmt.Sprintf("restart %d of %d", t.restarts, r.cfg.MaxRestarts)})
}

// fail marks the job failed and reports why, with the last log lines of its last container.
func (r *Runtime) fail(ctx context.Context, t *tracked, reason string) {
	t.failed, t.restartAt = true, time.Time{}
	msg := fmt.Sprintf("%s after %d restart(s)", reason, t.restarts)
	logs, err := r.tailLogs(ctx, t.containerID, r.cfg.LogTail)
	switch {
	case err != nil:
		msg += fmt.Sprintf("; its logs could not be read: %v", err)
	case logs == "":
		msg += "; it wrote no log lines"
	default:
		msg += fmt.Sprintf("; last log lines of container %s:\n%s", shortID(t.containerID), logs)
	}
	r.emit(Event{Kind: EventFailed, Job: t.dep.Job, ContainerID: t.containerID, Attempt: t.attempt, Message: msg})
}

// ErrNotRunning is returned by WaitHealthy when the job's container stopped before it was healthy.
var ErrNotRunning = errors.New("container is not running")

// WaitHealthy waits until the job's current container passes its health check, and fails
// early, with the container's last log lines, when the container stops first.
func (r *Runtime) WaitHealthy(ctx context.Context, job Job) error {
	poll := min(r.cfg.HealthInterval, 250*time.Millisecond)
	for {
		t := r.tracked(job)
		if t == nil {
			return fmt.Errorf("wait for %s to be healthy: the job is not supervised (call Ensure or Reattach)", job)
		}
		t.mu.Lock()
		id, addr, path := t.containerID, t.addr, t.dep.HealthPath
		t.mu.Unlock()
		info, err := r.docker.ContainerInspect(ctx, id)
		if err != nil {
			return fmt.Errorf("wait for %s to be healthy: inspect container %s: %w", job, shortID(id), err)
		}
		if info.State == nil || !info.State.Running {
			code := -1
			if info.State != nil {
				code = info.State.ExitCode
			}
			logs, _ := r.tailLogs(ctx, id, r.cfg.LogTail)
			return fmt.Errorf("wait for %s to be healthy: %w (exit code %d); last log lines:\n%s", job, ErrNotRunning, code, logs)
		}
		perr := r.probe(ctx, addr, path)
		if perr == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %s to be healthy: %w (last check: %v)", job, ctx.Err(), perr)
		case <-time.After(poll):
		}
	}
}
