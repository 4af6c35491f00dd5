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
	env          Env
	api          string
	rpc          string
	keyText      string
	keyFromArgs  bool // --key was given on the command line, not through GIN_KEY
	keyFile      string
	keyPassword  string
	passwordFile string
	deployments  string
	json         bool
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
	root := &cobra.Command{
		Use:           "gin",
		Short:         "Gintonic: deploy AI models on rented GPUs, pay per GPU-second in GIN",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	pf := root.PersistentFlags()
	// Defaults are never read from the environment here: --help prints defaults, and the
	// environment holds keys, passwords and RPC URLs with API keys in them. envFallback fills
	// flags not given from the environment once the command runs.
	pf.StringVar(&g.api, "api", "http://127.0.0.1:8080", "marketplace API URL (env GIN_API_URL)")
	pf.StringVar(&g.rpc, "rpc", "http://127.0.0.1:8545", "chain JSON-RPC URL (env GIN_RPC_URL)")
	pf.StringVar(&g.keyFile, "key-file", "", "your key: a keystore (JSON) or a file holding the hex private key (env GIN_KEY_FILE)")
	pf.StringVar(&g.passwordFile, "password-file", "", "file holding the keystore's password (env GIN_KEY_PASSWORD_FILE, or the password itself in GIN_KEY_PASSWORD)")
	pf.StringVar(&g.keyText, "key", "", "your key file, like --key-file (a hex private key only through the environment: GIN_KEY)")
	pf.StringVar(&g.keyPassword, "key-password", "", "refused: use --password-file or GIN_KEY_PASSWORD")
	_ = pf.MarkHidden("key-password")
	pf.StringVar(&g.deployments, "deployments", "deployments.json", "deployments file of the contracts (env GIN_DEPLOYMENTS)")
	pf.BoolVar(&g.json, "json", false, "print machine-readable JSON")
	root.PersistentPreRun = func(cmd *cobra.Command, _ []string) { g.envFallback(cmd) }
	root.AddCommand(g.loginCmd(), g.balanceCmd(), g.depositCmd(), g.withdrawCmd(), g.jobsCmd(),
		g.stakeCmd(), g.unstakeCmd(), g.withdrawStakeCmd(), g.operatorCmd(), g.cancelBidsCmd(), g.providerStatusCmd(), g.devCmd(),
		g.keysCmd(), g.completeCmd(), g.earningsCmd(), g.bidsCmd(), g.enginesCmd())
	return root
}

// envFallback sets every shared flag not given on the command line from its variable.
func (g *globals) envFallback(cmd *cobra.Command) {
	f := cmd.Flags()
	for name, v := range map[string]struct {
		p   *string
		env string
	}{
		"api": {&g.api, "GIN_API_URL"}, "rpc": {&g.rpc, "GIN_RPC_URL"}, "deployments": {&g.deployments, "GIN_DEPLOYMENTS"},
		"key": {&g.keyText, "GIN_KEY"}, "key-file": {&g.keyFile, "GIN_KEY_FILE"}, "password-file": {&g.passwordFile, "GIN_KEY_PASSWORD_FILE"},
	} {
		if !f.Changed(name) {
			if e := g.env.Getenv(v.env); e != "" {
				*v.p = e
			}
		}
	}
	g.keyFromArgs = f.Changed("key")
}

// errKeyOnArgs says why a private key on the command line is refused, and what to do instead.
var errKeyOnArgs = errors.New("a private key on the command line is visible to every user of this machine (ps, /proc) and kept in shell history: " +
	"put it in a file and pass --key-file <file> (a keystore JSON with --password-file <file> or GIN_KEY_PASSWORD, or a file holding the hex key), " +
	"or set GIN_KEY")

// key loads the user's key: --key-file (or --key naming a file, or GIN_KEY_FILE), else GIN_KEY
// holding a hex key or a file name. Hex keys and passwords on the command line are refused.
func (g *globals) key() (*ecdsa.PrivateKey, error) {
	pass, err := g.password()
	if err != nil {
		return nil, err
	}
	if f := strings.TrimSpace(g.keyFile); f != "" {
		return loadKey("--key-file", f, pass, g.env.Stderr)
	}
	v := strings.TrimSpace(g.keyText)
	if v == "" {
		return nil, errors.New("no key: pass --key-file <keystore or hex key file> (a keystore's password in --password-file or GIN_KEY_PASSWORD) or set GIN_KEY")
	}
	if _, err := os.Stat(v); err == nil {
		return loadKey("--key", v, pass, g.env.Stderr)
	}
	if g.keyFromArgs {
		if _, err := chain.ParseKey(v); err == nil {
			return nil, fmt.Errorf("--key: %w", errKeyOnArgs)
		}
		// Never echo the value: it may be a mistyped secret.
		return nil, errors.New("--key is neither an existing key file nor a private key (and private keys are taken only from a file or GIN_KEY)")
	}
	k, err := chain.ParseKey(v)
	if err != nil {
		return nil, errors.New("GIN_KEY is neither an existing key file nor a 64-digit hex private key")
	}
	return k, nil
}

// password is the keystore password: --password-file (GIN_KEY_PASSWORD_FILE), else
// GIN_KEY_PASSWORD. --key-password on the command line is refused.
func (g *globals) password() (string, error) {
	if g.keyPassword != "" {
		return "", errors.New("--key-password: a password on the command line is visible to every user of this machine; pass --password-file <file> or set GIN_KEY_PASSWORD")
	}
	if f := strings.TrimSpace(g.passwordFile); f != "" {
		warnLoose(f, g.env.Stderr)
		b, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("--password-file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	return g.env.Getenv("GIN_KEY_PASSWORD"), nil
}

func loadKey(flag, path, password string, stderr io.Writer) (*ecdsa.PrivateKey, error) {
	warnLoose(path, stderr)
	k, err := chain.LoadKey(path, password)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w (a keystore needs --password-file or GIN_KEY_PASSWORD)", flag, path, err)
	}
	return k, nil
}

// warnLoose warns when a secret file can be read by other users.
func warnLoose(path string, stderr io.Writer) {
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 && stderr != nil {
		fmt.Fprintf(stderr, "gin: warning: %s is readable by other users (mode %v); chmod 600 it\n", path, st.Mode().Perm())
	}
}
