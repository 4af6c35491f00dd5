package api

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type metrics struct {
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	inflight  prometheus.Gauge
	inflightN atomic.Int64
	streams   prometheus.Gauge
	submitted prometheus.Counter
	bids      prometheus.Counter
}

func newMetrics(reg prometheus.Registerer, s *Server) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_api_requests_total", Help: "HTTP requests by method, route and status."},
			[]string{"method", "route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "gintonic_api_request_seconds", Help: "HTTP request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"method", "route"}),
		inflight:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "gintonic_api_inflight_requests", Help: "Requests being served."}),
		streams:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "gintonic_api_event_streams", Help: "Open status-trail event streams."}),
		submitted: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_jobs_submitted_total", Help: "Jobs submitted."}),
		bids:      prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_bids_accepted_total", Help: "Bids accepted."}),
	}
	jobs := prometheus.NewDesc("gintonic_jobs", "Jobs by state (all controllers, from Postgres).", []string{"state"}, nil)
	reg.MustRegister(m.requests, m.latency, m.inflight, m.streams, m.submitted, m.bids, jobsCollector{desc: jobs, s: s})
	return m
}

func (m *metrics) observeRequest(method, route string, status int, d time.Duration) {
	m.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(method, route).Observe(d.Seconds())
}

func (m *metrics) inflightNow() float64 { return float64(m.inflightN.Load()) }

func (m *metrics) handler(reg prometheus.Registerer) http.Handler {
	if g, ok := reg.(prometheus.Gatherer); ok {
		return promhttp.HandlerFor(g, promhttp.HandlerOpts{})
	}
	return promhttp.Handler()
}

// jobsCollector counts jobs by state at scrape time.
type jobsCollector struct {
	desc *prometheus.Desc
	s    *Server
}

func (c jobsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c jobsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var rows []struct {
		State string
		N     int64
	}
	if err := c.s.db.WithContext(ctx).Raw(`SELECT state, count(*) AS n FROM market.jobs GROUP BY state`).Scan(&rows).Error; err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for _, r := range rows {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(r.N), r.State)
	}
}
