package cli

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

// jobStateOrder is how far along a job is; waiting for a state is done once the job reaches it
// or any later one on the way (a job waited for "awarded" that is already running is done).
var jobStateOrder = []apiv1.JobState{apiv1.JobStateSubmitted, apiv1.JobStateBidding, apiv1.JobStateAwarded,
	apiv1.JobStateDeploying, apiv1.JobStateRunning}

// finalStates end a job: waiting for anything else stops there.
var finalStates = []apiv1.JobState{apiv1.JobStateCompleted, apiv1.JobStateFailed, apiv1.JobStateStopped, apiv1.JobStateSettled}

func (g *globals) jobsWaitCmd() *cobra.Command {
	var state string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "wait <job>",
		Short: "Wait, with a spinner, until a job reaches a state (default running)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, c, err := g.jobClient(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			j, err := g.waitJob(cmd.Context(), c, id, apiv1.JobState(state), timeout)
			if err != nil {
				return err
			}
			return g.done(j, "job %d is %s\n", j.Id, j.State)
		},
	}
	cmd.Flags().StringVar(&state, "for", string(apiv1.JobStateRunning), "the state to wait for: awarded, deploying, running, or a final one (completed, stopped, settled, failed)")
	cmd.Flags().DurationVar(&timeout, "timeout", 10*time.Minute, "give up after this long")
	return cmd
}

// waitJob polls job id until it reaches want (or a state past it), showing a spinner with the
// state it is in; a job that ends before is an error that says where to look.
func (g *globals) waitJob(ctx context.Context, c *apiclient.Client, id int64, want apiv1.JobState, timeout time.Duration) (*apiv1.Job, error) {
	if !slices.Contains(jobStateOrder, want) && !slices.Contains(finalStates, want) {
		return nil, fmt.Errorf("--for %q is not a state to wait for (awarded, deploying, running, completed, stopped, settled, failed)", want)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sp := g.spin(fmt.Sprintf("job %d: waiting until it is %s", id, want))
	defer sp.end()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	last, why := apiv1.JobState("unknown"), ""
	late := func() error {
		return fmt.Errorf("job %d is still %s after %s, not %s%s\n  → see what it waits for: gin jobs status %d", id, last, timeout, want, why, id)
	}
	for {
		r, err := c.GetJobWithResponse(ctx, id)
		if err != nil {
			if ctx.Err() != nil {
				return nil, late()
			}
			return nil, g.explain(err)
		}
		if r.JSON200 == nil {
			return nil, g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
		}
		j := r.JSON200
		last, why = j.State, ""
		if j.Reason != nil && *j.Reason != "" {
			why = ": " + *j.Reason // e.g. why no bid is eligible, and until when bidding stays open
		}
		at, goal := slices.Index(jobStateOrder, j.State), slices.Index(jobStateOrder, want)
		switch {
		case j.State == want, goal >= 0 && at >= goal:
			return j, nil
		case slices.Contains(finalStates, j.State):
			reason := ""
			if j.Reason != nil {
				reason = ": " + *j.Reason
			}
			return j, fmt.Errorf("job %d ended %s%s before it was %s\n  → the trail says why: gin jobs logs %d", id, j.State, reason, want, id)
		}
		select {
		case <-ctx.Done():
			return nil, late()
		case <-tick.C:
		}
	}
}
