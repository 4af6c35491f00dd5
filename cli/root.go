package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/chain"
)

// Env is what the commands read and write besides flags; tests replace every part.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// ConfigDir holds the session file; "" uses os.UserConfigDir()/gintonic.
	ConfigDir string
	// DialChain connects to the chain at the --rpc URL; nil dials JSON-RPC (tests plug in a
	// simulated chain).
	DialChain func(ctx context.Context, url string) (chain.Backend, func(), error)
}

// globals are the flags every command shares.
type globals struct {
	env         Env
	api         string
	rpc         string
	keyText     string
	keyPassword string
	deployments string
	json        bool
}

// Execute runs the gin command line with args and returns the exit code.
func Execute(ctx context.Context, args []string, env Env) int {
	root := NewRoot(env)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(env.Stderr, "gin:", err)
		return 1
	}
	return 0
}

// NewRoot builds the command tree.
func NewRoot(env Env) *cobra.Command {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	g := &globals{env: env}
	def := func(name, fallback string) string {
		if v := env.Getenv(name); v != "" {
			return v
		}
		return fallback
	}
	root := &cobra.Command{
		Use:           "gin",
		Short:         "Gintonic: deploy AI models on rented GPUs, pay per GPU-second in GIN",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	pf := root.PersistentFlags()
	pf.StringVar(&g.api, "api", def("GIN_API_URL", "http://127.0.0.1:8080"), "marketplace API URL (env GIN_API_URL)")
	pf.StringVar(&g.rpc, "rpc", def("GIN_RPC_URL", "http://127.0.0.1:8545"), "chain JSON-RPC URL (env GIN_RPC_URL)")
	pf.StringVar(&g.keyText, "key", def("GIN_KEY", ""), "your private key: hex, or a keystore/hex key file (env GIN_KEY)")
	pf.StringVar(&g.keyPassword, "key-password", def("GIN_KEY_PASSWORD", ""), "keystore password (env GIN_KEY_PASSWORD)")
	pf.StringVar(&g.deployments, "deployments", def("GIN_DEPLOYMENTS", "deployments.json"), "deployments file of the contracts (env GIN_DEPLOYMENTS)")
	pf.BoolVar(&g.json, "json", false, "print machine-readable JSON")
	root.AddCommand(g.loginCmd(), g.balanceCmd(), g.depositCmd(), g.withdrawCmd(), g.jobsCmd(),
		g.stakeCmd(), g.unstakeCmd(), g.withdrawStakeCmd(), g.cancelBidsCmd(), g.providerStatusCmd(), g.devCmd(),
		g.keysCmd(), g.completeCmd(), g.earningsCmd(), g.bidsCmd())
	return root
}

// key loads the user's key, or says how to give one.
func (g *globals) key() (*ecdsa.PrivateKey, error) {
	v := strings.TrimSpace(g.keyText)
	if v == "" {
		return nil, errors.New("no key: pass --key <hex or key file> or set GIN_KEY")
	}
	if _, err := os.Stat(v); err == nil {
		k, err := chain.LoadKey(v, g.keyPassword)
		if err != nil {
			return nil, fmt.Errorf("--key %s: %w (a keystore needs --key-password)", v, err)
		}
		return k, nil
	}
	k, err := chain.ParseKey(v)
	if err != nil {
		// Never echo the value: it may be a mistyped secret.
		return nil, errors.New("--key is neither an existing key file nor a 64-digit hex private key")
	}
	return k, nil
}
