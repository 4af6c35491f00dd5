package apiclient_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

// phisher is an "API" that relays another API's sign-in challenge: what it asks the client to
// sign is set per test; it counts the signed messages it receives.
type phisher struct {
	*httptest.Server
	challenge func(self string) apiv1.SignInChallenge
	signed    atomic.Int32
}

func newPhisher(t *testing.T, challenge func(self string) apiv1.SignInChallenge) *phisher {
	p := &phisher{challenge: challenge}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/v1/auth/nonce":
			w.WriteHeader(http.StatusCreated)
			_ = json.NewEncoder(w).Encode(p.challenge(p.URL))
		case "/v1/auth/login":
			p.signed.Add(1)
			_ = json.NewEncoder(w).Encode(apiv1.Session{Token: "t", Address: "0x0000000000000000000000000000000000000001", ExpiresAt: time.Now().Add(time.Hour)})
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(p.Close)
	return p
}

func challenge(domain, uri string, chainID int64) apiv1.SignInChallenge {
	return apiv1.SignInChallenge{Nonce: "abcdefgh12345678", Domain: domain, Uri: uri, ChainId: chainID, ExpiresAt: time.Now().Add(time.Minute)}
}

// TestClientSignsOnlyForItsAPI: a phishing API relaying the real API's challenge (its domain,
// URI or chain) gets no signature; the API's own challenge is signed.
func TestClientSignsOnlyForItsAPI(t *testing.T) {
	key, _ := crypto.GenerateKey()
	ctx := context.Background()
	host := func(u string) string { return strings.TrimPrefix(u, "http://") }
	for _, tc := range []struct {
		name string
		ch   func(self string) apiv1.SignInChallenge
		exp  apiclient.Expect
		want string // "" = signs
	}{
		{"relayed domain", func(string) apiv1.SignInChallenge {
			return challenge("gintonic.example", "https://gintonic.example", 1)
		}, apiclient.Expect{}, `domain "gintonic.example"`},
		{"own domain, another URI", func(self string) apiv1.SignInChallenge {
			return challenge(host(self), "https://gintonic.example", 1)
		}, apiclient.Expect{}, "URI"},
		{"own domain, https URI for an http API", func(self string) apiv1.SignInChallenge {
			return challenge(host(self), "https://"+host(self), 1)
		}, apiclient.Expect{}, "URI"},
		{"another chain", func(self string) apiv1.SignInChallenge {
			return challenge(host(self), self, 1)
		}, apiclient.Expect{ChainID: 1337}, "chain 1"},
		{"its own challenge", func(self string) apiv1.SignInChallenge {
			return challenge(host(self), self, 1337)
		}, apiclient.Expect{ChainID: 1337}, ""},
		{"its own challenge, chain unknown to the client", func(self string) apiv1.SignInChallenge {
			return challenge(strings.ToUpper(host(self)), self+"/", 5)
		}, apiclient.Expect{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newPhisher(t, tc.ch)
			_, err := apiclient.DialExpect(ctx, p.URL, key, tc.exp)
			if tc.want == "" {
				if err != nil || p.signed.Load() != 1 {
					t.Fatalf("the API's own challenge: %v (signed %d)", err, p.signed.Load())
				}
				return
			}
			if !errors.Is(err, apiclient.ErrChallenge) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrChallenge naming %q", err, tc.want)
			}
			if n := p.signed.Load(); n != 0 {
				t.Fatalf("the client sent %d signed messages to the phishing API", n)
			}
		})
	}
}

func TestCheckChallengePaths(t *testing.T) {
	// Plain http to another machine is fine on a development chain.
	if err := apiclient.CheckChallenge(challenge("api:8080", "http://api:8080", 31337), "http://api:8080", apiclient.Expect{}); err != nil {
		t.Errorf("http on a development chain: %v", err)
	}
	for _, tc := range []struct {
		base, uri string
		ok        bool
	}{
		{"https://g.example/api", "https://g.example", true},
		{"https://g.example/api", "https://g.example/api", true},
		{"https://g.example/api", "https://g.example/apiary", false},
		{"https://g.example", "https://g.example/api", false},
		{"https://g.example:443", "https://g.example", true},
		{"https://g.example", "https://user@g.example", false},
		{"http://g.example", "http://g.example", false}, // plain http off this machine, on a production chain
		{"http://localhost:8080", "http://localhost:8080", true},
	} {
		host := strings.Split(strings.SplitN(tc.base, "://", 2)[1], "/")[0]
		err := apiclient.CheckChallenge(challenge(host, tc.uri, 1), tc.base, apiclient.Expect{})
		if (err == nil) != tc.ok {
			t.Errorf("base %s, URI %s: %v, want ok=%v", tc.base, tc.uri, err, tc.ok)
		}
	}
}
