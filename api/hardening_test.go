package api_test

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// send is one request with extra headers; it returns the status and body.
func send(t *testing.T, method, url, token string, body io.Reader, hdr map[string]string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	b, _ := io.ReadAll(rsp.Body)
	return rsp.StatusCode, b
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// TestRateLimitCannotBeDodged: a flood is limited however each request dresses up: a forged
// X-Forwarded-For per request, a random gk_ deployment key per request, or a random session
// token per request (which used to cost a database read each and never reach the limiter).
// A signed-in caller the instance knows keeps its own bucket through the flood.
func TestRateLimitCannotBeDodged(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) { c.RateLimit, c.RateBurst = 1, 5 })
	client := s.login(a, "client")
	for _, trick := range []struct {
		name string
		path string
		req  func(i int) (token string, hdr map[string]string)
	}{
		{"forged X-Forwarded-For", "/v1/providers", func(i int) (string, map[string]string) {
			return "", map[string]string{"X-Forwarded-For": "203.0.113." + big.NewInt(int64(i%250+1)).String(), "X-Real-IP": "198.51.100.7"}
		}},
		{"random gk_ keys", "/v1/providers", func(int) (string, map[string]string) { return "gk_" + randomHex(16), nil }},
		{"random gk_ keys on a model route", "/v1/models", func(int) (string, map[string]string) { return "gk_" + randomHex(16), nil }},
		{"random session tokens", "/v1/me", func(int) (string, map[string]string) { return randomHex(32), nil }},
	} {
		t.Run(trick.name, func(t *testing.T) {
			s.clk.Advance(time.Hour) // every bucket full again
			// The client's request before the flood makes its session known to the instance.
			if r, err := client.GetMeWithResponse(ctx); err != nil || r.StatusCode() != http.StatusOK {
				t.Fatalf("the client before the flood: %v %s", err, body(r))
			}
			limited := 0
			for i := 0; i < 20; i++ {
				tok, hdr := trick.req(i)
				status, b := send(t, "GET", a.url+trick.path, tok, nil, hdr)
				if status == http.StatusTooManyRequests {
					limited++
					if !strings.Contains(string(b), "slow down") || strings.Contains(string(b), "203.0.113") {
						t.Errorf("429 body: %s", b)
					}
				}
			}
			if limited < 14 {
				t.Errorf("%d of 20 requests limited with a burst of 5 at 1/s", limited)
			}
			// The signed-in client, known to the instance, is not limited by the flood.
			if r, err := client.GetMeWithResponse(ctx); err != nil || r.StatusCode() == http.StatusTooManyRequests {
				t.Errorf("a known session during the flood: %v %s", err, body(r))
			}
		})
	}
}

// TestTrustedProxies: X-Forwarded-For counts only from a configured proxy; requests through it
// are limited per forwarded client.
func TestTrustedProxies(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) {
		c.RateLimit, c.RateBurst = 1, 2
		c.TrustedProxies = []string{"127.0.0.1/32"}
	})
	for i := 0; i < 6; i++ {
		// A different client behind the proxy each time: none is limited.
		if status, b := send(t, "GET", a.url+"/v1/providers", "", nil, map[string]string{"X-Forwarded-For": "203.0.113." + big.NewInt(int64(i+1)).String()}); status != http.StatusOK {
			t.Fatalf("client %d behind the proxy: %d %s", i, status, b)
		}
	}
	limited := 0
	for i := 0; i < 6; i++ {
		if status, _ := send(t, "GET", a.url+"/v1/providers", "", nil, map[string]string{"X-Forwarded-For": "203.0.113.200"}); status == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited < 3 {
		t.Errorf("one client behind the proxy: %d of 6 limited with a burst of 2", limited)
	}
	if err := (&api.Config{TrustedProxies: []string{"not-a-cidr"}}).Validate(); err == nil || !strings.Contains(err.Error(), "not-a-cidr") {
		t.Errorf("a bad trusted proxy is accepted: %v", err)
	}
}

func registration(endpoint string) apiv1.ProviderRegistration {
	return apiv1.ProviderRegistration{Region: "eu", Endpoint: endpoint, Gpus: []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}}
}

// TestEndpointSSRF: a provider cannot point the gateway at the controller's own network. On a
// production chain (StrictEndpoints here, since the test chain is a development one) only https
// endpoints on public addresses register; even on a development chain the cloud metadata address
// and URLs with credentials, queries or fragments are refused. An endpoint cannot move while its
// provider serves a job.
func TestEndpointSSRF(t *testing.T) {
	s := newStack(t)
	strict := s.start("ctl-strict", "", func(c *api.Config) { c.StrictEndpoints = true })
	dev := s.start("ctl-dev", "")
	for _, tc := range []struct {
		in       *instance
		endpoint string
		want     string // "" = registered
	}{
		{strict, "http://gpu.example.com", "https"},
		{strict, "https://127.0.0.1:8443", "does not connect there"},
		{strict, "https://10.0.0.7:11434", "does not connect there"},
		{strict, "https://[::1]:9000", "does not connect there"},
		{strict, "https://100.64.1.1", "does not connect there"},
		{strict, "https://localhost:9090", "does not connect there"},
		{strict, "https://169.254.169.254/latest/meta-data", "does not connect there"},
		{dev, "http://169.254.169.254/latest/meta-data", "does not connect there"},
		{dev, "http://[::ffff:169.254.169.254]/", "does not connect there"},
		{dev, "http://0.0.0.0:8080", "does not connect there"},
		{dev, "http://user:pw@127.0.0.1:9000", "user information"},
		{dev, "http://127.0.0.1:9000/?target=x", "query"},
		{dev, "http://127.0.0.1:9000/#x", "fragment"},
		{dev, "http://127.0.0.1:9000/a/../b", "dot-segments"},
		{dev, "ftp://127.0.0.1:9000", "http"},
		{dev, "http://127.0.0.1:9000/provider", ""},
	} {
		p := s.login(tc.in, "provider")
		r, err := p.RegisterProviderWithResponse(ctx, registration(tc.endpoint))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.want == "" && r.StatusCode() != http.StatusOK:
			t.Errorf("%s: %s refused: %s", tc.in.srv.ControllerID(), tc.endpoint, body(r))
		case tc.want != "" && (r.StatusCode() != http.StatusUnprocessableEntity && r.StatusCode() != http.StatusBadRequest || !strings.Contains(string(r.Body), tc.want)):
			t.Errorf("%s: %s: want a 4xx naming %q, got %s", tc.in.srv.ControllerID(), tc.endpoint, tc.want, body(r))
		}
	}

	// While the provider serves a job its endpoint is frozen; the same registration is fine.
	job := s.deployment("client", "provider", "http://127.0.0.1:9000/provider")
	p := s.login(dev, "provider")
	r, _ := p.RegisterProviderWithResponse(ctx, registration("http://127.0.0.1:9001/elsewhere"))
	if r.StatusCode() != http.StatusConflict || !strings.Contains(string(r.Body), "cannot change while you serve job") {
		t.Fatalf("endpoint moved while serving job %d: %s", job, body(r))
	}
	if pr, _ := p.GetProviderWithResponse(ctx, chaintest.Addr("provider").Hex()); pr.JSON200 == nil || pr.JSON200.Endpoint != "http://127.0.0.1:9000/provider" {
		t.Fatalf("endpoint after the refused move: %s", body(pr))
	}
	if r, _ := p.RegisterProviderWithResponse(ctx, registration("http://127.0.0.1:9000/provider")); r.StatusCode() != http.StatusOK {
		t.Errorf("re-registering the same endpoint while serving: %s", body(r))
	}
	// Once the job has ended, the provider registers (and is checked) anew.
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'completed' WHERE id = ?`, job).Error; err != nil {
		t.Fatal(err)
	}
	if r, _ := p.RegisterProviderWithResponse(ctx, registration("http://127.0.0.1:9001/elsewhere")); r.StatusCode() != http.StatusOK {
		t.Errorf("moving the endpoint after the job: %s", body(r))
	}
}

// biddingJob is a client's job on chain with bids from "provider" (cheaper and closer, it wins)
// and "backup".
func biddingJob(t *testing.T) (s *stack, a *instance, client, prov, backup *apiclient.Client, job apiv1.Job) {
	s = newStack(t)
	a = s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov = s.provider(a, "provider", "eu", 8)
	backup = s.provider(a, "backup", "us", 90)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client = s.login(a, "client")
	job = s.submit(client, "client", defaultJob())
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	if r, err := backup.PlaceBidWithResponse(ctx, job.Id, s.signBid("backup", *job.ChainJobId, big.NewInt(45e16), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("backup bid: %v %s", err, body(r))
	}
	return s, a, client, prov, backup, job
}

// stream reads a job's event stream for d and returns what came.
func stream(t *testing.T, url, token string, id int64, d time.Duration) string {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	req, _ := http.NewRequestWithContext(c, "GET", url+"/v1/jobs/"+big.NewInt(id).String()+"/events/stream", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	b, _ := io.ReadAll(rsp.Body)
	return string(b)
}

// TestBiddersSeeNoCompetitorsOrLogs: a provider that bid sees its own bid and the job's states,
// never a competitor's price (trail, match, stream) nor the container's log lines; the awarded
// provider sees no other bid either; the client sees everything.
func TestBiddersSeeNoCompetitorsOrLogs(t *testing.T) {
	s, a, client, prov, backup, job := biddingJob(t)
	leaks := func(who string, view string, secrets ...string) {
		t.Helper()
		for _, x := range secrets {
			if strings.Contains(view, x) {
				t.Errorf("%s sees %q: %s", who, x, view)
			}
		}
	}
	asJSON := func(v any) string { b, _ := json.Marshal(v); return string(b) }

	// During bidding: no live undercutting.
	leaks("the provider during bidding", asJSON(s.getJob(prov, job.Id)), "450000000000000000", chaintest.Addr("backup").Hex())
	leaks("the backup during bidding", asJSON(s.trail(backup, job.Id)), "500000000000000000", chaintest.Addr("provider").Hex())
	leaks("the backup's stream during bidding", stream(t, a.url, backup.Session.Token, job.Id, 500*time.Millisecond), "500000000000000000")
	if got := asJSON(s.trail(backup, job.Id)); !strings.Contains(got, "450000000000000000") {
		t.Errorf("the backup does not see its own bid: %s", got)
	}

	// Awarded, then the container fails with a secret in its logs.
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	if j := s.getJob(client, job.Id); j.Match == nil || j.State != apiv1.JobStateAwarded {
		t.Fatalf("the client's view after the award: %+v", j)
	}
	secret := "HF_TOKEN=hf_leaked_in_logs"
	if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateFailed, Reason: &secret}); err != nil || r.JSON200 == nil {
		t.Fatalf("report failed: %v %s", err, body(r))
	}
	bj := s.getJob(backup, job.Id)
	if bj.Match != nil {
		t.Errorf("the losing bidder sees the match: %+v", bj.Match)
	}
	leaks("the backup after the award", asJSON(bj), "500000000000000000", secret)
	leaks("the backup's trail", asJSON(s.trail(backup, job.Id)), "500000000000000000", secret)
	leaks("the backup's stream", stream(t, a.url, backup.Session.Token, job.Id, 500*time.Millisecond), "500000000000000000", secret)
	pj := s.getJob(prov, job.Id)
	if pj.Match != nil {
		t.Errorf("the awarded provider sees the match with every bid")
	}
	leaks("the awarded provider", asJSON(pj), "450000000000000000")
	// The client sees both bids, the match and the logs.
	cj := asJSON(s.getJob(client, job.Id))
	for _, want := range []string{"450000000000000000", "500000000000000000", secret} {
		if !strings.Contains(cj, want) {
			t.Errorf("the client does not see %q", want)
		}
	}
}

// TestEventStreamLimits: an account holds a bounded number of streams, and a stream ends when
// its session is signed out.
func TestEventStreamLimits(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) { c.MaxStreamsPerCaller = 2 })
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	client := s.login(a, "client")
	open := func() (*http.Response, context.CancelFunc) {
		c, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(c, "GET", a.url+"/v1/jobs/"+big.NewInt(job).String()+"/events/stream", nil)
		req.Header.Set("Authorization", "Bearer "+client.Session.Token)
		rsp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return rsp, cancel
	}
	r1, c1 := open()
	defer c1()
	r2, c2 := open()
	r3, c3 := open()
	defer c3()
	if r1.StatusCode != http.StatusOK || r2.StatusCode != http.StatusOK || r3.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("three streams with a cap of two: %d %d %d", r1.StatusCode, r2.StatusCode, r3.StatusCode)
	}
	r3.Body.Close()
	// Closing one frees its slot.
	c2()
	r2.Body.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		r, c := open()
		status := r.StatusCode
		c()
		r.Body.Close()
		if status == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a closed stream's slot is not freed: %d", status)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Signing out ends the open stream.
	done := make(chan string, 1)
	go func() {
		var last string
		sc := bufio.NewScanner(r1.Body)
		for sc.Scan() {
			last += sc.Text() + "\n"
		}
		done <- last
	}()
	if r, err := client.LogoutWithResponse(ctx); err != nil || r.StatusCode() != http.StatusNoContent {
		t.Fatalf("logout: %v %s", err, body(r))
	}
	select {
	case got := <-done:
		if !strings.Contains(got, ": stream ended: the session ended") {
			t.Errorf("the stream ended without saying why: %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the stream outlives its session")
	}
	// A session that expires ends its streams too.
	client = s.login(a, "client")
	r, cancel := open()
	defer cancel()
	ended := make(chan string, 1)
	go func() { b, _ := io.ReadAll(r.Body); ended <- string(b) }()
	s.clk.Advance(25 * time.Hour)
	select {
	case got := <-ended:
		if !strings.Contains(got, "session ended") {
			t.Errorf("the stream ended without saying why: %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the stream outlives its session's expiry")
	}
}

// TestSweepAndMetrics: expired sessions and nonces are deleted; /metrics can be kept off the
// API's address.
func TestSweepAndMetrics(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) { c.ServeMetrics = false })
	s.login(a, "client")
	if err := s.db.Exec(`INSERT INTO market.sessions (token_hash, address, expires_at) VALUES ( ?, ?, now() - interval '1 hour')`,
		make([]byte, 32), chaintest.Addr("client").Bytes()).Error; err != nil {
		t.Fatal(err)
	}
	if err := s.db.Exec(`INSERT INTO market.nonces (nonce, expires_at) VALUES ('expirednonce1234', now() - interval '1 hour')`).Error; err != nil {
		t.Fatal(err)
	}
	if err := a.srv.SweepExpired(ctx); err != nil {
		t.Fatal(err)
	}
	var expired, live int64
	s.db.Raw(`SELECT (SELECT count(*) FROM market.sessions WHERE expires_at < now()) + (SELECT count(*) FROM market.nonces WHERE expires_at < now())`).Scan(&expired)
	s.db.Raw(`SELECT count(*) FROM market.sessions`).Scan(&live)
	if expired != 0 || live != 1 {
		t.Errorf("after the sweep: %d expired rows, %d live sessions (want 0 and 1)", expired, live)
	}
	if status, _ := send(t, "GET", a.url+"/metrics", "", nil, nil); status != http.StatusNotFound {
		t.Errorf("/metrics on the API address with ServeMetrics off: %d", status)
	}
}
