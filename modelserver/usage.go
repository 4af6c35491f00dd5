package modelserver

import (
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// meter counts served inference requests and their tokens, cumulatively since start: the
// provider agent reads /usage to bill, Prometheus scrapes /metrics.
type meter struct {
	mu      sync.Mutex
	total   usageCounts
	byModel map[string]*usageCounts

	requests, prompt, completion *prometheus.CounterVec
}

type usageCounts struct {
	Requests         int64 `json:"requests"`
	PromptTokens     int64 `json:"prompt_tokens"`
	CompletionTokens int64 `json:"completion_tokens"`
}

func newMeter(reg prometheus.Registerer) *meter {
	m := &meter{
		byModel: map[string]*usageCounts{},
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gintonic_runtime_requests_total", Help: "Completion and chat requests served, by model.",
		}, []string{"model"}),
		prompt: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gintonic_runtime_prompt_tokens_total", Help: "Prompt tokens processed, by model.",
		}, []string{"model"}),
		completion: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gintonic_runtime_completion_tokens_total", Help: "Completion tokens generated, by model.",
		}, []string{"model"}),
	}
	reg.MustRegister(m.requests, m.prompt, m.completion)
	return m
}

// record counts one request; a cancelled generation counts the tokens it did produce.
func (m *meter) record(model string, promptTokens, completionTokens int) {
	m.requests.WithLabelValues(model).Inc()
	m.prompt.WithLabelValues(model).Add(float64(promptTokens))
	m.completion.WithLabelValues(model).Add(float64(completionTokens))
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byModel[model]
	if c == nil {
		c = &usageCounts{}
		m.byModel[model] = c
	}
	for _, c := range []*usageCounts{&m.total, c} {
		c.Requests++
		c.PromptTokens += int64(promptTokens)
		c.CompletionTokens += int64(completionTokens)
	}
}

// usageReport is the /usage body: the totals, and the same per model.
type usageReport struct {
	usageCounts
	Models map[string]usageCounts `json:"models"`
}

func (m *meter) report() usageReport {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := usageReport{usageCounts: m.total, Models: make(map[string]usageCounts, len(m.byModel))}
	for k, v := range m.byModel {
		r.Models[k] = *v
	}
	return r
}

func (s *Server) usage(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.meter.report())
}
