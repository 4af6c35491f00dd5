// Package web is the dashboard: the single-page app built from web/src by Vite (scripts/web.sh)
// and embedded in the API binary, which serves it at `/` next to the API.
package web

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// dist is the committed build output, so that `go build` works before any npm build.
//
//go:embed all:dist
var dist embed.FS

// Config is what the app learns from the deployment it is served with, at /config.json.
type Config struct {
	ChainID   uint64 `json:"chainId"`
	ChainName string `json:"chainName"`
	// RPCURL is offered to wallets in wallet_addEthereumChain: a public endpoint, never the
	// operator's own node URL (which often carries an API key); "" offers none.
	RPCURL  string         `json:"rpcUrl"`
	Token   common.Address `json:"token"`
	Staking common.Address `json:"staking"`
	Escrow  common.Address `json:"escrow"`
}

// securityHeaders go on every response of the app. The app loads only its own scripts and
// talks to its own origin (wallets reach the chain from their own context); connectTo adds the
// public RPC URL's origin, which the app offers wallets anyway (an in-page wallet calls it). The
// app may not be framed (clickjacking of a signing prompt).
func securityHeaders(connectTo string) map[string]string {
	connect := "'self'"
	if u, err := url.Parse(connectTo); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		connect += " " + u.Scheme + "://" + u.Host
	}
	return map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
			"connect-src " + connect + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
		"X-Frame-Options":        "DENY",
		"X-Content-Type-Options": "nosniff",
		"Referrer-Policy":        "no-referrer",
	}
}

// Handler serves the app: /config.json, the hashed assets with a year's cache, any other file
// of the build, and index.html for every other path (the app's client-side routes).
func Handler(cfg Config) http.Handler {
	if cfg.ChainName == "" {
		cfg.ChainName = "Gintonic"
	}
	conf, err := json.Marshal(cfg)
	if err != nil {
		panic(err) // addresses and strings always marshal
	}
	root, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	index, _ := fs.ReadFile(root, "index.html")
	files := http.FileServerFS(root)
	headers := securityHeaders(cfg.RPCURL)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		switch {
		case p == "/config.json":
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-cache")
			w.WriteHeader(http.StatusOK) // explicit: a router's not-found handler may have preset 404
			w.Write(conf)
			return
		case strings.HasPrefix(p, "/assets/"):
			if _, err := fs.Stat(root, p[1:]); err != nil {
				http.NotFound(w, r)
				return
			}
			// Vite names assets by content hash: a changed file is a new URL.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			files.ServeHTTP(w, r)
			return
		case p != "/" && p != "/index.html":
			if st, err := fs.Stat(root, p[1:]); err == nil && !st.IsDir() {
				w.Header().Set("Cache-Control", "public, max-age=3600")
				files.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.WriteHeader(http.StatusOK)
		w.Write(index)
	})
}
