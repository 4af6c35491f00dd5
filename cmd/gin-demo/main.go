// Command gin-demo is `make demo`: it starts the whole marketplace on this machine (PostgreSQL,
// a local chain with the contracts, indexer, API + controller + gateway + settlement, two provider
// agents running the reference model in Docker), runs the scripted client journey against it,
// prints the final balances, and keeps everything running until Ctrl-C (DEMO_EXIT=1: exits).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/gintonic/gintonic/demo"
	"github.com/gintonic/gintonic/devstack"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "gin-demo:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	fs := flag.NewFlagSet("gin-demo", flag.ContinueOnError)
	fs.SetOutput(out)
	rpcPort := fs.Int("rpc-port", 8545, "port of the local chain's JSON-RPC endpoint")
	apiPort := fs.Int("api-port", 8080, "port of the API, gateway, Swagger UI and dashboard")
	logPath := fs.String("log", ".tmp/demo.log", "file the services' logs go to")
	journey := fs.Bool("journey", true, "run the scripted client journey (false: just the stack, as gin dev does)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err := os.MkdirAll(filepath.Dir(*logPath), 0o755); err != nil {
		return fmt.Errorf("-log: %w", err)
	}
	logf, err := os.Create(*logPath)
	if err != nil {
		return fmt.Errorf("-log: %w", err)
	}
	defer logf.Close()
	o := devstack.Options{RPCPort: *rpcPort, APIPort: *apiPort, DatabaseURL: getenv("DATABASE_URL"), Log: logf}
	if *journey {
		o.Providers = demo.Providers // two serve the journey's job as replicas, the third takes over
	}
	var then func(context.Context, *devstack.Stack) error
	if *journey {
		then = func(ctx context.Context, s *devstack.Stack) error {
			_, err := (&demo.Journey{S: s, Out: out, Replicas: demo.Replicas}).Run(ctx)
			return err
		}
	}
	return devstack.Run(ctx, o, out, then, getenv("DEMO_EXIT") == "1")
}
