package chain

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A GatewayPass is the credential a provider's endpoint asks of every request: a staked
// controller's EIP-712 signature (in the escrow's domain, so bound to the chain and the escrow)
// over the job, its round, the provider it was awarded to, the request's method and URI, a
// short expiry and a random nonce. The provider's agent checks the signer with the escrow's
// isController, the job and round against what it runs, and refuses a nonce it has seen.
//
// The body is not covered: the pass rides over TLS pinned to the provider's key (production
// endpoints are https), which protects it in transit; the pass stops everyone but a controller
// from making a request at all.
type GatewayPass struct {
	JobID     uint64
	Round     uint64
	Provider  common.Address
	Request   common.Hash // PassRequest(method, uri)
	ExpiresAt uint64      // unix seconds
	Nonce     common.Hash
}

// PassHeader carries a GatewayPass on a request from the gateway to a provider's endpoint.
const PassHeader = "Gintonic-Pass"

// PassTTL is how long a pass the gateway signs stays valid; MaxPassTTL the longest validity an
// agent accepts (a pass whose expiry lies further ahead is refused, so a leaked one ages out).
const (
	PassTTL    = 30 * time.Second
	MaxPassTTL = 2 * time.Minute
)

const gatewayPassType = "GatewayPass(uint256 jobId,uint256 round,address provider,bytes32 request,uint256 expiresAt,bytes32 nonce)"

var gatewayPassTypeHash = crypto.Keccak256Hash([]byte(gatewayPassType))

// PassRequest is the hash of a request's method and URI (path and query, as the provider
// receives them) that a pass binds.
func PassRequest(method, uri string) common.Hash {
	return crypto.Keccak256Hash([]byte(strings.ToUpper(method) + " " + uri))
}

// StructHash is hashStruct(GatewayPass).
func (p GatewayPass) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		gatewayPassTypeHash[:],
		u64(p.JobID),
		u64(p.Round),
		common.LeftPadBytes(p.Provider[:], 32),
		p.Request[:],
		u64(p.ExpiresAt),
		p.Nonce[:],
	)
}

// NewPass is a pass for one request, valid for PassTTL from now, with a fresh random nonce.
func NewPass(job, round uint64, provider common.Address, method, uri string, now time.Time) GatewayPass {
	p := GatewayPass{JobID: job, Round: round, Provider: provider, Request: PassRequest(method, uri),
		ExpiresAt: uint64(now.Add(PassTTL).Unix())}
	_, _ = rand.Read(p.Nonce[:]) // crypto/rand never fails on supported platforms
	return p
}

// Encode is the header value: "v1 <job> <round> <provider> <expiresAt> <nonce> <signature>";
// the request hash is not sent, the agent recomputes it from the request it got.
func (p GatewayPass) Encode(sig []byte) string {
	return fmt.Sprintf("v1 %d %d %s %d %s %s", p.JobID, p.Round, p.Provider.Hex(), p.ExpiresAt,
		hex.EncodeToString(p.Nonce[:]), hex.EncodeToString(sig))
}

// ErrBadPass is wrapped by ParsePass's errors.
var ErrBadPass = errors.New("malformed " + PassHeader)

// ParsePass reads a header value written by Encode, filling Request from the request the
// agent received.
func ParsePass(v, method, uri string) (GatewayPass, []byte, error) {
	var p GatewayPass
	f := strings.Fields(v)
	if len(f) != 7 || f[0] != "v1" {
		return p, nil, fmt.Errorf("%w: want \"v1 job round provider expiresAt nonce signature\"", ErrBadPass)
	}
	var err error
	if p.JobID, err = strconv.ParseUint(f[1], 10, 64); err != nil {
		return p, nil, fmt.Errorf("%w: job %q", ErrBadPass, f[1])
	}
	if p.Round, err = strconv.ParseUint(f[2], 10, 64); err != nil {
		return p, nil, fmt.Errorf("%w: round %q", ErrBadPass, f[2])
	}
	if !common.IsHexAddress(f[3]) {
		return p, nil, fmt.Errorf("%w: provider %q", ErrBadPass, f[3])
	}
	p.Provider = common.HexToAddress(f[3])
	if p.ExpiresAt, err = strconv.ParseUint(f[4], 10, 64); err != nil {
		return p, nil, fmt.Errorf("%w: expiry %q", ErrBadPass, f[4])
	}
	nonce, err := hex.DecodeString(f[5])
	if err != nil || len(nonce) != 32 {
		return p, nil, fmt.Errorf("%w: nonce must be 32 bytes of hex", ErrBadPass)
	}
	copy(p.Nonce[:], nonce)
	sig, err := hex.DecodeString(f[6])
	if err != nil || len(sig) != 65 {
		return p, nil, fmt.Errorf("%w: signature must be 65 bytes of hex", ErrBadPass)
	}
	p.Request = PassRequest(method, uri)
	return p, sig, nil
}
