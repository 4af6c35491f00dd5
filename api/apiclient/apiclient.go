// Package apiclient is the Go client of the marketplace API that the CLI and the provider agent
// use: the generated apiv1 client, signed in with Sign-In with Ethereum from a local key.
package apiclient

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/siwe"
)

// Client is a signed-in API client.
type Client struct {
	*apiv1.ClientWithResponses
	Session apiv1.Session
}

// Dial signs in at baseURL with key: it asks for a nonce, signs the EIP-4361 message the server
// expects (its domain, URI and chain) and keeps the session token for every later request.
func Dial(ctx context.Context, baseURL string, key *ecdsa.PrivateKey, opts ...apiv1.ClientOption) (*Client, error) {
	baseURL = strings.TrimRight(baseURL, "/")
	anon, err := apiv1.NewClientWithResponses(baseURL, opts...)
	if err != nil {
		return nil, err
	}
	sess, err := Login(ctx, anon, key)
	if err != nil {
		return nil, err
	}
	authed, err := apiv1.NewClientWithResponses(baseURL, append(opts, apiv1.WithRequestEditorFn(Bearer(sess.Token)))...)
	if err != nil {
		return nil, err
	}
	return &Client{ClientWithResponses: authed, Session: *sess}, nil
}

// Login performs Sign-In with Ethereum with key and returns the session.
func Login(ctx context.Context, c *apiv1.ClientWithResponses, key *ecdsa.PrivateKey) (*apiv1.Session, error) {
	ch, err := c.IssueNonceWithResponse(ctx)
	if err != nil {
		return nil, fmt.Errorf("sign in: ask for a nonce: %w", err)
	}
	if ch.JSON201 == nil {
		return nil, Error(ch.HTTPResponse, ch.ApplicationproblemJSONDefault)
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
