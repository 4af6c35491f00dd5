package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/cli"
)

// TestHelpShowsNoSecrets: help never prints a key, password, API key or RPC credential from the
// environment as a flag's default.
func TestHelpShowsNoSecrets(t *testing.T) {
	hexKey := hexutil.Encode(chaintest.Key("client").D.FillBytes(make([]byte, 32)))[2:]
	secrets := map[string]string{
		"GIN_KEY": hexKey, "GIN_KEY_PASSWORD": "pa55word", "GIN_API_KEY": "gk_secretsecret",
		"GIN_RPC_URL": "https://eth.example/v2/rpcapikey", "GIN_KEY_FILE": "/secret/path.json",
	}
	for _, args := range [][]string{{"--help"}, {"login", "--help"}, {"complete", "--help"}, {"jobs", "--help"}} {
		var out bytes.Buffer
		code := cli.Execute(context.Background(), args, cli.Env{Stdout: &out, Stderr: &out, ConfigDir: t.TempDir(),
			Getenv: func(k string) string { return secrets[k] }})
		if code != 0 {
			t.Fatalf("gin %v: exit %d: %s", args, code, out.String())
		}
		for name, v := range secrets {
			if strings.Contains(out.String(), v) || strings.Contains(out.String(), v[:8]) && name == "GIN_KEY" {
				t.Errorf("gin %s shows %s:\n%s", strings.Join(args, " "), name, out.String())
			}
		}
	}
}

// TestKeysNeverOnTheCommandLine: a hex key or a password on the command line is refused with
// what to do instead (never echoing it); a keystore with a password file signs in.
func TestKeysNeverOnTheCommandLine(t *testing.T) {
	s := apitest.New(t)
	a := s.Start("ctl-1", "")
	g := newGin(t, s, a.URL)
	hexKey := hexutil.Encode(chaintest.Key("client").D.FillBytes(make([]byte, 32)))[2:]
	_, errs, code := g.run("", "login", "--key", hexKey)
	if code == 0 || !strings.Contains(errs, "--key-file") || !strings.Contains(errs, "GIN_KEY") || strings.Contains(errs, hexKey) {
		t.Errorf("hex key on the command line: exit %d: %s", code, errs)
	}
	_, errs, code = g.run("", "login", "--key", "0x"+hexKey)
	if code == 0 || strings.Contains(errs, hexKey) {
		t.Errorf("0x hex key on the command line: exit %d: %s", code, errs)
	}
	dir := t.TempDir()
	ks, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(chaintest.Key("client"), "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	_, errs, code = g.run("", "login", "--key-file", ks.URL.Path, "--key-password", "s3cret")
	if code == 0 || !strings.Contains(errs, "--password-file") || strings.Contains(errs, "s3cret") {
		t.Errorf("password on the command line: exit %d: %s", code, errs)
	}
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := g.run("", "login", "--key-file", ks.URL.Path, "--password-file", pw)
	if code != 0 || !strings.Contains(out, chaintest.Addr("client").Hex()) {
		t.Fatalf("keystore with a password file: exit %d: %s %s", code, out, errs)
	}
	// A hex key in a file, named by --key, still works.
	hexFile := filepath.Join(dir, "client.key")
	if err := os.WriteFile(hexFile, []byte(hexKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, errs, code := g.run("", "login", "--key", hexFile); code != 0 || !strings.Contains(out, chaintest.Addr("client").Hex()) {
		t.Fatalf("--key <hex file>: exit %d: %s %s", code, out, errs)
	}
}
