package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestHelpShowsNoSecrets: -help prints no key, password or credential-bearing URL from the
// environment as a default.
func TestHelpShowsNoSecrets(t *testing.T) {
	settler := hex.EncodeToString(crypto.FromECDSA(chaintest.Key("settler")))
	secrets := map[string]string{
		"GIN_CONTROLLER_KEY": chaintest.AnvilKey, "GIN_CONTROLLER_KEY_PASSWORD": "pa55word", "GIN_SETTLEMENT_KEY": "0x" + settler,
		"GIN_SETTLEMENT_KEY_PASSWORD": "sett1e", "DATABASE_URL": "postgres://u:dbpassword@db/x", "GIN_RPC_URL": "https://eth.example/v2/rpcapikey",
	}
	var out bytes.Buffer
	_, err := parseConfig([]string{"-help"}, env(secrets), &out)
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("-help: %v", err)
	}
	for name, v := range secrets {
		for _, part := range []string{v, "pa55word", "dbpassword", "rpcapikey", chaintest.AnvilKey[:16], settler[:16]} {
			if strings.Contains(v, part) && strings.Contains(out.String(), part) {
				t.Errorf("-help shows %s:\n%s", name, out.String())
			}
		}
	}
	// The environment still configures the instance.
	c, err := parseConfig(nil, env(secrets), io.Discard)
	if err != nil || c.API.ControllerKey == nil || c.RPCURL != secrets["GIN_RPC_URL"] {
		t.Fatalf("configured from the environment: %v", err)
	}
}

// TestKeysNeverOnTheCommandLine: hex keys and passwords on argv are refused without echoing
// them; keystores take their password from a file.
func TestKeysNeverOnTheCommandLine(t *testing.T) {
	db := env(map[string]string{"DATABASE_URL": "postgres://u@localhost/db"})
	for _, args := range [][]string{
		{"-controller-key=" + chaintest.AnvilKey}, {"-controller-key", "0x" + chaintest.AnvilKey}, {"-settlement-key=" + chaintest.AnvilKey},
	} {
		_, err := parseConfig(args, db, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "command line") || strings.Contains(err.Error(), chaintest.AnvilKey) {
			t.Errorf("%v: %v", args[0][:16], err)
		}
	}
	if _, err := parseConfig([]string{"-controller-key-password=s3cret"}, db, io.Discard); err == nil ||
		!strings.Contains(err.Error(), "-controller-key-password-file") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("password on the command line: %v", err)
	}

	key, _ := chain.ParseKey(chaintest.AnvilKey)
	dir := t.TempDir()
	acct, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(key, "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := parseConfig([]string{"-controller-key", acct.URL.Path, "-controller-key-password-file", pw}, db, io.Discard)
	if err != nil || crypto.PubkeyToAddress(c.API.ControllerKey.PublicKey) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("keystore with a password file: %v", err)
	}
	// A key file others can read is started with, and warned about.
	loose := filepath.Join(dir, "loose.key")
	if err := os.WriteFile(loose, []byte(chaintest.AnvilKey), 0o644); err != nil {
		t.Fatal(err)
	}
	var warn bytes.Buffer
	if _, err := parseConfig([]string{"-controller-key", loose}, db, &warn); err != nil || !strings.Contains(warn.String(), "readable by other users") {
		t.Errorf("loose key file: %v %q", err, warn.String())
	}
	// One key for both jobs is refused.
	if _, err := parseConfig([]string{"-controller-key", loose, "-settlement-key", loose}, db, io.Discard); err == nil || !strings.Contains(err.Error(), "other than the controller key") {
		t.Errorf("the same key for controller and settlement: %v", err)
	}
}

// TestPublicConfig: the dashboard's RPC URL is the public one, the operator's node only on a
// development chain; logs see RPC URLs without credentials; proxies and the metrics address
// are configuration.
func TestPublicConfig(t *testing.T) {
	db := map[string]string{"DATABASE_URL": "postgres://u@localhost/db", "GIN_RPC_URL": "https://eth.example/v2/KEY"}
	c, err := parseConfig([]string{"-trusted-proxies", "10.0.0.0/8, 192.0.2.1", "-metrics-listen", "127.0.0.1:9100"}, env(db), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if publicRPC(c, 1) != "" || publicRPC(c, 31337) != c.RPCURL {
		t.Errorf("default public RPC: mainnet %q, anvil %q", publicRPC(c, 1), publicRPC(c, 31337))
	}
	if len(c.API.TrustedProxies) != 2 || c.API.TrustedProxies[1] != "192.0.2.1" || c.API.ServeMetrics || c.MetricsListen != "127.0.0.1:9100" {
		t.Errorf("proxies %v, metrics on the API %v at %q", c.API.TrustedProxies, c.API.ServeMetrics, c.MetricsListen)
	}
	c, err = parseConfig([]string{"-public-rpc-url", "https://rpc.example"}, env(db), io.Discard)
	if err != nil || publicRPC(c, 1) != "https://rpc.example" || !c.API.ServeMetrics {
		t.Errorf("explicit public RPC: %v", err)
	}
	if _, err := parseConfig([]string{"-trusted-proxies", "nonsense"}, env(db), io.Discard); err == nil || !strings.Contains(err.Error(), "nonsense") {
		t.Errorf("bad proxy: %v", err)
	}
	for in, want := range map[string]string{
		"https://eth.example/v2/KEY":        "https://eth.example/…",
		"https://user:pw@eth.example":       "https://eth.example/…",
		"https://eth.example/?apikey=KEY":   "https://eth.example/…",
		"http://127.0.0.1:8545":             "http://127.0.0.1:8545",
		"wss://eth.example:443/ws/KEY#frag": "wss://eth.example:443/…",
	} {
		if got := chain.RedactURL(in); got != want {
			t.Errorf("redactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
