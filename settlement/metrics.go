package settlement

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the service's Prometheus series. A Service built without WithRegistry has none, and
// every method is a no-op on a nil *metrics.
type metrics struct {
	queued   prometheus.Counter
	rejected *prometheus.CounterVec
	batches  prometheus.Counter
	settled  *prometheus.CounterVec
	gas      *prometheus.CounterVec
	delay    prometheus.Histogram
}

// WithRegistry registers the service's metrics (gintonic_settlement_*) with reg: reports queued
// and rejected by reason, batches sent, attestations settled by outcome, gas used by transaction
// kind, the delay from a report's arrival to its confirmed settlement, and the backlog.
func WithRegistry(reg prometheus.Registerer) Option {
	return func(s *Service) {
		m := &metrics{
			queued: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_settlement_reports_queued_total",
				Help: "Usage reports verified and queued."}),
			rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_settlement_reports_rejected_total",
				Help: "Usage reports refused by verification, by reason."}, []string{"reason"}),
			batches: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_settlement_batches_sent_total",
				Help: "settleBatch transactions signed and sent."}),
			settled: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_settlement_attestations_total",
				Help: "Attestations in confirmed batches, by outcome (settled, or rejected by the escrow)."}, []string{"outcome"}),
			gas: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_settlement_gas_used_total",
				Help: "Gas used by the service's confirmed transactions, by kind."}, []string{"kind"}),
			delay: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "gintonic_settlement_delay_seconds",
				Help: "From a report's arrival to its settlement being confirmed.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 14)}),
		}
		backlog := func(pick func(Backlog) int) func() float64 {
			return func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				b, err := s.Backlog(ctx)
				if err != nil {
					return -1 // the database is out of reach: the scrape shows it rather than a stale count
				}
				return float64(pick(b))
			}
		}
		reg.MustRegister(m.queued, m.rejected, m.batches, m.settled, m.gas, m.delay,
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "gintonic_settlement_reports_pending",
				Help: "Reports queued and not yet in a batch (-1 when the database cannot be read)."},
				backlog(func(b Backlog) int { return b.PendingReports })),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "gintonic_settlement_txs_in_flight",
				Help: "Transactions signed and not yet confirmed (-1 when the database cannot be read)."},
				backlog(func(b Backlog) int { return b.TxsInFlight })))
		s.metrics = m
	}
}

func (m *metrics) submitted(rc Receipt, err error) {
	if m == nil {
		return
	}
	if err == nil && !rc.Replayed {
		m.queued.Inc()
	} else if r := ReasonOf(err); r != "" {
		m.rejected.WithLabelValues(string(r)).Inc()
	}
	if err == nil && !rc.Replayed {
		for _, v := range rc.Entries {
			if v.Intake == Refused {
				m.rejected.WithLabelValues(string(v.Reason)).Inc()
			}
		}
	}
}

func (m *metrics) batchSent() {
	if m != nil {
		m.batches.Inc()
	}
}

// confirmed counts a confirmed transaction: its gas, and for a batch its outcomes and delays.
func (m *metrics) confirmed(kind string, gas uint64, b *batchOutcome) {
	if m == nil {
		return
	}
	m.gas.WithLabelValues(kind).Add(float64(gas))
	if b == nil {
		return
	}
	for outcome, n := range b.outcomes {
		m.settled.WithLabelValues(outcome).Add(float64(n))
	}
	for _, d := range b.delays {
		m.delay.Observe(d.Seconds())
	}
}

// batchOutcome is what confirming a batch settled, kept until its database transaction commits.
type batchOutcome struct {
	outcomes map[string]int // settled | rejected
	delays   []time.Duration
}
