package gateway

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gintonic/gintonic/chain"
)

// TestTiming: the time a forwarded request waits on its provider (until the response headers,
// and for each part of the body) counts as upstream, not as the gateway's overhead; the observer
// attached with ObserveTiming and the gintonic_gateway_overhead_seconds histogram get the request.
func TestTiming(t *testing.T) {
	const headers, body = 40 * time.Millisecond, 40 * time.Millisecond
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		time.Sleep(headers)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, `{"id":"cmpl-1","choices":[{"text":" once`)
		w.(http.Flusher).Flush()
		time.Sleep(body)
		_, _ = io.WriteString(w, `"}],"usage":{"prompt_tokens":4,"completion_tokens":1}}`)
	}))
	defer up.Close()

	reg := prometheus.NewRegistry()
	gw := &Gateway{cfg: Config{Transport: http.DefaultTransport, Now: time.Now, Log: slog.New(slog.DiscardHandler),
		Sign: func(chain.GatewayPass) ([]byte, error) { return make([]byte, 65), nil }},
		m: newMetrics(reg), meter: &meterBatch{pending: map[int64]*count{}, armed: true}, bal: newBalancer()} // armed: no flush to a database
	endpoint, job, round := up.URL, int64(7), int64(1)
	tg := &target{Provider: make([]byte, 20), Endpoint: &endpoint, ChainJobID: &job, Round: &round}

	var got []Timing
	ctx := ObserveTiming(context.Background(), func(t Timing) { got = append(got, t) })
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/v1/completions", strings.NewReader(`{"prompt":"x"}`))
	rec := httptest.NewRecorder()
	obs := &observation{route: route(req.URL.Path), start: time.Now()}
	if o := gw.forward(rec, req, []byte(`{"prompt":"x"}`), tg, &grant{KeyID: 1, JobID: 1}, obs, true); o.err != nil {
		t.Fatal(o.err)
	}
	work := 5 * time.Millisecond // the gateway's own work after the provider answered
	time.Sleep(work)
	gw.timed(req.Context(), obs, rec.Code)

	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"completion_tokens":1`) {
		t.Fatalf("client got %d %s", rec.Code, rec.Body)
	}
	if len(got) != 1 {
		t.Fatalf("observer called %d times, want once", len(got))
	}
	tm := got[0]
	if tm.Route != "/v1/completions" || tm.Status != http.StatusOK {
		t.Errorf("timing %+v", tm)
	}
	if tm.Upstream < headers+body {
		t.Errorf("upstream %s, want at least the provider's %s", tm.Upstream, headers+body)
	}
	// Counting any of the provider's waits as overhead would put it past work+headers.
	if tm.Overhead() < work || tm.Overhead() >= work+headers {
		t.Errorf("overhead %s (total %s, upstream %s), want the %s of work after the answer and little more", tm.Overhead(), tm.Total, tm.Upstream, work)
	}
	if !strings.Contains(dump(t, reg), `gintonic_gateway_overhead_seconds_count{route="/v1/completions"} 1`) {
		t.Errorf("histogram: %s", dump(t, reg))
	}

	// A request refused before any attempt is neither observed nor counted.
	gw.timed(ctx, &observation{route: "/v1/completions", start: time.Now()}, http.StatusUnauthorized)
	if len(got) != 1 || !strings.Contains(dump(t, reg), `gintonic_gateway_overhead_seconds_count{route="/v1/completions"} 1`) {
		t.Errorf("a refused request was timed: %d observations", len(got))
	}
}

func dump(t *testing.T, reg *prometheus.Registry) string {
	t.Helper()
	rec := httptest.NewRecorder()
	promhttp.HandlerFor(reg, promhttp.HandlerOpts{}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	return rec.Body.String()
}
