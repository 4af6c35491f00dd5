package siwe

import (
	"crypto/sha256"
	"encoding/base64"
	"testing"
	"time"
)

func TestTokensIssue(t *testing.T) {
	s := Tokens{TTL: time.Hour}.Issue(alice, now)
	raw, err := base64.RawURLEncoding.DecodeString(s.Token)
	if err != nil || len(raw) != 32 {
		t.Fatalf("token %q: %d bytes, %v; want 32 bytes of base64url", s.Token, len(raw), err)
	}
	if s.Hash != TokenHash(sha256.Sum256([]byte(s.Token))) {
		t.Error("Hash is not the SHA-256 of the token")
	}
	if s.Address != alice || !s.ExpiresAt.Equal(now.Add(time.Hour)) {
		t.Errorf("session %+v", s)
	}
	if d := (Tokens{}).Issue(alice, now); !d.ExpiresAt.Equal(now.Add(DefaultSessionTTL)) {
		t.Errorf("zero TTL: expires %v, want %v", d.ExpiresAt, now.Add(DefaultSessionTTL))
	}
	seen := map[string]bool{}
	for range 1000 {
		tok := Tokens{}.Issue(alice, now).Token
		if seen[tok] {
			t.Fatalf("token repeated: %s", tok)
		}
		seen[tok] = true
	}
}

func TestTokenHashMatches(t *testing.T) {
	a := Tokens{}.Issue(alice, now)
	b := Tokens{}.Issue(alice, now)
	cases := []struct {
		name  string
		token string
		want  bool
	}{
		{"own token", a.Token, true},
		{"another session's token", b.Token, false},
		{"truncated", a.Token[:42], false},
		{"empty", "", false},
		{"the hash itself", a.Hash.String(), false},
	}
	for _, tc := range cases {
		if got := a.Hash.Matches(tc.token); got != tc.want {
			t.Errorf("%s: Matches = %v, want %v", tc.name, got, tc.want)
		}
	}
	if !a.Hash.Equal(HashToken(a.Token)) || a.Hash.Equal(b.Hash) {
		t.Error("Equal")
	}
	if len(a.Hash.String()) != 64 {
		t.Errorf("String() = %q, want 64 hex digits", a.Hash.String())
	}
}
