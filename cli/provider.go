package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

func (g *globals) stakeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stake <GIN>",
		Short: "Stake GIN as a provider (one permit signature, one transaction)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseGIN(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			dl := deadline()
			v, r, s, err := w.k.SignPermit(ctx, w.key, w.k.Deployment.Staking, amount, dl.Uint64())
			if err != nil {
				return g.explain(fmt.Errorf("sign the permit: %w", err))
			}
			tx, err := g.send(ctx, w, "stake", w.k.StakingC, w.k.Staking.PackStakeWithPermit(amount, dl, v, r, s))
			if err != nil {
				return err
			}
			return g.done(map[string]any{"staked": amount.String(), "tx": tx}, "staked %s GIN (tx %s)\n", formatGIN(amount), tx)
		},
	}
}

func (g *globals) unstakeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "unstake <GIN>",
		Short: "Start unbonding stake (withdraw it with gin withdraw-stake after the delay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseGIN(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			tx, err := g.send(ctx, w, "unstake", w.k.StakingC, w.k.Staking.PackRequestUnstake(amount))
			if err != nil {
				return err
			}
			return g.done(map[string]any{"unbonding": amount.String(), "tx": tx}, "unbonding %s GIN (tx %s)\n", formatGIN(amount), tx)
		},
	}
}

func (g *globals) withdrawStakeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "withdraw-stake",
		Short: "Withdraw stake whose unbonding delay has passed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			tx, err := g.send(ctx, w, "withdraw stake", w.k.StakingC, w.k.Staking.PackWithdraw())
			if err != nil {
				return err
			}
			return g.done(map[string]any{"tx": tx}, "unbonded stake withdrawn (tx %s)\n", tx)
		},
	}
}

func (g *globals) providerStatusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Your provider registration: GPUs, health, load, stake",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			r, err := c.GetProviderWithResponse(cmd.Context(), c.Session.Address)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			p := r.JSON200
			if g.json {
				return g.printJSON(p)
			}
			fmt.Fprintf(g.env.Stdout, "provider %s in %s (%s)\n  healthy %v, load %.0f%%, availability %.0f%%, %d GPUs free\n  stake %s GIN\n",
				p.Address, p.Region, p.Endpoint, p.Healthy, p.Load*100, p.Availability*100, p.FreeGpus, weiString(p.Stake))
			for _, gpu := range p.Gpus {
				fmt.Fprintf(g.env.Stdout, "  %d × %s (%d MiB)\n", gpu.Count, gpu.Model, gpu.MemoryMiB)
			}
			return nil
		},
	}
}
