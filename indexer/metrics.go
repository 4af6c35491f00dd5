package indexer

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

type metrics struct {
	indexed   prometheus.Gauge
	head      prometheus.Gauge
	lag       prometheus.Gauge
	events    prometheus.Counter
	rpcErrors *prometheus.CounterVec
	reorgs    prometheus.Counter
	span      prometheus.Gauge
	batch     prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	f := promauto.With(reg)
	return &metrics{
		indexed:   f.NewGauge(prometheus.GaugeOpts{Name: "gintonic_indexer_indexed_block", Help: "Last block fully mirrored into Postgres."}),
		head:      f.NewGauge(prometheus.GaugeOpts{Name: "gintonic_indexer_head_block", Help: "Chain head seen by the indexer."}),
		lag:       f.NewGauge(prometheus.GaugeOpts{Name: "gintonic_indexer_lag_blocks", Help: "Head minus indexed block."}),
		events:    f.NewCounter(prometheus.CounterOpts{Name: "gintonic_indexer_events_total", Help: "Events mirrored (rate() gives events/s)."}),
		rpcErrors: f.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_indexer_rpc_errors_total", Help: "RPC errors by kind."}, []string{"kind"}),
		reorgs:    f.NewCounter(prometheus.CounterOpts{Name: "gintonic_indexer_reorgs_total", Help: "Reorgs detected and rolled back."}),
		span:      f.NewGauge(prometheus.GaugeOpts{Name: "gintonic_indexer_getlogs_span_blocks", Help: "Current adaptive eth_getLogs range."}),
		batch:     f.NewHistogram(prometheus.HistogramOpts{Name: "gintonic_indexer_batch_seconds", Help: "Time to fetch, decode and commit one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}),
	}
}
