package agent

import (
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/engines"
)

// TestAnswersCarryTheEnginesQueue: an answer of a job served by a catalogue engine carries the
// engine's queue gauge as last scraped (at most twice a second, whatever the requests), follows
// it as it moves, and goes without it once the gauge cannot be read; a job of the client's own
// image never carries one, not even one its container sets.
func TestAnswersCarryTheEnginesQueue(t *testing.T) {
	var waiting, scrapes atomic.Int64
	var broken atomic.Bool
	engine := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/metrics" {
			scrapes.Add(1)
			if broken.Load() {
				http.Error(w, "down", http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(w, "# HELP gintonic_runtime_requests_waiting Requests waiting.\n# TYPE gintonic_runtime_requests_waiting gauge\n"+
				"gintonic_runtime_requests_waiting %d\ngintonic_runtime_requests_total{model=\"m\"} 12\n", waiting.Load())
			return
		}
		w.Header().Set(engines.QueueHeader, "999") // not the container's to say
		_, _ = io.WriteString(w, "model answer")
	}))
	defer engine.Close()
	custom := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/metrics" {
			t.Error("the agent scraped a custom image")
		}
		w.Header().Set(engines.QueueHeader, "0")
		_, _ = io.WriteString(w, "custom answer")
	}))
	defer custom.Close()

	ctl, me := testKey("controller"), testKey("provider")
	domain := chain.EscrowDomain(big.NewInt(31337), common.Address{0xe5})
	self := crypto.PubkeyToAddress(me.PublicKey)
	now := time.Unix(1_800_000_000, 0)
	a := &Agent{log: slog.New(slog.DiscardHandler), metrics: newMetrics(),
		running: map[uint64]uint64{7: 1, 8: 1},
		addrs:   map[uint64]string{7: strings.TrimPrefix(engine.URL, "http://"), 8: strings.TrimPrefix(custom.URL, "http://")},
		gate:    newGatekeeper(domain, self, controllerList{crypto.PubkeyToAddress(ctl.PublicKey): true}),
		queues:  newQueues(slog.New(slog.DiscardHandler))}
	a.gate.now = func() time.Time { return now }
	a.queues.serve(7, "gintonic")
	a.queues.serve(8, "")
	h := a.Endpoint()

	// ask sends a completion for job with a fresh pass and returns the queue header it came with.
	ask := func(job uint64) (string, bool) {
		t.Helper()
		r := httptest.NewRequest(http.MethodPost, "/v1/completions", strings.NewReader(`{"prompt":"hi"}`))
		r.Header.Set(apiv1.JobHeader, fmt.Sprint(job))
		r.Header.Set(chain.PassHeader, signedPass(t, domain, ctl, chain.NewPass(job, 1, self, http.MethodPost, "/v1/completions", now)))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || !strings.HasSuffix(w.Body.String(), "answer") {
			t.Fatalf("job %d: HTTP %d %q", job, w.Code, w.Body.String())
		}
		v := w.Result().Header.Values(engines.QueueHeader)
		if len(v) > 1 {
			t.Errorf("job %d: %d queue headers %q", job, len(v), v)
		}
		if len(v) == 0 {
			return "", false
		}
		return v[0], true
	}
	// until asks for job 7 until its answer's header is want ("": none).
	until := func(want string) {
		t.Helper()
		var got string
		var ok bool
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if got, ok = ask(7); got == want {
				return
			}
		}
		t.Fatalf("the answers carry %s %q (%v), want %q", engines.QueueHeader, got, ok, want)
	}

	waiting.Store(3)
	until("3")
	// Requests in a burst are not each a scrape.
	before, start := scrapes.Load(), time.Now()
	for range 50 {
		if got, _ := ask(7); got != "3" && got != "" {
			t.Fatalf("queue %q, want 3", got)
		}
	}
	if n, most := scrapes.Load()-before, int64(time.Since(start)/queueScrape)+1; n > most {
		t.Errorf("50 requests in %s made %d scrapes, want at most %d", time.Since(start), n, most)
	}
	waiting.Store(17)
	until("17")
	broken.Store(true)
	until("")
	broken.Store(false)
	until("17")

	for range 5 {
		if got, ok := ask(8); ok {
			t.Errorf("the custom image's answer carries %s %q", engines.QueueHeader, got)
		}
		time.Sleep(queueScrape / 4)
	}
	// A stopped job round is not scraped any more.
	a.queues.forget(7)
	if got, ok := ask(7); ok {
		t.Errorf("a forgotten job's answer carries %s %q", engines.QueueHeader, got)
	}
}

func TestQueueDepth(t *testing.T) {
	for _, tc := range []struct {
		name, metric, text string
		want               int
		err                string
	}{
		{"llama.cpp", "llamacpp:requests_deferred", "# HELP llamacpp:requests_deferred Number of requests deferred.\n# TYPE llamacpp:requests_deferred gauge\nllamacpp:requests_deferred 4\nllamacpp:requests_processing 2\n", 4, ""},
		{"vLLM, summed over models", "vllm:num_requests_waiting", "vllm:num_requests_running{model_name=\"a\"} 9.0\n" +
			"vllm:num_requests_waiting{engine=\"0\",model_name=\"a} {\\\"b\\\"\"} 2.0\nvllm:num_requests_waiting{model_name=\"c\"} 3.0 1700000000000\n", 5, ""},
		{"a longer name is another metric", "q", "q_total 8\nq 1\n", 1, ""},
		{"absent", "q", "other 1\n", 0, "no sample of q"},
		{"negative", "q", "q -1\n", 0, "not a queue length"},
		{"NaN", "q", "q NaN\n", 0, "not a queue length"},
		{"unterminated labels", "q", "q{a=\"}\" 1\n", 0, "unterminated"},
	} {
		got, err := queueDepth(strings.NewReader(tc.text), tc.metric)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: %d, %v; want an error with %q", tc.name, got, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: %d, %v; want %d", tc.name, got, err, tc.want)
		}
	}
}
