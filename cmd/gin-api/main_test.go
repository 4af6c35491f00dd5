package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestConfigErrors(t *testing.T) {
	db := map[string]string{"DATABASE_URL": "postgres://u@localhost/db"}
	with := func(k, v string) map[string]string {
		m := map[string]string{k: v}
		for k, v := range db {
			m[k] = v
		}
		return m
	}
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"no database", nil, nil, "no database: set -database-url or DATABASE_URL"},
		{"bad database", []string{"-database-url=mysql://x"}, nil, "-database-url: want a postgres:// URL"},
		{"bad listen", []string{"-listen=8080"}, db, `-listen "8080": want host:port`},
		{"bad listen env", nil, with("GIN_API_LISTEN", "localhost"), `-listen "localhost": want host:port`},
		{"wildcard listen", []string{"-listen=:8080"}, db, "-public-url: required when -listen"},
		{"bad public url", []string{"-public-url=gintonic.example"}, db, `-public-url "gintonic.example": want an absolute http(s):// URL`},
		{"public url with query", nil, with("GIN_PUBLIC_URL", "https://g.example/?x=1"), "-public-url"},
		{"bad rpc", []string{"-rpc=127.0.0.1:8545"}, db, `want an http(s):// or ws(s):// URL`},
		{"bad controller id", []string{"-controller-id=ctl 1"}, db, `-controller-id "ctl 1": want one non-empty word`},
		{"empty region", []string{"-region="}, db, "-region: must not be empty"},
		{"latency no ms", []string{"-region-latency=us"}, db, `-region-latency: "us": want region=milliseconds`},
		{"latency negative", nil, with("GIN_REGION_LATENCY", "us=90,asia=-1"), `-region-latency: "asia=-1"`},
		{"latency not a number", []string{"-region-latency=us=fast"}, db, `-region-latency: "us=fast"`},
		{"latency twice", []string{"-region-latency=us=90, us=80"}, db, `-region-latency: region "us" given twice`},
		{"key not hex", []string{"-controller-key=0x1234zz"}, db, "-controller-key (GIN_CONTROLLER_KEY): neither a private key"},
		{"key env bad hex", nil, with("GIN_CONTROLLER_KEY", strings.Repeat("0", 64)), "-controller-key (GIN_CONTROLLER_KEY): private key is not"},
		{"key file missing", []string{"-controller-key=/nonexistent/key.json"}, db, "-controller-key (GIN_CONTROLLER_KEY): read key file"},
		{"negative balance", []string{"-min-balance=-1"}, db, `-min-balance: "-1" is not a whole, non-negative number`},
		{"fractional balance", nil, with("GIN_MIN_BALANCE", "1.5"), `-min-balance: "1.5"`},
		{"bad bidding period", []string{"-bidding-period=0s"}, db, `-bidding-period: "0s" is not a positive duration`},
		{"short heartbeat timeout", []string{"-heartbeat-timeout=2s"}, db, `-heartbeat-timeout: "2s" is not a duration longer than the 5s heartbeat interval`},
		{"bad log retention", []string{"-log-retention=forever"}, db, `-log-retention: "forever" is not a positive duration`},
		{"bad hub endpoint", nil, with("HF_ENDPOINT", "huggingface.co"), `-hf-endpoint: "huggingface.co" is not an http(s) URL`},
		{"zero finality", nil, with("GIN_FINALITY_DEPTH", "0"), `-finality-depth: "0" is not a positive whole number`},
		{"bad log format", []string{"-log-format=xml"}, db, `-log-format "xml": want text or json`},
		{"stray argument", []string{"serve"}, db, `unexpected argument "serve"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig(tc.args, env(tc.env), io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	// A missing deployments file is reported before anything connects.
	err := run(context.Background(), []string{"-deployments", "/nonexistent.json"}, env(db), io.Discard)
	if err == nil || !strings.Contains(err.Error(), "read deployments file") {
		t.Fatalf("missing deployments file: %v", err)
	}
}

func TestConfig(t *testing.T) {
	db := map[string]string{"DATABASE_URL": "postgres://u@localhost/db"}
	c, err := parseConfig(nil, env(db), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.API.URI != "http://127.0.0.1:8080" || c.API.Domain != "127.0.0.1:8080" || c.API.ControllerKey != nil ||
		c.API.MinBalance.Cmp(chain.Tokens(1_000_000)) != 0 || c.FinalityDepth != 12 {
		t.Fatalf("defaults: %+v", c)
	}

	c, err = parseConfig([]string{"-public-url=https://gintonic.example/", "-region=eu", "-region-latency=us=90, asia=180", "-min-balance=5"}, env(db), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.API.URI != "https://gintonic.example" || c.API.Domain != "gintonic.example" || c.PublicFromListen ||
		c.API.RegionLatencyMs["us"] != 90 || c.API.RegionLatencyMs["asia"] != 180 || c.API.MinBalance.Cmp(chain.Tokens(5)) != 0 {
		t.Fatalf("flags: %+v", c.API)
	}

	// The controller key is a hex key or a key file: plain hex, or a keystore with its password.
	key, _ := chain.ParseKey(chaintest.AnvilKey)
	want := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	hexFile := filepath.Join(dir, "controller.key")
	if err := os.WriteFile(hexFile, []byte(chaintest.AnvilKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	acct, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(key, "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		env  map[string]string
		err  string
	}{
		{"hex", map[string]string{"GIN_CONTROLLER_KEY": "0x" + chaintest.AnvilKey}, ""},
		{"hex file", map[string]string{"GIN_CONTROLLER_KEY": hexFile}, ""},
		{"keystore", map[string]string{"GIN_CONTROLLER_KEY": acct.URL.Path, "GIN_CONTROLLER_KEY_PASSWORD": "s3cret"}, ""},
		{"keystore wrong password", map[string]string{"GIN_CONTROLLER_KEY": acct.URL.Path, "GIN_CONTROLLER_KEY_PASSWORD": "guess"}, "wrong password"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["DATABASE_URL"] = db["DATABASE_URL"]
			c, err := parseConfig(nil, env(tc.env), io.Discard)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), "-controller-key") || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := crypto.PubkeyToAddress(c.API.ControllerKey.PublicKey); got != want {
				t.Fatalf("key for %s, want %s", got, want)
			}
		})
	}
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// logged returns attribute attr of the first JSON log line with message msg.
func logged(logs, msg, attr string) string {
	for _, line := range strings.Split(logs, "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			s, _ := rec[attr].(string)
			return s
		}
	}
	return ""
}

// TestServeAnvil runs the command as an operator would, against a dev node and a fresh database
// with no indexer running, then stops it with its context (SIGTERM).
func TestServeAnvil(t *testing.T) {
	rpc := chaintest.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	key, _ := chain.ParseKey(chaintest.AnvilKey)
	d, err := chain.Deploy(ctx, client, key, chain.DefaultDeployConfig(crypto.PubkeyToAddress(key.PublicKey)), 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "deployments.json")
	if err := d.Save(file); err != nil {
		t.Fatal(err)
	}
	vars := env(map[string]string{"DATABASE_URL": pgtest.NewDB(t), "GIN_CONTROLLER_KEY": chaintest.AnvilKey})
	args := []string{"-rpc", rpc, "-deployments", file, "-listen", "127.0.0.1:0", "-log-format", "json"}

	// A deployments file for another chain stops start-up with a reason.
	wrong := *d
	wrong.ChainID = 1
	wrongFile := filepath.Join(dir, "mainnet.json")
	if err := wrong.Save(wrongFile); err != nil {
		t.Fatal(err)
	}
	err = run(ctx, []string{"-rpc", rpc, "-deployments", wrongFile}, vars, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "serves chain 31337 but the deployments file is for chain 1") {
		t.Fatalf("wrong chain: %v", err)
	}

	logs := &syncBuffer{}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- run(runCtx, args, vars, logs) }()

	var base string
	for {
		if base = logged(logs.String(), "serving", "api"); base != "" {
			if resp, err := http.Get(base + "/healthz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
		}
		select {
		case err := <-done:
			t.Fatalf("gin-api stopped: %v\n%s", err, logs)
		case <-ctx.Done():
			t.Fatalf("gin-api never became healthy\n%s", logs)
		case <-time.After(50 * time.Millisecond):
		}
	}
	if got := logged(logs.String(), "controller key", "address"); got != crypto.PubkeyToAddress(key.PublicKey).Hex() {
		t.Errorf("logged controller address %q\n%s", got, logs)
	}
	if got := logged(logs.String(), "serving", "docs"); got != base+"/docs" {
		t.Errorf("logged docs URL %q, want %s/docs", got, base)
	}

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	// No indexer runs, so the mirror has no cursor: alive, but not ready, and saying why.
	code, body := get("/readyz")
	if code != http.StatusServiceUnavailable || !json.Valid([]byte(body)) || !strings.Contains(body, "indexer") {
		t.Errorf("/readyz without an indexer: %d %s; want 503 with a JSON body naming the indexer", code, body)
	}
	for _, tc := range []struct{ path, want string }{
		{"/openapi.json", `"openapi"`},
		{"/docs/", "swagger-ui"},
		{"/metrics", "go_goroutines"},
	} {
		if code, body := get(tc.path); code != http.StatusOK || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s: %d, want 200 with %q", tc.path, code, tc.want)
		}
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v\n%s", err, logs)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("gin-api did not stop within 15 s of its context ending")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still serving after shutdown")
	}
}
