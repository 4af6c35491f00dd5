package attacks

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/devstack"
)

// TestAPIAttacks runs the attacks on the API that worked at 61b54d6 against one stack: floods
// that name a fresh client IP or a made-up token in every request, a phishing API relaying the
// real sign-in challenge, a bidder reading its competitors' prices, and a provider pointing the
// gateway into the controller's network.
func TestAPIAttacks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	m := start(t, ctx)

	// flood sends 1600 requests, 16 at a time, dressed by dress, and returns how many were
	// limited. The default limit is 200/s with a burst of 400: most of 1600 requests sent as fast
	// as they go are over it when they all count against the one real address.
	flood := func(t *testing.T, path string, dress func(req *http.Request, n int)) (sent, limited int64) {
		var s, l atomic.Int64
		var wg sync.WaitGroup
		for w := range 16 {
			wg.Go(func() {
				for i := range 100 {
					req, _ := http.NewRequestWithContext(ctx, http.MethodGet, m.s.APIURL+path, nil)
					dress(req, w*100+i)
					rsp, err := http.DefaultClient.Do(req)
					if err != nil {
						continue
					}
					rsp.Body.Close()
					s.Add(1)
					if rsp.StatusCode == http.StatusTooManyRequests {
						l.Add(1)
					}
				}
			})
		}
		wg.Wait()
		time.Sleep(3 * time.Second) // the bucket refills before the next attack
		t.Logf("%d of %d requests limited", l.Load(), s.Load())
		return s.Load(), l.Load()
	}

	t.Run("a flood with a forged X-Forwarded-For per request is rate-limited", func(t *testing.T) {
		sent, limited := flood(t, "/healthz", func(req *http.Request, n int) {
			req.Header.Set("X-Forwarded-For", "198.51.100."+strconv.Itoa(n%250+1))
		})
		if limited < sent/4 {
			t.Fatalf("%d of %d forged-IP requests limited: each forged address got its own bucket", limited, sent)
		}
	})

	t.Run("a flood of made-up bearer tokens is rate-limited before any lookup", func(t *testing.T) {
		sent, limited := flood(t, "/v1/me", func(req *http.Request, n int) {
			tok := strconv.Itoa(n) + "-made-up-session-token"
			if n%2 == 0 {
				tok = "gk_made-up-deployment-key-" + strconv.Itoa(n)
			}
			req.Header.Set("Authorization", "Bearer "+tok)
		})
		if limited < sent/4 {
			t.Fatalf("%d of %d requests with made-up tokens limited: each token escaped the per-address limit", limited, sent)
		}
	})

	t.Run("a phishing API relaying the real sign-in challenge gets no signature", func(t *testing.T) {
		var signed atomic.Int32
		phish := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/v1/auth/login" {
				signed.Add(1)
			}
			// Relay everything to the real API, as a phishing proxy would.
			req, _ := http.NewRequestWithContext(r.Context(), r.Method, m.s.APIURL+r.URL.RequestURI(), r.Body)
			req.Header = r.Header.Clone()
			rsp, err := http.DefaultClient.Do(req)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			defer rsp.Body.Close()
			for k, v := range rsp.Header {
				w.Header()[k] = v
			}
			w.WriteHeader(rsp.StatusCode)
			_, _ = io.Copy(w, rsp.Body)
		}))
		defer phish.Close()
		_, err := apiclient.Dial(ctx, phish.URL, m.s.Accounts.Providers[0])
		if !errors.Is(err, apiclient.ErrChallenge) || signed.Load() != 0 {
			t.Fatalf("the provider's key signed in through a phishing relay: %v (%d signed messages relayed)", err, signed.Load())
		}
	})

	// A job both providers bid on.
	job := m.submit(ctx, devstack.DefaultImage)
	m.waitFor(ctx, 2*time.Minute, "both providers to bid", func() bool {
		r, err := m.c.ListBidsWithResponse(ctx, job.Id)
		return err == nil && r.JSON200 != nil && len(r.JSON200.Bids) == 2
	})
	providers := map[string]*apiclient.Client{}
	for _, k := range m.s.Accounts.Providers {
		c, err := apiclient.Dial(ctx, m.s.APIURL, k)
		if err != nil {
			t.Fatalf("provider signs in: %v", err)
		}
		providers[devstack.Addr(k).Hex()] = c
	}

	t.Run("a bidder reads no competitor's bid, match or logs", func(t *testing.T) {
		for addr, c := range providers {
			j, err := c.GetJobWithResponse(ctx, job.Id)
			if err != nil || j.JSON200 == nil {
				t.Fatalf("%s reads the job it bid on: %v", addr, err)
			}
			if j.JSON200.Match != nil {
				t.Errorf("%s sees the match with every bid's price and score", addr)
			}
			evs, err := c.ListJobEventsWithResponse(ctx, job.Id, nil)
			if err != nil || evs.JSON200 == nil {
				t.Fatalf("%s reads the trail: %v", addr, err)
			}
			for _, e := range append(evs.JSON200.Events, deref(j.JSON200.Events)...) {
				if deref(e.Kind) != "bid" {
					continue
				}
				if e.Detail == nil || (*e.Detail)["provider"] != addr {
					t.Errorf("%s sees another provider's bid: %s", addr, deref(e.Reason))
				}
			}
		}
		// The client sees both bids.
		n := 0
		for _, e := range deref(m.job(ctx, job.Id).Events) {
			if deref(e.Kind) == "bid" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("the client sees %d bids on its trail, want 2", n)
		}
	})

	t.Run("a provider cannot point the gateway at the controller's network", func(t *testing.T) {
		var winner string
		m.waitFor(ctx, time.Minute, "the award", func() bool {
			j := m.job(ctx, job.Id)
			if j.Provider != nil && (j.State == apiv1.JobStateAwarded || j.State == apiv1.JobStateDeploying || j.State == apiv1.JobStateRunning) {
				winner = *j.Provider
				return true
			}
			return false
		})
		c := providers[winner]
		p, err := c.GetProviderWithResponse(ctx, winner)
		if err != nil || p.JSON200 == nil {
			t.Fatalf("read the registration: %v", err)
		}
		reg := apiv1.ProviderRegistration{Region: p.JSON200.Region, Endpoint: p.JSON200.Endpoint, Gpus: p.JSON200.Gpus, Performance: &p.JSON200.Performance}
		// Even on a development chain, the cloud metadata service is never an endpoint.
		for _, target := range []string{"http://169.254.169.254/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/", "http://user:x@127.0.0.1:1/?q"} {
			r := reg
			r.Endpoint = target
			rsp, err := c.RegisterProviderWithResponse(ctx, r)
			if err != nil || rsp.StatusCode() < 400 || rsp.StatusCode() >= 500 {
				t.Errorf("endpoint %s: %v %d %s", target, err, rsp.StatusCode(), rsp.Body)
			}
		}
		// While it serves the job, the winner cannot move its endpoint (say, to a LAN service).
		moved := reg
		moved.Endpoint = strings.TrimRight(reg.Endpoint, "/") + "/elsewhere"
		rsp, err := c.RegisterProviderWithResponse(ctx, moved)
		if err != nil || rsp.StatusCode() != http.StatusConflict {
			t.Errorf("endpoint moved while serving job %d: %v %d %s", job.Id, err, rsp.StatusCode(), rsp.Body)
			if rsp != nil && rsp.StatusCode() == http.StatusOK {
				_, _ = c.RegisterProviderWithResponse(ctx, reg) // put it back for the rest of the stack
			}
		}
		if p, _ := c.GetProviderWithResponse(ctx, winner); p == nil || p.JSON200 == nil || p.JSON200.Endpoint != reg.Endpoint {
			t.Errorf("the endpoint changed")
		}
	})
}
