package chaintest

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/timelock"
)

// Timelock binds the deployment's GinTimelock, the admin of staking, escrow and disputes.
func (c *Chain) Timelock() (*timelock.GinTimelock, *bind.BoundContract) {
	tl := timelock.NewGinTimelock()
	return tl, tl.Instance(c.Client, c.Contracts.Deployment.Timelock)
}

// TimelockDelay is the timelock's minimum delay.
func (c *Chain) TimelockDelay(t testing.TB) time.Duration {
	t.Helper()
	tl, tlc := c.Timelock()
	d, err := bind.Call(tlc, nil, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil {
		t.Fatalf("timelock delay: %v", err)
	}
	return time.Duration(d.Int64()) * time.Second
}

// Operation is one governance call through the timelock.
type Operation struct {
	Target   common.Address
	Calldata []byte
	Salt     common.Hash
}

// Op is a call of calldata on target with a salt of its own (so the same call can be proposed twice).
func Op(target common.Address, calldata []byte, salt string) Operation {
	return Operation{Target: target, Calldata: calldata, Salt: crypto.Keccak256Hash([]byte(salt))}
}

// Schedule has the named proposer schedule op with the timelock's minimum delay.
func (c *Chain) Schedule(name string, op Operation) (*types.Receipt, error) {
	tl, tlc := c.Timelock()
	delay, err := bind.Call(tlc, nil, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil {
		return nil, fmt.Errorf("timelock delay: %w", err)
	}
	return c.Sender(name).Send(context.Background(), tlc, tl.PackSchedule(op.Target, new(big.Int), op.Calldata, common.Hash{}, op.Salt, delay))
}

// Execute has the named executor execute a scheduled op.
func (c *Chain) Execute(name string, op Operation) (*types.Receipt, error) {
	tl, tlc := c.Timelock()
	return c.Sender(name).Send(context.Background(), tlc, tl.PackExecute(op.Target, new(big.Int), op.Calldata, common.Hash{}, op.Salt))
}

// Govern does what governance (the deployer, the timelock's proposer and executor) can do to change
// the contracts: schedule op, let the timelock's delay pass on chain, execute it. It returns the
// execution's receipt, or its revert.
func (c *Chain) Govern(t testing.TB, op Operation) (*types.Receipt, error) {
	t.Helper()
	if _, err := c.Schedule("deployer", op); err != nil {
		t.Fatalf("schedule through the timelock: %v", err)
	}
	c.Advance(t, c.TimelockDelay(t)+time.Second)
	return c.Execute("deployer", op)
}
