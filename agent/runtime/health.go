package runtime

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// newHealthClient talks only to the job's container and must never go through a proxy from the
// environment or keep idle connections to services that may be replaced any moment.
func newHealthClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout:   timeout,
		Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // a redirect answer already proves the service is up
		},
	}
}

// probe checks once that the service at addr (host:port) is healthy: an HTTP GET of path
// answering 2xx or 3xx, or, without a health path, a TCP connection being accepted.
func (r *Runtime) probe(ctx context.Context, addr, path string) error {
	if addr == "" {
		return errors.New("the container has no address yet")
	}
	ctx, cancel := context.WithTimeout(ctx, r.cfg.HealthTimeout)
	defer cancel()
	if path == "" {
		var d net.Dialer
		c, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return fmt.Errorf("connect %s: %w", addr, err)
		}
		return c.Close()
	}
	url := "http://" + addr + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("health request %s: %w", url, err)
	}
	resp, err := r.http.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Errorf("GET %s: status %s", url, resp.Status)
	}
	return nil
}
