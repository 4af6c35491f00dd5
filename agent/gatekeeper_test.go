package agent

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	dto "github.com/prometheus/client_model/go"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

type controllerList map[common.Address]bool

func (c controllerList) IsController(_ context.Context, a common.Address) (bool, error) {
	return c[a], nil
}

// TestEndpointTrustsOnlyGatewayPasses sends the provider endpoint every kind of request an
// outsider could make for a running deployment; only a fresh pass signed by a controller for
// this provider, job, round and request reaches the container, once.
// testKey is a fixed key named s.
func testKey(s string) *ecdsa.PrivateKey { return crypto.ToECDSAUnsafe(crypto.Keccak256([]byte(s))) }

// signedPass is p signed by k in domain, as the gateway's pass header carries it.
func signedPass(t *testing.T, domain chain.Domain, k *ecdsa.PrivateKey, p chain.GatewayPass) string {
	t.Helper()
	sig, err := chain.Sign(domain.Digest(p.StructHash()), k)
	if err != nil {
		t.Fatal(err)
	}
	return p.Encode(sig)
}

func TestEndpointTrustsOnlyGatewayPasses(t *testing.T) {
	container := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(chain.PassHeader) != "" {
			t.Error("the pass reached the container")
		}
		_, _ = io.WriteString(w, "model answer")
	}))
	defer container.Close()
	ctl, outsider, me, other := testKey("controller"), testKey("outsider"), testKey("provider"), testKey("other provider")
	domain := chain.EscrowDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000e5"))
	self := crypto.PubkeyToAddress(me.PublicKey)
	now := time.Unix(1_800_000_000, 0)
	a := &Agent{log: slog.New(slog.DiscardHandler), metrics: newMetrics(),
		running: map[uint64]uint64{7: 2}, addrs: map[uint64]string{7: strings.TrimPrefix(container.URL, "http://")},
		gate: newGatekeeper(domain, self, controllerList{crypto.PubkeyToAddress(ctl.PublicKey): true})}
	a.gate.now = func() time.Time { return now }
	h := a.Endpoint()

	const uri = "/v1/completions"
	sign := func(k *ecdsa.PrivateKey, p chain.GatewayPass) string { return signedPass(t, domain, k, p) }
	pass := func(mod func(*chain.GatewayPass)) chain.GatewayPass {
		p := chain.NewPass(7, 2, self, http.MethodPost, uri, now)
		if mod != nil {
			mod(&p)
		}
		return p
	}
	replayed := sign(ctl, pass(nil))
	cases := []struct {
		name, path, header, reason string
		code                       int
	}{
		{"no pass (the attack of issue 15)", uri, "", "missing", 401},
		{"garbage", uri, "v1 7 2 nonsense", "malformed", 401},
		{"signed by an outsider", uri, sign(outsider, pass(nil)), "not_controller", 401},
		{"for another provider", uri, sign(ctl, pass(func(p *chain.GatewayPass) { p.Provider = crypto.PubkeyToAddress(other.PublicKey) })), "wrong_provider", 401},
		{"for another request", uri, sign(ctl, pass(func(p *chain.GatewayPass) { p.Request = chain.PassRequest("GET", "/v1/files") })), "not_controller", 401},
		{"for an old round", uri, sign(ctl, pass(func(p *chain.GatewayPass) { p.Round = 1 })), "wrong_round", 401},
		{"expired", uri, sign(ctl, pass(func(p *chain.GatewayPass) { p.ExpiresAt = uint64(now.Add(-time.Minute).Unix()) })), "expired", 401},
		{"valid for an hour", uri, sign(ctl, pass(func(p *chain.GatewayPass) { p.ExpiresAt = uint64(now.Add(time.Hour).Unix()) })), "too_long", 401},
		{"a path the gateway never sends", "/usage", sign(ctl, pass(nil)), "route", 404},
		{"a dot-segment path", "/v1/files/../usage", sign(ctl, pass(nil)), "route", 404},
		{"valid", uri, replayed, "", 200},
		{"the same pass again", uri, replayed, "replayed", 401},
		{"valid, fresh nonce", uri, sign(ctl, pass(nil)), "", 200},
	}
	for _, c := range cases {
		r := httptest.NewRequest(http.MethodPost, c.path, strings.NewReader(`{"prompt":"hi"}`))
		r.Header.Set(apiv1.JobHeader, "7")
		if c.header != "" {
			r.Header.Set(chain.PassHeader, c.header)
		}
		w := httptest.NewRecorder()
		before := 0.0
		if c.reason != "" {
			before = counter(t, a, c.reason)
		}
		h.ServeHTTP(w, r)
		if w.Code != c.code {
			t.Errorf("%s: HTTP %d %q, want %d", c.name, w.Code, w.Body.String(), c.code)
		}
		if c.code == 200 && w.Body.String() != "model answer" {
			t.Errorf("%s: body %q", c.name, w.Body.String())
		}
		if c.code != 200 && strings.Contains(w.Body.String(), "model answer") {
			t.Errorf("%s: reached the container", c.name)
		}
		if c.reason != "" {
			if got := counter(t, a, c.reason) - before; got != 1 {
				t.Errorf("%s: refusals with reason %q went up by %v, want 1", c.name, c.reason, got)
			}
		}
	}
}

// TestPassBindsDomain: a pass signed for another escrow or chain is worthless here.
func TestPassBindsDomain(t *testing.T) {
	k := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("controller")))
	p := chain.NewPass(1, 1, common.Address{1}, "POST", "/v1/completions", time.Now())
	d1 := chain.EscrowDomain(big.NewInt(31337), common.Address{0xe5})
	d2 := chain.EscrowDomain(big.NewInt(1), common.Address{0xe5})
	sig, _ := chain.Sign(d2.Digest(p.StructHash()), k)
	got, _ := chain.Recover(d1.Digest(p.StructHash()), sig)
	if got == crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatal("a pass signed for chain 1 recovers to the controller on chain 31337")
	}
	back, sig2, err := chain.ParsePass(p.Encode(sig), "post", "/v1/completions")
	if err != nil || back != p || string(sig2) != string(sig) {
		t.Fatalf("encode/parse round trip: %v %+v", err, back)
	}
}

func counter(t *testing.T, a *Agent, reason string) float64 {
	var m dto.Metric
	if err := a.metrics.refused.WithLabelValues(reason).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
