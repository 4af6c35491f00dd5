package settlement_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/settlement"
)

// TestMetrics: with WithRegistry the service counts what an operator watches: reports queued and
// rejected by reason, batches sent, attestations settled, gas used, the settlement delay and the
// backlog.
func TestMetrics(t *testing.T) {
	e := newEnv(t)
	a := e.job(t, "provider", 2, chain.Tokens(1000))
	e.c.Advance(t, 100*time.Second)
	reg := prometheus.NewPedanticRegistry()
	s := e.service(t, nil, e.config(), settlement.WithRegistry(reg))

	e.submit(t, s, e.report(t, "provider", use(a, 1, 50)))
	if _, err := s.Submit(ctx, e.report(t, "provider", use(a, 1, 40))); settlement.ReasonOf(err) != settlement.ReasonNotIncreasing {
		t.Fatalf("decreasing report: %v", err)
	}
	if got := gauge(t, reg, "gintonic_settlement_reports_pending"); got != 1 {
		t.Errorf("pending reports before the batch: %v", got)
	}
	e.drain(t, s)

	for name, want := range map[string]float64{
		"gintonic_settlement_reports_queued_total":                            1,
		`gintonic_settlement_reports_rejected_total{reason="not_increasing"}`: 1,
		"gintonic_settlement_batches_sent_total":                              1,
		`gintonic_settlement_attestations_total{outcome="settled"}`:           1,
		"gintonic_settlement_reports_pending":                                 0,
		"gintonic_settlement_txs_in_flight":                                   0,
	} {
		if got := gauge(t, reg, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if gas := gauge(t, reg, `gintonic_settlement_gas_used_total{kind="settle_batch"}`); gas < 21_000 {
		t.Errorf("gas used by the batch: %v", gas)
	}
	if n := gauge(t, reg, "gintonic_settlement_delay_seconds"); n != 1 {
		t.Errorf("delay histogram holds %v observations, want 1", n)
	}
}

// gauge reads one sample (a histogram's count) (name with its labels as Prometheus prints them) from reg.
func gauge(t *testing.T, reg *prometheus.Registry, sample string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			name := f.GetName()
			if len(m.GetLabel()) > 0 {
				var l []string
				for _, p := range m.GetLabel() {
					l = append(l, p.GetName()+`="`+p.GetValue()+`"`)
				}
				name += "{" + strings.Join(l, ",") + "}"
			}
			if name != sample {
				continue
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			case m.Histogram != nil:
				return float64(m.Histogram.GetSampleCount())
			}
		}
	}
	t.Fatalf("no sample %s", sample)
	return 0
}
