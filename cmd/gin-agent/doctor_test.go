package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/devstack"
)

// TestDoctor runs `gin-agent doctor` against the whole local stack (anvil, Postgres, the API with
// its latency probes, a provider agent, Docker): with a running provider's operator key every
// check passes — the stake read on chain through the operator mapping, the registration, and the
// controller reaching the endpoint; with a fresh key it names the stake to add and that nothing
// is registered; with the wrong chain it says which chain the node serves.
func TestDoctor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, Providers: 1, DatabaseURL: os.Getenv("DATABASE_URL")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := s.Agents[0]
	doctor := func(key *ecdsa.PrivateKey, extra ...string) (string, error) {
		args := append([]string{"-api", s.APIURL, "-region", "local", "-endpoint", p.Endpoint, "-state-dir", t.TempDir(),
			"-chain-id", fmt.Sprint(s.ChainID), "-escrow", s.Deployment.Escrow.Hex(), "-rpc", s.RPCURL, "-floor", "*=1", "-cpu-only"}, extra...)
		env := map[string]string{"GIN_AGENT_KEY": devstack.KeyHex(key)}
		var out bytes.Buffer
		err := runDoctor(ctx, args, func(k string) string { return env[k] }, &out)
		return out.String(), err
	}
	line := func(out, status, name string) string {
		for _, l := range strings.Split(out, "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == status && strings.HasPrefix(l[len(f[0]):], strings.Repeat(" ", 2)) &&
				strings.HasPrefix(strings.TrimSpace(l[len(f[0]):]), name) {
				return l
			}
		}
		return ""
	}

	operator, provider := s.Accounts.Operators[0], devstack.Addr(s.Accounts.Providers[0])
	var out string
	deadline := time.Now().Add(90 * time.Second)
	for {
		out, err = doctor(operator)
		if err == nil && line(out, "ok", "endpoint") != "" || time.Now().After(deadline) {
			break
		}
		time.Sleep(2 * time.Second) // the controller probes the endpoint every 10 s
	}
	if err != nil {
		t.Fatalf("doctor with a running provider's key: %v\n%s", err, out)
	}
	for name, want := range map[string]string{
		"config":   "every flag and variable is valid",
		"docker":   "Docker Engine",
		"key":      "signs as " + crypto.PubkeyToAddress(operator.PublicKey).Hex(),
		"chain":    fmt.Sprintf("chain %d", s.ChainID),
		"stake":    "staked by " + provider.Hex() + " (this key is the operator key of " + provider.Hex() + ")",
		"api":      "as " + provider.Hex() + ", registered in local",
		"endpoint": p.Endpoint + " is reached by ctl-local",
	} {
		if l := line(out, "ok", name); !strings.Contains(l, want) {
			t.Errorf("%s: %q, want ok with %q\n%s", name, l, want, out)
		}
	}
	if !strings.Contains(out, "ready to bid") {
		t.Errorf("no verdict:\n%s", out)
	}

	// A fresh key: no stake, not registered; the fix names the amount.
	fresh, _ := crypto.GenerateKey()
	out, err = doctor(fresh)
	if err == nil {
		t.Fatalf("doctor passed a key with no stake:\n%s", out)
	}
	if l := line(out, "FAIL", "stake"); !strings.Contains(l, "0 GIN staked by "+crypto.PubkeyToAddress(fresh.PublicKey).Hex()) {
		t.Errorf("stake: %q\n%s", l, out)
	}
	if !strings.Contains(out, "→ stake at least ") || !strings.Contains(out, "(gin stake ") {
		t.Errorf("no fix for the stake:\n%s", out)
	}
	if l := line(out, "ok", "api"); !strings.Contains(l, "not registered yet") {
		t.Errorf("api: %q\n%s", l, out)
	}
	if l := line(out, "skip", "endpoint"); l == "" {
		t.Errorf("endpoint not skipped for an unregistered key:\n%s", out)
	}

	// The wrong chain id: the node says which chain it serves.
	out, _ = doctor(operator, "-chain-id", "1")
	if l := line(out, "FAIL", "chain"); !strings.Contains(l, fmt.Sprintf("serves chain %d, the escrow is on chain 1", s.ChainID)) {
		t.Errorf("chain: %q\n%s", l, out)
	}
}
