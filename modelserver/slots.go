package modelserver

import (
	"context"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// QueueMetric is the gauge of completion and chat requests admitted but waiting for a generation
// slot: the queue the engine catalogue names for the reference runtime, which the provider agent
// reads and the gateway balances on (as vLLM's vllm:num_requests_waiting).
const QueueMetric = "gintonic_runtime_requests_waiting"

// slots limits how many generations run at once. Each generation is CPU-bound on one goroutine,
// so more of them than there are cores only slows every one down; a request over the limit
// waits for a slot, and is counted as waiting while it does.
type slots struct {
	free    chan struct{}
	waiting prometheus.Gauge
}

func newSlots(n int, reg prometheus.Registerer) *slots {
	s := &slots{free: make(chan struct{}, n), waiting: prometheus.NewGauge(prometheus.GaugeOpts{
		Name: QueueMetric, Help: "Completion and chat requests waiting for a generation slot.",
	})}
	reg.MustRegister(s.waiting)
	return s
}

// take waits for a slot, or for ctx to end (the client left). The returned release gives the
// slot back.
func (s *slots) take(ctx context.Context) (release func(), err error) {
	select {
	case s.free <- struct{}{}:
		return s.release, nil
	default:
	}
	s.waiting.Inc()
	defer s.waiting.Dec()
	select {
	case s.free <- struct{}{}:
		return s.release, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for a generation slot: %w", ctx.Err())
	}
}

func (s *slots) release() { <-s.free }
