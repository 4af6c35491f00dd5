package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bytesize"
	"github.com/gintonic/gintonic/money"
)

func (g *globals) jobsQuoteCmd() *cobra.Command {
	var spec jobSpec
	cmd := &cobra.Command{
		Use:   "quote",
		Short: "Who could serve a job now, at what prices, for how much and how soon (before any money moves)",
		Long: "Takes the flags of gin jobs submit; none is required, and the GPU model and memory left out mean any.\n" +
			"Needs no key and no deposit. Exits 1 when no provider can serve the job now, saying why.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			req, err := spec.quote()
			if err != nil {
				return err
			}
			q, err := g.quote(cmd.Context(), req)
			if err != nil {
				return err
			}
			if g.json {
				if err := g.printJSON(q); err != nil {
					return err
				}
			} else {
				printQuote(g.env.Stdout, req, *q)
			}
			if !q.Servable {
				return unservable(*q)
			}
			return nil
		},
	}
	spec.bind(cmd.Flags())
	return cmd
}

// quote asks the API for a quote; it is public, so no sign-in.
func (g *globals) quote(ctx context.Context, req apiv1.JobQuoteRequest) (*apiv1.JobQuote, error) {
	c, err := apiv1.NewClientWithResponses(g.api)
	if err != nil {
		return nil, err
	}
	r, err := c.QuoteJobWithResponse(ctx, req)
	if err != nil {
		return nil, g.explain(err)
	}
	if r.JSON200 == nil {
		return nil, g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
	}
	return r.JSON200, nil
}

// pickGPU fills in the GPU model and memory the user left out from the quote's cheapest fit, and
// says which it took; when nobody can serve the job it returns the quote's reason.
func (g *globals) pickGPU(ctx context.Context, spec *jobSpec, req *apiv1.JobRequest, insist bool) error {
	qr, err := spec.quote()
	if err != nil {
		return err
	}
	q, err := g.quote(ctx, qr)
	if err != nil {
		return err
	}
	if !q.Servable || q.Cheapest == nil {
		if insist {
			return fmt.Errorf("no provider can serve this job now (%s), so there is no fit to take\n  → name --gpu-model and --gpu-memory to submit it anyway with --insist", deref(q.Reason))
		}
		return unservable(*q)
	}
	fit := q.Cheapest
	if !spec.flags.Changed("gpu-model") {
		req.Gpu.Model = fit.Model
	}
	if !spec.flags.Changed("gpu-memory") {
		req.Gpu.MemoryMiB = fit.MemoryMiB
	}
	why := "no bids yet to compare prices by"
	if fit.LowestBid != nil {
		why = "lowest recent bid " + money.FormatPriceString(*fit.LowestBid)
	}
	fmt.Fprintf(g.env.Stderr, "gin: picked %s with %d MiB per GPU, the cheapest fit on offer (%d providers, %s); --gpu-model and --gpu-memory choose\n",
		req.Gpu.Model, req.Gpu.MemoryMiB, q.Providers, why)
	return nil
}

// unservable is the error for a quote nobody can serve: the reason, and what to change.
func unservable(q apiv1.JobQuote) error {
	reason, code := "no provider can serve it", ""
	if q.Reason != nil {
		reason = *q.Reason
	}
	if q.Reasons != nil && len(*q.Reasons) > 0 {
		code = (*q.Reasons)[0].Code
	}
	hint := map[string]string{
		"no_providers": "try again once providers are online (gin jobs quote)",
		"gpu_model":    "leave out --gpu-model and --gpu-memory to take the cheapest fit on offer, or submit anyway with --insist",
		"gpu_memory":   "lower --gpu-memory or leave it out, or submit anyway with --insist",
		"gpu_count":    "ask for fewer --gpus, or submit anyway with --insist",
		"free_gpus":    "ask for fewer --gpus or try again later, or submit anyway with --insist",
		"stake":        "lower --min-stake, or submit anyway with --insist",
		"price":        "raise --max-price, or submit anyway with --insist",
	}[code]
	if hint == "" {
		hint = "submit anyway with --insist"
	}
	return fmt.Errorf("no provider can serve this job now: %s\n  → %s", reason, hint)
}

// printQuote writes a quote as a person reads it: the GPUs that fit, prices and cost in GIN, the
// time to running.
func printQuote(w io.Writer, req apiv1.JobQuoteRequest, q apiv1.JobQuote) {
	want := fmt.Sprintf("%d × ", req.Gpu.Count)
	if req.Gpu.Model != nil && *req.Gpu.Model != "" {
		want += *req.Gpu.Model
	} else {
		want += "any GPU"
	}
	if req.Gpu.MemoryMiB != nil && *req.Gpu.MemoryMiB > 0 {
		want += fmt.Sprintf(" with %d MiB or more", *req.Gpu.MemoryMiB)
	}
	if q.Servable {
		fmt.Fprintf(w, "%d provider%s can serve %s now, in %s\n", q.Providers, plural(q.Providers), want, strings.Join(q.Regions, ", "))
	} else {
		fmt.Fprintf(w, "no provider can serve %s now\n", want)
	}
	if m := q.Model; m != nil {
		line := fmt.Sprintf("model %s: %s, %s in %d file%s", deref(req.Model), m.Format, bytesize.Format(m.Bytes), m.Files, plural(m.Files))
		if m.Fit != nil {
			line += "; " + *m.Fit
		}
		fmt.Fprintln(w, line)
		if q.Warm != nil && q.Providers > 0 {
			fmt.Fprintf(w, "%d of them hold%s it in their cache (a warm start)\n", *q.Warm, map[bool]string{true: "s", false: ""}[*q.Warm == 1])
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(q.Gpus) > 0 {
		fmt.Fprintln(tw, "  GPU\tGPUS\tFREE\tPROVIDERS\tLOWEST BID")
		for _, gpu := range q.Gpus {
			low := "-"
			if gpu.LowestBid != nil {
				low = money.FormatPriceString(*gpu.LowestBid)
			}
			fmt.Fprintf(tw, "  %s %d MiB\t%d\t%d\t%d\t%s\n", gpu.Model, gpu.MemoryMiB, gpu.Count, gpu.Free, gpu.Providers, low)
		}
		_ = tw.Flush()
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	}
	for _, r := range []struct {
		name string
		p    apiv1.PriceRange
	}{{"bids", q.Prices.Bids}, {"awards", q.Prices.Awards}} {
		of := ""
		if q.Prices.GpuModel != nil {
			of = " on " + *q.Prices.GpuModel + " jobs"
		}
		fmt.Fprintf(tw, "%s, last %s\t%s%s\n", r.name, span(q.Prices.WindowSeconds), priceRange(r.p), of)
	}
	if c := q.Cost; c != nil {
		line := fmt.Sprintf("%s to %s for %d GPU%s × %s", money.FormatGINString(c.Min), money.FormatGINString(c.Max), req.Gpu.Count, plural(req.Gpu.Count), span(c.DurationSeconds))
		if c.BudgetCovers != nil && req.Budget != nil {
			verb := "covers it"
			if !*c.BudgetCovers {
				verb = "may not cover it: the job ends when the budget is spent"
			}
			line += fmt.Sprintf("; the budget of %s %s", money.FormatGINString(*req.Budget), verb)
		}
		fmt.Fprintf(tw, "cost\t%s\n", line)
	}
	t := q.TimeToRunning
	fmt.Fprintf(tw, "running in\tabout %s: %s\n", span(t.Seconds), t.Basis)
	if f := q.Cheapest; f != nil {
		fmt.Fprintf(tw, "cheapest fit\t%s %d MiB (--gpu-model %s --gpu-memory %d)\n", f.Model, f.MemoryMiB, f.Model, f.MemoryMiB)
	}
	_ = tw.Flush()
	if q.Reasons != nil {
		for _, r := range (*q.Reasons)[min(1, len(*q.Reasons)):] {
			fmt.Fprintf(w, "  also: %s\n", r.Detail)
		}
	}
}

// priceRange writes a range of prices per GPU-second: "0.0015 to 0.003 GIN per GPU-second
// (median 0.0015 GIN, 4 bids)".
func priceRange(p apiv1.PriceRange) string {
	if p.Count == 0 || p.Min == nil || p.Max == nil {
		return "none"
	}
	if *p.Min == *p.Max {
		return fmt.Sprintf("%s (%d)", money.FormatPriceString(*p.Min), p.Count)
	}
	return fmt.Sprintf("%s to %s (median %s, %d)", money.FormatGINString(*p.Min), money.FormatPriceString(*p.Max), money.FormatGINString(*p.Median), p.Count)
}

// span writes seconds as a person reads them: "45 s", "2 min 5 s", "1 h".
func span(seconds int) string {
	h, m, s := seconds/3600, seconds%3600/60, seconds%60
	var parts []string
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d h", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d min", m))
	}
	if s > 0 && h == 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d s", s))
	}
	return strings.Join(parts, " ")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
