package agent

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the agent's Prometheus series; each agent has its own registry, so that tests and
// the dev stack can run several agents in one process.
type metrics struct {
	reg         *prometheus.Registry
	bids        *prometheus.CounterVec // outcome: placed, refused
	won         prometheus.Counter
	deployments *prometheus.CounterVec // outcome: healthy, failed, stopped
	deployTime  prometheus.Histogram
	restarts    prometheus.Counter
	reports     *prometheus.CounterVec // outcome: sent, accepted, rejected, error
	gpuUtil     *prometheus.GaugeVec
	gpuTemp     *prometheus.GaugeVec
	gpuPower    *prometheus.GaugeVec
	jobUsage    *prometheus.GaugeVec   // requests and tokens the runtime counted, by job round
	refused     *prometheus.CounterVec // endpoint requests refused, by reason
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		bids: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_agent_bids_total",
			Help: "Bids sent, by outcome (placed: accepted by the API; refused)."}, []string{"outcome"}),
		won: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_agent_bids_won_total",
			Help: "Job rounds awarded to this provider."}),
		deployments: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_agent_deployments_total",
			Help: "Deployments by outcome (healthy, failed, stopped)."}, []string{"outcome"}),
		deployTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "gintonic_agent_deploy_seconds",
			Help:    "From the award reaching the agent to the container answering its health check.",
			Buckets: []float64{0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600}}),
		restarts: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_agent_container_restarts_total",
			Help: "Failed containers replaced by the supervisor."}),
		reports: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_agent_usage_reports_total",
			Help: "Signed usage reports, by outcome (sent, accepted, rejected, error)."}, []string{"outcome"}),
		gpuUtil: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "gintonic_agent_gpu_utilization_percent",
			Help: "NVML GPU utilization."}, []string{"uuid", "model"}),
		gpuTemp: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "gintonic_agent_gpu_temperature_celsius",
			Help: "NVML GPU temperature."}, []string{"uuid", "model"}),
		gpuPower: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "gintonic_agent_gpu_power_watts",
			Help: "NVML GPU power draw."}, []string{"uuid", "model"}),
		jobUsage: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "gintonic_agent_job_usage",
			Help: "Cumulative requests and tokens the job's runtime reported (counter: requests, prompt_tokens, completion_tokens)."},
			[]string{"job", "round", "counter"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_agent_endpoint_refused_total",
			Help: "Requests to the provider endpoint refused for want of a valid gateway pass, by reason (missing, malformed, expired, too_long, wrong_provider, bad_signature, not_controller, wrong_round, replayed, unverifiable, not_running, route)."},
			[]string{"reason"}),
	}
	m.reg.MustRegister(m.bids, m.won, m.deployments, m.deployTime, m.restarts, m.reports, m.gpuUtil, m.gpuTemp, m.gpuPower, m.jobUsage, m.refused,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// MetricsHandler serves the agent's Prometheus metrics.
func (a *Agent) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(a.metrics.reg, promhttp.HandlerOpts{})
}

// ServeMetrics serves MetricsHandler at /metrics on ln until ctx ends.
func (a *Agent) ServeMetrics(ctx context.Context, ln net.Listener) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", a.MetricsHandler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve metrics on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		if err := <-served; !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve metrics on %s: %w", ln.Addr(), err)
		}
		return nil
	}
}
