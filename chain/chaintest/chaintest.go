// Package chaintest starts go-ethereum's simulated backend (a real in-process EVM, chain id 1337)
// with Gintonic's contracts deployed and named, funded accounts — for tests and benchmarks.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gintonic/gintonic/chain"
)

// Names of the funded accounts every chain starts with.
var Names = []string{"deployer", "client", "client2", "provider", "provider2", "backup", "controller", "controller2"}

// Chain is a simulated chain with the contracts deployed. Its Client mines a block for every
// transaction it sends (like anvil's automine), so code that waits for receipts just works.
type Chain struct {
	Sim       *simulated.Backend
	Client    simulated.Client
	Contracts *chain.Contracts
	Keys      map[string]*ecdsa.PrivateKey
	ChainID   *big.Int

	mu sync.Mutex // serializes sending+mining with AdjustTime
}

// minedClient mines a block right after each transaction it sends.
type minedClient struct {
	simulated.Client
	c *Chain
}

func (m minedClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	m.c.mu.Lock()
	defer m.c.mu.Unlock()
	if err := m.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	m.c.Sim.Commit()
	return nil
}

// osaka pins the chain to the Osaka (Fusaka) rules Ethereum mainnet runs. go-ethereum's dev config
// also enables draft forks (Bogota) whose experimental gas schedule would make every gas figure
// meaningless for today's networks.
func osaka(_ *node.Config, ec *ethconfig.Config) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	ec.Genesis.Config = &cfg
}

// Key returns the deterministic key of a named account.
func Key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("gintonic test account " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// Addr returns the address of a named account.
func Addr(name string) common.Address { return crypto.PubkeyToAddress(Key(name).PublicKey) }

// New starts a chain that mines a block for every transaction, deploys the contracts with
// chain.DefaultDeployConfig (the "controller" account as controller) and closes everything when
// the test ends. cfg may adjust the deploy config.
func New(t testing.TB, cfg ...func(*chain.DeployConfig)) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	keys := map[string]*ecdsa.PrivateKey{}
	eth := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for _, n := range Names {
		keys[n] = Key(n)
		alloc[Addr(n)] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), osaka)
	c := &Chain{Sim: sim, Keys: keys}
	c.Client = minedClient{Client: sim.Client(), c: c}
	t.Cleanup(func() { _ = sim.Close() })

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	c.ChainID = id
	dc := chain.DefaultDeployConfig(Addr("deployer"))
	dc.Controllers = []common.Address{Addr("controller")}
	for _, f := range cfg {
		f(&dc)
	}
	d, err := chain.Deploy(ctx, c.Client, keys["deployer"], dc, time.Millisecond)
	if err != nil {
		t.Fatalf("deploy contracts: %v", err)
	}
	c.Contracts = chain.Bind(c.Client, d)
	return c
}

// Advance mines an empty block d later than the current head (block time moves forward).
func (c *Chain) Advance(t testing.TB, d time.Duration) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; ; i++ {
		err := c.Sim.AdjustTime(d)
		if err == nil {
			return
		}
		if i == 10 {
			t.Fatalf("advance chain time: %v", err)
		}
		// A transaction the pool promoted late is still pending: mine it first.
		c.Sim.Commit()
	}
}

// Sender sends transactions from the named account.
func (c *Chain) Sender(name string) *chain.Sender {
	return &chain.Sender{Backend: c.Client, Opts: bind.NewKeyedTransactor(c.Keys[name], c.ChainID), Poll: time.Millisecond}
}

// Send sends calldata from the named account to a contract and fails the test on error.
func (c *Chain) Send(t testing.TB, name string, to *bind.BoundContract, calldata []byte) *types.Receipt {
	t.Helper()
	r, err := c.Sender(name).Send(context.Background(), to, calldata)
	if err != nil {
		t.Fatalf("%s: send: %v", name, err)
	}
	return r
}

// FundGIN sends amount GIN from the deployer (the holder) to the named account.
func (c *Chain) FundGIN(t testing.TB, name string, amount *big.Int) {
	t.Helper()
	k := c.Contracts
	c.Send(t, "deployer", k.TokenC, k.Token.PackTransfer(Addr(name), amount))
}

// Stake funds the named account with amount GIN and stakes it.
func (c *Chain) Stake(t testing.TB, name string, amount *big.Int) {
	t.Helper()
	k := c.Contracts
	c.FundGIN(t, name, amount)
	c.Send(t, name, k.TokenC, k.Token.PackApprove(k.Deployment.Staking, amount))
	c.Send(t, name, k.StakingC, k.Staking.PackStake(amount))
}

// HeadTime is the timestamp of the latest block.
func (c *Chain) HeadTime(t testing.TB) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	return h.Time
}

// Reorg replaces the newest depth blocks with a longer branch of depth+extra blocks forked from
// their parent. Transactions of the dropped blocks return to the pool and land in the new branch
// (at other heights and hashes), as on a real network. It returns the hashes of the dropped blocks.
func (c *Chain) Reorg(t testing.TB, depth, extra int) []common.Hash {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	bg := context.Background()
	head, err := c.Client.HeaderByNumber(bg, nil)
	if err != nil {
		t.Fatal(err)
	}
	var dropped []common.Hash
	for i := 0; i < depth; i++ {
		h, err := c.Client.HeaderByNumber(bg, new(big.Int).Sub(head.Number, big.NewInt(int64(i))))
		if err != nil {
			t.Fatal(err)
		}
		dropped = append(dropped, h.Hash())
	}
	parent, err := c.Client.HeaderByNumber(bg, new(big.Int).Sub(head.Number, big.NewInt(int64(depth))))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatalf("fork at %d: %v", parent.Number, err)
	}
	for i := 0; i < depth+extra; i++ {
		c.Sim.Commit()
	}
	now, err := c.Client.HeaderByNumber(bg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if now.Number.Cmp(head.Number) <= 0 {
		t.Fatalf("reorg: the new branch (head %d) did not overtake the old one (head %d)", now.Number, head.Number)
	}
	return dropped
}

// Account adds the named account (its deterministic Key) to the chain's keys and sends it wei of
// ether from the deployer, so that it can send transactions: for tests and benchmarks that need
// more accounts than Names.
func (c *Chain) Account(t testing.TB, name string, wei *big.Int) common.Address {
	t.Helper()
	c.mu.Lock()
	c.Keys[name] = Key(name)
	c.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	from := Addr("deployer")
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	tip, err := c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatalf("tip: %v", err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	to := Addr(name)
	tx, err := types.SignNewTx(c.Keys["deployer"], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 21_000, To: &to, Value: wei,
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("fund %s: %v", name, err)
	}
	if _, err := chain.WaitMined(ctx, c.Client, tx.Hash(), time.Millisecond); err != nil {
		t.Fatalf("fund %s: %v", name, err)
	}
	return to
}
