package siwe

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// DefaultClockSkew is how far a client's clock may run from the server's before its timestamps
// are held against it: wallets stamp Issued At from the device clock, and phones drift.
const DefaultClockSkew = time.Minute

// Expectations are what the API knows independently of the message and checks it against. Domain,
// ChainID, one of URI and URIPrefix, and one of Nonce and CheckNonce are required: a check left
// out would let through messages signed for another site, chain or earlier session, so Verify
// refuses to run without them rather than skip it.
type Expectations struct {
	// Domain is the authority the API serves sign-in from ("app.gintonic.dev", with ":port" when
	// not the default), compared exactly with the message's domain.
	Domain string
	// Scheme, when set, must equal the message's scheme (case-insensitively, as RFC 3986 compares
	// schemes); a message without one counts as "https", as EIP-4361 prescribes.
	Scheme string
	// URI, when set, must equal the message's URI exactly.
	URI string
	// URIPrefix, when set, must begin the message's URI at a boundary: "https://gintonic.dev"
	// accepts "https://gintonic.dev/login" and "https://gintonic.dev?x" but not
	// "https://gintonic.dev.evil.example" or "https://gintonic.dev@evil.example".
	URIPrefix string
	// ChainID is the chain sessions are bound to.
	ChainID uint64
	// Nonce, when set, must equal the message's nonce (a nonce kept in the client's cookie).
	Nonce string
	// CheckNonce, when set, is called with the message's nonce once everything else, signature
	// included, has passed, so that a forged message cannot burn a client's nonce. It returns an
	// error matching ErrNonceRejected to refuse the nonce; any other error is an infrastructure
	// failure and comes back unmarked, for the API to answer 500. The usual one consumes the nonce
	// from a NonceStore:
	//
	//	CheckNonce: func(n string) error { return nonces.Consume(ctx, n) }
	CheckNonce func(nonce string) error
	// MaxAge, when set, bounds how long ago the message may have been issued, for messages
	// without an Expiration Time. A NonceStore's TTL already bounds it; MaxAge is for nonces that
	// live elsewhere (the Nonce field).
	MaxAge time.Duration
	// ClockSkew is the tolerance for Issued At, Not Before, Expiration Time and MaxAge; 0 means
	// DefaultClockSkew.
	ClockSkew time.Duration
}

// check reports an Expectations that would make Verify skip a check: the server's mistake, so the
// error matches no sentinel.
func (e *Expectations) check() error {
	var missing []string
	if e.Domain == "" {
		missing = append(missing, "Domain")
	}
	if e.ChainID == 0 {
		missing = append(missing, "ChainID")
	}
	if e.URI == "" && e.URIPrefix == "" {
		missing = append(missing, "URI or URIPrefix")
	}
	if e.Nonce == "" && e.CheckNonce == nil {
		missing = append(missing, "Nonce or CheckNonce")
	}
	if len(missing) > 0 {
		return fmt.Errorf("siwe: Expectations lack %s; refusing to verify without them", strings.Join(missing, ", "))
	}
	return nil
}

// Verify parses text as an EIP-4361 message, checks it against want at time now, and checks that
// signature is a personal_sign signature over text by the message's address. It returns the
// message when all of that holds.
//
// Cheap checks run first and the nonce is consumed last, after the signature, so that neither a
// garbage request nor a forged one costs a legitimate client its nonce. Only EOA signatures are
// supported (EIP-1271 contract wallets would need a chain call): MetaMask accounts and provider
// staking keys are EOAs.
func Verify(text string, signature []byte, want Expectations, now time.Time) (*Message, error) {
	if err := want.check(); err != nil {
		return nil, err
	}
	m, err := Parse(text)
	if err != nil {
		return nil, err
	}
	if err := want.match(m, now); err != nil {
		return nil, err
	}
	signer, err := RecoverSigner([]byte(text), signature)
	if err != nil {
		return nil, err
	}
	if signer != m.Address {
		return nil, fmt.Errorf("%w: signed by %s, but the message is for %s (a different key, or a message altered after signing)", ErrSignerMismatch, signer.Hex(), m.Address.Hex())
	}
	if want.CheckNonce != nil {
		if err := want.CheckNonce(m.Nonce); err != nil {
			if errors.Is(err, ErrNonceRejected) {
				return nil, err
			}
			return nil, fmt.Errorf("siwe: check nonce: %w", err)
		}
	}
	return m, nil
}

// match checks the parsed message against the expectations and the clock.
func (e *Expectations) match(m *Message, now time.Time) error {
	if m.Version != SpecVersion { // Parse guarantees it; kept so Verify's contract does not rest on that
		return &ParseError{Field: keyVersion, Reason: fmt.Sprintf("%s is not supported; want %q", quote(m.Version), SpecVersion)}
	}
	if m.Domain != e.Domain {
		return fmt.Errorf("%w: the message signs in to %s, this is %s", ErrDomainMismatch, quote(m.Domain), quote(e.Domain))
	}
	if e.Scheme != "" {
		scheme := m.Scheme
		if scheme == "" {
			scheme = "https"
		}
		if !strings.EqualFold(scheme, e.Scheme) {
			return fmt.Errorf("%w: the message's scheme is %s, want %s", ErrDomainMismatch, quote(scheme), quote(e.Scheme))
		}
	}
	if e.URI != "" && m.URI != e.URI {
		return fmt.Errorf("%w: the message's URI is %s, want %s", ErrURIMismatch, quote(m.URI), quote(e.URI))
	}
	if e.URIPrefix != "" && !hasURIPrefix(m.URI, e.URIPrefix) {
		return fmt.Errorf("%w: the message's URI %s is not under %s", ErrURIMismatch, quote(m.URI), quote(e.URIPrefix))
	}
	if m.ChainID != e.ChainID {
		return fmt.Errorf("%w: the message is for chain %d, this API serves chain %d; switch the wallet's network", ErrChainMismatch, m.ChainID, e.ChainID)
	}
	skew := e.ClockSkew
	if skew == 0 {
		skew = DefaultClockSkew
	}
	const layout = time.RFC3339
	if m.IssuedAt.Time().After(now.Add(skew)) {
		return fmt.Errorf("%w: issued at %s, which is in the future (server time %s); check the device's clock", ErrNotYetValid, m.IssuedAt, now.UTC().Format(layout))
	}
	if !m.NotBefore.IsZero() && m.NotBefore.Time().After(now.Add(skew)) {
		return fmt.Errorf("%w: not valid before %s (server time %s)", ErrNotYetValid, m.NotBefore, now.UTC().Format(layout))
	}
	if !m.ExpirationTime.IsZero() && !now.Add(-skew).Before(m.ExpirationTime.Time()) {
		return fmt.Errorf("%w: expired at %s (server time %s); sign in again", ErrExpired, m.ExpirationTime, now.UTC().Format(layout))
	}
	if e.MaxAge > 0 && m.IssuedAt.Time().Before(now.Add(-e.MaxAge-skew)) {
		return fmt.Errorf("%w: issued at %s, more than %v ago (server time %s); sign in again", ErrExpired, m.IssuedAt, e.MaxAge, now.UTC().Format(layout))
	}
	if e.Nonce != "" && m.Nonce != e.Nonce {
		return fmt.Errorf("%w: the message's nonce is not the one this session was issued; request a new nonce", ErrNonceRejected)
	}
	return nil
}

// hasURIPrefix reports whether uri starts with prefix and the match ends where a URI component
// does, so that a prefix cannot be extended into another host or path segment.
func hasURIPrefix(uri, prefix string) bool {
	rest, ok := strings.CutPrefix(uri, prefix)
	switch {
	case !ok:
		return false
	case rest == "" || strings.HasSuffix(prefix, "/"):
		return true
	}
	return rest[0] == '/' || rest[0] == '?' || rest[0] == '#'
}
