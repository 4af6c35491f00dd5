package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

func (g *globals) earningsCmd() *cobra.Command {
	var limit int
	var kind, before string
	cmd := &cobra.Command{
		Use:   "earnings",
		Short: "Your payouts, fees and slashes (and as a client: usage paid and refunds), from the chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			p := apiv1.GetLedgerParams{Limit: &limit}
			if kind != "" {
				k := apiv1.LedgerKind(kind)
				p.Kind = &k
			}
			if before != "" {
				p.Before = &before
			}
			r, err := c.GetLedgerWithResponse(cmd.Context(), c.Session.Address, &p)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			l := r.JSON200
			if g.json {
				return g.printJSON(l)
			}
			t := l.Totals
			out := g.env.Stdout
			fmt.Fprintf(out, "account  %s\nearned   %s GIN (net of %s GIN fees)\nslashed  %s GIN\n", l.Address, weiString(t.Payout), weiString(t.Fee), weiString(t.Slash))
			if t.Usage != "0" || t.Refund != "0" || t.Compensation != "0" {
				fmt.Fprintf(out, "as a client: paid %s GIN for usage, refunded %s GIN, compensated %s GIN\n", weiString(t.Usage), weiString(t.Refund), weiString(t.Compensation))
			}
			if len(l.Entries) == 0 {
				fmt.Fprintln(out, "no movements yet")
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "\nTIME\tKIND\tJOB\tGIN\tBLOCK\tTX")
			for _, e := range l.Entries {
				at := "-"
				if e.Time != nil {
					at = e.Time.Local().Format(time.DateTime)
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%s\n", at, e.Kind, e.JobId, weiString(e.Amount), e.Block, e.TxHash)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if l.Next != nil {
				fmt.Fprintf(out, "more: gin earnings --before %s\n", *l.Next)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&limit, "limit", 50, "settlement events a page (1-500)")
	f.StringVar(&kind, "kind", "", "only payout, fee, slash, usage, refund or compensation")
	f.StringVar(&before, "before", "", "the page before this cursor (printed at the end of the previous page)")
	return cmd
}

func (g *globals) bidsCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "bids",
		Short: "Your bids as a provider, newest first, and whether you won",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			r, err := c.ListMyBidsWithResponse(cmd.Context(), &apiv1.ListMyBidsParams{Limit: &limit})
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			if g.json {
				return g.printJSON(r.JSON200.Bids)
			}
			if len(r.JSON200.Bids) == 0 {
				fmt.Fprintln(g.env.Stdout, "no bids yet (the provider agent bids on open jobs your GPUs can serve)")
				return nil
			}
			tw := tabwriter.NewWriter(g.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "JOB\tESCROW JOB\tGIN/GPU-S\tEXPIRES\tJOB STATE\tWON")
			for _, b := range r.JSON200.Bids {
				won := "no"
				if b.Won != nil && *b.Won {
					won = "yes"
				}
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\n", b.Bid.JobId, deref64(b.Bid.ChainJobId), weiString(b.Bid.PricePerGpuSecond),
					time.Unix(b.Bid.Expiry, 0).Local().Format(time.DateTime), b.JobState, won)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 100, "most bids to show (1-500)")
	return cmd
}
