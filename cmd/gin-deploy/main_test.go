package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// TestConfigErrors: every bad value stops gin-deploy with a message naming it.
func TestConfigErrors(t *testing.T) {
	key := "-key=" + chaintest.AnvilKey
	cases := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"no key", nil, nil, "no deployer key"},
		{"bad key", []string{"-key=zz"}, nil, "deployer key: private key is not 32 bytes of hex"},
		{"two keys", []string{key, "-key-file=/x"}, nil, "give the deployer key once"},
		{"missing key file", []string{"-key-file=/nonexistent/key"}, nil, "read key file"},
		{"bad rpc", []string{key, "-rpc=localhost:8545"}, nil, `-rpc "localhost:8545": want an http(s):// or ws(s):// URL`},
		{"bad holder", []string{key, "-holder=0x123"}, nil, `-holder: "0x123" is not an address`},
		{"bad supply", []string{key, "-supply=1.5"}, nil, `-supply: "1.5" is not a whole, non-negative number of GIN`},
		{"huge supply", []string{key, "-supply=100000000000"}, nil, "supply must fit in 96 bits"},
		{"bad duration", []string{key, "-unbonding=7d"}, nil, `-unbonding: "7d" is not a duration`},
		{"too long unbonding", []string{key, "-unbonding=2400h"}, nil, "unbonding delay must be between 0 and 90 days"},
		{"fee too high", []string{key, "-fee-bps=2500"}, nil, "-fee-bps 2500: a multiple of 10, at most 2000"},
		{"fee not a multiple of 10", []string{key, "-fee-bps=255"}, nil, "-fee-bps 255: a multiple of 10"},
		{"slash multiple too high", []string{key, "-slash-multiple=11"}, nil, "-slash-multiple 11: between 1 and 10"},
		{"quorum zero", []string{key, "-quorum=0"}, nil, "-quorum 0: between 1 and 16"},
		{"timelock shorter than unbonding", []string{key, "-timelock-delay=24h"}, nil, "the timelock delay (24h0m0s) must be longer than the unbonding delay"},
		{"bad reporter bond", []string{key, "-reporter-bond=lots"}, nil, "-reporter-bond"},
		{"bad controller", []string{key, "-controllers=0x00000000000000000000000000000000000000aa,nope"}, nil, `-controllers: "nope" is not an address`},
		{"bad env", nil, map[string]string{"GIN_DEPLOYER_KEY": chaintest.AnvilKey, "GIN_FAILOVER_WINDOW": "soon"}, `-failover-window: "soon" is not a duration`},
		{"stray argument", []string{key, "deploy"}, nil, `unexpected argument "deploy"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig(tc.args, env(tc.env), &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestDeployToAnvil deploys to a real dev node over JSON-RPC and checks the written file against the chain.
func TestDeployToAnvil(t *testing.T) {
	url := chaintest.StartAnvil(t)
	out := filepath.Join(t.TempDir(), "deployments.json")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stdout bytes.Buffer
	err := run(ctx, []string{"-rpc", url, "-out", out, "-controllers", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		env(map[string]string{"GIN_DEPLOYER_KEY": chaintest.AnvilKey}), &stdout, &bytes.Buffer{})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if !strings.Contains(stdout.String(), "deployed") {
		t.Fatalf("no deployment log line: %q", stdout.String())
	}
	d, err := chain.LoadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(ctx, client); err != nil {
		t.Fatalf("verify the written deployment: %v", err)
	}
	k := chain.Bind(client, d)
	bal, err := k.TokenBalance(ctx, d.Deployer)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(chain.Tokens(1_000_000_000)) != 0 {
		t.Fatalf("deployer holds %s GIN wei, want the whole supply", bal)
	}

	// A deployments file for another chain is refused at start by every service.
	d.ChainID = 1
	if err := d.Verify(ctx, client); err == nil || !strings.Contains(err.Error(), "serves chain 31337 but the deployments file is for chain 1") {
		t.Fatalf("verify on the wrong chain: %v", err)
	}

	// Nothing answers: the error says so.
	err = run(ctx, []string{"-rpc", "http://127.0.0.1:1", "-out", out}, env(map[string]string{"GIN_DEPLOYER_KEY": chaintest.AnvilKey}), &stdout, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "no chain answers at http://127.0.0.1:1") {
		t.Fatalf("deploy with no node: %v", err)
	}
	_ = os.Remove(out)
}
