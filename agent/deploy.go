package agent

import (
	"context"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// deployments runs the jobs awarded to this provider and stops the ones that ended.
func (a *Agent) deployments(ctx context.Context) {
	role := apiv1.ListJobsParamsRoleProvider
	me := crypto.PubkeyToAddress(a.cfg.key.PublicKey).Hex()
	every(ctx, a.cfg.Poll, func(ctx context.Context) {
		r, err := a.api.ListJobsWithResponse(ctx, &apiv1.ListJobsParams{Role: &role})
		if err != nil || r.JSON200 == nil {
			a.log.Warn("list jobs failed", "err", err)
			return
		}
		for _, j := range r.JSON200.Jobs {
			if j.ChainJobId == nil {
				continue
			}
			id := uint64(*j.ChainJobId)
			ours := j.Provider != nil && strings.EqualFold(*j.Provider, me)
			round := uint64(1)
			if j.Round != nil {
				round = uint64(*j.Round)
			}
			job := runtime.Job{ID: id, Round: round}
			a.mu.Lock()
			a.apiIDs[id] = j.Id
			a.gpusOf[id] = j.Gpu.Count
			deployed, has := a.running[id]
			gpus := a.gpusOf[id]
			a.mu.Unlock()
			switch {
			case ours && j.State == apiv1.JobStateAwarded && !(has && deployed == round):
				a.deploy(ctx, j, job)
			case has && (!ours || j.State == apiv1.JobStateCompleted || j.State == apiv1.JobStateStopped ||
				j.State == apiv1.JobStateSettled || j.State == apiv1.JobStateFailed):
				if a.rt != nil {
					u, err := a.rt.Stop(ctx, runtime.Job{ID: id, Round: deployed})
					if err != nil {
						a.log.Warn("stop", "job", j.Id, "err", err)
					} else if gpus > 0 {
						// The last run time goes into the next usage report.
						if err := a.meter.Observe(ctx, u, gpus, time.Now()); err != nil {
							a.log.Warn("meter stopped job", "job", j.Id, "err", err)
						}
					}
				}
				a.mu.Lock()
				delete(a.running, id)
				delete(a.addrs, id)
				a.mu.Unlock()
			}
		}
		a.reap(ctx)
	})
}

// reap removes containers of job rounds this agent no longer runs (left from before a restart,
// or of rounds that moved on).
func (a *Agent) reap(ctx context.Context) {
	if a.rt == nil {
		return
	}
	a.mu.Lock()
	active := make([]runtime.Job, 0, len(a.running))
	for id, round := range a.running {
		active = append(active, runtime.Job{ID: id, Round: round})
	}
	a.mu.Unlock()
	if _, err := a.rt.Reap(ctx, active); err != nil && ctx.Err() == nil {
		a.log.Warn("reap", "err", err)
	}
}

func (a *Agent) deploy(ctx context.Context, j apiv1.Job, job runtime.Job) {
	a.report(ctx, j.Id, apiv1.StatusReportStateDeploying, "")
	a.mu.Lock()
	a.running[job.ID] = job.Round
	a.mu.Unlock()
	d := runtime.Deployment{Job: job, Image: j.Image, ServicePort: 8080, HealthPath: "/health"}
	c, err := a.rt.Ensure(ctx, d)
	if err != nil {
		a.report(ctx, j.Id, apiv1.StatusReportStateFailed, err.Error())
		return
	}
	a.mu.Lock()
	a.addrs[job.ID] = c.Addr
	a.mu.Unlock()
	go func() {
		if err := a.rt.WaitHealthy(ctx, job); err != nil {
			a.report(ctx, j.Id, apiv1.StatusReportStateFailed, err.Error())
			return
		}
		a.report(ctx, j.Id, apiv1.StatusReportStateRunning, "")
	}()
}

func (a *Agent) report(ctx context.Context, id int64, st apiv1.StatusReportState, reason string) {
	body := apiv1.StatusReport{State: st}
	if reason != "" {
		body.Reason = &reason
	}
	r, err := a.api.ReportJobStatusWithResponse(ctx, id, body)
	if err != nil || r.JSON200 == nil {
		a.log.Warn("report status", "job", id, "state", st, "err", err)
	}
}

// Event turns runtime events into job status reports; pass it as runtime.Config.Progress.
func (a *Agent) Event(e runtime.Event) {
	if e.Kind != runtime.EventFailed {
		return
	}
	a.mu.Lock()
	id, ok := a.apiIDs[e.Job.ID]
	a.mu.Unlock()
	if ok {
		a.report(context.Background(), id, apiv1.StatusReportStateFailed, e.Message)
	}
}
