package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
)

// GIN is 10^18 wei, one whole token.
var GIN = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole GIN in wei.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), GIN) }

// DeployConfig holds everything the contracts are deployed with.
type DeployConfig struct {
	Holder             common.Address   // receives the whole GIN supply
	Supply             *big.Int         // fixed GIN supply in wei
	Governance         common.Address   // final admin of staking and escrow (two-step transfer when not the deployer)
	Treasury           common.Address   // receives protocol fees
	MinStake           *big.Int         // provider eligibility threshold
	UnbondingDelay     time.Duration    // stake stays slashable this long after an unstake request
	AdminTransferDelay time.Duration    // wait before a new admin may accept
	FeeBps             uint16           // protocol fee in basis points
	SlashBps           uint16           // share of a failed provider's stake slashed, in basis points
	SettlementWindow   time.Duration    // time a provider has to settle after a job ends
	FailoverWindow     time.Duration    // time a failed job waits for a backup award
	ControllerMinStake *big.Int         // stake a controller needs to award and report failures
	Controllers        []common.Address // granted CONTROLLER_ROLE
}

// DefaultDeployConfig is the configuration of the local dev chain and tests: 1 billion GIN to the
// deployer, who is also governance and treasury.
func DefaultDeployConfig(deployer common.Address) DeployConfig {
	return DeployConfig{
		Holder:             deployer,
		Supply:             Tokens(1_000_000_000),
		Governance:         deployer,
		Treasury:           deployer,
		MinStake:           Tokens(10_000),
		UnbondingDelay:     7 * 24 * time.Hour,
		AdminTransferDelay: 24 * time.Hour,
		FeeBps:             250,
		SlashBps:           1000,
		SettlementWindow:   time.Hour,
		FailoverWindow:     30 * time.Minute,
		ControllerMinStake: Tokens(50_000),
	}
}

// Validate names the first bad value.
func (c *DeployConfig) Validate() error {
	switch {
	case c.Holder == (common.Address{}):
		return errors.New("deploy config: holder is the zero address")
	case c.Supply == nil || c.Supply.Sign() <= 0:
		return errors.New("deploy config: supply must be positive")
	case c.Supply.BitLen() > 96:
		return errors.New("deploy config: supply must fit in 96 bits (at most 79,228,162,514 GIN)")
	case c.Governance == (common.Address{}):
		return errors.New("deploy config: governance is the zero address")
	case c.Treasury == (common.Address{}):
		return errors.New("deploy config: treasury is the zero address")
	case c.MinStake == nil || c.MinStake.Sign() < 0:
		return errors.New("deploy config: min stake must be zero or positive")
	case c.UnbondingDelay < 0 || c.UnbondingDelay > 90*24*time.Hour:
		return errors.New("deploy config: unbonding delay must be between 0 and 90 days")
	case c.FeeBps > 2000:
		return errors.New("deploy config: fee must be at most 2000 bps (20%)")
	case c.SlashBps > 10000:
		return errors.New("deploy config: slash must be at most 10000 bps (100%)")
	case c.ControllerMinStake == nil || c.ControllerMinStake.Sign() < 0 || c.ControllerMinStake.BitLen() > 96:
		return errors.New("deploy config: controller min stake must be between 0 and 2^96-1 wei")
	}
	for i, a := range c.Controllers {
		if a == (common.Address{}) {
			return fmt.Errorf("deploy config: controller %d is the zero address", i)
		}
	}
	return nil
}

// Deploy deploys GinToken, ProviderStaking and AuctionEscrow with key, grants the escrow the slasher
// role and the controllers their role, and hands admin rights to governance (two-step) when it is
// not the deployer. Every transaction is confirmed before the next is sent.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg DeployConfig, poll time.Duration) (*Deployment, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: read chain id: %w", err)
	}
	s := &Sender{Backend: b, Opts: bind.NewKeyedTransactor(key, chainID), Poll: poll}
	deployer := crypto.PubkeyToAddress(key.PublicKey)

	tokenABI, stakingABI, escrowABI := gintoken.NewGinToken(), staking.NewProviderStaking(), escrow.NewAuctionEscrow()

	tokenAddr, rcpt, err := s.Deploy(ctx, code(gintoken.GinTokenMetaData.Bin), tokenABI.PackConstructor(cfg.Holder, cfg.Supply))
	if err != nil {
		return nil, fmt.Errorf("deploy GinToken: %w", err)
	}
	d := &Deployment{ChainID: chainID.Uint64(), Token: tokenAddr, DeployBlock: rcpt.BlockNumber.Uint64(), Deployer: deployer}

	d.Staking, _, err = s.Deploy(ctx, code(staking.ProviderStakingMetaData.Bin), stakingABI.PackConstructor(
		tokenAddr, deployer, seconds(cfg.AdminTransferDelay), cfg.MinStake, uint64(cfg.UnbondingDelay/time.Second)))
	if err != nil {
		return nil, fmt.Errorf("deploy ProviderStaking: %w", err)
	}
	d.Escrow, _, err = s.Deploy(ctx, code(escrow.AuctionEscrowMetaData.Bin), escrowABI.PackConstructor(
		tokenAddr, d.Staking, deployer, seconds(cfg.AdminTransferDelay), escrow.AuctionEscrowParams{
			Treasury:           cfg.Treasury,
			FeeBps:             cfg.FeeBps,
			SlashBps:           cfg.SlashBps,
			SettlementWindow:   uint32(cfg.SettlementWindow / time.Second),
			FailoverWindow:     uint32(cfg.FailoverWindow / time.Second),
			ControllerMinStake: cfg.ControllerMinStake,
		}))
	if err != nil {
		return nil, fmt.Errorf("deploy AuctionEscrow: %w", err)
	}

	stakingC := stakingABI.Instance(b, d.Staking)
	escrowC := escrowABI.Instance(b, d.Escrow)
	slasher := crypto.Keccak256Hash([]byte("SLASHER_ROLE"))
	controller := crypto.Keccak256Hash([]byte("CONTROLLER_ROLE"))

	steps := []step{{"grant escrow the slasher role", stakingC, stakingABI.PackGrantRole(slasher, d.Escrow)}}
	for _, a := range cfg.Controllers {
		steps = append(steps, step{"grant controller role to " + a.Hex(), escrowC, escrowABI.PackGrantRole(controller, a)})
	}
	if cfg.Governance != deployer {
		steps = append(steps, []step{
			{"grant governance the slasher role", stakingC, stakingABI.PackGrantRole(slasher, cfg.Governance)},
			{"revoke the deployer's slasher role", stakingC, stakingABI.PackRevokeRole(slasher, deployer)},
			{"begin staking admin transfer", stakingC, stakingABI.PackBeginDefaultAdminTransfer(cfg.Governance)},
			{"begin escrow admin transfer", escrowC, escrowABI.PackBeginDefaultAdminTransfer(cfg.Governance)},
		}...)
	}
	for _, st := range steps {
		if _, err := s.Send(ctx, st.c, st.data); err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", st.what, err)
		}
	}
	return d, nil
}

func code(hexBin string) []byte { return common.FromHex(hexBin) }

// step is one post-deployment transaction.
type step struct {
	what string
	c    *bind.BoundContract
	data []byte
}

func seconds(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }
