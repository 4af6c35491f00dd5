package chain

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 type strings, exactly as in AuctionEscrow.sol, FaultDisputes.sol and GinToken (OpenZeppelin ERC20Permit).
const (
	domainType       = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	bidType          = "Bid(uint256 jobId,bytes32 terms,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
	faultReportType  = "FaultReport(uint256 jobId,uint256 round,address provider,uint256 silentSince,uint256 observedAt)"
	heartbeatAckType = "HeartbeatAck(address provider,uint256 timestamp)"
	usageType        = "Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
	usageReportType  = "UsageReport(address provider,Usage[] usages)" + usageType
	permitType       = "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"

	// EscrowDomainName and EscrowDomainVersion are the escrow's EIP-712 domain name and version.
	EscrowDomainName    = "Gintonic AuctionEscrow"
	EscrowDomainVersion = "2"
	// DisputesDomainName is FaultDisputes' EIP-712 domain name (version "1").
	DisputesDomainName = "Gintonic FaultDisputes"
	// TokenDomainName is GIN's EIP-2612 permit domain name (version "1").
	TokenDomainName = "Gintonic"
)

var (
	domainTypeHash       = crypto.Keccak256Hash([]byte(domainType))
	bidTypeHash          = crypto.Keccak256Hash([]byte(bidType))
	usageTypeHash        = crypto.Keccak256Hash([]byte(usageType))
	usageReportTypeHash  = crypto.Keccak256Hash([]byte(usageReportType))
	permitTypeHash       = crypto.Keccak256Hash([]byte(permitType))
	faultReportTypeHash  = crypto.Keccak256Hash([]byte(faultReportType))
	heartbeatAckTypeHash = crypto.Keccak256Hash([]byte(heartbeatAckType))
)

// Domain is an EIP-712 domain: the chain id and contract address bind every signature to one
// deployment, so a signature made for a testnet or another escrow is worthless elsewhere.
type Domain struct {
	Name     string
	Version  string
	ChainID  *big.Int
	Contract common.Address
}

// EscrowDomain is the domain of the AuctionEscrow deployed at escrow on chainID.
func EscrowDomain(chainID *big.Int, escrow common.Address) Domain {
	return Domain{Name: EscrowDomainName, Version: EscrowDomainVersion, ChainID: chainID, Contract: escrow}
}

// DisputesDomain is the domain of the FaultDisputes contract deployed at disputes on chainID.
func DisputesDomain(chainID *big.Int, disputes common.Address) Domain {
	return Domain{Name: DisputesDomainName, Version: "1", ChainID: chainID, Contract: disputes}
}

// TokenDomain is the permit domain of the GIN token deployed at token on chainID.
func TokenDomain(chainID *big.Int, token common.Address) Domain {
	return Domain{Name: TokenDomainName, Version: "1", ChainID: chainID, Contract: token}
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		word(d.ChainID),
		common.LeftPadBytes(d.Contract[:], 32),
	)
}

// Digest is the hash to sign for a struct hash in this domain.
func (d Domain) Digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Bid is a provider's offer to serve a job at a price per GPU-second; the escrow's award checks it.
// Terms is the escrow's jobTermsHash of the job (see JobTerms): the bid is worthless for any other job.
type Bid struct {
	JobID             uint64
	Terms             common.Hash
	Provider          common.Address
	PricePerGpuSecond *big.Int
	Expiry            uint64 // unix seconds
	Nonce             uint64
}

// StructHash is hashStruct(Bid).
func (b Bid) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		bidTypeHash[:],
		u64(b.JobID),
		b.Terms[:],
		common.LeftPadBytes(b.Provider[:], 32),
		word(b.PricePerGpuSecond),
		u64(b.Expiry),
		u64(b.Nonce),
	)
}

// JobTerms is everything a client fixed at createJob; its Hash is the escrow's jobTermsHash.
type JobTerms struct {
	JobID            uint64
	Client           common.Address
	SpecHash         common.Hash
	MaxPrice         *big.Int
	GPUCount         uint16
	Budget           *big.Int
	BiddingDeadline  uint64
	MinProviderStake *big.Int
}

// Hash is keccak256(abi.encode(jobId, client, specHash, maxPrice, gpuCount, budget, biddingDeadline, minProviderStake)).
func (t JobTerms) Hash() common.Hash {
	return crypto.Keccak256Hash(
		u64(t.JobID),
		common.LeftPadBytes(t.Client[:], 32),
		t.SpecHash[:],
		word(t.MaxPrice),
		u64(uint64(t.GPUCount)),
		word(t.Budget),
		u64(t.BiddingDeadline),
		word(t.MinProviderStake),
	)
}

// FaultReport is a controller's signed claim that Provider answered nothing from SilentSince until
// at least ObservedAt while it held round Round of job JobID (FaultDisputes.reportFault).
type FaultReport struct {
	JobID       uint64
	Round       uint8
	Provider    common.Address
	SilentSince uint64
	ObservedAt  uint64
}

// StructHash is hashStruct(FaultReport).
func (r FaultReport) StructHash() common.Hash {
	return crypto.Keccak256Hash(faultReportTypeHash[:], u64(r.JobID), u64(uint64(r.Round)),
		common.LeftPadBytes(r.Provider[:], 32), u64(r.SilentSince), u64(r.ObservedAt))
}

// HeartbeatAck is a controller's signed receipt of a heartbeat from Provider at Timestamp: the
// provider's evidence against a fault report claiming an earlier silence.
type HeartbeatAck struct {
	Provider  common.Address
	Timestamp uint64
}

// StructHash is hashStruct(HeartbeatAck).
func (a HeartbeatAck) StructHash() common.Hash {
	return crypto.Keccak256Hash(heartbeatAckTypeHash[:], common.LeftPadBytes(a.Provider[:], 32), u64(a.Timestamp))
}

// Usage is the cumulative GPU-seconds a provider served to one job in one award round.
type Usage struct {
	JobID                uint64
	Round                uint8
	CumulativeGpuSeconds uint64
}

// UsageReport is many jobs' usage under one provider signature (the unit the escrow settles).
type UsageReport struct {
	Provider common.Address
	Usages   []Usage
}

// StructHash is hashStruct(UsageReport), with the EIP-712 encoding of a struct array.
func (r UsageReport) StructHash() common.Hash {
	buf := make([]byte, 0, 32*len(r.Usages))
	for _, u := range r.Usages {
		h := crypto.Keccak256(usageTypeHash[:], u64(u.JobID), u64(uint64(u.Round)), u64(u.CumulativeGpuSeconds))
		buf = append(buf, h...)
	}
	return crypto.Keccak256Hash(usageReportTypeHash[:], common.LeftPadBytes(r.Provider[:], 32), crypto.Keccak256(buf))
}

// Permit is an EIP-2612 approval signed by the owner.
type Permit struct {
	Owner    common.Address
	Spender  common.Address
	Value    *big.Int
	Nonce    *big.Int
	Deadline *big.Int
}

// StructHash is hashStruct(Permit).
func (p Permit) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		permitTypeHash[:],
		common.LeftPadBytes(p.Owner[:], 32),
		common.LeftPadBytes(p.Spender[:], 32),
		word(p.Value),
		word(p.Nonce),
		word(p.Deadline),
	)
}

// Sign signs digest with key and returns the 65-byte [R || S || V] signature with V in {27, 28},
// as Solidity's ECDSA.recover expects.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Errors returned by Recover.
var (
	ErrSignatureLength = errors.New("signature must be 65 bytes [R || S || V]")
	ErrSignatureValues = errors.New("signature has invalid r, s or v (high-s signatures are rejected, as on chain)")
)

// Recover returns the address that signed digest. It accepts exactly what OpenZeppelin's
// ECDSA.tryRecover accepts on chain (the escrow's recoverSigner): 65 bytes, V in {27, 28}, r and s
// in range and s in the lower half order. A signature with V in {0, 1} recovers to address(0) on
// chain, so it is refused here too: otherwise it would pass the API and fail every settlement.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w, got %d bytes", ErrSignatureLength, len(sig))
	}
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: V is %d, must be 27 or 28", ErrSignatureValues, sig[64])
	}
	v := sig[64] - 27
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, ErrSignatureValues
	}
	normalized := make([]byte, 65)
	copy(normalized, sig[:64])
	normalized[64] = v
	pub, err := crypto.SigToPub(digest[:], normalized)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SplitSignature returns v, r, s of a 65-byte signature (for permit calls).
func SplitSignature(sig []byte) (v uint8, r, s [32]byte, err error) {
	if len(sig) != 65 {
		return 0, r, s, fmt.Errorf("%w, got %d bytes", ErrSignatureLength, len(sig))
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64], r, s, nil
}

func word(x *big.Int) []byte {
	if x == nil {
		return make([]byte, 32)
	}
	return math.U256Bytes(new(big.Int).Set(x))
}

func u64(x uint64) []byte {
	b := make([]byte, 32)
	binary.BigEndian.PutUint64(b[24:], x)
	return b
}
