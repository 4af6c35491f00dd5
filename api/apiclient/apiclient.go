// Package apiclient is the Go client of the marketplace API that the CLI and the provider agent
// use: the generated apiv1 client, signed in with Sign-In with Ethereum from a local key.
package apiclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/siwe"
)

// Client is a signed-in API client.
type Client struct {
	*apiv1.ClientWithResponses
	Session apiv1.Session
}

// Expect is what a sign-in challenge must name besides the API's own domain and URI, which
// come from the base URL.
type Expect struct {
	// ChainID is the chain the client works on; 0 when it does not know (then any chain is
	// signed for, as the API names it).
	ChainID uint64
}

// Dial signs in at baseURL with key: it asks for a nonce, checks that the EIP-4361 message the
// server asks for names baseURL's own domain and URI (so a phishing API cannot relay another
// API's challenge), signs it and keeps the session token for every later request.
func Dial(ctx context.Context, baseURL string, key *ecdsa.PrivateKey, opts ...apiv1.ClientOption) (*Client, error) {
	return DialExpect(ctx, baseURL, key, Expect{}, opts...)
}

// DialExpect is Dial that also checks the challenge against exp (the chain id).
func DialExpect(ctx context.Context, baseURL string, key *ecdsa.PrivateKey, exp Expect, opts ...apiv1.ClientOption) (*Client, error) {
	baseURL = strings.TrimRight(baseURL, "/")
	anon, err := apiv1.NewClientWithResponses(baseURL, opts...)
	if err != nil {
		return nil, err
	}
	sess, err := Login(ctx, anon, baseURL, key, exp)
	if err != nil {
		return nil, err
	}
	authed, err := apiv1.NewClientWithResponses(baseURL, append(opts, apiv1.WithRequestEditorFn(Bearer(sess.Token)))...)
	if err != nil {
		return nil, err
	}
	return &Client{ClientWithResponses: authed, Session: *sess}, nil
}

// Login performs Sign-In with Ethereum with key at the API c reaches at baseURL and returns the
// session. It refuses to sign a challenge for another domain, URI or chain (ErrChallenge).
func Login(ctx context.Context, c *apiv1.ClientWithResponses, baseURL string, key *ecdsa.PrivateKey, exp Expect) (*apiv1.Session, error) {
	ch, err := c.IssueNonceWithResponse(ctx)
	if err != nil {
		return nil, fmt.Errorf("sign in: ask for a nonce: %w", err)
	}
	if ch.JSON201 == nil {
		return nil, Error(ch.HTTPResponse, ch.ApplicationproblemJSONDefault)
	}
	if err := CheckChallenge(*ch.JSON201, baseURL, exp); err != nil {
		return nil, err
	}
	now := time.Now()
	msg := siwe.Message{
		Scheme: schemeOf(ch.JSON201.Uri), Domain: ch.JSON201.Domain, Address: crypto.PubkeyToAddress(key.PublicKey),
		Statement: "Sign in to Gintonic.", URI: ch.JSON201.Uri, Version: siwe.SpecVersion, ChainID: uint64(ch.JSON201.ChainId),
		Nonce: ch.JSON201.Nonce, IssuedAt: siwe.NewTimestamp(now), ExpirationTime: siwe.NewTimestamp(now.Add(24 * time.Hour)),
	}
	if msg.Scheme == "https" {
		msg.Scheme = "" // the default: most wallets leave it out
	}
	text := msg.String()
	sig, err := siwe.Sign(text, key)
	if err != nil {
		return nil, fmt.Errorf("sign in: sign the message: %w", err)
	}
	rsp, err := c.LoginWithResponse(ctx, apiv1.LoginRequest{Message: text, Signature: hexutil.Encode(sig)})
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	if rsp.JSON200 == nil {
		return nil, Error(rsp.HTTPResponse, rsp.ApplicationproblemJSONDefault)
	}
	return rsp.JSON200, nil
}

// ErrChallenge is a sign-in challenge the client refuses to sign.
var ErrChallenge = errors.New("refusing to sign in")

// CheckChallenge checks that a sign-in challenge is for the API at baseURL: the same host and
// port as its domain, a URI with baseURL's scheme and host whose path baseURL starts with, and
// exp's chain when it names one. A signature for anything else is a session at another API.
func CheckChallenge(ch apiv1.SignInChallenge, baseURL string, exp Expect) error {
	base, err := url.Parse(baseURL)
	if err != nil || base.Host == "" || (base.Scheme != "http" && base.Scheme != "https") {
		return fmt.Errorf("%w: the API URL %q is not an absolute http(s) URL", ErrChallenge, baseURL)
	}
	host := hostPort(base.Scheme, base.Host)
	if d := hostPort(base.Scheme, ch.Domain); d != host {
		return fmt.Errorf("%w: the API at %s asks to sign in for domain %q, not %q; a session signed for another domain works there, "+
			"so this API may be relaying another one's sign-in (phishing). If %q is really this API's public address, use that URL",
			ErrChallenge, baseURL, ch.Domain, base.Host, ch.Domain)
	}
	u, err := url.Parse(ch.Uri)
	basePath := strings.TrimRight(base.Path, "/")
	uriPath := ""
	if err == nil {
		uriPath = strings.TrimRight(u.Path, "/")
	}
	if err != nil || u.Scheme != base.Scheme || hostPort(u.Scheme, u.Host) != host || u.User != nil ||
		!(basePath == uriPath || strings.HasPrefix(basePath, uriPath+"/")) {
		return fmt.Errorf("%w: the API at %s asks to sign in for URI %q, which is not that API's address", ErrChallenge, baseURL, ch.Uri)
	}
	if base.Scheme == "http" && !loopback(base.Hostname()) && !(ch.ChainId > 0 && chain.IsDevChain(uint64(ch.ChainId))) {
		return fmt.Errorf("%w: %s is plain http on chain %d: anyone on the path could take the session; use the API's https:// URL "+
			"(plain http only to this machine or on a development chain)", ErrChallenge, baseURL, ch.ChainId)
	}
	if exp.ChainID != 0 && (ch.ChainId < 0 || uint64(ch.ChainId) != exp.ChainID) {
		return fmt.Errorf("%w: the API at %s asks to sign in on chain %d, but this client works on chain %d", ErrChallenge, baseURL, ch.ChainId, exp.ChainID)
	}
	return nil
}

// loopback reports whether host names this machine.
func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// hostPort is hostport lower-cased, without the scheme's default port.
func hostPort(scheme, hostport string) string {
	h := strings.ToLower(hostport)
	switch {
	case scheme == "https" && strings.HasSuffix(h, ":443"):
		return strings.TrimSuffix(h, ":443")
	case scheme == "http" && strings.HasSuffix(h, ":80"):
		return strings.TrimSuffix(h, ":80")
	}
	return h
}

func schemeOf(uri string) string {
	if i := strings.Index(uri, "://"); i > 0 {
		return uri[:i]
	}
	return ""
}

// Bearer adds the session token to every request.
func Bearer(token string) apiv1.RequestEditorFn {
	return func(_ context.Context, req *http.Request) error {
		req.Header.Set("Authorization", "Bearer "+token)
		return nil
	}
}

// ProblemError is an API error answer: its status and RFC 9457 problem.
type ProblemError struct {
	Status  int
	Problem *apiv1.Problem
}

func (e *ProblemError) Error() string {
	if e.Problem == nil {
		return fmt.Sprintf("api: HTTP %d", e.Status)
	}
	s := fmt.Sprintf("api: %s (HTTP %d)", e.Problem.Title, e.Status)
	if e.Problem.Detail != nil {
		s += ": " + *e.Problem.Detail
	}
	return s
}

// Error turns an unexpected answer into a *ProblemError.
func Error(rsp *http.Response, p *apiv1.Problem) error {
	status := 0
	if rsp != nil {
		status = rsp.StatusCode
	}
	return &ProblemError{Status: status, Problem: p}
}
