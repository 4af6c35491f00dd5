package api_test

import (
	"crypto/ecdsa"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/siwe"
)

// signIn builds, signs and posts a SIWE message after edit has changed it, returning the answer.
func signIn(t *testing.T, c *apiv1.ClientWithResponses, key *ecdsa.PrivateKey, edit func(*siwe.Message)) (*apiv1.LoginResponse, apiv1.LoginRequest) {
	t.Helper()
	ch, err := c.IssueNonceWithResponse(ctx)
	if err != nil || ch.JSON201 == nil {
		t.Fatalf("nonce: %v %s", err, body(ch))
	}
	now := time.Now()
	m := siwe.Message{Scheme: "http", Domain: ch.JSON201.Domain, Address: crypto.PubkeyToAddress(key.PublicKey), URI: ch.JSON201.Uri,
		Version: "1", ChainID: uint64(ch.JSON201.ChainId), Nonce: ch.JSON201.Nonce, IssuedAt: siwe.NewTimestamp(now),
		ExpirationTime: siwe.NewTimestamp(now.Add(time.Hour))}
	if edit != nil {
		edit(&m)
	}
	text := m.String()
	sig, err := siwe.Sign(text, key)
	if err != nil {
		t.Fatal(err)
	}
	req := apiv1.LoginRequest{Message: text, Signature: hexutil.Encode(sig)}
	rsp, err := c.LoginWithResponse(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	return rsp, req
}

// TestSignIn: a session comes only from a fresh nonce signed by the message's address for this
// API's domain, URI and chain; it is bound to that address and ends at logout.
func TestSignIn(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "")
	anon, err := apiv1.NewClientWithResponses(a.url)
	if err != nil {
		t.Fatal(err)
	}
	key := chaintest.Key("client")

	ok, req := signIn(t, anon, key, nil)
	if ok.JSON200 == nil || ok.JSON200.Address != chaintest.Addr("client").Hex() {
		t.Fatalf("login: %s", body(ok))
	}
	// The same signed message again: its nonce is spent.
	again, err := anon.LoginWithResponse(ctx, req)
	if err != nil || again.StatusCode() != http.StatusUnauthorized || !strings.Contains(string(again.Body), "nonce") {
		t.Errorf("replayed login: %v %s", err, body(again))
	}

	other := chaintest.Key("client2")
	for _, tc := range []struct {
		name string
		key  *ecdsa.PrivateKey
		edit func(*siwe.Message)
		want string
	}{
		{"other domain", key, func(m *siwe.Message) { m.Domain = "evil.example" }, "domain"},
		{"other chain", key, func(m *siwe.Message) { m.ChainID = 1 }, "chain"},
		{"other URI", key, func(m *siwe.Message) { m.URI = "http://evil.example/" }, "URI"},
		{"expired", key, func(m *siwe.Message) {
			m.IssuedAt = siwe.NewTimestamp(time.Now().Add(-2 * time.Hour))
			m.ExpirationTime = siwe.NewTimestamp(time.Now().Add(-time.Hour))
		}, "expired"},
		{"unknown nonce", key, func(m *siwe.Message) { m.Nonce = "abcdefgh12345678" }, "nonce"},
		{"signed by another key", other, func(m *siwe.Message) { m.Address = chaintest.Addr("client") }, "signer"},
	} {
		rsp, _ := signIn(t, anon, tc.key, tc.edit)
		if rsp.StatusCode() != http.StatusUnauthorized || rsp.ApplicationproblemJSONDefault == nil ||
			!strings.Contains(strings.ToLower(*rsp.ApplicationproblemJSONDefault.Detail), strings.ToLower(tc.want)) {
			t.Errorf("%s: want 401 mentioning %q, got %s", tc.name, tc.want, body(rsp))
		}
	}
	// Malformed requests name the field.
	for _, bad := range []apiv1.LoginRequest{{Message: "", Signature: "0x00"}, {Message: "hello", Signature: "zz"}} {
		rsp, _ := anon.LoginWithResponse(ctx, bad)
		if rsp.StatusCode() != http.StatusUnprocessableEntity && rsp.StatusCode() != http.StatusUnauthorized {
			t.Errorf("login %+v: %s", bad, body(rsp))
		}
	}

	// Write endpoints need a session; a bad or ended one is refused, not treated as anonymous.
	if r, _ := anon.SubmitJobWithResponse(ctx, defaultJob()); r.StatusCode() != http.StatusUnauthorized {
		t.Errorf("anonymous submit: %s", body(r))
	}
	bogus, _ := apiv1.NewClientWithResponses(a.url, apiv1.WithRequestEditorFn(apiclient.Bearer("not-a-token")))
	if r, _ := bogus.ListProvidersWithResponse(ctx, nil); r.StatusCode() != http.StatusUnauthorized {
		t.Errorf("bogus token on a public endpoint: %s", body(r))
	}
	c := s.login(a, "client")
	if r, _ := c.GetMeWithResponse(ctx); r.JSON200 == nil || r.JSON200.Address != chaintest.Addr("client").Hex() || r.JSON200.MayUseGpus {
		t.Errorf("me: %s", body(r))
	}
	if r, _ := c.LogoutWithResponse(ctx); r.StatusCode() != http.StatusNoContent {
		t.Fatalf("logout: %s", body(r))
	}
	if r, _ := c.GetMeWithResponse(ctx); r.StatusCode() != http.StatusUnauthorized {
		t.Errorf("me after logout: %s", body(r))
	}

	// A session ends when the signed message says so, even before the session TTL.
	short, _ := signIn(t, anon, key, func(m *siwe.Message) { m.ExpirationTime = siwe.NewTimestamp(time.Now().Add(30 * time.Second)) })
	if short.JSON200 == nil || short.JSON200.ExpiresAt.After(time.Now().Add(31*time.Second)) {
		t.Fatalf("short login: %s", body(short))
	}
	authed, _ := apiv1.NewClientWithResponses(a.url, apiv1.WithRequestEditorFn(apiclient.Bearer(short.JSON200.Token)))
	s.clk.Advance(time.Minute)
	if r, _ := authed.GetMeWithResponse(ctx); r.StatusCode() != http.StatusUnauthorized || !strings.Contains(string(r.Body), "expired") {
		t.Errorf("expired session: %s", body(r))
	}
}
