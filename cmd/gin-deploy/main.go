// Command gin-deploy deploys Gintonic's contracts (GinToken, ProviderStaking, AuctionEscrow) to any
// JSON-RPC endpoint, wires their roles and writes the deployments file the other services read.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/chain"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gin-deploy:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", cfg.RPCURL, err)
	}
	defer client.Close()
	if _, err := client.ChainID(ctx); err != nil {
		return fmt.Errorf("no chain answers at %s: %w (is the node running?)", cfg.RPCURL, err)
	}
	d, err := chain.Deploy(ctx, client, cfg.Key, cfg.Deploy, chain.DefaultPoll)
	if err != nil {
		return err
	}
	if err := d.Save(cfg.Out); err != nil {
		return err
	}
	slog.New(slog.NewTextHandler(stdout, nil)).Info("deployed",
		"chain", d.ChainID, "token", d.Token, "staking", d.Staking, "escrow", d.Escrow, "file", cfg.Out)
	return nil
}
