package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bytesize"
)

func (g *globals) jobsCmd() *cobra.Command {
	jobs := &cobra.Command{Use: "jobs", Short: "Submit, list, follow and stop your jobs"}
	jobs.AddCommand(g.jobsQuoteCmd(), g.jobsSubmitCmd(), g.jobsListCmd(), g.jobsStatusCmd(), g.jobsLogsCmd(), g.jobsStopCmd(), g.jobsTopUpCmd(), g.jobsWaitCmd(), g.jobsArtifactsCmd())
	return jobs
}

// jobClient parses a job id argument and signs in: what every per-job command starts with.
func (g *globals) jobClient(ctx context.Context, arg string) (int64, *apiclient.Client, error) {
	id, err := jobID(arg)
	if err != nil {
		return 0, nil, err
	}
	c, err := g.client(ctx)
	return id, c, err
}

func jobID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, fmt.Errorf("%q is not a job id (a positive number; see gin jobs list)", s)
	}
	return id, nil
}

func (g *globals) jobsSubmitCmd() *cobra.Command {
	var spec jobSpec
	var wait string
	var insist bool
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Submit a job, sign its createJob transaction with your key and open bidding",
		Long: "Without --gpu-model and --gpu-memory, takes the cheapest fit on offer from a quote (gin jobs quote) and says\n" +
			"which; when no provider can serve the job now, says why and submits nothing, unless --insist.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			req, err := spec.job(apiv1.GPUSpec{Model: spec.gpuModel, MemoryMiB: spec.gpuMemory, Count: spec.gpus}, insist)
			if err != nil {
				return err
			}
			if !spec.picked() {
				if err := g.pickGPU(ctx, &spec, &req, insist); err != nil {
					return err
				}
			}
			c, err := g.client(ctx)
			if err != nil {
				return err
			}
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			sub, err := c.SubmitJobWithResponse(ctx, req)
			if err != nil {
				return g.explain(err)
			}
			if sub.JSON201 == nil {
				return g.explain(apiclient.Error(sub.HTTPResponse, sub.ApplicationproblemJSONDefault))
			}
			data, err := hexutil.Decode(sub.JSON201.CreateJobTx.Data)
			if err != nil {
				return fmt.Errorf("the API sent malformed calldata: %w", err)
			}
			if !strings.EqualFold(sub.JSON201.CreateJobTx.To, w.k.Deployment.Escrow.Hex()) {
				return fmt.Errorf("the API asks to send createJob to %s, not the escrow %s of %s: refusing", sub.JSON201.CreateJobTx.To, w.k.Deployment.Escrow.Hex(), g.deployments)
			}
			tx, err := g.send(ctx, w, "createJob", w.k.EscrowC, data)
			if err != nil {
				return err
			}
			att, err := c.AttachJobTxWithResponse(ctx, sub.JSON201.Job.Id, apiv1.TxHash{TxHash: tx})
			if err != nil {
				return g.explain(err)
			}
			if att.JSON200 == nil {
				return g.explain(apiclient.Error(att.HTTPResponse, att.ApplicationproblemJSONDefault))
			}
			j := att.JSON200
			if sec := sub.JSON201.WebhookSecret; sec != nil {
				// Shown once, before anything else can fail: the API keeps no way to show it again.
				fmt.Fprintf(g.env.Stderr, "gin: the job's webhook deliveries are signed with %s (X-Gintonic-Signature); store it now, it is not shown again\n", *sec)
			}
			if wait != "" {
				if j, err = g.waitJob(ctx, c, j.Id, apiv1.JobState(wait), 30*time.Minute); err != nil {
					return err
				}
			}
			if g.json {
				return g.printJSON(j)
			}
			fmt.Fprintf(g.env.Stdout, "job %d: %s (escrow job %d, tx %s)\n  follow it: gin jobs logs %d --follow\n", j.Id, j.State, deref64(j.ChainJobId), tx, j.Id)
			return nil
		},
	}
	spec.bind(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&wait, "wait", "", "then wait, with a spinner, until the job is in this state (e.g. running; at most 30 minutes)")
	f.BoolVar(&insist, "insist", false, "submit even when no provider can serve the job now (name --gpu-model and --gpu-memory then)")
	return cmd
}

func ginFlag(name, v string) (string, error) {
	if v == "" {
		return "", fmt.Errorf("--%s is required (in GIN, e.g. 0.5)", name)
	}
	wei, err := parseGIN(v)
	if err != nil {
		return "", fmt.Errorf("--%s: %w", name, err)
	}
	return wei.String(), nil
}

func deref64(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func (g *globals) jobsListCmd() *cobra.Command {
	var state string
	var provider bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "Your jobs, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			p := apiv1.ListJobsParams{}
			if state != "" {
				s := apiv1.JobState(state)
				p.State = &s
			}
			if provider {
				r := apiv1.ListJobsParamsRoleProvider
				p.Role = &r
			}
			r, err := c.ListJobsWithResponse(cmd.Context(), &p)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			if g.json {
				return g.printJSON(r.JSON200.Jobs)
			}
			tw := tabwriter.NewWriter(g.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSTATE\tGPUS\tBUDGET (GIN)\tPROVIDER\tIMAGE")
			for _, j := range r.JSON200.Jobs {
				prov := "-"
				if j.Provider != nil {
					prov = (*j.Provider)[:10] + "…"
				}
				fmt.Fprintf(tw, "%d\t%s\t%d × %s\t%s\t%s\t%s\n", j.Id, j.State, j.Gpu.Count, j.Gpu.Model, weiString(j.Budget), prov, j.Image)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&state, "state", "", "only jobs in this state")
	cmd.Flags().BoolVar(&provider, "provider", false, "jobs awarded to you as a provider")
	return cmd
}

func (g *globals) jobsStatusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status <job>",
		Short: "A job's state, provider, matching explanation and status trail",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, c, err := g.jobClient(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			r, err := c.GetJobWithResponse(cmd.Context(), id)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			j := r.JSON200
			if g.json {
				return g.printJSON(j)
			}
			out := g.env.Stdout
			fmt.Fprintf(out, "job %d  %s", j.Id, j.State)
			if j.Reason != nil {
				fmt.Fprintf(out, " — %s", *j.Reason)
			}
			fmt.Fprintf(out, "\n  image %s, %d × %s ≥ %d MiB, budget %s GIN, max %s GIN/GPU-s\n", j.Image, j.Gpu.Count, j.Gpu.Model, j.Gpu.MemoryMiB, weiString(j.Budget), weiString(j.MaxPricePerGpuSecond))
			if j.Model != nil {
				line := "  model " + *j.Model
				if j.Engine != nil {
					line += ", engine " + *j.Engine
				}
				if m := j.ModelInfo; m != nil {
					line += fmt.Sprintf(", %s %s", m.Format, bytesize.Format(m.Bytes))
					if m.Fit != nil {
						line += "; " + *m.Fit
					}
				}
				fmt.Fprintln(out, line)
			}
			if j.Provider != nil {
				fmt.Fprintf(out, "  provider %s (round %d)\n", *j.Provider, *j.Round)
			}
			printReplicas(out, *j)
			printScaleToZero(out, *j)
			if j.Match != nil {
				fmt.Fprintf(out, "  matching:\n    %s\n", strings.ReplaceAll(strings.TrimSpace(j.Match.Explanation), "\n", "\n    "))
			}
			if j.Events != nil {
				fmt.Fprintln(out, "  trail:")
				for _, e := range *j.Events {
					printEvent(out, e)
				}
			}
			return nil
		},
	}
}

func printEvent(out interface{ Write([]byte) (int, error) }, e apiv1.JobEvent) {
	kind, reason := "", ""
	if e.Kind != nil {
		kind = *e.Kind
	}
	if e.Reason != nil {
		reason = " — " + *e.Reason
	}
	fmt.Fprintf(out, "    %s  %-12s %s%s\n", e.At.Local().Format("15:04:05"), e.State, kind, reason)
}

func (g *globals) jobsLogsCmd() *cobra.Command {
	var follow, containerOut bool
	cmd := &cobra.Command{
		Use:   "logs <job>",
		Short: "A job's status trail, or with --container its deployment's stdout and stderr; --follow streams new entries as they happen",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, c, err := g.jobClient(ctx, args[0])
			if err != nil {
				return err
			}
			if containerOut {
				return g.containerLogs(ctx, c, id, follow)
			}
			if !follow {
				r, err := c.ListJobEventsWithResponse(ctx, id, nil)
				if err != nil {
					return g.explain(err)
				}
				if r.JSON200 == nil {
					return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
				}
				if g.json {
					return g.printJSON(r.JSON200.Events)
				}
				for _, e := range r.JSON200.Events {
					printEvent(g.env.Stdout, e)
				}
				return nil
			}
			rsp, err := c.StreamJobEvents(ctx, id, nil)
			if err != nil {
				return g.explain(err)
			}
			return g.readStream(ctx, rsp, func(data string) {
				if g.json {
					fmt.Fprintln(g.env.Stdout, data)
					return
				}
				var e apiv1.JobEvent
				if json.Unmarshal([]byte(data), &e) == nil {
					printEvent(g.env.Stdout, e)
				}
			})
		},
	}
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "keep streaming (Ctrl-C stops)")
	cmd.Flags().BoolVar(&containerOut, "container", false, "the deployment's container logs (stdout and stderr, with the provider and round each line came from) instead of the trail")
	return cmd
}

func (g *globals) jobsStopCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stop <job>",
		Short: "Stop a job from your wallet; the unspent budget comes back",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, c, err := g.jobClient(ctx, args[0])
			if err != nil {
				return err
			}
			r, err := c.StopJobWithResponse(ctx, id)
			if err != nil {
				return g.explain(err)
			}
			if r.JSON200 == nil {
				return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
			}
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			if !strings.EqualFold(r.JSON200.To, w.k.Deployment.Escrow.Hex()) {
				return fmt.Errorf("the API asks to send stopJob to %s, not the escrow: refusing", r.JSON200.To)
			}
			data, err := hexutil.Decode(r.JSON200.Data)
			if err != nil {
				return fmt.Errorf("the API sent malformed calldata: %w", err)
			}
			tx, err := g.send(ctx, w, "stopJob", w.k.EscrowC, data)
			if err != nil {
				return err
			}
			return g.done(map[string]any{"job": id, "tx": tx}, "job %d stopped (tx %s); the refund shows in gin balance\n", id, tx)
		},
	}
}

// printScaleToZero says whether a job that scales to zero is at zero, waking or serving.
func printScaleToZero(out io.Writer, j apiv1.Job) {
	if j.ScaleToZeroAfter == nil {
		return
	}
	idle := time.Duration(*j.ScaleToZeroAfter) * time.Second
	switch {
	case j.ZeroSince != nil:
		fmt.Fprintf(out, "  scaled to zero since %s (after %s without a request): no deployment runs and nothing is paid; the next request starts it again\n",
			j.ZeroSince.Local().Format(time.TimeOnly), idle)
	case j.WakingSince != nil:
		fmt.Fprintf(out, "  waking from zero since %s: a request started the deployment again\n", j.WakingSince.Local().Format(time.TimeOnly))
	default:
		fmt.Fprintf(out, "  scales to zero after %s without a request\n", idle)
	}
}

// printReplicas lists a replicated job's replicas: who, which round, their state and whether the
// gateway reaches them.
func printReplicas(out io.Writer, j apiv1.Job) {
	if j.ReplicasWanted == nil || *j.ReplicasWanted <= 1 {
		return
	}
	serving := 0
	if j.State == apiv1.JobStateRunning {
		serving++
	}
	rs := []apiv1.Replica{}
	if j.Replicas != nil {
		rs = *j.Replicas
	}
	for _, r := range rs {
		if r.State == apiv1.ReplicaStateRunning {
			serving++
		}
	}
	line := fmt.Sprintf("  replicas: %d of %d serving", serving, *j.ReplicasWanted)
	if j.MinReplicas != nil && j.ReplicasTarget != nil && j.TargetConcurrency != nil {
		line += fmt.Sprintf("; autoscaled between %d and %d (now %d) at %.1f requests in flight per provider", *j.MinReplicas, *j.ReplicasWanted, *j.ReplicasTarget, *j.TargetConcurrency)
	}
	if j.DistinctRegions != nil && *j.DistinctRegions {
		line += "; in distinct regions"
	}
	fmt.Fprintln(out, line)
	for _, r := range rs {
		line := fmt.Sprintf("    %s (round %d) %s since %s", r.Provider, r.Round, r.State, r.Since.Local().Format(time.TimeOnly))
		if r.UnreachableSince != nil && r.State != apiv1.ReplicaStateEnded {
			line += ", unreachable since " + r.UnreachableSince.Local().Format(time.TimeOnly)
		}
		if r.Reason != nil && r.State == apiv1.ReplicaStateEnded {
			line += ": " + *r.Reason
		}
		fmt.Fprintln(out, line)
	}
}
