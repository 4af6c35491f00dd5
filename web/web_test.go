package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/web"
)

func TestHandler(t *testing.T) {
	h := web.Handler(web.Config{ChainID: 31337, RPCURL: "http://127.0.0.1:8545", Escrow: common.HexToAddress("0x01")})
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	index := get("/")
	if index.Code != http.StatusOK || !strings.Contains(index.Body.String(), `id="main"`) {
		t.Fatalf("GET /: %d %.200s", index.Code, index.Body)
	}
	for _, route := range []string{"/client", "/provider", "/wallet", "/client/jobs/7"} {
		if w := get(route); w.Code != http.StatusOK || w.Body.String() != index.Body.String() || w.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("GET %s: %d, cache %q; want index.html, not cached", route, w.Code, w.Header().Get("Cache-Control"))
		}
	}
	conf := get("/config.json")
	if !strings.Contains(conf.Body.String(), `"chainId":31337`) || !strings.Contains(conf.Body.String(), `"escrow":"0x0000000000000000000000000000000000000001"`) {
		t.Errorf("GET /config.json: %s", conf.Body)
	}
	// The hashed script index.html loads: a year's cache.
	i := strings.Index(index.Body.String(), `src="/assets/`)
	if i < 0 {
		t.Fatal("index.html loads no /assets/ script")
	}
	asset := index.Body.String()[i+5:]
	asset = asset[:strings.IndexByte(asset, '"')]
	w := get(asset)
	body, _ := io.ReadAll(w.Body)
	if w.Code != http.StatusOK || len(body) == 0 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("GET %s: %d, %d bytes, cache %q", asset, w.Code, len(body), w.Header().Get("Cache-Control"))
	}
	if w := get("/assets/missing.js"); w.Code != http.StatusNotFound {
		t.Errorf("a missing asset: %d, want 404 (not index.html)", w.Code)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", rec.Code)
	}
}
