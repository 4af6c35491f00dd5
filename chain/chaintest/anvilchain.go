package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gintonic/gintonic/chain"
)

// AnvilChain is a real dev node (anvil, one block per transaction) reached over JSON-RPC over
// HTTP, with the contracts deployed and the named accounts of Names funded — the counterpart of
// Chain for code that must go through a real node and transport (benchmarks, end-to-end tests).
// "deployer" is anvil's first dev account (AnvilKey); the other names have Key(name), funded with
// anvil_setBalance.
type AnvilChain struct {
	URL       string // HTTP JSON-RPC endpoint
	RPC       *rpc.Client
	Client    *ethclient.Client
	Contracts *chain.Contracts
	Keys      map[string]*ecdsa.PrivateKey
	ChainID   *big.Int
}

// NewAnvil starts anvil (extra flags passed on), deploys the contracts like New (the "controller"
// account as controller; cfg may adjust the config) and stops everything when the test ends.
func NewAnvil(t testing.TB, cfg ...func(*chain.DeployConfig)) *AnvilChain {
	t.Helper()
	url := StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	c := &AnvilChain{URL: url, RPC: rc, Client: ethclient.NewClient(rc), Keys: map[string]*ecdsa.PrivateKey{}}
	if c.ChainID, err = c.Client.ChainID(ctx); err != nil {
		t.Fatalf("chain id: %v", err)
	}
	eth := hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18)))
	for _, n := range Names {
		k := Key(n)
		if n == "deployer" {
			if k, err = chain.ParseKey(AnvilKey); err != nil {
				t.Fatal(err)
			}
		}
		c.Keys[n] = k
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", c.Addr(n), eth); err != nil {
			t.Fatalf("anvil_setBalance %s: %v", n, err)
		}
	}
	dc := chain.DefaultDeployConfig(c.Addr("deployer"))
	dc.Controllers = []common.Address{Addr("controller")}
	for _, f := range cfg {
		f(&dc)
	}
	d, err := chain.Deploy(ctx, c.Client, c.Keys["deployer"], dc, 2*time.Millisecond)
	if err != nil {
		t.Fatalf("deploy contracts: %v", err)
	}
	c.Contracts = chain.Bind(c.Client, d)
	return c
}

// Addr is the address of a named account on this chain.
func (c *AnvilChain) Addr(name string) common.Address {
	k, ok := c.Keys[name]
	if !ok {
		panic("chaintest: no account " + name)
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

// Sender sends transactions from the named account, waiting for each receipt.
func (c *AnvilChain) Sender(name string) *chain.Sender {
	return &chain.Sender{Backend: c.Client, Opts: bind.NewKeyedTransactor(c.Keys[name], c.ChainID), Poll: 2 * time.Millisecond}
}

// Send sends calldata from the named account to a contract and fails the test on error.
func (c *AnvilChain) Send(t testing.TB, name string, to *bind.BoundContract, calldata []byte) *types.Receipt {
	t.Helper()
	r, err := c.Sender(name).Send(context.Background(), to, calldata)
	if err != nil {
		t.Fatalf("%s: send: %v", name, err)
	}
	return r
}

// FundGIN sends amount GIN from the deployer (the holder) to the named account.
func (c *AnvilChain) FundGIN(t testing.TB, name string, amount *big.Int) {
	t.Helper()
	k := c.Contracts
	c.Send(t, "deployer", k.TokenC, k.Token.PackTransfer(c.Addr(name), amount))
}

// Stake funds the named account with amount GIN and stakes it.
func (c *AnvilChain) Stake(t testing.TB, name string, amount *big.Int) {
	t.Helper()
	k := c.Contracts
	c.FundGIN(t, name, amount)
	c.Send(t, name, k.TokenC, k.Token.PackApprove(k.Deployment.Staking, amount))
	c.Send(t, name, k.StakingC, k.Staking.PackStake(amount))
}

// HeadTime is the timestamp of the latest block.
func (c *AnvilChain) HeadTime(t testing.TB) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	return h.Time
}

// Head is the latest block number.
func (c *AnvilChain) Head(t testing.TB) uint64 {
	t.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	return n
}

// IncreaseTime moves the node's clock forward by d for the blocks mined from now on
// (evm_increaseTime).
func (c *AnvilChain) IncreaseTime(t testing.TB, d time.Duration) {
	t.Helper()
	if err := c.RPC.CallContext(context.Background(), nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		t.Fatalf("evm_increaseTime: %v", err)
	}
}

// SendEach sends one transaction per calldata from the named account to the contract, each in a
// block of its own (the way a steady stream of transactions lands): it signs them locally with
// consecutive nonces and the given gas limit (no estimate per transaction) and sends each once the
// previous one is mined (its receipt polled every millisecond). It fails the test when a
// transaction fails or reverts, and returns the receipts.
//
// Sending a burst at once instead would pack anvil's automined blocks full, and the base fee would
// climb 12.5% a block until the burst's fee cap no longer covered it.
func (c *AnvilChain) SendEach(t testing.TB, name string, to common.Address, gas uint64, calldata [][]byte) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	key, from := c.Keys[name], c.Addr(name)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(c.ChainID)
	var feeCap *big.Int
	rcpts := make([]*types.Receipt, 0, len(calldata))
	for i, data := range calldata {
		if i%100 == 0 {
			head, err := c.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
		}
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: feeCap, Gas: gas, To: &to, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		nonce++
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send: %v", err)
		}
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		rcpt, err := chain.WaitMined(wctx, c.Client, tx.Hash(), time.Millisecond)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s reverted in block %d", tx.Hash(), rcpt.BlockNumber)
		}
		rcpts = append(rcpts, rcpt)
	}
	return rcpts
}

// Mine mines n empty blocks (anvil_mine).
func (c *AnvilChain) Mine(t testing.TB, n int) {
	t.Helper()
	if err := c.RPC.CallContext(context.Background(), nil, "anvil_mine", fmt.Sprintf("0x%x", n)); err != nil {
		t.Fatalf("anvil_mine: %v", err)
	}
}
