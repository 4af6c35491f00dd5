package chain_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// FuzzRecoverMatchesEscrow is a differential test of the Go verifier against the contract: for any
// digest and signature bytes, chain.Recover returns exactly the signer the deployed escrow's
// recoverSigner view accepts (the check every bid and usage report goes through on chain), and an
// error exactly where the escrow answers address(0). A signature the API accepts but the escrow
// refuses would pass intake and fail (or be skipped in) every settlement; the reverse would refuse
// reports the escrow pays.
//
// `go test` runs the seed corpus only: V in {0, 1, 27, 28, 29}, the high-s twin, r = 0, s = 0,
// r and s at and around the curve order and half order, lengths 64, 65 and 66. Fuzz with
//
//	go test ./chain/ -run '^$' -fuzz FuzzRecoverMatchesEscrow -fuzztime 60s
func FuzzRecoverMatchesEscrow(f *testing.F) {
	c := chaintest.New(f)
	k := c.Contracts

	key := chaintest.Key("provider")
	digest := k.Deployment.EscrowDomain().Digest(sampleBid().StructHash())
	sig, err := chain.Sign(digest, key)
	if err != nil {
		f.Fatal(err)
	}
	n := crypto.S256().Params().N
	halfN := new(big.Int).Rsh(n, 1)
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	with := func(r, s []byte, v byte) []byte {
		out := make([]byte, 0, 65)
		out = append(out, r...)
		out = append(out, s...)
		return append(out, v)
	}
	r, s, v := sig[:32], sig[32:64], sig[64]
	highS := word(new(big.Int).Sub(n, new(big.Int).SetBytes(s)))
	other := 27 + 28 - v

	seeds := [][]byte{
		sig,                   // the genuine signature
		with(r, s, other),     // the other recovery id: another (valid) address, or none
		with(r, highS, other), // the high-s twin: the same signer, refused on both sides
		with(r, highS, v),
		with(make([]byte, 32), s, v), // r = 0
		with(r, make([]byte, 32), v), // s = 0
		with(word(n), s, v),          // r = n
		with(word(new(big.Int).Sub(n, big.NewInt(1))), s, v),
		with(r, word(halfN), v), // s = n/2, the largest accepted
		with(r, word(new(big.Int).Add(halfN, big.NewInt(1))), v),
		with(r, word(n), v),
		with(bytes.Repeat([]byte{0xff}, 32), bytes.Repeat([]byte{0xff}, 32), v),
		sig[:64],                       // 64 bytes (ERC-2098 compact form is refused by both)
		append(bytes.Clone(sig), 0),    // 66 bytes
		append(bytes.Clone(sig), v),    // 66 bytes, V repeated
		nil,                            // empty
		bytes.Repeat([]byte{0x01}, 65), // small r and s
	}
	for _, vv := range []byte{0, 1, 27, 28, 29, v - 27, 255} {
		seeds = append(seeds, with(r, s, vv), with(r, highS, vv))
	}
	// Not vacuous: the escrow and Go both recover the genuine signer.
	if got, err := bind.Call(k.EscrowC, nil, k.Escrow.PackRecoverSigner(digest, sig), k.Escrow.UnpackRecoverSigner); err != nil || got != chaintest.Addr("provider") {
		f.Fatalf("the escrow recovers %s (%v) from a genuine signature, want %s", got, err, chaintest.Addr("provider"))
	}
	for _, sd := range seeds {
		f.Add(digest[:], sd)
		f.Add(crypto.Keccak256([]byte("another digest")), sd)
	}

	f.Fuzz(func(t *testing.T, digestBytes, sig []byte) {
		var d common.Hash
		copy(d[:], digestBytes) // any 32-byte digest (shorter input is zero-padded)
		want, err := bind.Call(k.EscrowC, &bind.CallOpts{Context: ctx}, k.Escrow.PackRecoverSigner(d, sig), k.Escrow.UnpackRecoverSigner)
		if err != nil {
			t.Fatalf("recoverSigner(%s, %x): %v", d, sig, err)
		}
		got, goErr := chain.Recover(d, sig)
		switch {
		case want == (common.Address{}) && goErr == nil:
			t.Fatalf("sig %x over %s: Go recovers %s, the escrow accepts no signer", sig, d, got)
		case want != (common.Address{}) && goErr != nil:
			t.Fatalf("sig %x over %s: Go refuses it (%v), the escrow recovers %s", sig, d, goErr, want)
		case goErr == nil && got != want:
			t.Fatalf("sig %x over %s: Go recovers %s, the escrow %s", sig, d, got, want)
		}
	})
}
