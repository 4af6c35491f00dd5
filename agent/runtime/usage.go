package runtime

import (
	"context"
	"fmt"
	"time"

	"github.com/docker/docker/api/types/container"
)

// Run is one container's life, from the engine's own timestamps (State.StartedAt and
// State.FinishedAt), so it survives agent restarts.
type Run struct {
	ContainerID string
	Attempt     int
	StartedAt   time.Time // zero when the container never started
	FinishedAt  time.Time // zero while it runs
	Running     bool
}

// Duration is how long the container ran, up to now when it still runs.
func (r Run) Duration(now time.Time) time.Duration {
	switch {
	case r.StartedAt.IsZero():
		return 0
	case r.Running || r.FinishedAt.IsZero():
		return max(0, now.Sub(r.StartedAt))
	default:
		return max(0, r.FinishedAt.Sub(r.StartedAt))
	}
}

// Usage is the run time of all containers of a job round, restarts included. Every restart
// is a new container, so no run is ever overwritten by the next one.
type Usage struct {
	Job  Job
	Runs []Run // by attempt
}

// Duration sums the runs: what the agent meters as container run time (times the job's GPUs
// for GPU-seconds).
func (u Usage) Duration(now time.Time) time.Duration {
	var d time.Duration
	for _, r := range u.Runs {
		d += r.Duration(now)
	}
	return d
}

// Usage reports the run time of the job's containers that still exist (Stop and Reap return
// the last Usage before removing them).
func (r *Runtime) Usage(ctx context.Context, job Job) (Usage, error) {
	list, err := r.list(ctx, &job)
	if err != nil {
		return Usage{}, err
	}
	return r.usageOf(ctx, job, list)
}

func (r *Runtime) usageOf(ctx context.Context, job Job, list []container.Summary) (Usage, error) {
	u := Usage{Job: job}
	for _, c := range list {
		info, err := r.docker.ContainerInspect(ctx, c.ID)
		if err != nil {
			return Usage{}, fmt.Errorf("usage of %s: inspect container %s: %w", job, shortID(c.ID), err)
		}
		if info.State == nil {
			continue
		}
		u.Runs = append(u.Runs, Run{
			ContainerID: c.ID,
			Attempt:     labelInt(c.Labels, LabelAttempt),
			StartedAt:   engineTime(info.State.StartedAt),
			FinishedAt:  engineTime(info.State.FinishedAt),
			Running:     info.State.Running,
		})
	}
	return u, nil
}

// engineTime parses the engine's RFC 3339 timestamps, where "0001-01-01T00:00:00Z" means never.
func engineTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() <= 1 {
		return time.Time{}
	}
	return t
}
