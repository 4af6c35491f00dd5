package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestConfigErrors(t *testing.T) {
	db := map[string]string{"DATABASE_URL": "postgres://u@localhost/db"}
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"no database", nil, nil, "no database: set -database-url or DATABASE_URL"},
		{"bad database", []string{"-database-url=mysql://x"}, nil, "-database-url: want a postgres:// URL"},
		{"bad rpc", []string{"-rpc=127.0.0.1:8545"}, db, `want an http(s):// or ws(s):// URL`},
		{"zero finality", []string{"-finality-depth=0"}, db, `-finality-depth: "0" is not a positive whole number`},
		{"bad span", []string{"-max-span=lots"}, db, `-max-span: "lots" is not a positive whole number`},
		{"bad poll", []string{"-poll=fast"}, db, `-poll: "fast" is not a positive duration`},
		{"bad metrics", []string{"-metrics-addr=9101"}, db, `-metrics-addr "9101": want host:port`},
		{"stray argument", []string{"run"}, db, `unexpected argument "run"`},
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

// TestIndexAnvil runs the command against a real dev node (anvil, 1-second blocks) and PostgreSQL,
// as an operator would, while deposits keep coming; then stops it with its context (SIGTERM). Over
// HTTP it polls for heads, over WebSocket it subscribes to them.
func TestIndexAnvil(t *testing.T) {
	for _, scheme := range []string{"http", "ws"} {
		t.Run(scheme, func(t *testing.T) { indexAnvil(t, scheme) })
	}
}

func indexAnvil(t *testing.T, scheme string) {
	httpURL := chaintest.StartAnvil(t, "--block-time", "1")
	url := strings.Replace(httpURL, "http://", scheme+"://", 1)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := chain.ParseKey(chaintest.AnvilKey)
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	d, err := chain.Deploy(ctx, client, key, chain.DefaultDeployConfig(deployer), 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "deployments.json")
	if err := d.Save(file); err != nil {
		t.Fatal(err)
	}
	dbURL := pgtest.NewDB(t)
	logs := &syncBuffer{}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- run(runCtx, []string{"-rpc", url, "-deployments", file, "-metrics-addr", "127.0.0.1:0", "-poll", "100ms"},
			env(map[string]string{"DATABASE_URL": dbURL}), logs)
	}()

	k := chain.Bind(client, d)
	s := &chain.Sender{Backend: client, Opts: bind.NewKeyedTransactor(key, big.NewInt(int64(d.ChainID))), Poll: 100 * time.Millisecond}
	if _, err := s.Send(ctx, k.TokenC, k.Token.PackApprove(d.Escrow, chain.Tokens(100))); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := s.Send(ctx, k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10))); err != nil {
			t.Fatal(err)
		}
	}

	db, err := postgres.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	r := indexer.NewReader(db, d.ChainID, "", 12)
	want := chain.Tokens(30)
	for {
		got, err := r.Balance(ctx, deployer, indexer.EscrowFree, indexer.Latest)
		if err == nil && got.Cmp(want) == 0 {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("indexer stopped: %v\n%s", err, logs)
		case <-ctx.Done():
			t.Fatalf("the mirror never showed the deposits (last %v, %v)\n%s", got, err, logs)
		case <-time.After(100 * time.Millisecond):
		}
	}

	metricsURL := ""
	for _, line := range strings.Split(logs.String(), "\n") {
		if i := strings.Index(line, "url=http://"); i >= 0 && strings.Contains(line, "msg=metrics") {
			metricsURL = strings.Fields(line[i+4:])[0]
		}
	}
	resp, err := http.Get(metricsURL)
	if err != nil {
		t.Fatalf("metrics at %q: %v", metricsURL, err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{"gintonic_indexer_indexed_block", "gintonic_indexer_lag_blocks", "gintonic_indexer_events_total"} {
		if !strings.Contains(string(body), m) {
			t.Errorf("metric %s missing", m)
		}
	}

	if polled := strings.Contains(logs.String(), "no head subscription, polling"); polled != (scheme == "http") {
		t.Errorf("over %s the indexer polled=%v; want subscriptions over ws and polling over http\n%s", scheme, polled, logs)
	}

	stop()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("shutdown: %v", err)
	}
}
