package gateway

import (
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// Timing is how one request that the gateway forwarded spent its time in the gateway's handler:
// Total from ServeHTTP's start to its return, Upstream waiting on providers (every attempt's round
// trip until the response headers or the error, and the time spent inside reads of the response
// body, which for a stream includes waiting for each chunk). Overhead is the rest: the gateway's
// own work (key, balance and job checks, buffering the request, signing the pass, metering,
// copying the answer to the client).
type Timing struct {
	Route    string // the pattern of Routes
	Status   int    // what the client got (0 when it went away first)
	Total    time.Duration
	Upstream time.Duration
}

// Overhead is the time the gateway itself added to the request.
func (t Timing) Overhead() time.Duration { return t.Total - t.Upstream }

type timingKey struct{}

// ObserveTiming returns a context whose requests report their Timing to f once the gateway's
// handler returns, for requests that were forwarded to a provider (refusals are not). It lets
// whatever runs in front of the gateway (a benchmark, a tracing middleware) time each request;
// f runs on the request's goroutine and must not block. Every instance also records the overhead
// in the gintonic_gateway_overhead_seconds histogram.
func ObserveTiming(ctx context.Context, f func(Timing)) context.Context {
	return context.WithValue(ctx, timingKey{}, f)
}

// timed finishes the timing of a request: the histogram for every forwarded request, and the
// observer of ObserveTiming when the request's context has one.
func (gw *Gateway) timed(ctx context.Context, obs *observation, status int) {
	if obs.sent.IsZero() {
		return // refused before any attempt
	}
	t := Timing{Route: obs.route, Status: status, Total: time.Since(obs.start), Upstream: time.Duration(obs.waited.Load())}
	gw.m.overhead.WithLabelValues(t.Route).Observe(t.Overhead().Seconds())
	if f, ok := ctx.Value(timingKey{}).(func(Timing)); ok && f != nil {
		f(t)
	}
}

// timedTransport counts the time a request waits on its provider into an observation: the round
// trip to the response headers, and reads of the response body.
type timedTransport struct {
	rt  http.RoundTripper
	obs *observation
}

func (t timedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := t.rt.RoundTrip(r)
	t.obs.waited.Add(int64(time.Since(start)))
	if resp != nil && resp.Body != nil && resp.StatusCode != http.StatusSwitchingProtocols {
		resp.Body = &timedBody{ReadCloser: resp.Body, obs: t.obs}
	}
	return resp, err
}

// timedBody counts the time spent in reads of a provider's response body.
type timedBody struct {
	io.ReadCloser
	obs *observation
}

func (b *timedBody) Read(p []byte) (int, error) {
	start := time.Now()
	n, err := b.ReadCloser.Read(p)
	b.obs.waited.Add(int64(time.Since(start)))
	return n, err
}

// waitedNs is nanoseconds spent waiting on providers (atomic: a body may be read on another
// goroutine than the handler's).
type waitedNs = atomic.Int64
