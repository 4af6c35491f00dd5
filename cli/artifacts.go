package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

// jobsArtifactsCmd lists a job's results or downloads one (a batch job's fine-tuned model).
func (g *globals) jobsArtifactsCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "artifacts <job> [name]",
		Short: "List a job's results, or download one (--output, default: its name)",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, c, err := g.jobClient(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if len(args) == 1 {
				r, err := c.ListArtifactsWithResponse(cmd.Context(), id)
				if err != nil {
					return g.explain(err)
				}
				if r.JSON200 == nil {
					return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
				}
				if g.json {
					return g.printJSON(r.JSON200.Artifacts)
				}
				if len(r.JSON200.Artifacts) == 0 {
					fmt.Fprintf(g.env.Stdout, "job %d has no results yet (a batch job uploads them when it completes)\n", id)
					return nil
				}
				for _, a := range r.JSON200.Artifacts {
					fmt.Fprintf(g.env.Stdout, "%-32s %10d bytes  round %d  %s  sha256 %s\n", a.Name, a.Size, a.Round, a.CreatedAt.Local().Format("2006-01-02 15:04:05"), a.Sha256)
				}
				return nil
			}
			name := args[1]
			r, err := c.DownloadArtifactWithResponse(cmd.Context(), id, name)
			if err != nil {
				return g.explain(err)
			}
			if r.StatusCode() != 200 {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			if out == "" {
				out = name
			}
			if err := os.WriteFile(out, r.Body, 0o644); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			fmt.Fprintf(g.env.Stdout, "%s: %d bytes, sha256 %s\n", out, len(r.Body), r.HTTPResponse.Header.Get("X-Content-SHA256"))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write the download to")
	return cmd
}
