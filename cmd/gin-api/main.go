// Command gin-api serves Gintonic's HTTP API and runs the controller: it matches jobs to bids,
// sends awards and failovers on chain, and reads balances from the mirror gin-indexer keeps in
// PostgreSQL (gin-api does not index). Exit status: 0 after a clean shutdown (SIGINT/SIGTERM),
// 2 for bad configuration, 1 when start-up or serving fails.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/settlement"
	"github.com/gintonic/gintonic/settlement/intake"
	"github.com/gintonic/gintonic/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stderr)
	var bad *configError
	switch {
	case err == nil, errors.Is(err, context.Canceled), errors.Is(err, flag.ErrHelp):
	case errors.As(err, &bad):
		fmt.Fprintln(os.Stderr, "gin-api:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "gin-api:", err)
		os.Exit(1)
	}
}

// configError is a flag or environment value that stops gin-api before it connects to anything.
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

// run starts the API and controller and blocks until ctx ends (SIGINT/SIGTERM), then shuts down
// gracefully and returns nil.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return &configError{err}
	}
	var log *slog.Logger
	if cfg.LogFormat == "json" {
		log = slog.New(slog.NewJSONHandler(stderr, nil))
	} else {
		log = slog.New(slog.NewTextHandler(stderr, nil))
	}
	if k := cfg.API.ControllerKey; k != nil {
		log.Info("controller key", "address", crypto.PubkeyToAddress(k.PublicKey).Hex())
	} else {
		log.Warn("no controller key (-controller-key / GIN_CONTROLLER_KEY): read-only instance, it serves the API but never awards jobs")
	}

	d, err := chain.LoadDeployment(cfg.Deployments)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", chain.RedactURL(cfg.RPCURL), err)
	}
	defer client.Close()
	vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err = d.Verify(vctx, client)
	cancel()
	if err != nil {
		return fmt.Errorf("%s against %s: %w", cfg.Deployments, chain.RedactURL(cfg.RPCURL), err)
	}

	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	db, err := postgres.Open(dctx, cfg.DatabaseURL)
	cancel()
	if err != nil {
		return err
	}
	if sqlDB, err := db.DB(); err == nil {
		defer sqlDB.Close()
	}
	// gin-indexer migrates too; the migrations are idempotent, so either may start first.
	if err := postgres.Migrate(ctx, db); err != nil {
		return err
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("-listen %s: %w", cfg.Listen, err)
	}
	ac := cfg.API
	if cfg.PublicFromListen {
		// The bound address, so that -listen 127.0.0.1:0 gives a usable SIWE domain.
		ac.URI = "http://" + ln.Addr().String()
		ac.Domain = ln.Addr().String()
	}
	deps := api.Deps{
		DB:        db,
		Chain:     client,
		Contracts: chain.Bind(client, d),
		Mirror:    indexer.NewReader(db, d.ChainID, "", cfg.FinalityDepth),
		Registry:  reg,
		Log:       log,
		Web: web.Handler(web.Config{ChainID: d.ChainID, RPCURL: publicRPC(cfg, d.ChainID),
			Token: d.Token, Staking: d.Staking, Escrow: d.Escrow}),
	}
	var settle *settlement.Service
	if cfg.SettlementKey != nil {
		if settle, err = settlement.New(db, client, settlement.DefaultConfig(d, cfg.SettlementKey), settlement.WithLogger(log), settlement.WithRegistry(reg)); err != nil {
			ln.Close()
			return err
		}
		deps.Settlement = intake.Intake{S: settle}
		log.Info("settlement on", "sender", settle.Sender().Hex())
	}
	srv, err := api.New(ctx, ac, deps)
	if err != nil {
		ln.Close()
		return err
	}
	if settle != nil {
		sctx, stopSettle := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- settle.Run(sctx) }()
		defer func() {
			stopSettle()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				log.Error("settlement stopped", "err", err)
			}
		}()
	}
	metricsAt := ac.URI + "/metrics"
	if cfg.MetricsListen != "" {
		mln, err := net.Listen("tcp", cfg.MetricsListen)
		if err != nil {
			ln.Close()
			return fmt.Errorf("-metrics-listen %s: %w", cfg.MetricsListen, err)
		}
		metricsAt = "http://" + mln.Addr().String() + "/metrics"
		stopMetrics := serveMetrics(mln, reg, log)
		defer stopMetrics()
	}
	log.Info("serving", "api", ac.URI, "docs", ac.URI+"/docs", "spec", ac.URI+"/openapi.json", "metrics", metricsAt,
		"chain", d.ChainID, "rpc", chain.RedactURL(cfg.RPCURL), "controller", ac.ControllerID, "region", ac.Region)
	return srv.Run(ctx, ln)
}

// publicRPC is the JSON-RPC URL /config.json offers wallets: -public-rpc-url, else -rpc on a
// development chain only (elsewhere -rpc is the operator's node, often with an API key in it).
func publicRPC(cfg *Config, chainID uint64) string {
	if cfg.PublicRPCURL != "" {
		return cfg.PublicRPCURL
	}
	if chain.IsDevChain(chainID) {
		return cfg.RPCURL
	}
	return ""
}

// serveMetrics serves /metrics on ln until the returned function is called.
func serveMetrics(ln net.Listener, reg *prometheus.Registry, log *slog.Logger) (stop func()) {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics listener stopped", "err", err)
		}
	}()
	return func() { _ = srv.Close() }
}
