package cli

import (
	"fmt"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
)

func (g *globals) keysCmd() *cobra.Command {
	keys := &cobra.Command{Use: "keys", Short: "API keys for a deployment's model gateway (gk_…)"}
	keys.AddCommand(g.keysCreateCmd(), g.keysListCmd(), g.keysRevokeCmd())
	return keys
}

func (g *globals) keysCreateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "create <job>",
		Short: "Issue an API key for a running job's gateway; the secret is shown only now",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, c, err := g.jobClient(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			r, err := c.CreateJobKeyWithResponse(cmd.Context(), id)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON201 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			k := r.JSON201
			if g.json {
				return g.printJSON(k)
			}
			fmt.Fprintf(g.env.Stdout, "key %d for job %d:\n\n  %s\n\nStore it now: it is not shown again. Use it with\n  gin complete --api-key %s \"Once upon a time\"\n  or as the bearer token of %s/v1/chat/completions (OpenAI-compatible)\n",
				k.Id, id, k.Key, k.Key, g.api)
			return nil
		},
	}
}

func (g *globals) keysListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list <job>",
		Short: "A job's API keys and their use (never the secrets)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, c, err := g.jobClient(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			r, err := c.ListJobKeysWithResponse(cmd.Context(), id)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			if g.json {
				return g.printJSON(r.JSON200.Keys)
			}
			if len(r.JSON200.Keys) == 0 {
				fmt.Fprintf(g.env.Stdout, "job %d has no API keys; create one: gin keys create %d\n", id, id)
				return nil
			}
			tw := tabwriter.NewWriter(g.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tPREFIX\tCREATED\tLAST USED\tREQUESTS\tTOKENS (PROMPT/COMPLETION)\tSTATE")
			for _, k := range r.JSON200.Keys {
				state := "active"
				if k.RevokedAt != nil {
					state = "revoked " + k.RevokedAt.Local().Format(time.DateTime)
				}
				fmt.Fprintf(tw, "%d\t%s…\t%s\t%s\t%d\t%d/%d\t%s\n", k.Id, k.Prefix, k.CreatedAt.Local().Format(time.DateTime),
					when(k.LastUsedAt), k.Requests, k.PromptTokens, k.CompletionTokens, state)
			}
			return tw.Flush()
		},
	}
}

func when(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.Local().Format(time.DateTime)
}

func (g *globals) keysRevokeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "revoke <job> <key id>",
		Short: "Revoke an API key: the gateway refuses it from now on",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := jobID(args[0])
			if err != nil {
				return err
			}
			keyID, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil || keyID < 1 {
				return fmt.Errorf("%q is not a key id (a positive number; see gin keys list %d)", args[1], id)
			}
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			r, err := c.RevokeJobKeyWithResponse(cmd.Context(), id, keyID)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			return g.done(r.JSON200, "key %d of job %d revoked\n", keyID, id)
		},
	}
}
