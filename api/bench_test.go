//go:build bench

package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// TestBenchJobSubmit measures authenticated job submissions end to end — HTTP on loopback,
// session lookup, the minimum-balance check against the mirror, the job and its first trail entry
// written to Postgres — from 32 concurrent connections.
func TestBenchJobSubmit(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "")
	s.deposit("client", chain.Tokens(2_000_000))
	s.sync()
	token := s.login(a, "client").Session.Token
	body, _ := json.Marshal(defaultJob())

	const workers = 32
	const d = 5 * time.Second
	tr := &http.Transport{MaxIdleConnsPerHost: workers, MaxConnsPerHost: workers}
	hc := &http.Client{Transport: tr}
	var ok, bad atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for time.Since(start) < d {
				req, _ := http.NewRequest("POST", a.url+"/v1/jobs", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("Content-Type", "application/json")
				t0 := time.Now()
				rsp, err := hc.Do(req)
				if err != nil {
					bad.Add(1)
					continue
				}
				_, _ = io.Copy(io.Discard, rsp.Body)
				rsp.Body.Close()
				if rsp.StatusCode == http.StatusCreated {
					ok.Add(1)
					mine = append(mine, time.Since(t0))
				} else {
					bad.Add(1)
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if bad.Load() > 0 {
		t.Errorf("%d submissions failed", bad.Load())
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000 }
	fmt.Printf("metric: api.job_submit_per_s %.0f req/s\n", float64(ok.Load())/elapsed.Seconds())
	fmt.Printf("metric: api.job_submit_p99_ms %.1f ms\n", p(0.99))
	t.Logf("%d submissions in %s, p50 %.1f ms, p99 %.1f ms", ok.Load(), elapsed.Round(time.Millisecond), p(0.5), p(0.99))
}
