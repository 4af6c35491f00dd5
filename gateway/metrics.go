package gateway

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the gateway's Prometheus series. Routes are the patterns of Routes, so that file and
// job ids never become label values.
type metrics struct {
	requests *prometheus.CounterVec
	upstream *prometheus.HistogramVec
	added    *prometheus.HistogramVec
	overhead *prometheus.HistogramVec
	tokens   *prometheus.CounterVec
	// held counts requests held because their provider could not be reached; heldServed those
	// of them answered once the job was served again (by its backup, or the provider back).
	held, heldServed prometheus.Counter
	// retries counts attempts on another provider after one failed the request; served the
	// answers by the kind of target that gave them (the job's current round, or a replica).
	retries prometheus.Counter
	served  *prometheus.CounterVec
	// woken counts the deployments scaled to zero that a request of this instance started again.
	woken prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_gateway_requests_total",
			Help: "Model requests by route and the status the client got (the provider's, or the gateway's own refusal)."},
			[]string{"route", "status"}),
		upstream: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "gintonic_gateway_upstream_seconds",
			Help:    "Time from forwarding a request to the provider until its response headers arrive (a stream's first byte).",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, []string{"route"}),
		added: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "gintonic_gateway_added_seconds",
			Help:    "Latency the gateway adds to a forwarded request: key, balance and routing checks before it goes to the provider.",
			Buckets: prometheus.ExponentialBuckets(0.00005, 2, 16)}, []string{"route"}),
		overhead: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "gintonic_gateway_overhead_seconds",
			Help: "Time the gateway's handler spent on a forwarded request other than waiting on providers: its whole run " +
				"minus the round trips to the providers' response headers and the reads of their response bodies (see Timing).",
			Buckets: prometheus.ExponentialBuckets(0.00005, 2, 16)}, []string{"route"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_gateway_tokens_total",
			Help: "Tokens of non-streamed answers, by kind (prompt, completion)."}, []string{"kind"}),
		held: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_gateway_held_total",
			Help: "Requests held because their provider could not be reached, waiting for the job to be served again (a failover)."}),
		heldServed: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_gateway_held_served_total",
			Help: "Held requests answered once the job was served again, instead of failing."}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_gateway_replica_retries_total",
			Help: "Requests sent at once to another provider of their job (a replica, or the backup of a failover) after one failed them before anything reached the client."}),
		served: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gintonic_gateway_served_total",
			Help: "Provider answers passed to clients, by the target that gave them: the job's current round, or a replica."}, []string{"target"}),
		woken: prometheus.NewCounter(prometheus.CounterOpts{Name: "gintonic_gateway_woken_total",
			Help: "Deployments scaled to zero that a request started again."}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.upstream, m.added, m.overhead, m.tokens, m.held, m.heldServed, m.retries, m.served, m.woken)
	}
	return m
}

// route is the pattern of Routes that path falls under.
func route(path string) string {
	for _, r := range Routes {
		if base, ok := strings.CutSuffix(r, "/*"); ok {
			if strings.HasPrefix(path, base+"/") {
				return r
			}
		} else if path == r {
			return r
		}
	}
	return "other"
}

func (m *metrics) usage(u Usage) {
	m.tokens.WithLabelValues("prompt").Add(float64(u.PromptTokens))
	m.tokens.WithLabelValues("completion").Add(float64(u.CompletionTokens))
}

func (m *metrics) forwarded(route string, since time.Time) {
	m.added.WithLabelValues(route).Observe(time.Since(since).Seconds())
}

// statusWriter remembers the status the client got, passing flushes through for streams.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (s *statusWriter) code() string {
	if s.status == 0 {
		return "0" // the client went away before an answer
	}
	return strconv.Itoa(s.status)
}

// observation times one client request through the gateway.
type observation struct {
	route string
	start time.Time // the request arrived
	sent  time.Time // the latest attempt went to a provider
	// waited is the time spent waiting on providers so far (timedTransport).
	waited waitedNs
}

// forwarding notes that an attempt goes to the provider now; the first one ends the latency the
// gateway adds (a retry after a failover is the provider's time, not the gateway's).
func (o *observation) forwarding(m *metrics) {
	if o.sent.IsZero() {
		m.forwarded(o.route, o.start)
	}
	o.sent = time.Now()
}
