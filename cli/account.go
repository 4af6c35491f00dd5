package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

func (g *globals) loginCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "login",
		Short: "Sign in to the API with your key (Sign-In with Ethereum) and keep the session",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := g.key()
			if err != nil {
				return err
			}
			c, err := g.dial(cmd.Context(), key)
			if err != nil {
				return g.explain(err)
			}
			if err := g.saveSession(c.Session); err != nil {
				return err
			}
			if g.json {
				return g.printJSON(map[string]any{"address": c.Session.Address, "expiresAt": c.Session.ExpiresAt})
			}
			fmt.Fprintf(g.env.Stdout, "signed in as %s at %s until %s\n", c.Session.Address, g.api, c.Session.ExpiresAt.Local().Format("2006-01-02 15:04"))
			return nil
		},
	}
}

func (g *globals) balanceCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "balance",
		Short: "Your escrow balance (free and locked), stake, and whether you may use GPUs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			r, err := c.GetMeWithResponse(cmd.Context())
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			me := r.JSON200
			if g.json {
				return g.printJSON(me)
			}
			stake := "0"
			if me.Stake != nil {
				stake = *me.Stake
			}
			fmt.Fprintf(g.env.Stdout, "account        %s\nescrow free    %s GIN\nescrow locked  %s GIN\nstake          %s GIN\nminimum        %s GIN to use GPUs (%s)\n",
				me.Address, weiString(me.EscrowFree), weiString(me.EscrowLocked), weiString(stake), weiString(me.MinimumBalance),
				map[bool]string{true: "met", false: "not met: gin deposit"}[me.MayUseGpus])
			return nil
		},
	}
}

// done prints a result: v as JSON with --json, else the formatted line.
func (g *globals) done(v any, format string, a ...any) error {
	if g.json {
		return g.printJSON(v)
	}
	fmt.Fprintf(g.env.Stdout, format, a...)
	return nil
}
