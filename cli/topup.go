package cli

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

// jobsTopUpCmd adds GIN to a live job's budget: from the wallet with a permit (one signature, one
// transaction), or from the escrow's free balance with --from-escrow.
func (g *globals) jobsTopUpCmd() *cobra.Command {
	var fromEscrow bool
	cmd := &cobra.Command{
		Use:   "topup <job> <GIN>",
		Short: "Add GIN to a running job's budget so it does not end (one permit signature, one transaction)",
		Long: "Takes the GIN from your wallet with a permit (one signature, one transaction), or from your free escrow\n" +
			"balance with --from-escrow. The job must be open, running or failing over; its client only.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			amount, err := parseGIN(args[1])
			if err != nil {
				return err
			}
			id, c, err := g.jobClient(ctx, args[0])
			if err != nil {
				return err
			}
			r, err := c.GetJobWithResponse(ctx, id)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			job := r.JSON200
			if job.ChainJobId == nil {
				return fmt.Errorf("job %d is not on chain yet (its createJob transaction is not attached); top it up once it is", id)
			}
			before, _ := new(big.Int).SetString(job.Budget, 10)
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			chainID := big.NewInt(*job.ChainJobId)
			var data []byte
			if fromEscrow {
				data = w.k.Escrow.PackTopUp(chainID, amount, new(big.Int), 0, [32]byte{}, [32]byte{})
			} else {
				dl, v, rr, s, err := g.permit(ctx, w, w.k.Deployment.Escrow, amount)
				if err != nil {
					return err
				}
				data = w.k.Escrow.PackTopUp(chainID, amount, dl, v, rr, s)
			}
			tx, err := g.send(ctx, w, "topUp", w.k.EscrowC, data)
			if err != nil {
				return err
			}
			budget := g.budgetCounted(ctx, c, id, new(big.Int).Add(before, amount), 2*time.Minute)
			return g.done(map[string]any{"job": id, "added": amount.String(), "budget": budget.String(), "tx": tx},
				"job %d: added %s GIN, budget now %s GIN (tx %s)\n", id, formatGIN(amount), formatGIN(budget), tx)
		},
	}
	cmd.Flags().BoolVar(&fromEscrow, "from-escrow", false, "take the GIN from your free escrow balance instead of your wallet")
	return cmd
}

// budgetCounted waits until the API shows job id's budget at want (it folds the chain's event in
// within a few seconds) and returns the budget it shows, want when it does not in time.
func (g *globals) budgetCounted(ctx context.Context, c *apiclient.Client, id int64, want *big.Int, within time.Duration) *big.Int {
	var shown *big.Int
	if g.until(ctx, "topUp: waiting until the API shows the new budget", within, func() bool {
		r, err := c.GetJobWithResponse(ctx, id)
		if err != nil || r.JSON200 == nil {
			return false
		}
		b, ok := new(big.Int).SetString(r.JSON200.Budget, 10)
		shown = b
		return ok && b.Cmp(want) >= 0
	}) {
		return shown
	}
	fmt.Fprintf(g.env.Stderr, "gin: the top-up is mined but the API does not show it yet; gin jobs status %d shows it then\n", id)
	return want
}
