//go:build bench

package api_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/chain"
)

// TestBenchGatewayAdded measures the latency the model gateway adds over calling the deployment
// directly, at 500 requests/s: each tick sends the same completion request once to the upstream
// and once through the gateway (key lookup, minimum-balance check, proxying, per-key metering in
// Postgres), open loop, for 5 s. The upstream answers at once, so what differs is the gateway.
func TestBenchGatewayAdded(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller", func(c *api.Config) { c.MinBalance = chain.Tokens(10); c.RateLimit, c.RateBurst = 1e6, 1e6 })
	s.deposit("client", chain.Tokens(100))
	s.sync()
	answer := []byte(`{"id":"cmpl-1","object":"text_completion","model":"m","choices":[{"index":0,"text":" there was a cat","finish_reason":"length"}],"usage":{"prompt_tokens":4,"completion_tokens":5,"total_tokens":9}}`)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(answer)
	}))
	defer up.Close()
	job := s.deployment("client", "provider", up.URL)
	created := createKey(t, s.login(a, "client"), job)
	if created.JSON201 == nil {
		t.Fatalf("key: %s", created.Body)
	}
	key := created.JSON201.Key
	body := []byte(`{"model":"m","prompt":"Once upon a time","max_tokens":5}`)
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	call := func(url string, auth bool) (time.Duration, error) {
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/completions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		t0 := time.Now()
		rsp, err := hc.Do(req)
		if err != nil {
			return 0, err
		}
		_, _ = io.Copy(io.Discard, rsp.Body)
		rsp.Body.Close()
		if rsp.StatusCode != http.StatusOK {
			return 0, fmt.Errorf("status %d", rsp.StatusCode)
		}
		return time.Since(t0), nil
	}
	// Warm up both paths (connections, key and balance caches).
	for range 200 {
		if _, err := call(up.URL, false); err != nil {
			t.Fatal(err)
		}
		if _, err := call(a.url, true); err != nil {
			t.Fatal(err)
		}
	}
	const rate, d = 500, 5 * time.Second
	var mu sync.Mutex
	var direct, via []time.Duration
	var failures int
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / rate)
	for end := time.Now().Add(d); time.Now().Before(end); <-tick.C {
		wg.Go(func() {
			dd, err1 := call(up.URL, false)
			gd, err2 := call(a.url, true)
			mu.Lock()
			defer mu.Unlock()
			if err1 != nil || err2 != nil {
				failures++
				return
			}
			direct, via = append(direct, dd), append(via, gd)
		})
	}
	tick.Stop()
	wg.Wait()
	if failures > 0 || len(via) < rate*int(d/time.Second)*9/10 {
		t.Fatalf("%d failed requests, %d measured", failures, len(via))
	}
	p := func(xs []time.Duration, q float64) time.Duration {
		sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		return xs[int(q*float64(len(xs)-1))]
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("metric: gateway.added_p50_ms %.3f ms\n", ms(p(via, 0.5)-p(direct, 0.5)))
	fmt.Printf("metric: gateway.added_p99_ms %.3f ms\n", ms(p(via, 0.99)-p(direct, 0.99)))
	t.Logf("%d pairs at %d/s: direct p50 %s p99 %s, through the gateway p50 %s p99 %s", len(via), rate,
		p(direct, 0.5), p(direct, 0.99), p(via, 0.5), p(via, 0.99))
}
