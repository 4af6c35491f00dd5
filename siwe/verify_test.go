package siwe

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

const nonce = "K7QZ4M2XHRD6PJ3WVN5TBYCA2E"

func TestVerifyHappyPath(t *testing.T) {
	m := loginMessage(alice, nonce)
	text, sig := signed(t, aliceKey, m)
	got, err := Verify(text, sig, expectations(nonce), now)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if got.Address != alice || got.Nonce != nonce || got.String() != text {
		t.Errorf("Verify returned %#v", got)
	}
}

// The full flow the API runs: nonce from the store, MetaMask's personal_sign, Verify consuming the
// nonce, then a session token. The same signed message is then replayed and refused.
func TestVerifyWithNonceStoreRefusesReplay(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryNonces(func() time.Time { return now })
	n, err := store.Issue(ctx, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	text := loginMessage(alice, n).String()
	sig := metaMaskSign(t, aliceKey, text)
	want := expectations("")
	want.CheckNonce = func(n string) error { return store.Consume(ctx, n) }

	m, err := Verify(text, sig, want, now)
	if err != nil {
		t.Fatalf("first sign-in: %v", err)
	}
	session := Tokens{}.Issue(m.Address, now)
	if session.Address != alice || !session.Hash.Matches(session.Token) {
		t.Errorf("session %+v", session)
	}

	_, err = Verify(text, sig, want, now.Add(time.Second))
	if !errors.Is(err, ErrNonceRejected) {
		t.Fatalf("replay: err = %v, want ErrNonceRejected", err)
	}
}

// A forged signature must not burn the client's nonce: the nonce is consumed only once the
// signature has been checked.
func TestVerifyConsumesNonceOnlyAfterSignature(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryNonces(func() time.Time { return now })
	n, _ := store.Issue(ctx, 5*time.Minute)
	text := loginMessage(alice, n).String()
	want := expectations("")
	want.CheckNonce = func(n string) error { return store.Consume(ctx, n) }

	if _, err := Verify(text, metaMaskSign(t, malloryKey, text), want, now); !errors.Is(err, ErrSignerMismatch) {
		t.Fatalf("forged: err = %v, want ErrSignerMismatch", err)
	}
	if _, err := Verify(text, metaMaskSign(t, aliceKey, text), want, now); err != nil {
		t.Fatalf("genuine sign-in after a forged one: %v", err)
	}
}

func TestVerifyRejects(t *testing.T) {
	type input struct {
		text string
		sig  []byte
		want Expectations
		now  time.Time
	}
	// build signs loginMessage after change, then lets edit alter what reaches Verify.
	build := func(change func(*Message), edit func(*input)) input {
		m := loginMessage(alice, nonce)
		if change != nil {
			change(m)
		}
		text, sig := signed(t, aliceKey, m)
		in := input{text: text, sig: sig, want: expectations(nonce), now: now}
		if edit != nil {
			edit(&in)
		}
		return in
	}
	cases := []struct {
		name  string
		in    input
		want  error
		cause string // part of the error text the client sees
	}{
		{"wrong domain", build(func(m *Message) { m.Domain = "app.gintonic.dev.evil.example" }, nil),
			ErrDomainMismatch, `signs in to "app.gintonic.dev.evil.example", this is "app.gintonic.dev"`},
		{"domain with another port", build(func(m *Message) { m.Domain = "app.gintonic.dev:8443" }, nil),
			ErrDomainMismatch, `signs in to "app.gintonic.dev:8443"`},
		{"domain case differs", build(func(m *Message) { m.Domain = "App.Gintonic.dev" }, nil),
			ErrDomainMismatch, `signs in to "App.Gintonic.dev"`},
		{"http scheme", build(func(m *Message) { m.Scheme = "http" }, nil),
			ErrDomainMismatch, `scheme is "http", want "https"`},
		{"no scheme counts as https", build(func(m *Message) { m.Scheme = "" }, func(in *input) { in.want.Scheme = "http" }),
			ErrDomainMismatch, `scheme is "https", want "http"`},
		{"URI not the expected one", build(nil, func(in *input) { in.want.URI = "https://app.gintonic.dev/signin" }),
			ErrURIMismatch, `URI is "https://app.gintonic.dev/login", want "https://app.gintonic.dev/signin"`},
		{"URI on a look-alike host", build(func(m *Message) { m.URI = "https://app.gintonic.dev.evil.example/login" }, nil),
			ErrURIMismatch, `is not under "https://app.gintonic.dev"`},
		{"URI with userinfo trick", build(func(m *Message) { m.URI = "https://app.gintonic.dev@evil.example/login" }, nil),
			ErrURIMismatch, `is not under "https://app.gintonic.dev"`},
		{"URI on another port", build(func(m *Message) { m.URI = "https://app.gintonic.dev:8443/login" }, nil),
			ErrURIMismatch, `is not under`},
		{"wrong chain", build(func(m *Message) { m.ChainID = 1 }, nil),
			ErrChainMismatch, "the message is for chain 1, this API serves chain 8453; switch the wallet's network"},
		{"expired", build(func(m *Message) { m.ExpirationTime = NewTimestamp(now.Add(-2 * time.Minute)) }, nil),
			ErrExpired, "expired at 2025-06-01T11:58:00.000Z (server time 2025-06-01T12:00:00Z); sign in again"},
		{"expired exactly skew ago", build(func(m *Message) { m.ExpirationTime = NewTimestamp(now.Add(-DefaultClockSkew)) }, nil),
			ErrExpired, "expired at"},
		{"expired with no skew allowed", build(func(m *Message) { m.ExpirationTime = NewTimestamp(now.Add(-time.Second)) }, func(in *input) { in.want.ClockSkew = time.Nanosecond }),
			ErrExpired, "expired at"},
		{"issued longer ago than MaxAge", build(nil, func(in *input) { in.want.MaxAge = time.Minute; in.now = now.Add(5 * time.Minute) }),
			ErrExpired, "issued at 2025-06-01T11:59:50.000Z, more than 1m0s ago (server time 2025-06-01T12:05:00Z); sign in again"},
		{"not before in the future", build(func(m *Message) { m.NotBefore = NewTimestamp(now.Add(5 * time.Minute)) }, nil),
			ErrNotYetValid, "not valid before 2025-06-01T12:05:00.000Z (server time 2025-06-01T12:00:00Z)"},
		{"issued in the future", build(func(m *Message) { m.IssuedAt = NewTimestamp(now.Add(2 * time.Minute)) }, nil),
			ErrNotYetValid, "issued at 2025-06-01T12:02:00.000Z, which is in the future (server time 2025-06-01T12:00:00Z); check the device's clock"},
		{"nonce not the session's", build(nil, func(in *input) { in.want.Nonce = "ANOTHERNONCE1234" }),
			ErrNonceRejected, "not the one this session was issued"},
		{"nonce unknown to the store", build(nil, func(in *input) {
			in.want.Nonce = ""
			store := NewMemoryNonces(nil)
			in.want.CheckNonce = func(n string) error { return store.Consume(context.Background(), n) }
		}), ErrNonceRejected, "unknown or already used"},
		{"signed by another key", build(nil, func(in *input) { in.sig = metaMaskSign(t, malloryKey, in.text) }),
			ErrSignerMismatch, "signed by 0x1dF62f291b2E969fB0849d99D9Ce41e2F137006e, but the message is for 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"},
		{"statement tampered after signing", build(nil, func(in *input) {
			in.text = strings.Replace(in.text, "rent GPUs", "sell GPUs", 1)
		}), ErrSignerMismatch, "but the message is for 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"},
		{"expiry extended after signing", build(nil, func(in *input) {
			in.text = strings.Replace(in.text, "Expiration Time: 2025-06-01T12:10", "Expiration Time: 2026-06-01T12:10", 1)
		}), ErrSignerMismatch, "a message altered after signing"},
		{"address swapped after signing", build(nil, func(in *input) {
			in.text = strings.Replace(in.text, alice.Hex(), mallory.Hex(), 1)
		}), ErrSignerMismatch, "but the message is for 0x1dF62f291b2E969fB0849d99D9Ce41e2F137006e"},
		{"tampered into a malformed message", build(nil, func(in *input) { in.text += "\n" }),
			ErrMalformedMessage, "message ends with a line break"},
		{"not a SIWE message", build(nil, func(in *input) { in.text = "Sign this to log in: " + nonce }),
			ErrMalformedMessage, "line 1: want"},
		{"64-byte signature", build(nil, func(in *input) { in.sig = in.sig[:64] }),
			ErrBadSignature, "64 bytes, want 65"},
		{"high-s twin signature", build(nil, func(in *input) { in.sig = highSTwin(in.sig) }),
			ErrBadSignature, "s is in the upper half of the curve order"},
		{"V out of range", build(nil, func(in *input) { in.sig[64] = 31 }),
			ErrBadSignature, "V is 31"},
		{"no signature", build(nil, func(in *input) { in.sig = nil }),
			ErrBadSignature, "0 bytes"},
	}
	sentinels := []error{ErrMalformedMessage, ErrDomainMismatch, ErrURIMismatch, ErrChainMismatch, ErrExpired, ErrNotYetValid, ErrBadSignature, ErrSignerMismatch, ErrNonceRejected}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Verify(tc.in.text, tc.in.sig, tc.in.want, tc.in.now)
			if err == nil {
				t.Fatalf("Verify accepted %#v", m)
			}
			if m != nil {
				t.Errorf("Verify returned a message with error %v", err)
			}
			for _, s := range sentinels {
				if is := errors.Is(err, s); is != (s == tc.want) {
					t.Errorf("errors.Is(%v, %v) = %v", err, s, is)
				}
			}
			if !strings.Contains(err.Error(), tc.cause) {
				t.Errorf("error %q does not say %q", err, tc.cause)
			}
		})
	}
}

// What honest clients do must pass: clocks a little off either way (within ClockSkew), no
// expiry, a scheme in capitals.
func TestVerifyTolerates(t *testing.T) {
	cases := []struct {
		name   string
		change func(m *Message)
	}{
		{"issued 30 s in the future", func(m *Message) { m.IssuedAt = NewTimestamp(now.Add(30 * time.Second)) }},
		{"not before 30 s in the future", func(m *Message) { m.NotBefore = NewTimestamp(now.Add(30 * time.Second)) }},
		{"expired 30 s ago", func(m *Message) { m.ExpirationTime = NewTimestamp(now.Add(-30 * time.Second)) }},
		{"no expiry at all", func(m *Message) { m.ExpirationTime = Timestamp{} }},
		{"issued MaxAge + 30 s ago", func(m *Message) { m.IssuedAt = NewTimestamp(now.Add(-5*time.Minute - 30*time.Second)) }},
		{"scheme in capitals", func(m *Message) { m.Scheme = "HTTPS" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := loginMessage(alice, nonce)
			tc.change(m)
			text, sig := signed(t, aliceKey, m)
			want := expectations(nonce)
			want.MaxAge = 5 * time.Minute
			if _, err := Verify(text, sig, want, now); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestVerifyURIExpectations(t *testing.T) {
	accept := []struct{ uri, exact, prefix string }{
		{"https://app.gintonic.dev/login", "https://app.gintonic.dev/login", ""},
		{"https://app.gintonic.dev", "", "https://app.gintonic.dev"},
		{"https://app.gintonic.dev/login", "", "https://app.gintonic.dev"},
		{"https://app.gintonic.dev?next=/jobs", "", "https://app.gintonic.dev"},
		{"https://app.gintonic.dev#x", "", "https://app.gintonic.dev"},
		{"https://app.gintonic.dev/api/v1/login", "", "https://app.gintonic.dev/api/"},
		{"https://app.gintonic.dev/api/v1/login", "https://app.gintonic.dev/api/v1/login", "https://app.gintonic.dev/api"},
	}
	for _, tc := range accept {
		m := loginMessage(alice, nonce)
		m.URI = tc.uri
		text, sig := signed(t, aliceKey, m)
		want := expectations(nonce)
		want.URI, want.URIPrefix = tc.exact, tc.prefix
		if _, err := Verify(text, sig, want, now); err != nil {
			t.Errorf("URI %q, exact %q, prefix %q: %v", tc.uri, tc.exact, tc.prefix, err)
		}
	}
	if hasURIPrefix("https://app.gintonic.dev/apix", "https://app.gintonic.dev/api") {
		t.Error("prefix /api matched /apix")
	}
}

// A CheckNonce failure that is not a rejection (the database is down) must not look like the
// client's fault.
func TestVerifyNonceStoreFailureIsNotAClientError(t *testing.T) {
	text, sig := signed(t, aliceKey, loginMessage(alice, nonce))
	down := errors.New("connection refused")
	want := expectations("")
	want.CheckNonce = func(string) error { return down }
	_, err := Verify(text, sig, want, now)
	if !errors.Is(err, down) {
		t.Fatalf("err = %v, want it to wrap the store's error", err)
	}
	if errors.Is(err, ErrNonceRejected) {
		t.Errorf("store failure reported as a rejected nonce: %v", err)
	}
}

// Expectations missing a check are the server's bug: Verify refuses, with an error that maps to
// no client sentinel, rather than verifying less than it claims.
func TestVerifyRefusesIncompleteExpectations(t *testing.T) {
	text, sig := signed(t, aliceKey, loginMessage(alice, nonce))
	_, err := Verify(text, sig, Expectations{}, now)
	const want = "siwe: Expectations lack Domain, ChainID, URI or URIPrefix, Nonce or CheckNonce; refusing to verify without them"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %s", err, want)
	}
	for _, s := range []error{ErrMalformedMessage, ErrDomainMismatch, ErrURIMismatch, ErrChainMismatch, ErrExpired, ErrNotYetValid, ErrBadSignature, ErrSignerMismatch, ErrNonceRejected} {
		if errors.Is(err, s) {
			t.Errorf("config error matches %v", s)
		}
	}
}
