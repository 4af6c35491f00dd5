package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what Gintonic needs from a JSON-RPC endpoint; *ethclient.Client and go-ethereum's
// simulated backend client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// DefaultPoll is how often receipts are polled; 1-second blocks make finer polling pointless.
const DefaultPoll = 250 * time.Millisecond

// Sender sends transactions from one key and waits for their receipts.
type Sender struct {
	Backend Backend
	Opts    *bind.TransactOpts
	Poll    time.Duration
}

// Send submits calldata to the contract and waits for it to be mined. A transaction that would
// revert fails before it is sent, with the contract's custom error decoded (see DecodeRevert).
func (s *Sender) Send(ctx context.Context, c *bind.BoundContract, calldata []byte) (*types.Receipt, error) {
	opts := *s.Opts
	opts.Context = ctx
	if opts.GasLimit == 0 {
		to := c.Address()
		gas, err := s.Backend.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: calldata, Value: opts.Value})
		if err != nil {
			return nil, DecodeRevert(err)
		}
		opts.GasLimit = withHeadroom(gas)
	}
	tx, err := c.RawTransact(&opts, calldata)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return s.Wait(ctx, tx)
}

// withHeadroom adds 20% to an estimate: estimates run on the pending state, and code whose cost
// depends on the block (timestamps written to storage, say) can need a little more once mined.
func withHeadroom(gas uint64) uint64 { return gas + gas/5 }

// Deploy submits a contract creation and waits for it; returns the new address and the receipt.
func (s *Sender) Deploy(ctx context.Context, bytecode, constructorInput []byte) (common.Address, *types.Receipt, error) {
	opts := *s.Opts
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, bytecode, s.Backend, constructorInput)
	if err != nil {
		return common.Address{}, nil, DecodeRevert(err)
	}
	rcpt, err := s.Wait(ctx, tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, rcpt, nil
}

// Wait polls for tx's receipt and returns an error when the transaction reverted.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	rcpt, err := WaitMined(ctx, s.Backend, tx.Hash(), s.poll())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		reason := s.replay(ctx, tx, rcpt)
		return rcpt, fmt.Errorf("transaction %s reverted in block %d (gas used %d of %d): %w", tx.Hash(), rcpt.BlockNumber, rcpt.GasUsed, tx.Gas(), reason)
	}
	return rcpt, nil
}

// replay re-runs a reverted transaction as a call on the state before its block to recover the
// revert reason (exact when the transaction was first in its block).
func (s *Sender) replay(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return errors.New("reason unknown")
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	before := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	if _, err := s.Backend.CallContract(ctx, msg, before); err != nil {
		return DecodeRevert(err)
	}
	return errors.New("reason unknown (the call succeeds on the previous state: out of gas or ordering)")
}

func (s *Sender) poll() time.Duration {
	if s.Poll > 0 {
		return s.Poll
	}
	return DefaultPoll
}

// WaitMined polls for the receipt of hash until it exists or ctx ends.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		rcpt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return rcpt, nil
		}
		// A node still building its transaction index answers with an error; that is "not yet".
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}
