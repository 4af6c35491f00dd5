package cli

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
)

// call is one transaction a wallet command sends.
type call struct {
	to   *bind.BoundContract
	data []byte
}

// walletCmd is a command that sends one transaction from the user's wallet, for an amount of GIN
// when withAmount; build makes the transaction, and result says what happened (JSON and a line).
func (g *globals) walletCmd(use, short, what string, withAmount bool,
	build func(ctx context.Context, w *wallet, amount *big.Int) (call, error),
	result func(amount *big.Int, tx string) (map[string]any, string)) *cobra.Command {
	args := cobra.NoArgs
	if withAmount {
		args = cobra.ExactArgs(1)
	}
	return &cobra.Command{
		Use: use, Short: short, Args: args,
		RunE: func(cmd *cobra.Command, args []string) error {
			var amount *big.Int
			if withAmount {
				var err error
				if amount, err = parseGIN(args[0]); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			c, err := build(ctx, w, amount)
			if err != nil {
				return err
			}
			tx, err := g.send(ctx, w, what, c.to, c.data)
			if err != nil {
				return err
			}
			v, line := result(amount, tx)
			return g.done(v, "%s", line)
		},
	}
}

// permit signs an EIP-2612 permit for spender to take amount of the user's GIN: deposit and
// stake are then one signature and one transaction.
func (g *globals) permit(ctx context.Context, w *wallet, spender common.Address, amount *big.Int) (dl *big.Int, v uint8, r, s [32]byte, err error) {
	dl = deadline()
	v, r, s, err = w.k.SignPermit(ctx, w.key, spender, amount, dl.Uint64())
	if err != nil {
		err = g.explain(fmt.Errorf("sign the permit: %w", err))
	}
	return dl, v, r, s, err
}

func (g *globals) depositCmd() *cobra.Command {
	cmd := g.walletCmd("deposit <GIN>", "Deposit GIN into the escrow (one permit signature, one transaction); returns once the API counts it", "deposit", true,
		func(ctx context.Context, w *wallet, amount *big.Int) (call, error) {
			dl, v, r, s, err := g.permit(ctx, w, w.k.Deployment.Escrow, amount)
			return call{w.k.EscrowC, w.k.Escrow.PackDepositWithPermit(amount, dl, v, r, s)}, err
		},
		func(amount *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"deposited": amount.String(), "tx": tx}, fmt.Sprintf("deposited %s GIN (tx %s)\n", formatGIN(amount), tx)
		})
	mined := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		// The balance the API shows now, to see the deposit arrive; without a session (or an
		// API that answers) the deposit is not waited for.
		var before *big.Int
		c, err := g.client(ctx)
		if err == nil {
			before = g.freeBalance(ctx, c)
		}
		if err := mined(cmd, args); err != nil {
			return err
		}
		amount, _ := parseGIN(args[0]) // checked by mined
		g.depositCounted(ctx, c, before, amount, 2*time.Minute)
		return nil
	}
	return cmd
}

func (g *globals) withdrawCmd() *cobra.Command {
	return g.walletCmd("withdraw <GIN>", "Withdraw free GIN from the escrow to your wallet", "withdraw", true,
		func(_ context.Context, w *wallet, amount *big.Int) (call, error) {
			return call{w.k.EscrowC, w.k.Escrow.PackWithdraw(amount)}, nil
		},
		func(amount *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"withdrawn": amount.String(), "tx": tx}, fmt.Sprintf("withdrew %s GIN (tx %s)\n", formatGIN(amount), tx)
		})
}

func (g *globals) stakeCmd() *cobra.Command {
	return g.walletCmd("stake <GIN>", "Stake GIN as a provider (one permit signature, one transaction)", "stake", true,
		func(ctx context.Context, w *wallet, amount *big.Int) (call, error) {
			dl, v, r, s, err := g.permit(ctx, w, w.k.Deployment.Staking, amount)
			return call{w.k.StakingC, w.k.Staking.PackStakeWithPermit(amount, dl, v, r, s)}, err
		},
		func(amount *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"staked": amount.String(), "tx": tx}, fmt.Sprintf("staked %s GIN (tx %s)\n", formatGIN(amount), tx)
		})
}

func (g *globals) unstakeCmd() *cobra.Command {
	return g.walletCmd("unstake <GIN>", "Start unbonding stake (withdraw it with gin withdraw-stake after the delay)", "unstake", true,
		func(_ context.Context, w *wallet, amount *big.Int) (call, error) {
			return call{w.k.StakingC, w.k.Staking.PackRequestUnstake(amount)}, nil
		},
		func(amount *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"unbonding": amount.String(), "tx": tx}, fmt.Sprintf("unbonding %s GIN (tx %s)\n", formatGIN(amount), tx)
		})
}

func (g *globals) cancelBidsCmd() *cobra.Command {
	return g.walletCmd("cancel-bids", "Void all your outstanding bids at once (the escrow's minimum bid nonce becomes now, in microseconds; your agent's next bids stay valid)", "cancel bids", false,
		func(_ context.Context, w *wallet, _ *big.Int) (call, error) {
			return call{w.k.EscrowC, w.k.Escrow.PackCancelBidsBelow(new(big.Int).SetInt64(time.Now().UnixMicro()))}, nil
		},
		func(_ *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"tx": tx}, fmt.Sprintf("every bid signed before now is void (tx %s)\n", tx)
		})
}

func (g *globals) withdrawStakeCmd() *cobra.Command {
	return g.walletCmd("withdraw-stake", "Withdraw stake whose unbonding delay has passed", "withdraw stake", false,
		func(_ context.Context, w *wallet, _ *big.Int) (call, error) {
			return call{w.k.StakingC, w.k.Staking.PackWithdraw()}, nil
		},
		func(_ *big.Int, tx string) (map[string]any, string) {
			return map[string]any{"tx": tx}, fmt.Sprintf("unbonded stake withdrawn (tx %s)\n", tx)
		})
}
