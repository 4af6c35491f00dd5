package devstack

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/chain"
)

// Accounts are the stack's keys: anvil's well-known pre-funded dev accounts (from the public
// "test test … junk" mnemonic), so that a browser wallet can import them. Never use them on a
// real network.
type Accounts struct {
	Deployer   *ecdsa.PrivateKey // GIN holder, governance, treasury
	Controller *ecdsa.PrivateKey // awards jobs and reports failures (holds CONTROLLER_ROLE + stake)
	// Controllers are every controller instance's key, Controller first (Options.Controllers).
	Controllers []*ecdsa.PrivateKey
	Settler     *ecdsa.PrivateKey // sends settlement batches (its own nonce sequence)
	Client      *ecdsa.PrivateKey // the demo's client
	Providers   []*ecdsa.PrivateKey
	// Operators are the providers' operator keys (ProviderStaking.setOperator), one each: the
	// agents sign in, bid and sign usage with them, as production rigs should, so the staking keys
	// never reach the agents. They hold no ETH and no GIN.
	Operators []*ecdsa.PrivateKey
}

// devKeys are anvil's accounts 0..9.
var devKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// MaxControllers is how many controller instances the dev accounts leave room for.
const MaxControllers = 3

// MaxProviders is how many provider agents the dev accounts leave room for.
const MaxProviders = 4

func devAccounts(providers, controllers int) (Accounts, error) {
	if providers < 1 || providers > MaxProviders {
		return Accounts{}, fmt.Errorf("providers: %d, want 1 to %d", providers, MaxProviders)
	}
	if controllers < 1 || controllers > MaxControllers {
		return Accounts{}, fmt.Errorf("controllers: %d, want 1 to %d", controllers, MaxControllers)
	}
	keys := make([]*ecdsa.PrivateKey, len(devKeys))
	for i, h := range devKeys {
		k, err := chain.ParseKey(h)
		if err != nil {
			return Accounts{}, fmt.Errorf("dev key %d: %w", i, err)
		}
		keys[i] = k
	}
	ctls := append([]*ecdsa.PrivateKey{keys[1]}, keys[8:8+controllers-1]...)
	ops := make([]*ecdsa.PrivateKey, providers)
	for i := range ops {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("gintonic dev operator %d", i+1))))
		if err != nil {
			return Accounts{}, fmt.Errorf("dev operator key %d: %w", i+1, err)
		}
		ops[i] = k
	}
	return Accounts{Deployer: keys[0], Controller: keys[1], Controllers: ctls, Settler: keys[2], Client: keys[3], Providers: keys[4 : 4+providers], Operators: ops}, nil
}

// Addr is the address of k.
func Addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// checkFunded verifies that the chain pre-funds the dev accounts (it is anvil with its default
// mnemonic), so a mismatch fails with a message instead of "insufficient funds" later.
func checkFunded(ctx context.Context, b interface {
	BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
}, a Accounts) error {
	all := append(append([]*ecdsa.PrivateKey{a.Deployer, a.Settler, a.Client}, a.Controllers...), a.Providers...)
	for _, k := range all {
		bal, err := b.BalanceAt(ctx, Addr(k), nil)
		if err != nil {
			return fmt.Errorf("read the ETH balance of %s: %w", Addr(k).Hex(), err)
		}
		if bal.Cmp(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)) < 0 {
			return fmt.Errorf("dev account %s holds %s wei: the chain is not anvil with its default accounts", Addr(k).Hex(), bal)
		}
	}
	return nil
}

// KeyHex is k as the hex string the binaries' -key flags take.
func KeyHex(k *ecdsa.PrivateKey) string {
	return strings.TrimPrefix(common.Bytes2Hex(crypto.FromECDSA(k)), "0x")
}
