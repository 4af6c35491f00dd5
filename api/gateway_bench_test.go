//go:build bench

package api_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent"
	agentrt "github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// TestBenchGatewayAdded measures the latency the model gateway adds to each request, timed inside
// the server per request, against the reference model runtime doing real work.
//
// The path is production's: the client's request goes over TCP to an API instance (gin's
// middleware — rate limiting at its defaults, authentication, body limit, deadline, metrics —
// then the gateway: key lookup, minimum-balance check, job target, pass signing, per-key
// metering in Postgres), which forwards it to a provider agent's endpoint (pass verification),
// which forwards it to the job's container: a job of the stack hub's TinyStories 260K model
// (apitest.Model), which the agent fetches and serves with the reference runtime image (gin-runtime,
// the GGUF mounted read-only) in the Docker Engine, on its per-job network, with the agent's
// default resources. Each request is a /v1/completions with max_tokens 2.
//
// "Added" is, per request, the time from the request's arrival at the API server's handler to
// the handler's return, minus the time the gateway waited on the provider (round trip to the
// response headers plus reads of the response body, reported by gateway.ObserveTiming): the
// server's own work, whatever the provider's speed. Percentiles are over these per-request
// figures. The floor is a bare httputil.ReverseProxy on a server of its own in the same process,
// timed the same way (its transport's round trip and body reads are subtracted), forwarding
// straight to the same container (a bare proxy holds no pass for the agent): its requests are
// interleaved in time with the gateway's, one for every fourth gateway request.
//
// Open loop at 500 and at 2,000 gateway requests/s for 5 s each, bench.Runs(3) runs of each;
// every figure is the median over runs with the range. Requests that fail (an error status,
// including 429 from the rate limiter, or no answer within 10 s) are counted and logged, with
// the rate of successful requests achieved; the added-latency figures are over the successes.
// With rate limits at their defaults one deployment key is held to 200 requests/s (bursts of
// 400), so the load is spread over enough keys of the same deployment to stay within them.
func TestBenchGatewayAdded(t *testing.T) {
	b := newGatewayBench(t)
	var r bench.Report
	for _, rate := range []int{500, 2000} {
		suffix := ""
		if rate != 500 {
			suffix = fmt.Sprintf(".%drps", rate)
		}
		runs := bench.Runs(3)
		t.Logf("setup: %d runs at %d gateway requests/s for %s, %d keys, a bare-proxy request every %d gateway requests", runs, rate,
			gwbDuration, len(b.keysFor(rate)), gwbBareEvery)
		for run := range runs {
			// An overload may have taken the deployment down (its container failing health
			// checks and being replaced): each run starts with it serving again.
			if !b.serving(time.Minute) {
				t.Logf("run %d at %d/s: the deployment does not answer through the gateway within a minute; no more runs at this rate", run+1, rate)
				break
			}
			res := b.run(t, rate)
			res.log(t, rate, run+1)
			r.Add("gateway.achieved_rps"+suffix, "req/s", float64(res.ok(res.gw))/gwbDuration.Seconds())
			r.Add("gateway.failed_requests"+suffix, "requests", float64(res.failed()))
			gw, bare := res.added(res.gw), res.added(res.bare)
			if len(gw) == 0 || len(bare) == 0 {
				// The machine could not carry the load: what it achieved is the figure; there is
				// no latency to report for this run.
				t.Logf("run %d at %d/s: no successful requests through the gateway (%d) or the bare proxy (%d)", run+1, rate, len(gw), len(bare))
				continue
			}
			r.AddMs("gateway.added_p50_ms"+suffix, bench.Quantile(gw, 0.5))
			r.AddMs("gateway.added_p99_ms"+suffix, bench.Quantile(gw, 0.99))
			r.AddMs("gateway.bare_proxy_added_p50_ms"+suffix, bench.Quantile(bare, 0.5))
			r.AddMs("gateway.bare_proxy_added_p99_ms"+suffix, bench.Quantile(bare, 0.99))
			r.Add("gateway.added_p99_ratio_vs_bare_proxy"+suffix, "x",
				float64(bench.Quantile(gw, 0.99))/float64(max(bench.Quantile(bare, 0.99), time.Microsecond)))
		}
	}
	r.Print(nil)
}

const (
	gwbDuration  = 5 * time.Second
	gwbBareEvery = 4 // one bare-proxy request per this many gateway requests
	gwbKeyRate   = 150
	gwbTimeout   = 10 * time.Second
	gwbAgentID   = "gateway-bench"
)

// gwbBody names the model by its repository: the id the agent serves a job's model under.
var gwbBody = []byte(`{"model":"` + apitest.ModelRepo + `","prompt":"Once upon a time","max_tokens":2,"temperature":0}`)

type gatewayBench struct {
	gwURL, bareURL string
	keys           []string
	client         *http.Client
	mu             sync.Mutex
	samples        map[*gwbSample]bool // filled by the servers' timing wrappers
}

// gwbSample is one request as its server saw it.
type gwbSample struct {
	total, upstream time.Duration
	handler         time.Duration // the gateway handler's own Total (gateway.Timing)
	status          int
	timed           bool // the gateway forwarded it (a 429 from the rate limiter is not)
}

type gwbKey struct{}

func newGatewayBench(t *testing.T) *gatewayBench {
	t.Helper()
	start := time.Now()
	ctx := context.Background()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cli.Close() })
	if _, err := cli.Ping(ctx); err != nil {
		t.Fatalf("the Docker Engine is unreachable (%v): start one with sudo scripts/dockerd.sh", err)
	}
	if err := runtimeimage.Build(ctx, cli, runtimeimage.Tag); err != nil {
		t.Fatalf("build the runtime image: %v", err)
	}
	// Client, API, agent and bare proxy share this process's file descriptors, which separate
	// machines would not: raise the limit where allowed, so that open connections at 2,000/s do
	// not fail on it (the run logs what it got).
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil && lim.Cur < 1<<20 {
		want := syscall.Rlimit{Cur: 1 << 20, Max: max(lim.Max, 1<<20)}
		if syscall.Setrlimit(syscall.RLIMIT_NOFILE, &want) == nil {
			lim = want
		}
	}
	t.Logf("setup: open files limit %d", lim.Cur)
	def := api.DefaultConfig("")
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller", func(c *api.Config) { c.RateLimit, c.RateBurst = def.RateLimit, def.RateBurst })
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	s.Chain.Stake(t, "provider", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	gwbRemoveContainers(t, cli)
	t.Cleanup(func() { gwbRemoveContainers(t, cli) })
	ag, logs := gwbStartProvider(t, s, in, cli)
	c := s.Login(in, "client")
	job := gwbDeploy(t, s, c, logs)
	addr := ag.Addr(uint64(*job.ChainJobId))
	if addr == "" {
		t.Fatalf("the agent runs no container for job %d", *job.ChainJobId)
	}
	b := &gatewayBench{samples: map[*gwbSample]bool{}}
	rk, err := c.RevealDeploymentKeyWithResponse(ctx, job.Id)
	if err != nil || rk.JSON200 == nil {
		t.Fatalf("reveal the deployment key: %v %s", err, rk.Body)
	}
	b.keys = append(b.keys, rk.JSON200.Key)
	for len(b.keys) < 2000/gwbKeyRate+1 {
		k, err := c.CreateJobKeyWithResponse(ctx, job.Id)
		if err != nil || k.JSON201 == nil {
			t.Fatalf("create a key: %v %s", err, k.Body)
		}
		b.keys = append(b.keys, k.JSON201.Key)
	}

	// The gateway: the API instance's own handler on a listener of its own, timed.
	b.gwURL = b.serve(t, in.Server.Handler(), true)
	// The floor: a bare reverse proxy to the container, with a transport pooled like the gateway's.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = 1024, 256
	bare := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(&url.URL{Scheme: "http", Host: addr})
		pr.SetXForwarded()
	}, Transport: gwbTimedTransport{tr}, FlushInterval: -1}
	b.bareURL = b.serve(t, bare, false)
	b.client = &http.Client{Timeout: gwbTimeout, Transport: &http.Transport{MaxIdleConns: 8192, MaxIdleConnsPerHost: 4096, IdleConnTimeout: time.Minute}}
	t.Cleanup(b.client.CloseIdleConnections)

	// Warm-up: connections, and every key known to the rate limiter (a key's first request
	// counts against the client's IP) and to the gateway's caches.
	for i := range 200 {
		if st, err := b.call(b.gwURL, b.keys[i%len(b.keys)]); err != nil || st != http.StatusOK {
			t.Fatalf("warm-up through the gateway: %d %v", st, err)
		}
		if st, err := b.call(b.bareURL, ""); err != nil || st != http.StatusOK {
			t.Fatalf("warm-up through the bare proxy: %d %v", st, err)
		}
	}
	time.Sleep(200 * time.Millisecond) // the last handlers finish after their answers went out
	b.take()
	t.Logf("setup: API instance (default rate limits %.0f/s burst %d per key) -> provider agent endpoint -> %s container at %s (job %d); bare proxy -> the same container; %d keys; ready after %s",
		def.RateLimit, def.RateBurst, runtimeimage.Tag, addr, job.Id, len(b.keys), time.Since(start).Round(time.Millisecond))
	t.Logf("request: POST /v1/completions %s", gwbBody)
	return b
}

// serve runs h on a TCP listener of its own, recording each request's server-side time and the
// time it waited on its upstream (from the gateway's Timing, or the bare proxy's transport).
func (b *gatewayBench) serve(t *testing.T, h http.Handler, gw bool) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		smp := &gwbSample{}
		ctx := context.WithValue(r.Context(), gwbKey{}, smp)
		if gw {
			ctx = gateway.ObserveTiming(ctx, func(tm gateway.Timing) { smp.upstream, smp.handler, smp.timed = tm.Upstream, tm.Total, true })
		}
		sw := &gwbStatus{ResponseWriter: w}
		h.ServeHTTP(sw, r.WithContext(ctx))
		smp.total, smp.status = time.Since(start), sw.status
		if !gw {
			smp.timed = true
		}
		b.mu.Lock()
		b.samples[smp] = gw
		b.mu.Unlock()
	}), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}

type gwbStatus struct {
	http.ResponseWriter
	status int
}

func (s *gwbStatus) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *gwbStatus) Write(p []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(p)
}

func (s *gwbStatus) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (s *gwbStatus) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// gwbTimedTransport times the bare proxy's waits as the gateway times its own: the round trip to
// the response headers and the reads of the response body.
type gwbTimedTransport struct{ rt http.RoundTripper }

func (t gwbTimedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	smp, _ := r.Context().Value(gwbKey{}).(*gwbSample)
	start := time.Now()
	resp, err := t.rt.RoundTrip(r)
	if smp != nil {
		smp.upstream += time.Since(start)
		if resp != nil {
			resp.Body = &gwbTimedBody{ReadCloser: resp.Body, smp: smp}
		}
	}
	return resp, err
}

type gwbTimedBody struct {
	io.ReadCloser
	smp *gwbSample
}

func (b *gwbTimedBody) Read(p []byte) (int, error) {
	start := time.Now()
	n, err := b.ReadCloser.Read(p)
	b.smp.upstream += time.Since(start)
	return n, err
}

// take returns and clears the samples recorded so far: the gateway's and the bare proxy's.
func (b *gatewayBench) take() (gw, bare []*gwbSample) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s, isGW := range b.samples {
		if isGW {
			gw = append(gw, s)
		} else {
			bare = append(bare, s)
		}
	}
	clear(b.samples)
	return gw, bare
}

// serving waits until a completion goes through the gateway, up to within.
func (b *gatewayBench) serving(within time.Duration) bool {
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		if code, err := b.call(b.gwURL, b.keys[0]); err == nil && code == http.StatusOK {
			b.mu.Lock()
			clear(b.samples) // not part of a run
			b.mu.Unlock()
			return true
		}
	}
	return false
}

func (b *gatewayBench) keysFor(rate int) []string {
	return b.keys[:min(len(b.keys), rate/gwbKeyRate+1)]
}

func (b *gatewayBench) call(base, key string) (int, error) {
	req, _ := http.NewRequest(http.MethodPost, base+"/v1/completions", bytes.NewReader(gwbBody))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	rsp, err := b.client.Do(req)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, rsp.Body)
	rsp.Body.Close()
	return rsp.StatusCode, err
}

// gwbResult is one run: what the servers saw, and what the client saw.
type gwbResult struct {
	gw, bare         []*gwbSample
	sent, sentBare   int
	clientErr        map[string]int // by error or status, gateway requests
	clientErrBare    map[string]int
	lateStart        time.Duration // the longest a request started after its scheduled time
	elapsed, drained time.Duration
}

// run sends rate gateway requests per second for gwbDuration on a fixed schedule (open loop: a
// request goes out at its time whether or not earlier ones have been answered), and a bare-proxy
// request halfway between every gwbBareEvery-th pair of them, then waits for all answers.
func (b *gatewayBench) run(t *testing.T, rate int) *gwbResult {
	keys := b.keysFor(rate)
	res := &gwbResult{clientErr: map[string]int{}, clientErrBare: map[string]int{}}
	var mu sync.Mutex
	var late atomic.Int64
	var wg sync.WaitGroup
	n := rate * int(gwbDuration/time.Second)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	fire := func(at time.Time, base, key string, errs map[string]int) {
		if d := time.Until(at); d > 0 {
			time.Sleep(d)
		} else if -d > time.Duration(late.Load()) {
			late.Store(int64(-d))
		}
		wg.Go(func() {
			st, err := b.call(base, key)
			if err == nil && st == http.StatusOK {
				return
			}
			what := fmt.Sprintf("status %d", st)
			if err != nil {
				what = gwbErrKind(err)
			}
			mu.Lock()
			errs[what]++
			mu.Unlock()
		})
	}
	for i := range n {
		at := start.Add(time.Duration(i) * interval)
		fire(at, b.gwURL, keys[i%len(keys)], res.clientErr)
		res.sent++
		if i%gwbBareEvery == gwbBareEvery-1 {
			fire(at.Add(interval/2), b.bareURL, "", res.clientErrBare)
			res.sentBare++
		}
	}
	res.elapsed = time.Since(start)
	wg.Wait()
	res.drained = time.Since(start)
	res.lateStart = time.Duration(late.Load())
	time.Sleep(200 * time.Millisecond) // the last handlers finish after their answers went out
	res.gw, res.bare = b.take()
	return res
}

func gwbErrKind(err error) string {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case strings.Contains(err.Error(), "connection reset"):
		return "connection reset"
	default:
		return err.Error()
	}
}

// added is the server-side time minus the upstream wait of each successful request.
func (r *gwbResult) added(ss []*gwbSample) []time.Duration {
	var out []time.Duration
	for _, s := range ss {
		if s.timed && s.status == http.StatusOK {
			out = append(out, s.total-s.upstream)
		}
	}
	return out
}

func (r *gwbResult) ok(ss []*gwbSample) int { return len(r.added(ss)) }

// failed counts the gateway requests the client did not get a 200 for.
func (r *gwbResult) failed() int {
	n := 0
	for _, c := range r.clientErr {
		n += c
	}
	return n
}

func (r *gwbResult) log(t *testing.T, rate, run int) {
	t.Helper()
	q := func(ds []time.Duration, p float64) time.Duration {
		return bench.Quantile(ds, p).Round(time.Microsecond)
	}
	var gwHandler, gwUp, bareUp []time.Duration
	for _, s := range r.gw {
		if s.timed && s.status == http.StatusOK {
			gwUp = append(gwUp, s.upstream)
			gwHandler = append(gwHandler, s.handler-s.upstream)
		}
	}
	for _, s := range r.bare {
		if s.status == http.StatusOK {
			bareUp = append(bareUp, s.upstream)
		}
	}
	gw, bare := r.added(r.gw), r.added(r.bare)
	over := func(ds []time.Duration, d time.Duration) string {
		n := 0
		for _, x := range ds {
			if x > d {
				n++
			}
		}
		return fmt.Sprintf("%.2f%%", 100*float64(n)/float64(max(len(ds), 1)))
	}
	t.Logf("  added over 1 ms / 100 ms: gateway %s / %s, bare proxy %s / %s", over(gw, time.Millisecond), over(gw, 100*time.Millisecond),
		over(bare, time.Millisecond), over(bare, 100*time.Millisecond))
	t.Logf("run %d at %d/s: sent %d gateway + %d bare-proxy requests in %s (latest start %s behind schedule), all answered after %s; achieved %.0f successful gateway requests/s",
		run, rate, r.sent, r.sentBare, r.elapsed.Round(time.Millisecond), r.lateStart.Round(time.Microsecond), r.drained.Round(time.Millisecond),
		float64(len(gw))/gwbDuration.Seconds())
	t.Logf("  gateway: %d ok, failures %v; added p50 %s p99 %s max %s (gateway handler alone, without gin's middleware: p50 %s p99 %s); upstream wait p50 %s p99 %s",
		len(gw), r.clientErr, q(gw, 0.5), q(gw, 0.99), q(gw, 1), q(gwHandler, 0.5), q(gwHandler, 0.99), q(gwUp, 0.5), q(gwUp, 0.99))
	t.Logf("  bare proxy: %d ok, failures %v; added p50 %s p99 %s max %s; upstream wait p50 %s p99 %s",
		len(bare), r.clientErrBare, q(bare, 0.5), q(bare, 0.99), q(bare, 1), q(bareUp, 0.5), q(bareUp, 0.99))
}

// gwbStartProvider runs a provider agent for the chaintest account "provider" with its endpoint on
// a local port, as gin-agent would (as gateway/e2e does); it stops when the test ends.
func gwbStartProvider(t *testing.T, s *apitest.Stack, in *apitest.Instance, cli *client.Client) (*agent.Agent, *gwbLog) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg := agent.Config{Key: hexutil.Encode(crypto.FromECDSA(chaintest.Key("provider")))[2:], APIURL: in.URL, Region: "eu",
		Endpoint: "http://" + ln.Addr().String(), StateDir: t.TempDir(), ChainID: s.Chain.ChainID.Int64(),
		Escrow: s.Chain.Contracts.Deployment.Escrow.Hex(), Chain: s.Chain.Contracts, Floor: map[string]string{"*": "100000000000000000"}, Markup: 0.5,
		Poll: 100 * time.Millisecond, Heartbeat: 200 * time.Millisecond, Meter: time.Hour, Retry: time.Second,
		// The job names its model; the agent fetches it from the stack's hub.
		Models: agent.ModelCache{HubEndpoint: s.Hub.URL()}}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	lb := &gwbLog{}
	log := slog.New(slog.NewTextHandler(lb, nil))
	ctx, cancel := context.WithCancel(context.Background())
	var a *agent.Agent
	// A short health interval only speeds up the set-up (deploy time is not measured here).
	rt, err := agentrt.New(ctx, cfg.RuntimeConfig(agentrt.Config{AgentID: gwbAgentID, Docker: cli, Logger: log, StartGrace: 30 * time.Second,
		HealthInterval: 200 * time.Millisecond, StopGrace: time.Second, Progress: func(e agentrt.Event) {
			if a != nil {
				a.Event(e)
			}
		}}))
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if a, err = agent.New(ctx, cfg, []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}, rt, log); err != nil {
		cancel()
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Go(func() { _ = a.ServeEndpoint(ctx, ln) })
	wg.Go(func() { _ = a.Run(ctx); rt.Close() })
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		if t.Failed() {
			t.Logf("provider agent log (tail):\n%s", lb.tail(4000))
		}
	})
	return a, lb
}

// gwbDeploy submits a service job of the hub's model and waits until the agent runs it with the
// reference runtime.
func gwbDeploy(t *testing.T, s *apitest.Stack, c *apiclient.Client, logs *gwbLog) apiv1.Job {
	t.Helper()
	ctx := context.Background()
	// Submitted once the agent is online (the API refuses a job no provider can serve now).
	var rsp *apiv1.SubmitJobResponse
	gwbEventually(t, "the API to take the job", 20*time.Second, func() bool {
		var err error
		rsp, err = c.SubmitJobWithResponse(ctx, apiv1.JobRequest{Model: ptr(apitest.Model), Kind: apiv1.Service,
			Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 1},
			MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600})
		if err != nil || rsp.JSON201 == nil && rsp.StatusCode() != http.StatusUnprocessableEntity {
			t.Fatalf("submit: %v %s", err, rsp.Body)
		}
		return rsp.JSON201 != nil
	})
	rc := s.Chain.Send(t, "client", s.Chain.Contracts.EscrowC, hexutil.MustDecode(rsp.JSON201.CreateJobTx.Data))
	att, err := c.AttachJobTxWithResponse(ctx, rsp.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.TxHash.Hex()})
	if err != nil || att.JSON200 == nil {
		t.Fatalf("attach: %v %s", err, att.Body)
	}
	job := *att.JSON200
	if job.Image != runtimeimage.Tag {
		t.Fatalf("job of %s runs image %s, want the reference runtime %s", apitest.Model, job.Image, runtimeimage.Tag)
	}
	gwbEventually(t, "the provider's bid", 10*time.Second, func() bool { return strings.Contains(logs.String(), "msg=bid") })
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond) // a heartbeat at the new time
	s.Tick()
	gwbEventually(t, "job running", 60*time.Second, func() bool {
		r, err := c.GetJobWithResponse(ctx, job.Id)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("get job: %v", err)
		}
		if r.JSON200.State == apiv1.JobStateFailed {
			t.Fatalf("job failed: %v", *r.JSON200.Reason)
		}
		job = *r.JSON200
		return job.State == apiv1.JobStateRunning && job.ChainJobId != nil
	})
	return job
}

func gwbRemoveContainers(t *testing.T, cli *client.Client) {
	cs, err := cli.ContainerList(context.Background(), container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", agentrt.LabelAgent+"="+gwbAgentID))})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		_ = cli.ContainerRemove(context.Background(), c.ID, container.RemoveOptions{Force: true})
	}
}

func gwbEventually(t *testing.T, what string, d time.Duration, f func() bool) {
	t.Helper()
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if f() {
			return
		}
	}
	t.Fatalf("timed out after %s waiting for %s", d, what)
}

// gwbLog is a concurrency-safe log sink the test reads.
type gwbLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *gwbLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *gwbLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *gwbLog) tail(n int) string {
	s := l.String()
	return s[max(0, len(s)-n):]
}
