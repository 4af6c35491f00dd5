// Command gin is Gintonic's command line for clients and providers (see package cli).
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/gintonic/gintonic/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Execute(ctx, os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}
