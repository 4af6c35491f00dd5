package agent

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/engines"
)

// Endpoint is the provider's public face: the gateway sends every request for a deployment of
// this provider here with a gateway pass (chain.GatewayPass) naming the escrow job, and it goes on
// to that job's container. Requests without a valid pass get 401 and are counted
// (gintonic_agent_endpoint_refused_total); only the gateway's model routes are served. Streams
// pass through unbuffered. Each answer of an engine with a queue gauge carries its queue depth
// (engines.QueueHeader) for the gateway; that header never comes from the container itself.
func (a *Agent) Endpoint() http.Handler {
	a.mu.Lock()
	if a.queues == nil {
		a.queues = newQueues(a.log)
	}
	q := a.queues
	a.mu.Unlock()
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			to, _ := pr.In.Context().Value(targetKey{}).(target)
			pr.SetURL(&url.URL{Scheme: "http", Host: to.addr})
			pr.Out.Header.Del(apiv1.JobHeader)
			pr.Out.Header.Del(chain.PassHeader)
			pr.SetXForwarded()
		},
		ModifyResponse: func(resp *http.Response) error {
			resp.Header.Del(engines.QueueHeader)
			to, _ := resp.Request.Context().Value(targetKey{}).(target)
			if n, ok := q.depth(to.job, to.addr, time.Now()); ok {
				resp.Header.Set(engines.QueueHeader, strconv.Itoa(n))
			}
			return nil
		},
		FlushInterval: -1,
		// Straight to the job's network: never through a proxy from the environment.
		Transport: &http.Transport{Proxy: nil, DialContext: (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConns: 256, MaxIdleConnsPerHost: 64, IdleConnTimeout: 90 * time.Second},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			a.log.Warn("endpoint cannot reach container", "job", r.Header.Get(apiv1.JobHeader), "err", err)
			http.Error(w, "the job's container does not answer: "+err.Error(), http.StatusBadGateway)
		},
	}
	roundOf := func(job uint64) uint64 {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.addrs[job] == "" {
			return 0
		}
		return a.running[job]
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if !apiv1.IsModelRoute(r.URL.Path) {
			a.metrics.refused.WithLabelValues("route").Inc()
			http.Error(w, fmt.Sprintf("%s is not a route the gateway serves", r.URL.Path), http.StatusNotFound)
			return
		}
		job, no := a.gate.check(r.Context(), r, roundOf)
		if no != nil {
			a.metrics.refused.WithLabelValues(no.reason).Inc()
			if no.status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", chain.PassHeader)
			}
			http.Error(w, no.msg, no.status)
			return
		}
		addr := a.Addr(job)
		if addr == "" {
			// 503, not 404: the gateway may retry once this provider has (re)started the job.
			http.Error(w, fmt.Sprintf("job %d has no running deployment on this provider", job), http.StatusServiceUnavailable)
			return
		}
		q.depth(job, addr, time.Now()) // a fresh reading for the answer, while the engine works
		// An engine may answer once it has the whole body, before the proxy has read that body's
		// end from the gateway. Without full duplex, the server then discards and closes the
		// request body as the answer's header goes out; the proxy's next read of it fails and
		// takes the engine's connection, and the stream, down with it. HTTP/2 is full duplex
		// already (ErrNotSupported).
		_ = http.NewResponseController(w).EnableFullDuplex()
		ctx := context.WithValue(r.Context(), targetKey{}, target{job: job, addr: addr})
		proxy.ServeHTTP(w, r.WithContext(ctx))
	})
}

// target is where the endpoint sends a request: the job's container.
type target struct {
	job  uint64
	addr string
}

type targetKey struct{}

// ServeEndpoint serves Endpoint on ln until ctx ends, then shuts down gracefully.
func (a *Agent) ServeEndpoint(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: a.Endpoint(), ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	if a.cert != nil {
		ln = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{*a.cert}, MinVersion: tls.VersionTLS12, NextProtos: []string{"h2", "http/1.1"}})
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve the provider endpoint on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		if err := <-served; !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve the provider endpoint on %s: %w", ln.Addr(), err)
		}
		return nil
	}
}
