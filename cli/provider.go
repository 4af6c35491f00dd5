package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

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
