package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/disputes"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
)

// Contracts are the deployed contracts bound to one backend: the ABI packers/unpackers from
// bindings/ and the bound instances to call or transact with.
type Contracts struct {
	Deployment *Deployment

	Token     *gintoken.GinToken
	Staking   *staking.ProviderStaking
	Escrow    *escrow.AuctionEscrow
	Disputes  *disputes.FaultDisputes
	TokenC    *bind.BoundContract
	StakingC  *bind.BoundContract
	EscrowC   *bind.BoundContract
	DisputesC *bind.BoundContract
}

// Bind binds the deployment's contracts to backend.
func Bind(b bind.ContractBackend, d *Deployment) *Contracts {
	c := &Contracts{
		Deployment: d,
		Token:      gintoken.NewGinToken(),
		Staking:    staking.NewProviderStaking(),
		Escrow:     escrow.NewAuctionEscrow(),
		Disputes:   disputes.NewFaultDisputes(),
	}
	c.TokenC = c.Token.Instance(b, d.Token)
	c.StakingC = c.Staking.Instance(b, d.Staking)
	c.EscrowC = c.Escrow.Instance(b, d.Escrow)
	c.DisputesC = c.Disputes.Instance(b, d.Disputes)
	return c
}

func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// TokenBalance is owner's GIN wallet balance.
func (c *Contracts) TokenBalance(ctx context.Context, owner common.Address) (*big.Int, error) {
	return bind.Call(c.TokenC, callOpts(ctx), c.Token.PackBalanceOf(owner), c.Token.UnpackBalanceOf)
}

// FreeBalance is client's unlocked escrow balance.
func (c *Contracts) FreeBalance(ctx context.Context, client common.Address) (*big.Int, error) {
	return bind.Call(c.EscrowC, callOpts(ctx), c.Escrow.PackFreeBalanceOf(client), c.Escrow.UnpackFreeBalanceOf)
}

// Job is the escrow's record of jobID.
func (c *Contracts) Job(ctx context.Context, jobID uint64) (escrow.AuctionEscrowJob, error) {
	return bind.Call(c.EscrowC, callOpts(ctx), c.Escrow.PackGetJob(new(big.Int).SetUint64(jobID)), c.Escrow.UnpackGetJob)
}

// StakeOf is account's active stake.
func (c *Contracts) StakeOf(ctx context.Context, account common.Address) (*big.Int, error) {
	return bind.Call(c.StakingC, callOpts(ctx), c.Staking.PackStakeOf(account), c.Staking.UnpackStakeOf)
}

// PermitNonce is owner's next EIP-2612 nonce on the token.
func (c *Contracts) PermitNonce(ctx context.Context, owner common.Address) (*big.Int, error) {
	return bind.Call(c.TokenC, callOpts(ctx), c.Token.PackNonces(owner), c.Token.UnpackNonces)
}

// SignPermit signs an EIP-2612 permit letting spender move value of key's GIN until deadline.
func (c *Contracts) SignPermit(ctx context.Context, key *ecdsa.PrivateKey, spender common.Address, value *big.Int, deadline uint64) (v uint8, r, s [32]byte, err error) {
	owner := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PermitNonce(ctx, owner)
	if err != nil {
		return 0, r, s, fmt.Errorf("read permit nonce: %w", err)
	}
	p := Permit{Owner: owner, Spender: spender, Value: value, Nonce: nonce, Deadline: new(big.Int).SetUint64(deadline)}
	sig, err := Sign(c.Deployment.TokenDomain().Digest(p.StructHash()), key)
	if err != nil {
		return 0, r, s, err
	}
	return SplitSignature(sig)
}

// JobTermsHash is the escrow's jobTermsHash(jobID), the Terms every bid on the job signs.
func (c *Contracts) JobTermsHash(ctx context.Context, jobID uint64) (common.Hash, error) {
	h, err := bind.Call(c.EscrowC, callOpts(ctx), c.Escrow.PackJobTermsHash(new(big.Int).SetUint64(jobID)), c.Escrow.UnpackJobTermsHash)
	return common.Hash(h), err
}

// SignFaultReport signs r for this deployment's FaultDisputes.
func (c *Contracts) SignFaultReport(r FaultReport, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(c.Deployment.DisputesDomain().Digest(r.StructHash()), key)
}

// SignHeartbeatAck signs a for this deployment's FaultDisputes.
func (c *Contracts) SignHeartbeatAck(a HeartbeatAck, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(c.Deployment.DisputesDomain().Digest(a.StructHash()), key)
}

// SignBid signs b for this deployment's escrow.
func (c *Contracts) SignBid(b Bid, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(c.Deployment.EscrowDomain().Digest(b.StructHash()), key)
}

// SignUsageReport signs r for this deployment's escrow.
func (c *Contracts) SignUsageReport(r UsageReport, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(c.Deployment.EscrowDomain().Digest(r.StructHash()), key)
}

// Binding converts b to the struct the escrow binding takes.
func (b Bid) Binding() escrow.AuctionEscrowBid {
	return escrow.AuctionEscrowBid{
		JobId:             new(big.Int).SetUint64(b.JobID),
		Terms:             b.Terms,
		Provider:          b.Provider,
		PricePerGpuSecond: b.PricePerGpuSecond,
		Expiry:            new(big.Int).SetUint64(b.Expiry),
		Nonce:             new(big.Int).SetUint64(b.Nonce),
	}
}

// Binding converts r to the struct the disputes binding takes.
func (r FaultReport) Binding() disputes.FaultDisputesFaultReport {
	return disputes.FaultDisputesFaultReport{
		JobId: new(big.Int).SetUint64(r.JobID), Round: big.NewInt(int64(r.Round)), Provider: r.Provider,
		SilentSince: new(big.Int).SetUint64(r.SilentSince), ObservedAt: new(big.Int).SetUint64(r.ObservedAt),
	}
}

// Binding converts a to the struct the disputes binding takes.
func (a HeartbeatAck) Binding() disputes.FaultDisputesHeartbeatAck {
	return disputes.FaultDisputesHeartbeatAck{Provider: a.Provider, Timestamp: new(big.Int).SetUint64(a.Timestamp)}
}

// Binding converts a signed report to the struct the escrow binding takes.
func (r UsageReport) Binding(signature []byte) escrow.AuctionEscrowUsageReport {
	usages := make([]escrow.AuctionEscrowUsage, len(r.Usages))
	for i, u := range r.Usages {
		usages[i] = escrow.AuctionEscrowUsage{
			JobId:                new(big.Int).SetUint64(u.JobID),
			Round:                big.NewInt(int64(u.Round)),
			CumulativeGpuSeconds: new(big.Int).SetUint64(u.CumulativeGpuSeconds),
		}
	}
	return escrow.AuctionEscrowUsageReport{Provider: r.Provider, Usages: usages, Signature: signature}
}

// IsController reports whether account is a staked controller of the escrow (the signers whose
// gateway passes, fault reports and heartbeat acks count).
func (c *Contracts) IsController(ctx context.Context, account common.Address) (bool, error) {
	return bind.Call(c.EscrowC, callOpts(ctx), c.Escrow.PackIsController(account), c.Escrow.UnpackIsController)
}

// SignsFor reports whether signer may sign bids and usage reports for provider: its own key or
// the operator key it authorized (ProviderStaking.setOperator).
func (c *Contracts) SignsFor(ctx context.Context, provider, signer common.Address) (bool, error) {
	return bind.Call(c.StakingC, callOpts(ctx), c.Staking.PackSignsFor(provider, signer), c.Staking.UnpackSignsFor)
}

// ProviderOf is the provider an operator key signs for (zero when it signs for none).
func (c *Contracts) ProviderOf(ctx context.Context, operator common.Address) (common.Address, error) {
	return bind.Call(c.StakingC, callOpts(ctx), c.Staking.PackProviderOf(operator), c.Staking.UnpackProviderOf)
}

// OperatorOf is the operator key provider authorized (zero when none).
func (c *Contracts) OperatorOf(ctx context.Context, provider common.Address) (common.Address, error) {
	return bind.Call(c.StakingC, callOpts(ctx), c.Staking.PackOperatorOf(provider), c.Staking.UnpackOperatorOf)
}
