package web_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/web"
)

// TestSecurityHeaders: every response of the dashboard forbids framing, MIME sniffing and
// scripts from anywhere but its own origin.
func TestSecurityHeaders(t *testing.T) {
	h := web.Handler(web.Config{ChainID: 1})
	for _, path := range []string{"/", "/config.json", "/client/jobs/7", "/assets/nope.js"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			w.Header().Get("X-Frame-Options") != "DENY" || w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: headers %v", path, w.Header())
		}
	}
	// The public RPC URL's origin (never its path, which may hold a key) is the one other
	// address the page may call.
	w0 := httptest.NewRecorder()
	web.Handler(web.Config{ChainID: 31337, RPCURL: "http://127.0.0.1:8545/some/path"}).ServeHTTP(w0, httptest.NewRequest(http.MethodGet, "/", nil))
	if csp := w0.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' http://127.0.0.1:8545;") {
		t.Errorf("CSP with an RPC URL: %s", csp)
	}
	// Without a public RPC URL configured, /config.json offers none.
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/config.json", nil))
	if !strings.Contains(w.Body.String(), `"rpcUrl":""`) {
		t.Errorf("config.json: %s", w.Body)
	}
}
