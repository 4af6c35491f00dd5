package controller

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	awards       prometheus.Counter
	failovers    prometheus.Counter
	replicas     prometheus.Counter
	matchSeconds prometheus.Histogram
	awardSeconds prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		awards:    prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_awards_total", Help: "Jobs awarded by this controller."}),
		failovers: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_failovers_total", Help: "Provider failures handled by this controller."}),
		replicas:  prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_replicas_added_total", Help: "Replica rounds this controller awarded."}),
		matchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "gintonic_match_seconds", Help: "Time to match one job.",
			Buckets: prometheus.ExponentialBuckets(0.00005, 2, 16)}),
		awardSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "gintonic_award_tx_seconds", Help: "Time from sending an award to its receipt.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 12)}),
	}
	reg.MustRegister(m.awards, m.failovers, m.replicas, m.matchSeconds, m.awardSeconds)
	return m
}
