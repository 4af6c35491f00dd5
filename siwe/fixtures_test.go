package siwe

import (
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Keys with published addresses (the first is the web3.js documentation's example key), so the
// literal messages below carry real checksummed addresses.
var (
	aliceKey   = mustKey("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	alice      = common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")
	malloryKey = mustKey("b0057716d5917badaf911b193b12b910811c1497b5bada8d7711f758981c3773")
	mallory    = common.HexToAddress("0x1dF62f291b2E969fB0849d99D9Ce41e2F137006e")
)

// now is the server's clock in every verification test.
var now = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func mustKey(hexKey string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		panic(err)
	}
	return k
}

func mustTimestamp(s string) Timestamp {
	ts, err := ParseTimestamp(s)
	if err != nil {
		panic(err)
	}
	return ts
}

// loginMessage is what the Gintonic web app asks MetaMask to sign.
func loginMessage(addr common.Address, nonce string) *Message {
	return &Message{
		Scheme:         "https",
		Domain:         "app.gintonic.dev",
		Address:        addr,
		Statement:      "Sign in to Gintonic to rent GPUs.",
		URI:            "https://app.gintonic.dev/login",
		Version:        SpecVersion,
		ChainID:        8453,
		Nonce:          nonce,
		IssuedAt:       NewTimestamp(now.Add(-10 * time.Second)),
		ExpirationTime: NewTimestamp(now.Add(10 * time.Minute)),
	}
}

// expectations are the API's for loginMessage, with the nonce checked by exact match.
func expectations(nonce string) Expectations {
	return Expectations{
		Domain:    "app.gintonic.dev",
		Scheme:    "https",
		URIPrefix: "https://app.gintonic.dev",
		ChainID:   8453,
		Nonce:     nonce,
	}
}

// signed renders m and signs it with key the way a wallet does.
func signed(t testing.TB, key *ecdsa.PrivateKey, m *Message) (string, []byte) {
	t.Helper()
	if err := m.Validate(); err != nil {
		t.Fatalf("test message invalid: %v", err)
	}
	text := m.String()
	sig, err := Sign(text, key)
	if err != nil {
		t.Fatal(err)
	}
	return text, sig
}
