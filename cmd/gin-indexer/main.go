// Command gin-indexer mirrors every event of Gintonic's contracts on any JSON-RPC endpoint into
// PostgreSQL, and serves Prometheus metrics.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stderr); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "gin-indexer:", err)
		os.Exit(1)
	}
}

// run starts the indexer and blocks until ctx ends (SIGINT/SIGTERM).
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
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
		return err
	}
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	db, err := postgres.Open(dctx, cfg.DatabaseURL)
	cancel()
	if err != nil {
		return err
	}
	if err := postgres.Migrate(ctx, db); err != nil {
		return err
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	ix, err := indexer.New(db, client, indexer.Config{
		Deployment: d, FinalityDepth: cfg.FinalityDepth, MaxSpan: cfg.MaxSpan, PollInterval: cfg.Poll, Logger: log,
	}, reg)
	if err != nil {
		return err
	}
	if cfg.MetricsAddr != "" {
		l, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() { _ = srv.Serve(l) }()
		defer srv.Close()
		log.Info("metrics", "url", "http://"+l.Addr().String()+"/metrics")
	}
	log.Info("indexing", "chain", d.ChainID, "rpc", chain.RedactURL(cfg.RPCURL), "from_block", d.DeployBlock)
	return ix.Run(ctx)
}
