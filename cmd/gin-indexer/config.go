package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"strings"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// Config is gin-indexer's configuration: flags, each with an environment fallback.
type Config struct {
	RPCURL        string
	DatabaseURL   string
	Deployments   string
	FinalityDepth uint64
	MaxSpan       uint64
	Poll          time.Duration
	MetricsAddr   string
}

func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (*Config, error) {
	fs := flag.NewFlagSet("gin-indexer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	str := func(name, env, def, usage string) *string {
		if v := getenv(env); v != "" {
			def = v
		}
		return fs.String(name, def, fmt.Sprintf("%s (env %s)", usage, env))
	}
	rpcURL := str("rpc", "GIN_RPC_URL", "http://127.0.0.1:8545", "JSON-RPC endpoint (http(s):// polls, ws(s):// subscribes to new heads)")
	dbURL := str("database-url", "DATABASE_URL", "", "PostgreSQL URL")
	deployments := str("deployments", "GIN_DEPLOYMENTS", "deployments.json", "deployments file written by gin-deploy")
	finality := str("finality-depth", "GIN_FINALITY_DEPTH", "12", "blocks after which a block counts as final")
	maxSpan := str("max-span", "GIN_MAX_SPAN", "10000", "largest eth_getLogs block range")
	poll := str("poll", "GIN_POLL", "1s", "head polling interval over HTTP")
	metrics := str("metrics-addr", "GIN_METRICS_ADDR", "127.0.0.1:9101", "address of /metrics and /healthz (empty: off)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (gin-indexer takes only flags)", fs.Arg(0))
	}
	c := &Config{RPCURL: *rpcURL, DatabaseURL: *dbURL, Deployments: *deployments, MetricsAddr: *metrics}
	if !hasScheme(c.RPCURL, "http://", "https://", "ws://", "wss://") {
		return nil, fmt.Errorf("-rpc %q: want an http(s):// or ws(s):// URL", c.RPCURL)
	}
	if c.DatabaseURL == "" {
		return nil, errors.New("no database: set -database-url or DATABASE_URL (postgres://user@host:port/db)")
	}
	if !hasScheme(c.DatabaseURL, "postgres://", "postgresql://") {
		return nil, fmt.Errorf("-database-url: want a postgres:// URL, got %q", chain.RedactScheme(c.DatabaseURL))
	}
	var err error
	if c.FinalityDepth, err = positive("finality-depth", *finality); err != nil {
		return nil, err
	}
	if c.MaxSpan, err = positive("max-span", *maxSpan); err != nil {
		return nil, err
	}
	if c.Poll, err = time.ParseDuration(*poll); err != nil || c.Poll <= 0 {
		return nil, fmt.Errorf("-poll: %q is not a positive duration like 500ms or 2s", *poll)
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return nil, fmt.Errorf("-metrics-addr %q: want host:port", c.MetricsAddr)
		}
	}
	return c, nil
}

func hasScheme(u string, schemes ...string) bool {
	for _, s := range schemes {
		if strings.HasPrefix(u, s) {
			return true
		}
	}
	return false
}

func positive(flag, v string) (uint64, error) {
	var n uint64
	if _, err := fmt.Sscan(v, &n); err != nil || n == 0 || fmt.Sprint(n) != v {
		return 0, fmt.Errorf("-%s: %q is not a positive whole number", flag, v)
	}
	return n, nil
}
