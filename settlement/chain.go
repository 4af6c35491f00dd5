package settlement

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/chain"
)

// Chain is what the service needs from a JSON-RPC endpoint: reads, fee suggestions, nonces,
// broadcasting and receipts. *ethclient.Client and the simulated backend's client satisfy it;
// tests wrap it to inject outages and crashes.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Clock tells wall-clock time (batch intervals, stuck-transaction timeouts); tests may fake it.
type Clock interface{ Now() time.Time }

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// Job states of the escrow (AuctionEscrow.JobState).
const (
	jobNone uint8 = iota
	jobOpen
	jobRunning
	jobFailover
	jobEnded
	jobClosed
	jobCancelled
)

var stateNames = []string{"None", "Open", "Running", "Failover", "Ended", "Closed", "Cancelled"}

func stateName(s uint8) string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state %d", s)
}

// escrowReader reads the escrow with plain eth_calls on the latest block.
type escrowReader struct {
	chain  Chain
	abi    *escrow.AuctionEscrow
	escrow common.Address
}

func (r escrowReader) call(ctx context.Context, data []byte) ([]byte, error) {
	return r.chain.CallContract(ctx, ethereum.CallMsg{To: &r.escrow, Data: data}, nil)
}

func (r escrowReader) job(ctx context.Context, id uint64) (escrow.AuctionEscrowJob, error) {
	out, err := r.call(ctx, r.abi.PackGetJob(new(big.Int).SetUint64(id)))
	if err != nil {
		return escrow.AuctionEscrowJob{}, fmt.Errorf("read job %d: %w", id, err)
	}
	j, err := r.abi.UnpackGetJob(out)
	if err != nil {
		return j, fmt.Errorf("decode job %d: %w", id, err)
	}
	return j, nil
}

func (r escrowReader) params(ctx context.Context) (escrow.ParamsOutput, error) {
	out, err := r.call(ctx, r.abi.PackParams())
	if err != nil {
		return escrow.ParamsOutput{}, fmt.Errorf("read escrow params: %w", err)
	}
	p, err := r.abi.UnpackParams(out)
	if err != nil {
		return p, fmt.Errorf("decode escrow params: %w", err)
	}
	return p, nil
}

func (r escrowReader) round(ctx context.Context, job uint64, n uint8, provider common.Address) (chain.Round, error) {
	out, err := r.call(ctx, r.abi.PackRoundOf(new(big.Int).SetUint64(job), big.NewInt(int64(n)), provider))
	if err != nil {
		return chain.Round{}, fmt.Errorf("read round %d of job %d: %w", n, job, err)
	}
	o, err := r.abi.UnpackRoundOf(out)
	if err != nil {
		return chain.Round{}, fmt.Errorf("decode round %d of job %d: %w", n, job, err)
	}
	return chain.DecodeRound(o.Word, o.EndedAt.Uint64()), nil
}

func (r escrowReader) jobTerms(ctx context.Context, job uint64) (escrow.JobTermsOutput, error) {
	out, err := r.call(ctx, r.abi.PackJobTerms(new(big.Int).SetUint64(job)))
	if err != nil {
		return escrow.JobTermsOutput{}, fmt.Errorf("read the terms of job %d: %w", job, err)
	}
	return r.abi.UnpackJobTerms(out)
}

// signsFor reads ProviderStaking.signsFor at stakingAddr: whether signer is provider's operator key.
func (r escrowReader) signsFor(ctx context.Context, stakingAddr, provider, signer common.Address) (bool, error) {
	st := staking.NewProviderStaking()
	out, err := r.chain.CallContract(ctx, ethereum.CallMsg{To: &stakingAddr, Data: st.PackSignsFor(provider, signer)}, nil)
	if err != nil {
		return false, fmt.Errorf("read whether %s signs for %s: %w", signer.Hex(), provider.Hex(), err)
	}
	return st.UnpackSignsFor(out)
}
