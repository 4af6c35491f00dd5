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

	"github.com/gintonic/gintonic/bindings/disputes"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/bindings/timelock"
)

// GIN is 10^18 wei, one whole token.
var GIN = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole GIN in wei.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), GIN) }

// DeployConfig holds everything the contracts are deployed with.
type DeployConfig struct {
	Holder             common.Address   // receives the whole GIN supply
	Supply             *big.Int         // fixed GIN supply in wei
	Governance         common.Address   // proposes and executes through the timelock, the only admin
	Guardian           common.Address   // may pause and unpause the escrow (zero: governance)
	Treasury           common.Address   // receives protocol fees and what a slash does not compensate
	MinStake           *big.Int         // provider eligibility threshold
	UnbondingDelay     time.Duration    // stake stays slashable this long after an unstake request
	TimelockDelay      time.Duration    // every governance action waits this long; must exceed UnbondingDelay
	AdminTransferDelay time.Duration    // wait before a new admin of staking or disputes may accept
	FeeBps             uint16           // protocol fee in basis points, a multiple of 10
	SlashMultiple      uint16           // collateral per award = SlashMultiple x price x GPUs x FailoverWindow
	SettlementWindow   time.Duration    // time a provider has to settle (and a fault be reported) after a round ends
	FailoverWindow     time.Duration    // time a failed job waits for a backup award
	ChallengeWindow    time.Duration    // time a provider has to void a fault report before the slash
	ControllerMinStake *big.Int         // stake a controller needs to award, fail over and report
	Quorum             uint8            // controller signatures a fault report needs (1 only on a dev chain)
	ReporterBond       *big.Int         // locked from each reporter; lost when the report is voided
	Controllers        []common.Address // granted CONTROLLER_ROLE
}

// DefaultDeployConfig is the configuration of the local dev chain and tests: 1 billion GIN to the
// deployer, who is also governance (through the timelock), guardian and treasury.
func DefaultDeployConfig(deployer common.Address) DeployConfig {
	return DeployConfig{
		Holder:             deployer,
		Supply:             Tokens(1_000_000_000),
		Governance:         deployer,
		Treasury:           deployer,
		MinStake:           Tokens(10_000),
		UnbondingDelay:     7 * 24 * time.Hour,
		TimelockDelay:      8 * 24 * time.Hour,
		AdminTransferDelay: 24 * time.Hour,
		FeeBps:             250,
		SlashMultiple:      3,
		SettlementWindow:   time.Hour,
		FailoverWindow:     30 * time.Minute,
		ChallengeWindow:    2 * time.Hour,
		ControllerMinStake: Tokens(50_000),
		Quorum:             1,
		ReporterBond:       Tokens(1_000),
	}
}

// Validate names the first bad value. The contracts enforce their own bounds as well (looser on
// dev chains 31337 and 1337); this catches the mistakes before any gas is spent.
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
	case c.TimelockDelay <= c.UnbondingDelay:
		return fmt.Errorf("deploy config: the timelock delay (%s) must be longer than the unbonding delay (%s), so stakers can leave before any governance change applies", c.TimelockDelay, c.UnbondingDelay)
	case c.FeeBps > 2000 || c.FeeBps%10 != 0:
		return errors.New("deploy config: fee must be a multiple of 10 bps and at most 2000 bps (20%)")
	case c.SlashMultiple == 0 || c.SlashMultiple > 10:
		return errors.New("deploy config: slash multiple must be between 1 and 10")
	case c.SettlementWindow < time.Second || c.FailoverWindow < time.Second || c.ChallengeWindow < time.Second:
		return errors.New("deploy config: the settlement, failover and challenge windows must be at least 1 s")
	case c.ControllerMinStake == nil || c.ControllerMinStake.Sign() < 0 || c.ControllerMinStake.BitLen() > 96:
		return errors.New("deploy config: controller min stake must be between 0 and 2^96-1 wei")
	case c.Quorum == 0 || c.Quorum > 16:
		return errors.New("deploy config: quorum must be between 1 and 16 controllers")
	case c.ReporterBond == nil || c.ReporterBond.Sign() <= 0 || c.ReporterBond.BitLen() > 96:
		return errors.New("deploy config: reporter bond must be positive and below 2^96 wei")
	}
	for i, a := range c.Controllers {
		if a == (common.Address{}) {
			return fmt.Errorf("deploy config: controller %d is the zero address", i)
		}
	}
	return nil
}

// Deploy deploys GinToken, GinTimelock, ProviderStaking, AuctionEscrow and FaultDisputes with key.
// The timelock (governance proposes and executes) is the admin of the three others from their
// construction; staking grants the escrow and the disputes their roles at construction (their
// addresses are predicted from the deployer's nonce), and the escrow its controllers, so no role is
// ever granted afterwards by a key. Every transaction is confirmed before the next is sent.
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
	guardian := cfg.Guardian
	if guardian == (common.Address{}) {
		guardian = cfg.Governance
	}

	tokenABI, stakingABI, escrowABI := gintoken.NewGinToken(), staking.NewProviderStaking(), escrow.NewAuctionEscrow()
	disputesABI, timelockABI := disputes.NewFaultDisputes(), timelock.NewGinTimelock()

	tokenAddr, rcpt, err := s.Deploy(ctx, code(gintoken.GinTokenMetaData.Bin), tokenABI.PackConstructor(cfg.Holder, cfg.Supply))
	if err != nil {
		return nil, fmt.Errorf("deploy GinToken: %w", err)
	}
	d := &Deployment{ChainID: chainID.Uint64(), Token: tokenAddr, DeployBlock: rcpt.BlockNumber.Uint64(), Deployer: deployer}

	gov := []common.Address{cfg.Governance}
	d.Timelock, _, err = s.Deploy(ctx, code(timelock.GinTimelockMetaData.Bin), timelockABI.PackConstructor(seconds(cfg.TimelockDelay), gov, gov))
	if err != nil {
		return nil, fmt.Errorf("deploy GinTimelock: %w", err)
	}
	nonce, err := b.PendingNonceAt(ctx, deployer)
	if err != nil {
		return nil, fmt.Errorf("deploy: read the deployer's nonce: %w", err)
	}
	escrowAt, disputesAt := crypto.CreateAddress(deployer, nonce+1), crypto.CreateAddress(deployer, nonce+2)

	d.Staking, _, err = s.Deploy(ctx, code(staking.ProviderStakingMetaData.Bin), stakingABI.PackConstructor(
		tokenAddr, d.Timelock, seconds(cfg.AdminTransferDelay), cfg.MinStake, uint64(cfg.UnbondingDelay/time.Second), escrowAt, disputesAt))
	if err != nil {
		return nil, fmt.Errorf("deploy ProviderStaking: %w", err)
	}
	d.Escrow, _, err = s.Deploy(ctx, code(escrow.AuctionEscrowMetaData.Bin), escrowABI.PackConstructor(
		tokenAddr, d.Staking, d.Timelock, guardian, cfg.Controllers, escrow.AuctionEscrowParams{
			Treasury:           cfg.Treasury,
			FeeBps:             cfg.FeeBps,
			SlashMultiple:      cfg.SlashMultiple,
			SettlementWindow:   uint32(cfg.SettlementWindow / time.Second),
			FailoverWindow:     uint32(cfg.FailoverWindow / time.Second),
			ChallengeWindow:    uint32(cfg.ChallengeWindow / time.Second),
			ControllerMinStake: cfg.ControllerMinStake,
		}))
	if err != nil {
		return nil, fmt.Errorf("deploy AuctionEscrow: %w", err)
	}
	d.Disputes, _, err = s.Deploy(ctx, code(disputes.FaultDisputesMetaData.Bin), disputesABI.PackConstructor(
		d.Escrow, d.Staking, d.Timelock, seconds(cfg.AdminTransferDelay), disputes.FaultDisputesParams{
			Quorum: cfg.Quorum, ReporterBond: cfg.ReporterBond,
		}))
	if err != nil {
		return nil, fmt.Errorf("deploy FaultDisputes: %w", err)
	}
	if d.Escrow != escrowAt || d.Disputes != disputesAt {
		return nil, fmt.Errorf("deploy: escrow at %s and disputes at %s, not at the addresses staking trusts (%s, %s): another transaction from the deployer key interleaved; deploy again", d.Escrow, d.Disputes, escrowAt, disputesAt)
	}
	return d, nil
}

func code(hexBin string) []byte { return common.FromHex(hexBin) }

func seconds(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }
