package chain_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

var (
	escrowAddr = common.HexToAddress("0x00000000000000000000000000000000000e5c40")
	provider   = common.HexToAddress("0x00000000000000000000000000000000000b0b00")
)

func sampleReport() chain.UsageReport {
	return chain.UsageReport{Provider: provider, Usages: []chain.Usage{
		{JobID: 1, Round: 1, CumulativeGpuSeconds: 3600},
		{JobID: 42, Round: 3, CumulativeGpuSeconds: 1 << 40},
	}}
}

// TestDigestsMatchGoEthereumTypedData checks the hand-written (allocation-light) EIP-712 encoding
// against go-ethereum's generic implementation, the one wallets' signers use.
func TestDigestsMatchGoEthereumTypedData(t *testing.T) {
	domain := chain.EscrowDomain(big.NewInt(1337), escrowAddr)
	td := func(primary string, msg apitypes.TypedDataMessage) common.Hash {
		typed := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"Bid":          {{Name: "jobId", Type: "uint256"}, {Name: "provider", Type: "address"}, {Name: "pricePerGpuSecond", Type: "uint256"}, {Name: "expiry", Type: "uint256"}, {Name: "nonce", Type: "uint256"}},
				"Usage":        {{Name: "jobId", Type: "uint256"}, {Name: "round", Type: "uint256"}, {Name: "cumulativeGpuSeconds", Type: "uint256"}},
				"UsageReport":  {{Name: "provider", Type: "address"}, {Name: "usages", Type: "Usage[]"}},
			},
			PrimaryType: primary,
			Domain:      apitypes.TypedDataDomain{Name: domain.Name, Version: domain.Version, ChainId: (*math.HexOrDecimal256)(domain.ChainID), VerifyingContract: escrowAddr.Hex()},
			Message:     msg,
		}
		h, _, err := apitypes.TypedDataAndHash(typed)
		if err != nil {
			t.Fatalf("go-ethereum typed data: %v", err)
		}
		return common.BytesToHash(h)
	}

	bid := chain.Bid{JobID: 7, Provider: provider, PricePerGpuSecond: big.NewInt(123456789), Expiry: 1_900_000_000, Nonce: 99}
	want := td("Bid", apitypes.TypedDataMessage{"jobId": "7", "provider": provider.Hex(), "pricePerGpuSecond": "123456789", "expiry": "1900000000", "nonce": "99"})
	if got := domain.Digest(bid.StructHash()); got != want {
		t.Fatalf("bid digest %s, go-ethereum says %s", got, want)
	}

	r := sampleReport()
	usages := []interface{}{}
	for _, u := range r.Usages {
		usages = append(usages, map[string]interface{}{"jobId": new(big.Int).SetUint64(u.JobID).String(), "round": big.NewInt(int64(u.Round)).String(), "cumulativeGpuSeconds": new(big.Int).SetUint64(u.CumulativeGpuSeconds).String()})
	}
	want = td("UsageReport", apitypes.TypedDataMessage{"provider": provider.Hex(), "usages": usages})
	if got := domain.Digest(r.StructHash()); got != want {
		t.Fatalf("usage report digest %s, go-ethereum says %s", got, want)
	}
}

// TestDigestsMatchTheContract checks the Go digests against the deployed escrow's own view functions.
func TestDigestsMatchTheContract(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	bid := chain.Bid{JobID: 7, Provider: provider, PricePerGpuSecond: big.NewInt(5), Expiry: 100, Nonce: 1}
	onChain, err := bind.Call(k.EscrowC, nil, k.Escrow.PackBidDigest(bid.Binding()), k.Escrow.UnpackBidDigest)
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Deployment.EscrowDomain().Digest(bid.StructHash()); got != common.Hash(onChain) {
		t.Fatalf("bid digest %s, contract says %x", got, onChain)
	}
	r := sampleReport()
	b := r.Binding(nil)
	onChain, err = bind.Call(k.EscrowC, nil, k.Escrow.PackUsageReportDigest(r.Provider, b.Usages), k.Escrow.UnpackUsageReportDigest)
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Deployment.EscrowDomain().Digest(r.StructHash()); got != common.Hash(onChain) {
		t.Fatalf("usage report digest %s, contract says %x", got, onChain)
	}
}

// TestSignaturesBindDomainAndContent: a signature recovers its signer only for the exact content,
// chain and contract it was made for, and malformed or malleable signatures are refused.
func TestSignaturesBindDomainAndContent(t *testing.T) {
	key := chaintest.Key("provider")
	signer := crypto.PubkeyToAddress(key.PublicKey)
	domain := chain.EscrowDomain(big.NewInt(1337), escrowAddr)
	bid := chain.Bid{JobID: 7, Provider: signer, PricePerGpuSecond: big.NewInt(5), Expiry: 100, Nonce: 1}
	sig, err := chain.Sign(domain.Digest(bid.StructHash()), key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := chain.Recover(domain.Digest(bid.StructHash()), sig); err != nil || got != signer {
		t.Fatalf("recover own signature: %s, %v", got, err)
	}

	otherJob := bid
	otherJob.JobID = 8
	otherChain := chain.EscrowDomain(big.NewInt(1), escrowAddr)
	otherContract := chain.EscrowDomain(big.NewInt(1337), provider)
	for name, digest := range map[string]common.Hash{
		"another job":      domain.Digest(otherJob.StructHash()),
		"another chain":    otherChain.Digest(bid.StructHash()),
		"another contract": otherContract.Digest(bid.StructHash()),
	} {
		if got, err := chain.Recover(digest, sig); err == nil && got == signer {
			t.Errorf("signature replayed on %s still recovers the signer", name)
		}
	}

	if _, err := chain.Recover(domain.Digest(bid.StructHash()), sig[:64]); err == nil {
		t.Error("a 64-byte signature was accepted")
	}
	// Flip s to n - s (and v): the same point, the malleable twin OpenZeppelin rejects.
	n := crypto.S256().Params().N
	high := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	twin := bytes.Clone(sig)
	copy(twin[32:64], common.LeftPadBytes(high.Bytes(), 32))
	twin[64] ^= 1
	if _, err := chain.Recover(domain.Digest(bid.StructHash()), twin); err == nil {
		t.Error("a high-s (malleable) signature was accepted")
	}
}
