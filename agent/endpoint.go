package agent

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// Endpoint is the provider's public face: the gateway sends every request for a deployment of
// this provider here, naming the escrow job in apiv1.JobHeader, and it goes on to that job's
// container, whose port is bound to 127.0.0.1 only. Streams pass through unbuffered.
func (a *Agent) Endpoint() http.Handler {
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			target, _ := pr.In.Context().Value(targetKey{}).(*url.URL)
			pr.SetURL(target)
			pr.Out.Header.Del(apiv1.JobHeader)
			pr.SetXForwarded()
		},
		FlushInterval: -1,
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			a.log.Warn("endpoint cannot reach container", "job", r.Header.Get(apiv1.JobHeader), "err", err)
			http.Error(w, "the job's container does not answer: "+err.Error(), http.StatusBadGateway)
		},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h := r.Header.Get(apiv1.JobHeader)
		if h == "" {
			http.Error(w, "missing "+apiv1.JobHeader+": this endpoint serves the marketplace gateway's requests", http.StatusBadRequest)
			return
		}
		job, err := strconv.ParseUint(h, 10, 64)
		if err != nil {
			http.Error(w, apiv1.JobHeader+" must be an escrow job id, got "+strconv.Quote(h), http.StatusBadRequest)
			return
		}
		addr := a.Addr(job)
		if addr == "" {
			// 503, not 404: the gateway may retry once this provider has (re)started the job.
			http.Error(w, fmt.Sprintf("job %d has no running deployment on this provider", job), http.StatusServiceUnavailable)
			return
		}
		ctx := context.WithValue(r.Context(), targetKey{}, &url.URL{Scheme: "http", Host: addr})
		proxy.ServeHTTP(w, r.WithContext(ctx))
	})
}

type targetKey struct{}

// ServeEndpoint serves Endpoint on ln until ctx ends, then shuts down gracefully.
func (a *Agent) ServeEndpoint(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: a.Endpoint(), ReadHeaderTimeout: 10 * time.Second}
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
