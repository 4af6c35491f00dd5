package siwe

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultSessionTTL is how long a session lasts when Tokens.TTL is zero.
const DefaultSessionTTL = 24 * time.Hour

// Tokens issues the bearer tokens a client holds once it has signed in. A token is 256 random
// bits, opaque to the client; the API stores only its SHA-256 next to the address and expiry, so
// a leaked sessions table yields no token that works. SHA-256 without a salt is enough here
// because the token itself has 256 bits of entropy: there is nothing to brute-force.
type Tokens struct {
	TTL time.Duration // 0 means DefaultSessionTTL
}

// Session is a freshly issued token together with what the API stores for it.
type Session struct {
	Address   common.Address // the account that signed in; the session is bound to it
	Token     string         // base64url without padding, for the client; never stored
	Hash      TokenHash      // stored, with Address and ExpiresAt
	ExpiresAt time.Time
}

// Issue creates a session for addr starting at now.
func (t Tokens) Issue(addr common.Address, now time.Time) Session {
	ttl := t.TTL
	if ttl == 0 {
		ttl = DefaultSessionTTL
	}
	var raw [32]byte
	rand.Read(raw[:]) // never fails: crypto/rand panics rather than return weak bytes
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	return Session{Address: addr, Token: token, Hash: HashToken(token), ExpiresAt: now.Add(ttl)}
}

// TokenHash is the SHA-256 of a token's text, the form in which sessions are stored and looked up.
type TokenHash [sha256.Size]byte

// HashToken hashes a presented bearer token for lookup. Any string hashes; a malformed token
// simply matches no stored session.
func HashToken(token string) TokenHash { return sha256.Sum256([]byte(token)) }

// Equal compares in constant time, so that the comparison's duration says nothing about how much
// of a stored hash an attacker's guess shares.
func (h TokenHash) Equal(other TokenHash) bool {
	return subtle.ConstantTimeCompare(h[:], other[:]) == 1
}

// Matches reports, in constant time, whether token is the one h was made from.
func (h TokenHash) Matches(token string) bool { return h.Equal(HashToken(token)) }

// String is the hash in hex, safe to log: it cannot be turned back into the token.
func (h TokenHash) String() string { return hex.EncodeToString(h[:]) }
