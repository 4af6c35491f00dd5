package siwe

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
)

// metaMaskSign signs the way MetaMask's personal_sign does, built only from go-ethereum
// (accounts.TextHash is the EIP-191 digest), independently of this package's hashing.
func metaMaskSign(t testing.TB, key *ecdsa.PrivateKey, text string) []byte {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// highSTwin returns the other valid signature of the same digest: (r, N−s) with the recovery id
// flipped. Ethereum treats it as malleable and so does RecoverSigner.
func highSTwin(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	twin := bytes.Clone(sig)
	new(big.Int).Sub(n, s).FillBytes(twin[32:64])
	if twin[64] >= 27 { // flip the recovery id: 27↔28, 0↔1
		twin[64] = 27 + ((twin[64] - 27) ^ 1)
	} else {
		twin[64] ^= 1
	}
	return twin
}

// A published personal_sign vector: web3.js's eth.accounts.sign("Some data", key) documentation
// example, produced by a JavaScript implementation, not by go-ethereum.
func TestRecoverSignerWeb3jsVector(t *testing.T) {
	if got, want := hex.EncodeToString(personalHash([]byte("Some data"))), "1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655"; got != want {
		t.Fatalf("personal hash %s, want %s", got, want)
	}
	sig, err := DecodeSignature("0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c")
	if err != nil {
		t.Fatal(err)
	}
	got, err := RecoverSigner([]byte("Some data"), sig)
	if err != nil || got != alice {
		t.Fatalf("RecoverSigner = %s, %v; want %s", got.Hex(), err, alice.Hex())
	}
}

// Sign is byte for byte what MetaMask returns (RFC 6979 signatures are deterministic), and both
// recover to the signer for every form of V a client may send.
func TestSignMatchesMetaMask(t *testing.T) {
	text := loginMessage(alice, "K7QZ4M2XHRD6PJ3WVN5TBYCA2E").String()
	mm := metaMaskSign(t, aliceKey, text)
	ours, err := Sign(text, aliceKey)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ours, mm) {
		t.Fatalf("Sign = %x\nMetaMask = %x", ours, mm)
	}
	if !bytes.Equal(personalHash([]byte(text)), accounts.TextHash([]byte(text))) {
		t.Fatal("personalHash differs from accounts.TextHash")
	}
	for _, v := range []byte{mm[64], mm[64] - 27} {
		sig := bytes.Clone(mm)
		sig[64] = v
		got, err := RecoverSigner([]byte(text), sig)
		if err != nil || got != alice {
			t.Errorf("V=%d: RecoverSigner = %s, %v; want %s", v, got.Hex(), err, alice.Hex())
		}
	}
}

func TestRecoverSignerRejects(t *testing.T) {
	text := []byte("app.gintonic.dev wants you to sign in")
	good := metaMaskSign(t, aliceKey, string(text))
	edit := func(f func(sig []byte) []byte) []byte { return f(bytes.Clone(good)) }
	n := crypto.S256().Params().N

	cases := []struct {
		name string
		sig  []byte
		want string
	}{
		{"empty", nil, "siwe: bad signature: 0 bytes, want 65 ([R||S||V])"},
		{"64-byte compact (EIP-2098)", good[:64], "siwe: bad signature: 64 bytes, want 65 ([R||S||V])"},
		{"66 bytes", append(bytes.Clone(good), 0), "siwe: bad signature: 66 bytes, want 65 ([R||S||V])"},
		{"V 29", edit(func(s []byte) []byte { s[64] = 29; return s }), "siwe: bad signature: V is 29, want 27 or 28 (or 0 or 1)"},
		{"V 2", edit(func(s []byte) []byte { s[64] = 2; return s }), "siwe: bad signature: V is 2, want 27 or 28 (or 0 or 1)"},
		{"V 37 (EIP-155 style)", edit(func(s []byte) []byte { s[64] = 37; return s }), "siwe: bad signature: V is 37, want 27 or 28 (or 0 or 1)"},
		{"high s twin", highSTwin(good), "siwe: bad signature: s is in the upper half of the curve order (a malleable signature); sign with a wallet that produces canonical low-s signatures"},
		{"r zero", edit(func(s []byte) []byte { clear(s[:32]); return s }), "siwe: bad signature: r or s out of range"},
		{"s zero", edit(func(s []byte) []byte { clear(s[32:64]); return s }), "siwe: bad signature: r or s out of range"},
		{"r = N", edit(func(s []byte) []byte { n.FillBytes(s[:32]); return s }), "siwe: bad signature: r or s out of range"},
		{"all zero", make([]byte, 65), "siwe: bad signature: r or s out of range"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := RecoverSigner(text, tc.sig)
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("err = %v, want ErrBadSignature", err)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

// The high-s twin really is a valid signature by the same key (go-ethereum's SigToPub, which does
// not check s, recovers alice from it), so refusing it is a policy, not an accident.
func TestHighSTwinIsGenuine(t *testing.T) {
	text := []byte("twin")
	twin := highSTwin(metaMaskSign(t, aliceKey, string(text)))
	twin[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(text), twin)
	if err != nil || crypto.PubkeyToAddress(*pub) != alice {
		t.Fatalf("twin does not recover to alice: %v", err)
	}
}

func TestDecodeSignature(t *testing.T) {
	sig := metaMaskSign(t, aliceKey, "x")
	h := hex.EncodeToString(sig)
	for _, s := range []string{"0x" + h, "0X" + h} {
		got, err := DecodeSignature(s)
		if err != nil || !bytes.Equal(got, sig) {
			t.Errorf("DecodeSignature(%q) = %x, %v", s, got, err)
		}
	}
	bad := []struct{ in, want string }{
		{h, `siwe: bad signature: want "0x" followed by 130 hex digits`},
		{"", `siwe: bad signature: want "0x" followed by 130 hex digits`},
		{"0x" + h[:128], "siwe: bad signature: 128 hex digits, want 130 (a 65-byte [R||S||V] signature)"},
		{"0x" + h[:129] + "g", "siwe: bad signature: not hex: encoding/hex: invalid byte: U+0067 'g'"},
	}
	for _, tc := range bad {
		_, err := DecodeSignature(tc.in)
		if !errors.Is(err, ErrBadSignature) || err.Error() != tc.want {
			t.Errorf("DecodeSignature(%.20q…) = %v, want %s", tc.in, err, tc.want)
		}
	}
}
