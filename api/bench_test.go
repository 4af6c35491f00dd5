//go:build bench

package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/chain"
)

// TestBenchJobSubmit measures authenticated job submissions end to end — HTTP on loopback,
// session lookup, the check that the network can serve the spec (20 providers, the network's
// snapshot reused for 2 s as by default), the minimum-balance check against the mirror, the job
// and its first trail entry committed to a durable Postgres — from many clients, each with its
// own key, session and escrow balance, against an instance with the default rate limits (200
// requests/s per caller, bursts of 400).
//
// Cold: a fresh instance (nothing cached) takes every client's first submission at once, so each
// one reads its session and balance from Postgres. Warm: then every client submits back to back
// for 5 s on its own connection (sessions cached for seconds, balances for one).
func TestBenchJobSubmit(t *testing.T) {
	const clients = 64
	const d = 5 * time.Second
	s := newStack(t)
	names := make([]string, clients)
	for i := range names {
		names[i] = fmt.Sprintf("bench-client-%d", i)
		s.c.Account(t, names[i], chain.Tokens(1))
		s.deposit(names[i], chain.Tokens(2_000_000))
	}
	// Providers that can serve the job: each submission is checked against the network first
	// (a spec nobody can serve is refused at once), as in production.
	const providers = 20
	var provs []*apiclient.Client
	setup := s.start("bench-setup", "")
	for i := range providers {
		name := fmt.Sprintf("bench-provider-%d", i)
		s.c.Account(t, name, chain.Tokens(1))
		provs = append(provs, s.provider(setup, name, "eu", 5))
	}
	s.sync()
	defaults := api.DefaultConfig("")
	body, _ := json.Marshal(defaultJob())

	var r bench.Report
	for run := range bench.Runs(3) {
		a := s.start(fmt.Sprintf("bench-%d", run), "", func(c *api.Config) { c.RateLimit, c.RateBurst = defaults.RateLimit, defaults.RateBurst })
		tokens := make([]string, clients)
		for i, n := range names {
			tokens[i] = s.login(a, n).Session.Token
		}
		// Sign-in warms this instance's session cache for the caller: start over on a fresh
		// instance that shares the database, so that the first submissions find nothing cached.
		a = s.start(fmt.Sprintf("bench-%d-cold", run), "", func(c *api.Config) {
			c.RateLimit, c.RateBurst, c.ReachCache = defaults.RateLimit, defaults.RateBurst, defaults.ReachCache
		})
		for _, p := range provs {
			s.heartbeat(p, 5) // alive for this run
		}
		hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}}
		var firstFailure string
		var once sync.Once
		submit := func(token string) (time.Duration, int, error) {
			req, _ := http.NewRequest("POST", a.url+"/v1/jobs", bytes.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "application/json")
			t0 := time.Now()
			rsp, err := hc.Do(req)
			if err != nil {
				return 0, 0, err
			}
			b, _ := io.ReadAll(rsp.Body)
			rsp.Body.Close()
			if rsp.StatusCode != http.StatusCreated && rsp.StatusCode != http.StatusTooManyRequests {
				once.Do(func() { firstFailure = fmt.Sprintf("%d %s", rsp.StatusCode, b) })
			}
			return time.Since(t0), rsp.StatusCode, nil
		}

		var mu sync.Mutex
		var cold, warm []time.Duration
		failed, limited := 0, 0
		record := func(into *[]time.Duration, took time.Duration, code int, err error) {
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil || (code != http.StatusCreated && code != http.StatusTooManyRequests):
				failed++
			case code == http.StatusTooManyRequests:
				limited++
			default:
				*into = append(*into, took)
			}
		}
		var wg sync.WaitGroup
		for _, tok := range tokens {
			wg.Go(func() {
				took, code, err := submit(tok)
				record(&cold, took, code, err)
			})
		}
		wg.Wait()

		start := time.Now()
		for _, tok := range tokens {
			wg.Go(func() {
				for time.Since(start) < d {
					took, code, err := submit(tok)
					record(&warm, took, code, err)
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		if failed > 0 {
			t.Fatalf("%d submissions failed; the first: %s", failed, firstFailure)
		}
		r.Add("api.job_submit_per_s", "req/s", float64(len(warm))/elapsed.Seconds())
		r.AddMs("api.job_submit_p99_ms", bench.Quantile(warm, 0.99))
		r.AddMs("api.job_submit_cold_p50_ms", bench.Quantile(cold, 0.5))
		r.AddMs("api.job_submit_cold_p99_ms", bench.Quantile(cold, 0.99))
		t.Logf("run %d: %d clients; cold: %d first submissions, p50 %v p99 %v; warm: %d in %v (%d refused by the rate limit), p50 %v p99 %v",
			run+1, clients, len(cold), bench.Quantile(cold, 0.5), bench.Quantile(cold, 0.99),
			len(warm), elapsed.Round(time.Millisecond), limited, bench.Quantile(warm, 0.5), bench.Quantile(warm, 0.99))
		hc.CloseIdleConnections()
	}
	r.Print(nil)
}
