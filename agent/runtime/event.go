package runtime

import (
	"fmt"
	"time"
)

// EventKind says what happened to a job's container.
type EventKind string

const (
	EventPull      EventKind = "pull"      // progress of an image pull (Message, Layer, Current, Total)
	EventStarted   EventKind = "started"   // Ensure started a new container
	EventAdopted   EventKind = "adopted"   // an existing container was taken over (Reattach, Ensure)
	EventHealthy   EventKind = "healthy"   // the container answered its health check for the first time
	EventUnhealthy EventKind = "unhealthy" // the container failed its health checks and is being replaced
	EventExited    EventKind = "exited"    // the container stopped on its own and is being replaced
	EventRestarted EventKind = "restarted" // a replacement container was started
	EventFailed    EventKind = "failed"    // restarts are exhausted: the job has failed (Message is why)
	EventStopped   EventKind = "stopped"   // Stop or Reap removed the job's containers
	EventCompleted EventKind = "completed" // a batch job's container exited with code 0
)

// Event reports progress and lifecycle changes to the agent, which turns them into job status.
type Event struct {
	Kind        EventKind
	Job         Job
	ContainerID string
	Attempt     int
	// Message is human-readable: a pull status line, an exit code, or for EventFailed the reason
	// followed by the container's last log lines.
	Message string
	// Layer, Current and Total describe EventPull progress of one image layer in bytes.
	Layer          string
	Current, Total int64
	Time           time.Time
}

func (e Event) String() string {
	s := fmt.Sprintf("%s %s", e.Job, e.Kind)
	if e.Attempt > 0 {
		s += fmt.Sprintf(" (attempt %d)", e.Attempt)
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

func (r *Runtime) emit(e Event) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	if e.Kind != EventPull {
		r.log.Info("container event", "job", e.Job.ID, "round", e.Job.Round, "event", string(e.Kind),
			"attempt", e.Attempt, "container", shortID(e.ContainerID), "message", e.Message)
	}
	if r.cfg.Progress != nil {
		r.cfg.Progress(e)
	}
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
