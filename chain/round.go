package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// RoundState is the state of one award round (AuctionEscrow's RoundState).
type RoundState uint8

// Round states, as libraries/RoundSlot.sol numbers them.
const (
	RoundNone RoundState = iota
	RoundRunning
	RoundEnded
	RoundClosed
)

// Round is one award round as the escrow's RoundSlot word holds it (libraries/RoundSlot.sol),
// with the time it ended (zero while it runs).
type Round struct {
	Remaining *big.Int // what the round may still pay out (wei)
	Price     *big.Int // wei per GPU-second
	Settled   uint64   // GPU-seconds already paid
	FeeUnits  uint64   // the job's fee in units of 10 bps
	StartedAt uint64
	GPUs      uint64
	State     RoundState
	EndedAt   uint64
}

// DecodeRound unpacks a RoundSlot word.
func DecodeRound(word *big.Int, endedAt uint64) Round {
	field := func(shift, bits uint) *big.Int {
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
		return mask.And(new(big.Int).Rsh(word, shift), mask)
	}
	return Round{Remaining: field(0, 96), Price: field(96, 64), Settled: field(160, 40).Uint64(), FeeUnits: field(200, 8).Uint64(),
		StartedAt: field(208, 32).Uint64(), GPUs: field(240, 8).Uint64(), State: RoundState(field(248, 8).Uint64()), EndedAt: endedAt}
}

// RoundKey is keccak256(abi.encode(jobId, round, provider)): the round's storage key in the escrow
// and the key of its collateral lock in ProviderStaking.
func RoundKey(jobID uint64, round uint8, provider common.Address) common.Hash {
	var b [96]byte
	new(big.Int).SetUint64(jobID).FillBytes(b[:32])
	b[63] = round
	copy(b[76:], provider[:])
	return crypto.Keccak256Hash(b[:])
}

// Round reads award round n of escrow job jobID held by provider.
func (c *Contracts) Round(ctx context.Context, jobID uint64, n uint8, provider common.Address) (Round, error) {
	o, err := bind.Call(c.EscrowC, callOpts(ctx), c.Escrow.PackRoundOf(new(big.Int).SetUint64(jobID), big.NewInt(int64(n)), provider), c.Escrow.UnpackRoundOf)
	if err != nil {
		return Round{}, fmt.Errorf("read round %d of job %d: %w", n, jobID, err)
	}
	return DecodeRound(o.Word, o.EndedAt.Uint64()), nil
}

// Locked says whether the round's collateral is still locked in ProviderStaking.
func (c *Contracts) Locked(ctx context.Context, jobID uint64, n uint8, provider common.Address) (bool, error) {
	l, err := bind.Call(c.StakingC, callOpts(ctx), c.Staking.PackLocks(RoundKey(jobID, n, provider)), c.Staking.UnpackLocks)
	if err != nil {
		return false, fmt.Errorf("read the collateral lock of round %d of job %d: %w", n, jobID, err)
	}
	return l.Account != (common.Address{}), nil
}
