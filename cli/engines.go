package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

// enginesCmd lists the serving engines a job can name (public: no key).
func (g *globals) enginesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "engines",
		Short: "The serving engines a job of a model can name (--engine), with their images and the formats they serve",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := apiv1.NewClientWithResponses(g.api)
			if err != nil {
				return err
			}
			r, err := c.ListEnginesWithResponse(cmd.Context())
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			if g.json {
				return g.printJSON(r.JSON200)
			}
			tw := tabwriter.NewWriter(g.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ENGINE\tSERVES\tDEFAULT FOR\tGPU\tIMAGE")
			for _, e := range r.JSON200.Engines {
				def := "-"
				if e.DefaultFor != nil && len(*e.DefaultFor) > 0 {
					def = strings.Join(*e.DefaultFor, ", ")
				}
				gpu := "optional"
				if e.NeedsGpu {
					gpu = "required"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Name, strings.Join(e.Formats, ", "), def, gpu, e.Image)
			}
			return tw.Flush()
		},
	}
}
