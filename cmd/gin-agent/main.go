// Command gin-agent is the provider agent: it offers this machine's GPUs in the marketplace.
// `gin-agent doctor` checks, with the same configuration, everything the agent needs and names
// the fix for each thing missing.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent"
	"github.com/gintonic/gintonic/agent/inventory"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

func main() {
	if err := run(os.Args[1:], os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "gin-agent:", err)
		os.Exit(1)
	}
}

func run(args []string, getenv func(string) string) error {
	if len(args) > 0 && args[0] == "doctor" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return runDoctor(ctx, args[1:], getenv, os.Stdout)
	}
	cfg, err := agent.ParseConfig(args, getenv)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	// The address to authorize with `gin operator <address>` (from the staking key) when this
	// key is an operator key rather than the provider's own.
	log.Info("agent key", "address", crypto.PubkeyToAddress(cfg.PrivateKey().PublicKey).Hex())
	inv := inventory.CPUOnly()
	if !cfg.CPUOnly {
		if inv, err = inventory.Open(ctx); err != nil {
			return fmt.Errorf("read GPUs (use -cpu-only on a machine without NVIDIA GPUs): %w", err)
		}
	}
	defer inv.Close()
	snap, err := inv.Read(ctx)
	if err != nil {
		return err
	}
	var gpus []apiv1.GPUSpec
	for _, g := range snap.Summary() {
		gpus = append(gpus, apiv1.GPUSpec(g))
	}
	var a *agent.Agent
	// The policy decides the network (per-job, or the host's behind -unsafe-host-network).
	rt, err := runtime.New(ctx, cfg.RuntimeConfig(runtime.Config{AgentID: crypto.PubkeyToAddress(cfg.PrivateKey().PublicKey).Hex(), Logger: log, Progress: func(e runtime.Event) {
		if a != nil {
			a.Event(e)
		}
	}}))
	if err != nil {
		return err
	}
	defer rt.Close()
	if a, err = agent.New(ctx, cfg, gpus, rt, log); err != nil {
		return err
	}
	if !inv.CPUOnly() {
		a.UseGPUs(inv) // containers get their GPUs by UUID; heartbeats sample telemetry
	}
	// The gateway reaches this machine's deployments at -endpoint: serve it on that port.
	u, _ := url.Parse(cfg.Endpoint) // validated
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	ln, err := net.Listen("tcp", ":"+port)
	if err != nil {
		return fmt.Errorf("listen for the gateway on port %s of -endpoint %s: %w", port, cfg.Endpoint, err)
	}
	// It listens on every interface, the job networks' gateways too: containers are refused.
	ln = rt.RefuseJobNetworks(ln)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- a.ServeEndpoint(ctx, ln) }()
	metrics := make(chan error, 1)
	if cfg.Metrics == "" {
		metrics <- nil
	} else {
		mln, err := net.Listen("tcp", cfg.Metrics)
		if err != nil {
			cancel()
			<-served
			return fmt.Errorf("listen for -metrics on %s: %w", cfg.Metrics, err)
		}
		mln = rt.RefuseJobNetworks(mln)
		log.Info("metrics", "url", "http://"+mln.Addr().String()+"/metrics")
		go func() { metrics <- a.ServeMetrics(ctx, mln) }()
	}
	err = a.Run(ctx)
	cancel()
	for _, ch := range []chan error{served, metrics} {
		if serr := <-ch; err == nil {
			err = serr
		}
	}
	return err
}
