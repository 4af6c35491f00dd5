package chain_test

import (
	"bytes"
	"errors"
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
	// sampleTerms stands for a job's jobTermsHash in the vectors below.
	sampleTerms = crypto.Keccak256Hash([]byte("gintonic sample job terms"))
)

// Pinned EIP-712 vectors on chain 1337 for the escrow at escrowAddr (domain "Gintonic AuctionEscrow",
// version "2"): the digests of sampleBid and sampleReport, computed independently with Foundry's cast
// (keccak and abi-encode by hand). Other signers (the web app, wallets, SDKs) can check their encoding
// against them; go-ethereum's generic encoder and the deployed contract agree (the tests below).
const (
	bidDigestVector         = "0x015ef2f9d828aa764ce861db92c7c0d0ca4501db37d9fea9ae4877c0dd0fab60"
	usageReportDigestVector = "0x44bedcd3a630140fd2a1ea9dd8e8b85da50b2484495c98c2f833c34718b0ea54"
)

// The EIP-712 type strings the contracts hash (AuctionEscrow.sol, FaultDisputes.sol).
const (
	bidTypeString          = "Bid(uint256 jobId,bytes32 terms,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
	usageTypeString        = "Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
	usageReportTypeString  = "UsageReport(address provider,Usage[] usages)" + usageTypeString
	faultReportTypeString  = "FaultReport(uint256 jobId,uint256 round,address provider,uint256 silentSince,uint256 observedAt)"
	heartbeatAckTypeString = "HeartbeatAck(address provider,uint256 timestamp)"
)

func sampleReport() chain.UsageReport {
	return chain.UsageReport{Provider: provider, Usages: []chain.Usage{
		{JobID: 1, Round: 1, CumulativeGpuSeconds: 3600},
		{JobID: 42, Round: 3, CumulativeGpuSeconds: 1 << 40},
	}}
}

func sampleBid() chain.Bid {
	return chain.Bid{JobID: 7, Terms: sampleTerms, Provider: provider, PricePerGpuSecond: big.NewInt(123456789), Expiry: 1_900_000_000, Nonce: 99}
}

// TestDigestsMatchGoEthereumTypedData checks the hand-written (allocation-light) EIP-712 encoding
// against go-ethereum's generic implementation, the one wallets' signers use, and against the
// pinned vectors.
func TestDigestsMatchGoEthereumTypedData(t *testing.T) {
	domain := chain.EscrowDomain(big.NewInt(1337), escrowAddr)
	if domain.Version != "2" {
		t.Fatalf("escrow domain version %q, want \"2\" (Bid gained its terms field)", domain.Version)
	}
	td := func(d chain.Domain, primary string, msg apitypes.TypedDataMessage) common.Hash {
		typed := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"Bid": {{Name: "jobId", Type: "uint256"}, {Name: "terms", Type: "bytes32"}, {Name: "provider", Type: "address"},
					{Name: "pricePerGpuSecond", Type: "uint256"}, {Name: "expiry", Type: "uint256"}, {Name: "nonce", Type: "uint256"}},
				"Usage":       {{Name: "jobId", Type: "uint256"}, {Name: "round", Type: "uint256"}, {Name: "cumulativeGpuSeconds", Type: "uint256"}},
				"UsageReport": {{Name: "provider", Type: "address"}, {Name: "usages", Type: "Usage[]"}},
				"FaultReport": {{Name: "jobId", Type: "uint256"}, {Name: "round", Type: "uint256"}, {Name: "provider", Type: "address"},
					{Name: "silentSince", Type: "uint256"}, {Name: "observedAt", Type: "uint256"}},
				"HeartbeatAck": {{Name: "provider", Type: "address"}, {Name: "timestamp", Type: "uint256"}},
			},
			PrimaryType: primary,
			Domain:      apitypes.TypedDataDomain{Name: d.Name, Version: d.Version, ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Contract.Hex()},
			Message:     msg,
		}
		h, _, err := apitypes.TypedDataAndHash(typed)
		if err != nil {
			t.Fatalf("go-ethereum typed data: %v", err)
		}
		return common.BytesToHash(h)
	}

	bid := sampleBid()
	want := td(domain, "Bid", apitypes.TypedDataMessage{"jobId": "7", "terms": sampleTerms.Hex(), "provider": provider.Hex(),
		"pricePerGpuSecond": "123456789", "expiry": "1900000000", "nonce": "99"})
	if got := domain.Digest(bid.StructHash()); got != want {
		t.Fatalf("bid digest %s, go-ethereum says %s", got, want)
	}
	if got := domain.Digest(bid.StructHash()); got != common.HexToHash(bidDigestVector) {
		t.Fatalf("bid digest %s, pinned vector %s", got, bidDigestVector)
	}

	r := sampleReport()
	usages := []interface{}{}
	for _, u := range r.Usages {
		usages = append(usages, map[string]interface{}{"jobId": new(big.Int).SetUint64(u.JobID).String(), "round": big.NewInt(int64(u.Round)).String(), "cumulativeGpuSeconds": new(big.Int).SetUint64(u.CumulativeGpuSeconds).String()})
	}
	want = td(domain, "UsageReport", apitypes.TypedDataMessage{"provider": provider.Hex(), "usages": usages})
	if got := domain.Digest(r.StructHash()); got != want {
		t.Fatalf("usage report digest %s, go-ethereum says %s", got, want)
	}
	if got := domain.Digest(r.StructHash()); got != common.HexToHash(usageReportDigestVector) {
		t.Fatalf("usage report digest %s, pinned vector %s", got, usageReportDigestVector)
	}

	disputes := chain.DisputesDomain(big.NewInt(1337), escrowAddr)
	fr := chain.FaultReport{JobID: 9, Round: 2, Provider: provider, SilentSince: 1_800_000_000, ObservedAt: 1_800_000_090}
	want = td(disputes, "FaultReport", apitypes.TypedDataMessage{"jobId": "9", "round": "2", "provider": provider.Hex(), "silentSince": "1800000000", "observedAt": "1800000090"})
	if got := disputes.Digest(fr.StructHash()); got != want {
		t.Fatalf("fault report digest %s, go-ethereum says %s", got, want)
	}
	ack := chain.HeartbeatAck{Provider: provider, Timestamp: 1_800_000_100}
	want = td(disputes, "HeartbeatAck", apitypes.TypedDataMessage{"provider": provider.Hex(), "timestamp": "1800000100"})
	if got := disputes.Digest(ack.StructHash()); got != want {
		t.Fatalf("heartbeat ack digest %s, go-ethereum says %s", got, want)
	}
}

func call32(t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) ([32]byte, error)) common.Hash {
	t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return common.Hash(v)
}

// TestDigestsMatchTheContract checks the Go type strings, domains, digests and job terms hash
// against the deployed contracts' own constants and view functions.
func TestDigestsMatchTheContract(t *testing.T) {
	c := chaintest.New(t)
	k := c.Contracts
	d := k.Deployment

	for name, tc := range map[string]struct {
		c      *bind.BoundContract
		data   []byte
		unpack func([]byte) ([32]byte, error)
		typ    string
	}{
		"BID_TYPEHASH":           {k.EscrowC, k.Escrow.PackBIDTYPEHASH(), k.Escrow.UnpackBIDTYPEHASH, bidTypeString},
		"USAGE_TYPEHASH":         {k.EscrowC, k.Escrow.PackUSAGETYPEHASH(), k.Escrow.UnpackUSAGETYPEHASH, usageTypeString},
		"USAGE_REPORT_TYPEHASH":  {k.EscrowC, k.Escrow.PackUSAGEREPORTTYPEHASH(), k.Escrow.UnpackUSAGEREPORTTYPEHASH, usageReportTypeString},
		"FAULT_REPORT_TYPEHASH":  {k.DisputesC, k.Disputes.PackFAULTREPORTTYPEHASH(), k.Disputes.UnpackFAULTREPORTTYPEHASH, faultReportTypeString},
		"HEARTBEAT_ACK_TYPEHASH": {k.DisputesC, k.Disputes.PackHEARTBEATACKTYPEHASH(), k.Disputes.UnpackHEARTBEATACKTYPEHASH, heartbeatAckTypeString},
	} {
		if got := call32(t, tc.c, tc.data, tc.unpack); got != crypto.Keccak256Hash([]byte(tc.typ)) {
			t.Errorf("%s on chain is %s, keccak of the type string %q is %s", name, got, tc.typ, crypto.Keccak256Hash([]byte(tc.typ)))
		}
	}
	dom, err := bind.Call(k.EscrowC, nil, k.Escrow.PackEip712Domain(), k.Escrow.UnpackEip712Domain)
	if err != nil {
		t.Fatal(err)
	}
	if want := d.EscrowDomain(); dom.Name != want.Name || dom.Version != want.Version || dom.ChainId.Cmp(want.ChainID) != 0 || dom.VerifyingContract != want.Contract {
		t.Fatalf("escrow domain on chain %+v, Go uses %+v", dom, want)
	}

	// A real job: its terms hash, computed in Go from what the client fixed, is the escrow's.
	c.FundGIN(t, "client", chain.Tokens(1_000))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(d.Escrow, chain.Tokens(1_000)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(1_000)))
	spec := crypto.Keccak256Hash([]byte("llama"))
	deadline := c.HeadTime(t) + 3600
	rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateJob(spec, big.NewInt(2e12), 3, chain.Tokens(500), new(big.Int).SetUint64(deadline), chain.Tokens(20_000)))
	job := jobCreated(t, k, rc)
	terms, err := k.JobTermsHash(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	jt := chain.JobTerms{JobID: job, Client: chaintest.Addr("client"), SpecHash: spec, MaxPrice: big.NewInt(2e12), GPUCount: 3,
		Budget: chain.Tokens(500), BiddingDeadline: deadline, MinProviderStake: chain.Tokens(20_000)}
	if jt.Hash() != terms {
		t.Fatalf("job terms hash %s in Go, %s on chain", jt.Hash(), terms)
	}
	if other, _ := k.JobTermsHash(ctx, job+1); other == terms {
		t.Fatal("another job id has the same terms hash")
	}

	for _, bid := range []chain.Bid{
		{JobID: job, Terms: terms, Provider: provider, PricePerGpuSecond: big.NewInt(5), Expiry: 100, Nonce: 1},
		sampleBid(),
	} {
		onChain := call32(t, k.EscrowC, k.Escrow.PackBidDigest(bid.Binding()), k.Escrow.UnpackBidDigest)
		if got := d.EscrowDomain().Digest(bid.StructHash()); got != onChain {
			t.Fatalf("bid digest %s, contract says %s", got, onChain)
		}
	}
	r := sampleReport()
	b := r.Binding(nil)
	onChain := call32(t, k.EscrowC, k.Escrow.PackUsageReportDigest(r.Provider, b.Usages), k.Escrow.UnpackUsageReportDigest)
	if got := d.EscrowDomain().Digest(r.StructHash()); got != onChain {
		t.Fatalf("usage report digest %s, contract says %s", got, onChain)
	}

	fr := chain.FaultReport{JobID: job, Round: 1, Provider: provider, SilentSince: 1_800_000_000, ObservedAt: 1_800_000_090}
	onChain = call32(t, k.DisputesC, k.Disputes.PackReportDigest(fr.Binding()), k.Disputes.UnpackReportDigest)
	if got := d.DisputesDomain().Digest(fr.StructHash()); got != onChain {
		t.Fatalf("fault report digest %s, contract says %s", got, onChain)
	}
	ack := chain.HeartbeatAck{Provider: provider, Timestamp: 1_800_000_100}
	onChain = call32(t, k.DisputesC, k.Disputes.PackAckDigest(ack.Binding()), k.Disputes.UnpackAckDigest)
	if got := d.DisputesDomain().Digest(ack.StructHash()); got != onChain {
		t.Fatalf("heartbeat ack digest %s, contract says %s", got, onChain)
	}
}

// TestSignaturesBindDomainAndContent: a signature recovers its signer only for the exact content,
// job terms, chain and contract it was made for, and malformed or malleable signatures, or ones
// with V outside {27, 28}, are refused (as the escrow refuses them).
func TestSignaturesBindDomainAndContent(t *testing.T) {
	key := chaintest.Key("provider")
	signer := crypto.PubkeyToAddress(key.PublicKey)
	domain := chain.EscrowDomain(big.NewInt(1337), escrowAddr)
	bid := chain.Bid{JobID: 7, Terms: sampleTerms, Provider: signer, PricePerGpuSecond: big.NewInt(5), Expiry: 100, Nonce: 1}
	digest := domain.Digest(bid.StructHash())
	sig, err := chain.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("Sign produced V = %d, want 27 or 28", sig[64])
	}
	if got, err := chain.Recover(digest, sig); err != nil || got != signer {
		t.Fatalf("recover own signature: %s, %v", got, err)
	}

	otherJob := bid
	otherJob.JobID = 8
	otherTerms := bid
	otherTerms.Terms = crypto.Keccak256Hash([]byte("another job's terms"))
	otherChain := chain.EscrowDomain(big.NewInt(1), escrowAddr)
	otherContract := chain.EscrowDomain(big.NewInt(1337), provider)
	oldVersion := domain
	oldVersion.Version = "1"
	for name, digest := range map[string]common.Hash{
		"another job":                 domain.Digest(otherJob.StructHash()),
		"other job terms":             domain.Digest(otherTerms.StructHash()),
		"another chain":               otherChain.Digest(bid.StructHash()),
		"another contract":            otherContract.Digest(bid.StructHash()),
		"the old escrow domain (v1)":  oldVersion.Digest(bid.StructHash()),
		"the disputes contract's one": chain.DisputesDomain(big.NewInt(1337), escrowAddr).Digest(bid.StructHash()),
	} {
		if got, err := chain.Recover(digest, sig); err == nil && got == signer {
			t.Errorf("signature replayed on %s still recovers the signer", name)
		}
	}

	if _, err := chain.Recover(digest, sig[:64]); !errors.Is(err, chain.ErrSignatureLength) {
		t.Errorf("a 64-byte signature: %v, want ErrSignatureLength", err)
	}
	if _, err := chain.Recover(digest, append(bytes.Clone(sig), 0)); !errors.Is(err, chain.ErrSignatureLength) {
		t.Errorf("a 66-byte signature: %v, want ErrSignatureLength", err)
	}
	// V in {0, 1} recovers to address(0) on chain (OpenZeppelin's tryRecover), so Go refuses it too.
	for _, v := range []byte{sig[64] - 27, 0, 1, 29, 255} {
		low := bytes.Clone(sig)
		low[64] = v
		if _, err := chain.Recover(digest, low); !errors.Is(err, chain.ErrSignatureValues) {
			t.Errorf("V = %d: %v, want ErrSignatureValues", v, err)
		}
	}
	// Flip s to n - s (and v): the same point, the malleable twin OpenZeppelin rejects.
	n := crypto.S256().Params().N
	high := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	twin := bytes.Clone(sig)
	copy(twin[32:64], common.LeftPadBytes(high.Bytes(), 32))
	twin[64] = 27 + 28 - sig[64]
	if _, err := chain.Recover(digest, twin); !errors.Is(err, chain.ErrSignatureValues) {
		t.Errorf("a high-s (malleable) signature: %v, want ErrSignatureValues", err)
	}
}
