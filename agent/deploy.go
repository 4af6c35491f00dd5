package agent

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// The health check of a deployment. The API's job spec carries no port or health path, so the
// agent uses the convention of the reference runtime (gin-runtime), which an image can change
// with labels (see runtime.LabelImageHealthPath and runtime.LabelImagePort).
const (
	DefaultHealthPath  = "/health"
	DefaultServicePort = 8080
)

// myJobs lists the jobs awarded to this provider or served by it as a replica, and records their
// API ids and GPU counts.
func (a *Agent) myJobs(ctx context.Context) ([]apiv1.Job, error) {
	role := apiv1.ListJobsParamsRoleProvider
	limit := 500 // the most the API lists; older jobs are looked up one by one (stopIfGone)
	r, err := a.api.ListJobsWithResponse(ctx, &apiv1.ListJobsParams{Role: &role, Limit: &limit})
	if err != nil {
		return nil, err
	}
	if r.JSON200 == nil {
		return nil, fmt.Errorf("HTTP %d %s", r.StatusCode(), r.Body)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, j := range r.JSON200.Jobs {
		if j.ChainJobId != nil {
			a.apiIDs[uint64(*j.ChainJobId)] = j.Id
			a.gpusOf[uint64(*j.ChainJobId)] = j.Gpu.Count
			if ended(j.State) {
				a.queues.forget(uint64(*j.ChainJobId))
			} else {
				a.queues.serve(uint64(*j.ChainJobId), servingEngine(j))
			}
		}
	}
	return r.JSON200.Jobs, nil
}

// servingEngine is the catalogue engine that serves j's model, or "" for a job of the client's own
// image (with or without a model).
func servingEngine(j apiv1.Job) string {
	if j.Model == nil || *j.Model == "" {
		return ""
	}
	return deref(j.Engine)
}

func ended(s apiv1.JobState) bool {
	return s == apiv1.JobStateCompleted || s == apiv1.JobStateStopped || s == apiv1.JobStateSettled || s == apiv1.JobStateFailed
}

func active(s apiv1.JobState) bool {
	return s == apiv1.JobStateAwarded || s == apiv1.JobStateDeploying || s == apiv1.JobStateRunning
}

// deployments runs the job rounds this provider holds (heldRound: the jobs awarded to it and its
// replica rounds of other jobs) and stops the ones that ended or moved to another provider, one
// deployment per job. Deploys and stops run in the background, one at a time per job; a deployment
// that failed is tried again Redeploy later, each failure reported, until the API fails the job
// over to a backup (after its failure threshold) or the client stops it.
func (a *Agent) deployments(ctx context.Context) {
	me := a.provider.Hex()
	every(ctx, a.cfg.Poll, func(ctx context.Context) {
		jobs, err := a.myJobs(ctx)
		if err != nil {
			if ctx.Err() == nil {
				a.log.Warn("list jobs failed", "err", err)
			}
			return
		}
		listed := map[uint64]bool{}
		live := map[uint64]uint64{} // the rounds this provider holds live, by escrow job id
		for _, j := range jobs {
			if j.ChainJobId == nil || a.rt == nil {
				continue
			}
			id := uint64(*j.ChainJobId)
			listed[id] = true
			h, ours := heldRound(j, me)
			round := h.Round
			if h.Live {
				live[id] = round
			}
			// The job's current round scaled to zero: its container stops, the round stays ours.
			asleep := h.Live && !h.Replica && j.ZeroSince != nil
			a.mu.Lock()
			deployed, has := a.running[id]
			busy := a.busy[id]
			failed, retry := a.failedAt[id]
			switch {
			case asleep:
				if a.asleep == nil {
					a.asleep = map[uint64]uint64{}
				}
				if a.asleep[id] != round {
					a.asleep[id] = round
					a.log.Info("job scaled to zero: stopping its deployment, keeping its round and GPUs", "job", j.Id, "round", round)
				}
				switch {
				case has && busy:
					if cancel := a.cancel[id]; cancel != nil {
						cancel() // a start in progress: stop it, then the next pass stops the job
					}
				case has:
					a.busy[id] = true
					go a.stop(ctx, j.Id, runtime.Job{ID: id, Round: deployed})
				}
			case h.Live && !busy && (!has || deployed != round || (retry && time.Since(failed) >= a.cfg.Redeploy)):
				if a.asleep[id] == round && !has {
					a.log.Info("job woken from zero: starting its deployment again", "job", j.Id, "round", round)
					a.awardAt[id] = time.Now()
				} else if !has || deployed != round {
					a.metrics.won.Inc()
					a.awardAt[id] = time.Now()
				}
				delete(a.asleep, id)
				dctx, cancel := context.WithCancel(ctx)
				a.busy[id], a.cancel[id], a.running[id] = true, cancel, round
				delete(a.failedAt, id)
				go a.deploy(dctx, j, runtime.Job{ID: id, Round: round}, h.Replica)
			case h.Live && has && !busy && deployed == round && j.WakingSince != nil && a.addrs[id] != "":
				// Woken before this agent saw the job at zero: its deployment never stopped, so
				// no deploy will report it running; this report ends the wake.
				a.busy[id] = true
				go func() {
					defer func() { a.mu.Lock(); delete(a.busy, id); a.mu.Unlock() }()
					a.report(ctx, j.Id, apiv1.StatusReportStateRunning, "the deployment kept running: it serves")
				}()
			case has && (!ours || ended(j.State)):
				delete(a.asleep, id)
				if busy {
					if cancel := a.cancel[id]; cancel != nil {
						cancel() // a pull or start in progress: stop it, then the next pass stops the job
					}
					break
				}
				a.busy[id] = true
				go a.stop(ctx, j.Id, runtime.Job{ID: id, Round: deployed})
			}
			a.mu.Unlock()
		}
		// A job that failed over to another provider, or whose replica of ours ended, is no longer
		// listed as ours.
		a.mu.Lock()
		for id, round := range a.asleep {
			if r, ok := live[id]; !ok || r != round {
				delete(a.asleep, id) // ended, or moved to another provider
			}
		}
		for id, round := range a.running {
			if apiID, known := a.apiIDs[id]; known && !listed[id] && !a.busy[id] {
				a.busy[id] = true
				go a.stopIfGone(ctx, me, apiID, runtime.Job{ID: id, Round: round})
			}
		}
		a.mu.Unlock()
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

// deployment is what the runtime runs for j: its resources come from the job's spec within this
// provider's policy (an error wraps runtime.ErrRefused: the job asks too much), its network
// reaches the Internet only where the policy allows it.
func (a *Agent) deployment(j apiv1.Job, job runtime.Job, gpus []string) (runtime.Deployment, error) {
	res, err := a.cfg.limits.orDefaults().resources(requestOf(j), j.Gpu.Count)
	if err != nil {
		return runtime.Deployment{}, err
	}
	d := runtime.Deployment{Job: job, Image: j.Image, ServicePort: DefaultServicePort, HealthPath: DefaultHealthPath,
		HealthFromImage: true, GPUs: gpus, Resources: res, Egress: a.cfg.Isolation.AllowEgress}
	if j.Env != nil {
		d.Env = *j.Env
	}
	if j.Kind == apiv1.Batch {
		d.Batch, d.OutputDir = true, a.outputDir(job)
	}
	return d, nil
}

// withheld lists the job's environment variables that never reach its container.
func withheld(env map[string]string) []string {
	var out []string
	for k := range env {
		if runtime.DroppedEnv(k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// refused words a deployment the provider will not run: the job's fault, with what to change.
func refused(err error) string {
	return fmt.Sprintf("the deployment was refused; this is the job's image or spec, not the provider: %v", err)
}

// deploy starts the job's container: the image is pulled first when it is not on this machine,
// which may take minutes, so deploy runs in its own goroutine. The runtime's events say when the
// container is healthy (reported running) or has failed (reported failed). A batch job that
// completed before (maybe before an agent restart) is never run again.
func (a *Agent) deploy(ctx context.Context, j apiv1.Job, job runtime.Job, replica bool) {
	defer func() {
		a.mu.Lock()
		delete(a.busy, job.ID)
		if a.cancel[job.ID] != nil {
			a.cancel[job.ID]()
			delete(a.cancel, job.ID)
		}
		a.mu.Unlock()
	}()
	if reason, done := a.completedBefore(job); done {
		a.report(ctx, j.Id, apiv1.StatusReportStateCompleted, reason)
		return
	}
	if err := a.checkAward(ctx, j, job, replica); err != nil {
		// Not the escrow's award (or the chain is not there yet): nothing runs, nothing is
		// reported as the workload's failure; the next pass after Redeploy looks again.
		a.log.Warn("not deploying: the escrow does not show this award", "job", job, "err", err)
		a.mu.Lock()
		a.failedAt[job.ID] = time.Now()
		a.mu.Unlock()
		return
	}
	gpus, err := a.assignGPUs(job.ID, j.Gpu)
	if err != nil {
		a.failed(ctx, job, j.Id, err.Error())
		return
	}
	d, err := a.deployment(j, job, gpus)
	if err != nil {
		a.failed(ctx, job, j.Id, refused(err))
		return
	}
	if err := a.withModel(ctx, j, job, &d); err != nil {
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, runtime.ErrRefused) {
			a.failed(ctx, job, j.Id, refused(err))
			return
		}
		a.failed(ctx, job, j.Id, fmt.Sprintf("the model could not be fetched: %v", err))
		return
	}
	j.Image = d.Image
	what := "starting a container of " + j.Image
	if ok, err := a.rt.HasImage(ctx, j.Image); err == nil && !ok {
		what = "pulling image " + j.Image + " (not on this provider yet)"
	}
	if w := withheld(d.Env); len(w) > 0 {
		what += "; withheld from the container: " + strings.Join(w, ", ") + " (the GPU runtime's hooks read them)"
	}
	a.report(ctx, j.Id, apiv1.StatusReportStateDeploying, what)
	c, err := a.rt.Ensure(ctx, d)
	if err != nil {
		if ctx.Err() != nil {
			return // the job ended or the agent stops
		}
		if errors.Is(err, runtime.ErrRefused) {
			a.failed(ctx, job, j.Id, refused(err))
			return
		}
		a.failed(ctx, job, j.Id, fmt.Sprintf("the container could not be started: %v", err))
		return
	}
	if c.Completed {
		a.log.Info("batch completed before; not running it again", "job", j.Id, "container", c.Name)
		go a.completed(context.WithoutCancel(ctx), job, j.Id)
		return
	}
	a.mu.Lock()
	a.addrs[job.ID] = c.Addr
	a.mu.Unlock()
	a.log.Info("deployed", "job", j.Id, "container", c.Name, "addr", c.Addr)
}

// failed records a failed deployment, to be tried again after Redeploy, and reports it.
func (a *Agent) failed(ctx context.Context, job runtime.Job, apiID int64, reason string) {
	a.mu.Lock()
	if a.running[job.ID] != job.Round {
		a.mu.Unlock()
		return // an old round
	}
	a.failedAt[job.ID] = time.Now()
	delete(a.addrs, job.ID)
	a.mu.Unlock()
	a.metrics.deployments.WithLabelValues("failed").Inc()
	a.log.Warn("deployment failed", "job", apiID, "round", job.Round, "reason", reason)
	a.report(ctx, apiID, apiv1.StatusReportStateFailed, reason)
}

// stopIfGone stops a job that the job list no longer shows, once the job itself says it is
// another provider's, or over, or that this provider's replica of it ended (the list is limited
// to the newest jobs).
func (a *Agent) stopIfGone(ctx context.Context, me string, apiID int64, job runtime.Job) {
	r, err := a.api.GetJobWithResponse(ctx, apiID)
	if err == nil && r.JSON200 != nil {
		j := r.JSON200
		if h, ours := heldRound(*j, me); !ours || ended(j.State) || h.Round != job.Round {
			a.stop(ctx, apiID, job)
			return
		}
	}
	a.mu.Lock()
	delete(a.busy, job.ID)
	a.mu.Unlock()
}

// stop removes the job round's containers and meters their last run time.
func (a *Agent) stop(ctx context.Context, apiID int64, job runtime.Job) {
	defer func() {
		a.mu.Lock()
		delete(a.busy, job.ID)
		a.mu.Unlock()
	}()
	u, err := a.rt.Stop(ctx, job)
	if err != nil {
		a.log.Warn("stop", "job", apiID, "err", err)
		return
	}
	a.releaseModel(job)
	a.mu.Lock()
	gpus := a.gpusOf[job.ID]
	a.mu.Unlock()
	if gpus > 0 && len(u.Runs) > 0 {
		// The last run time goes into the next usage report.
		if err := a.meter.Observe(ctx, u, gpus, time.Now()); err != nil {
			a.log.Warn("meter stopped job", "job", apiID, "err", err)
		}
	}
	a.metrics.deployments.WithLabelValues("stopped").Inc()
	// The job round is over here: a batch's undelivered results and its completion record go.
	for _, path := range []string{a.outputDir(job), a.completedPath(job)} {
		if err := os.RemoveAll(path); err != nil {
			a.log.Warn("remove an ended job's files", "job", apiID, "path", path, "err", err)
		}
	}
	a.mu.Lock()
	if a.running[job.ID] == job.Round {
		delete(a.running, job.ID)
		delete(a.addrs, job.ID)
		delete(a.failedAt, job.ID)
		delete(a.uuids, job.ID)
		delete(a.awardAt, job.ID)
		a.queues.forget(job.ID)
	}
	a.mu.Unlock()
}

func (a *Agent) report(ctx context.Context, id int64, st apiv1.StatusReportState, reason string) {
	if len(reason) > 4000 { // the API takes 4096 characters; the end holds the last log lines
		reason = reason[:1000] + "\n…\n" + reason[len(reason)-2990:]
	}
	body := apiv1.StatusReport{State: st}
	if reason != "" {
		body.Reason = &reason
	}
	r, err := a.api.ReportJobStatusWithResponse(ctx, id, body)
	if err != nil || r.JSON200 == nil {
		if err == nil {
			err = fmt.Errorf("HTTP %d %s", r.StatusCode(), r.Body)
		}
		a.log.Warn("report status", "job", id, "state", st, "err", err)
	}
}

// Event takes the runtime's events; pass it as runtime.Config.Progress. It never blocks the
// runtime: Run reports the events to the API from its own goroutine.
func (a *Agent) Event(e runtime.Event) {
	select {
	case a.events <- e:
	default:
		if e.Kind != runtime.EventPull { // progress may be dropped, lifecycle events not
			go func() { a.events <- e }()
		}
	}
}

// handleEvents turns runtime events into job status reports and metrics until ctx ends.
func (a *Agent) handleEvents(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case e := <-a.events:
			a.handle(ctx, e)
		}
	}
}

func (a *Agent) handle(ctx context.Context, e runtime.Event) {
	a.mu.Lock()
	id, known := a.apiIDs[e.Job.ID]
	current := a.running[e.Job.ID] == e.Job.Round
	a.mu.Unlock()
	switch e.Kind {
	case runtime.EventPull:
		a.log.Debug("pull", "job", e.Job.ID, "status", e.Message, "layer", e.Layer, "current", e.Current, "total", e.Total)
		if known && current && a.pullNews(e.Job.ID) {
			a.report(ctx, id, apiv1.StatusReportStateDeploying, pullLine(e))
		}
		return
	case runtime.EventRestarted:
		a.metrics.restarts.Inc()
	}
	if !known || !current {
		return
	}
	switch e.Kind {
	case runtime.EventHealthy:
		a.mu.Lock()
		start, timed := a.awardAt[e.Job.ID]
		delete(a.awardAt, e.Job.ID)
		a.mu.Unlock()
		if timed {
			a.metrics.deployTime.Observe(time.Since(start).Seconds())
		}
		a.metrics.deployments.WithLabelValues("healthy").Inc()
		a.report(ctx, id, apiv1.StatusReportStateRunning, "")
	case runtime.EventFailed:
		a.failed(ctx, e.Job, id, e.Message)
	case runtime.EventCompleted:
		go a.completed(context.WithoutCancel(ctx), e.Job, id)
	}
}

// errNoGPUs: the machine has fewer free GPUs of the job's kind than the job needs.
var errNoGPUs = errors.New("not enough free GPUs")

// pullNews reports whether a pull's progress may go to the trail now: once a second per job (the
// API keeps at most that too).
func (a *Agent) pullNews(job uint64) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.pulled == nil {
		a.pulled = map[uint64]time.Time{}
	}
	if time.Since(a.pulled[job]) < time.Second {
		return false
	}
	a.pulled[job] = time.Now()
	return true
}

// pullLine is one line of an image pull's progress for the job's trail.
func pullLine(e runtime.Event) string {
	line := "pulling the image: " + e.Message
	if e.Layer != "" {
		line += " (layer " + e.Layer
		if e.Total > 0 {
			line += fmt.Sprintf(", %.1f of %.1f MB", float64(e.Current)/1e6, float64(e.Total)/1e6)
		}
		line += ")"
	}
	return line
}
