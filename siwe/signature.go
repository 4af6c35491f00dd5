package siwe

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureLength is the length of an [R || S || V] secp256k1 signature, the form personal_sign
// returns. EIP-2098 64-byte compact signatures are not accepted: no wallet returns them from
// personal_sign, and accepting two encodings of one signature would only widen what a verifier
// has to get right.
const SignatureLength = 65

// personalHash is the EIP-191 version 0x45 digest that personal_sign signs:
// keccak256("\x19Ethereum Signed Message:\n" + len(text) + text), the length in decimal bytes.
func personalHash(text []byte) []byte {
	return crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n"+strconv.Itoa(len(text))), text)
}

// DecodeSignature decodes the hex string a wallet returns from personal_sign ("0x" and 130 hex
// digits) into the bytes Verify takes. Errors match ErrBadSignature.
func DecodeSignature(s string) ([]byte, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		h, ok = strings.CutPrefix(s, "0X")
	}
	if !ok {
		return nil, fmt.Errorf("%w: want \"0x\" followed by %d hex digits", ErrBadSignature, 2*SignatureLength)
	}
	if len(h) != 2*SignatureLength {
		return nil, fmt.Errorf("%w: %d hex digits, want %d (a 65-byte [R||S||V] signature)", ErrBadSignature, len(h), 2*SignatureLength)
	}
	sig, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("%w: not hex: %v", ErrBadSignature, err)
	}
	return sig, nil
}

// secp256k1halfN is half the curve order: a signature with s above it is the malleable twin of
// one below it (s and N−s both verify), so only the low one is accepted, as Ethereum has required
// of transactions since Homestead.
var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverSigner returns the address whose key made sig, a 65-byte [R||S||V] personal_sign
// signature over text. V may be 0/1 (raw recovery id) or 27/28 (what wallets return). It refuses
// high-s signatures, r or s out of range, and any other V; those errors match ErrBadSignature.
// A valid signature over different text recovers to an unrelated address, so callers must compare
// the result with the address they expect.
func RecoverSigner(text []byte, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d ([R||S||V])", ErrBadSignature, len(sig), SignatureLength)
	}
	v := sig[64]
	switch v {
	case 27, 28:
		v -= 27
	case 0, 1:
	default:
		return common.Address{}, fmt.Errorf("%w: V is %d, want 27 or 28 (or 0 or 1)", ErrBadSignature, sig[64])
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order (a malleable signature); sign with a wallet that produces canonical low-s signatures", ErrBadSignature)
	}
	// homestead=true checks 0 < r < N and 0 < s ≤ N/2 as well.
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	norm := make([]byte, SignatureLength)
	copy(norm, sig[:64])
	norm[64] = v
	pub, err := crypto.SigToPub(personalHash(text), norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: no public key recovers from it: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Sign signs text as personal_sign does, returning [R||S||V] with V 27 or 28, the form MetaMask
// returns. Provider agents use it to sign in with their staking key.
func Sign(text string, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(personalHash([]byte(text)), key)
	if err != nil {
		return nil, fmt.Errorf("sign SIWE message: %w", err)
	}
	sig[64] += 27
	return sig, nil
}
