// Command gin-demo runs the scripted client journey of `make demo` against a chain with the
// contracts deployed (the local dev chain by default).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/demo"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gin-demo:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	fs := flag.NewFlagSet("gin-demo", flag.ContinueOnError)
	rpcURL := fs.String("rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	deployments := fs.String("deployments", "deployments.json", "deployments file written by gin-deploy")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	keyHex := getenv("GIN_DEPLOYER_KEY")
	if keyHex == "" {
		return errors.New("GIN_DEPLOYER_KEY is not set: the journey needs the deployer (GIN holder and governance) key")
	}
	key, err := chain.ParseKey(keyHex)
	if err != nil {
		return fmt.Errorf("GIN_DEPLOYER_KEY: %w", err)
	}
	d, err := chain.LoadDeployment(*deployments)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", *rpcURL, err)
	}
	defer client.Close()
	if err := d.Verify(ctx, client); err != nil {
		return err
	}
	k := chain.Bind(client, d)
	actors, err := demo.DemoActors(ctx, client, key)
	if err != nil {
		return err
	}
	// Governance makes the demo's controller a controller (the deployer governs the dev chain).
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	gov := &chain.Sender{Backend: client, Opts: bind.NewKeyedTransactor(key, chainID), Poll: 100 * time.Millisecond}
	role := crypto.Keccak256Hash([]byte("CONTROLLER_ROLE"))
	if _, err := gov.Send(ctx, k.EscrowC, k.Escrow.PackGrantRole(role, crypto.PubkeyToAddress(actors.Controller.PublicKey))); err != nil {
		return fmt.Errorf("grant the demo controller its role (is GIN_DEPLOYER_KEY the governance key?): %w", err)
	}
	j := &demo.Journey{Backend: client, K: k, A: actors, Out: out, Wait: func(ctx context.Context, d time.Duration) error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
			return nil
		}
	}}
	_, err = j.Run(ctx)
	return err
}
