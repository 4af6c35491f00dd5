package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"mime"
	"net/http"
	"net/http/httptrace"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/engines"
	"github.com/gintonic/gintonic/money"
	"github.com/gintonic/gintonic/netguard"
)

// Routes are the paths the gateway serves (apiv1.ModelRoutes); a path ending in "/*" covers its
// subpaths too.
var Routes = apiv1.ModelRoutes

// Config is what a Gateway needs.
type Config struct {
	Keys *Keys
	// MinBalance is the escrow balance a client needs for its requests to be forwarded; Balance
	// reads a client's escrow balance (free + locked, at finality).
	MinBalance *big.Int
	Balance    func(ctx context.Context, client common.Address) (*big.Int, error)
	KeyTTL     time.Duration // how long a key lookup is cached; default 3 s (a revoked key works at most that long)
	// Sign signs the gateway pass of each forwarded request with this instance's controller key
	// (in the escrow's EIP-712 domain); nil makes the gateway refuse to forward, since no
	// provider takes a request without a pass.
	Sign func(chain.GatewayPass) ([]byte, error)
	// AllowPrivate lets the gateway reach providers at loopback and private addresses (dev
	// chains only): see netguard.ProviderTransport.
	AllowPrivate bool
	// Transport replaces the provider transport (tests); by default a netguard.ProviderTransport.
	Transport http.RoundTripper
	Log       *slog.Logger
	Now       func() time.Time // default time.Now
	// Registry gets the gateway's metrics (gintonic_gateway_*); nil keeps them unregistered.
	Registry prometheus.Registerer
	// FailoverHold is how long a request that none of its job's providers served (every one
	// tried, or none running) waits for the job to come back (its backup awarded and running, a
	// replica running, or a provider answering again) before the client gets an error, within the
	// request's own deadline; 0 answers 502 at once. Only a request nothing of which reached the
	// client is held: a stream that started stays where it is.
	FailoverHold time.Duration
}

// holdPoll is how often a held request looks for the job's provider again.
const holdPoll = 200 * time.Millisecond

// Gateway is the HTTP handler for the model routes.
type Gateway struct {
	cfg   Config
	tr    *netguard.ProviderTransport
	m     *metrics
	meter *meterBatch
	mu    sync.Mutex
	bal   *balancer
	cache map[string]cachedGrant
	jobs  map[int64]cachedServing
}

type cachedServing struct {
	s   *serving
	exp time.Time
}

// servingTTL is how long where a job's requests go is cached. A request every cached target fails
// looks again at once (the retry reads afresh), so a failover is followed without waiting.
const servingTTL = time.Second

func (gw *Gateway) serving(ctx context.Context, job int64, fresh bool) (s *serving, cached bool, err error) {
	now := time.Now()
	if !fresh {
		gw.mu.Lock()
		c, ok := gw.jobs[job]
		gw.mu.Unlock()
		if ok && now.Before(c.exp) {
			return c.s, true, nil
		}
	}
	if s, err = gw.cfg.Keys.serving(ctx, job); err != nil {
		return nil, false, err
	}
	gw.mu.Lock()
	if len(gw.jobs) > 100_000 {
		clear(gw.jobs)
	}
	gw.jobs[job] = cachedServing{s: s, exp: now.Add(servingTTL)}
	gw.mu.Unlock()
	return s, false, nil
}

type cachedGrant struct {
	g   *grant // nil: no such key
	exp time.Time
}

// New checks cfg and builds the gateway.
func New(cfg Config) (*Gateway, error) {
	if cfg.Keys == nil || cfg.Balance == nil || cfg.MinBalance == nil {
		return nil, errors.New("gateway: keys, balance reader and minimum balance are required")
	}
	if cfg.KeyTTL <= 0 {
		cfg.KeyTTL = 3 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Gateway{cfg: cfg, tr: netguard.NewProviderTransport(cfg.AllowPrivate), m: newMetrics(cfg.Registry), meter: newMeterBatch(cfg.Keys.db, cfg.Log),
		bal: newBalancer(), cache: map[string]cachedGrant{}, jobs: map[int64]cachedServing{}}, nil
}

// Flush writes the usage counted on this instance and not yet written (they are written within
// 100 ms anyway): before reading the counters, and at shutdown.
func (gw *Gateway) Flush(ctx context.Context) error { return gw.meter.Flush(ctx) }

// Forget drops the cached lookups, so that a revocation takes effect at once on this instance.
func (gw *Gateway) Forget() {
	gw.mu.Lock()
	clear(gw.cache)
	clear(gw.jobs)
	gw.mu.Unlock()
}

func (gw *Gateway) grant(ctx context.Context, secret string) (*grant, error) {
	now := time.Now()
	gw.mu.Lock()
	c, ok := gw.cache[secret]
	gw.mu.Unlock()
	if ok && now.Before(c.exp) {
		return c.g, nil
	}
	g, err := gw.cfg.Keys.lookup(ctx, secret)
	if err != nil {
		return nil, err
	}
	gw.mu.Lock()
	if len(gw.cache) > 100_000 {
		clear(gw.cache)
	}
	gw.cache[secret] = cachedGrant{g: g, exp: now.Add(gw.cfg.KeyTTL)}
	gw.mu.Unlock()
	return g, nil
}

// openAIError writes the error shape OpenAI clients parse.
func openAIError(w http.ResponseWriter, status int, typ, code, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // "<seconds>" reads as written, not as \u003cseconds\u003e
	_ = enc.Encode(map[string]any{"error": map[string]string{
		"message": fmt.Sprintf(format, args...), "type": typ, "code": code}})
}

// ServeHTTP authenticates the key, checks the client's balance and forwards the request to one of
// the providers serving the job (serve).
func (gw *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	obs := &observation{route: route(r.URL.Path), start: time.Now()}
	sw := &statusWriter{ResponseWriter: w}
	w = sw
	ctx := r.Context()
	defer func() {
		gw.m.requests.WithLabelValues(obs.route, sw.code()).Inc()
		gw.timed(ctx, obs, sw.status)
	}()
	secret, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if secret == "" {
		openAIError(w, http.StatusUnauthorized, "invalid_request_error", "missing_api_key",
			"send a deployment API key as \"Authorization: Bearer gk_...\"; create one with POST /v1/jobs/{id}/keys")
		return
	}
	g, err := gw.grant(ctx, secret)
	if err != nil {
		gw.cfg.Log.Error("gateway key lookup failed", "err", err)
		openAIError(w, http.StatusServiceUnavailable, "server_error", "unavailable", "the gateway cannot check keys right now; retry shortly")
		return
	}
	if g == nil || g.Revoked {
		openAIError(w, http.StatusUnauthorized, "invalid_request_error", "invalid_api_key",
			"the API key is unknown or revoked; create a new one with POST /v1/jobs/{id}/keys")
		return
	}
	client := common.BytesToAddress(g.Client)
	bal, err := gw.cfg.Balance(ctx, client)
	if err != nil {
		gw.cfg.Log.Error("gateway balance read failed", "client", client, "err", err)
		openAIError(w, http.StatusServiceUnavailable, "server_error", "unavailable", "the gateway cannot read your escrow balance right now; retry shortly")
		return
	}
	if bal.Cmp(gw.cfg.MinBalance) < 0 {
		openAIError(w, http.StatusPaymentRequired, "insufficient_quota", "insufficient_balance",
			"your escrow balance is %s (finalized) but using a deployment needs at least %s: deposit %s more (gin deposit, or the dashboard)",
			money.FormatGIN(bal), money.FormatGIN(gw.cfg.MinBalance), money.FormatGIN(new(big.Int).Sub(gw.cfg.MinBalance, bal)))
		return
	}
	var body []byte
	if r.Body != nil {
		// Buffered so that the request can be sent again to another provider.
		if body, err = io.ReadAll(r.Body); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				openAIError(w, http.StatusRequestEntityTooLarge, "invalid_request_error", "request_too_large", "the request body is over the gateway's limit of %d bytes", tooBig.Limit)
				return
			}
			openAIError(w, http.StatusBadRequest, "invalid_request_error", "bad_body", "read the request body: %v", err)
			return
		}
	}
	gw.serve(w, r, body, g, obs)
}

// outcome is how one attempt to forward a request ended.
type outcome struct {
	err error // nil: the provider's answer went to the client
	// started: something reached the client, so the request cannot be sent anywhere again.
	started bool
	// reached: a connection to the provider was made, so the request may have reached it.
	reached bool
}

// notServedError is a provider's 502 or 503 answer that was not copied to the client, so that
// another provider can serve the request: its agent could not reach the job's container, or runs
// no deployment of the job (yet, or any more).
type notServedError struct{ status int }

func (e notServedError) Error() string {
	return fmt.Sprintf("the provider answered %d %s", e.status, http.StatusText(e.status))
}

// notServing reports whether a provider's status says that it did not serve the request.
func notServing(status int) bool {
	return status == http.StatusBadGateway || status == http.StatusServiceUnavailable
}

// forward proxies one attempt to t. With replay, a 502 or 503 answer is not copied to the client
// (nor metered) but returned as a notServedError, for the caller to try another provider.
func (gw *Gateway) forward(w http.ResponseWriter, r *http.Request, body []byte, t *target, g *grant, obs *observation, replay bool) outcome {
	endpoint := *t.Endpoint
	base, perr := url.Parse(endpoint)
	if perr != nil || base.Scheme == "" || base.Host == "" {
		return outcome{err: fmt.Errorf("provider endpoint %q is not a URL", endpoint)}
	}
	tr := gw.cfg.Transport
	if tr == nil {
		pin := ""
		if t.TLSPin != nil {
			pin = *t.TLSPin
		}
		tr = gw.tr.For(pin)
	}
	tr = timedTransport{rt: tr, obs: obs}
	var signErr error
	var proxyErr error
	var reached atomic.Bool
	var start time.Time
	rw := &startedWriter{ResponseWriter: w}
	p := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(base)
			pr.Out.Host = base.Host
			// The client's key is for the gateway only; the provider answers its own container.
			pr.Out.Header.Del("Authorization")
			// One provider endpoint serves all of its deployments: the agent routes by job, and
			// takes the request only with a pass signed by a controller for this very request,
			// naming the round of this provider's award (a replica's own).
			pr.Out.Header.Set(apiv1.JobHeader, strconv.FormatInt(*t.ChainJobID, 10))
			pass := chain.NewPass(uint64(*t.ChainJobID), uint64(*t.Round), common.BytesToAddress(t.Provider), pr.Out.Method, pr.Out.URL.RequestURI(), gw.cfg.Now())
			sig, err := gw.cfg.Sign(pass)
			if err != nil {
				signErr = err
			}
			pr.Out.Header.Set(chain.PassHeader, pass.Encode(sig))
			pr.SetXForwarded()
			obs.forwarding(gw.m)
			start = time.Now()
		},
		Transport:     tr,
		FlushInterval: -1, // server-sent events pass through unbuffered
		// Metered as soon as the provider answers: a stream's copy may end in an aborted
		// handler once the client has what it wanted, after which nothing more runs here.
		ModifyResponse: func(resp *http.Response) error {
			// The queue the provider's agent read from the engine is for the balancer, not the client.
			if n, err := strconv.Atoi(resp.Header.Get(engines.QueueHeader)); err == nil {
				gw.bal.queued(g.JobID, t, n, time.Now())
			}
			resp.Header.Del(engines.QueueHeader)
			if notServing(resp.StatusCode) {
				if replay {
					return notServedError{resp.StatusCode}
				}
				gw.bal.failed(g.JobID, t, time.Now()) // passed on as it is, but not a provider to prefer
			} else {
				gw.answered(r.Context(), g.JobID, t, time.Since(start))
			}
			gw.m.upstream.WithLabelValues(obs.route).Observe(time.Since(obs.sent).Seconds())
			gw.m.served.WithLabelValues(kindOf(t)).Inc()
			u := readUsage(resp)
			gw.m.usage(u)
			gw.meter.add(g, u)
			return nil
		},
		ErrorHandler: func(_ http.ResponseWriter, _ *http.Request, err error) { proxyErr = err },
		ErrorLog:     slog.NewLogLogger(gw.cfg.Log.Handler(), slog.LevelWarn), // a stream cut off mid-way
	}
	// A connection obtained means the request may have gone out; without one (a refused or
	// failed dial, a TLS key that is not the pinned one) nothing reached the provider.
	trace := &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) { reached.Store(true) }}
	req := r.Clone(httptrace.WithClientTrace(r.Context(), trace))
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.ContentLength = int64(len(body))
	// Lets the transport send the request again on a fresh connection when a pooled one turns out
	// closed before anything was written: that is no failure of the provider.
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	p.ServeHTTP(rw, req)
	if signErr != nil && proxyErr == nil {
		gw.cfg.Log.Error("gateway cannot sign a pass", "err", signErr)
	}
	if proxyErr != nil {
		return outcome{err: proxyErr, started: rw.started, reached: reached.Load()}
	}
	return outcome{started: true, reached: true}
}

// answered notes that t answered a request, after ttfb: for the balancer, and to clear its
// unreachable mark when it had one.
func (gw *Gateway) answered(ctx context.Context, job int64, t *target, ttfb time.Duration) {
	if gw.bal.answered(job, t, ttfb, time.Now()) || t.UnreachableSince != nil {
		if err := gw.cfg.Keys.reachable(context.WithoutCancel(ctx), job, t, true, gw.cfg.Now()); err != nil {
			gw.cfg.Log.Warn("gateway", "err", err)
		}
	}
}

// kindOf is the label of the requests t served: the job's current round, or a replica.
func kindOf(t *target) string {
	if t.Replica {
		return "replica"
	}
	return "current"
}

// readUsage takes the OpenAI "usage" object from a non-streamed JSON answer, putting the body
// back for the client. Streams count as a request without tokens.
func readUsage(resp *http.Response) Usage {
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "application/json" || resp.StatusCode != http.StatusOK {
		return Usage{}
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	rest := resp.Body
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(raw), rest), rest}
	if err != nil {
		return Usage{}
	}
	var v struct {
		Usage Usage `json:"usage"`
	}
	_ = json.Unmarshal(raw, &v)
	// The counts are the provider's word: a negative one would panic the token counter and a huge
	// one overflow every later flush of the meter (offchain audit F14), so they are clamped.
	v.Usage.PromptTokens = min(max(v.Usage.PromptTokens, 0), maxTokensPerRequest)
	v.Usage.CompletionTokens = min(max(v.Usage.CompletionTokens, 0), maxTokensPerRequest)
	return v.Usage
}

// maxTokensPerRequest bounds the tokens one answer may claim (far beyond any context window).
const maxTokensPerRequest = 1_000_000_000

// startedWriter notes whether the response has begun, and passes flushes through for streams.
type startedWriter struct {
	http.ResponseWriter
	started bool
}

func (s *startedWriter) WriteHeader(code int) {
	s.started = true
	s.ResponseWriter.WriteHeader(code)
}

func (s *startedWriter) Write(b []byte) (int, error) {
	s.started = true
	return s.ResponseWriter.Write(b)
}

func (s *startedWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
