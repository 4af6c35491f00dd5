package agent

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gintonic/gintonic/agent/modelcache"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bytesize"
	"github.com/gintonic/gintonic/engines"
	"github.com/gintonic/gintonic/hub"
)

// Start estimates for bids, until this agent has measured its own: a download rate and the time
// from a container's start to its first healthy answer.
const (
	assumedDownloadRate = 50 << 20 // bytes per second
	assumedLoad         = 3 * time.Second
)

// jobModel is what a job's model needs from the agent: its pinned reference and engine.
type jobModel struct {
	ref    hub.Ref
	engine string
	file   string // the GGUF file served, for a GGUF model
	bytes  int64
}

// modelOf is j's model, or ok false for a job of an image alone.
func modelOf(j apiv1.Job) (m jobModel, ok bool, err error) {
	if j.Model == nil || *j.Model == "" {
		return m, false, nil
	}
	ref, err := hub.ParseRef(*j.Model)
	if err != nil {
		return m, true, fmt.Errorf("job %d's model: %w", j.Id, err)
	}
	if !ref.Pinned() {
		return m, true, fmt.Errorf("job %d's model %s is not pinned to a commit", j.Id, ref)
	}
	m = jobModel{ref: ref, engine: deref(j.Engine)}
	if j.ModelInfo != nil {
		m.file, m.bytes = deref(j.ModelInfo.File), j.ModelInfo.Bytes
	}
	return m, true, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// startEstimate is how long this agent expects from award to running for a job of m: the
// download when its cache lacks the model, then the load.
func (a *Agent) startEstimate(m jobModel) (warm bool, d time.Duration) {
	a.mu.Lock()
	rate, load := a.downloadRate, a.loadTime
	a.mu.Unlock()
	if rate <= 0 {
		rate = assumedDownloadRate
	}
	if load <= 0 {
		load = assumedLoad
	}
	if a.models != nil && a.models.Has(m.ref) {
		return true, load
	}
	return false, load + time.Duration(float64(m.bytes)/rate*float64(time.Second))
}

// servesModel: this agent can run a job of m — it has a cache large enough for the model and
// the engine's hardware (a GPU engine on a CPU-only machine cannot).
func (a *Agent) servesModel(m jobModel) bool {
	if a.models == nil || m.bytes > a.cfg.Models.maxBytes() {
		return false
	}
	if m.engine != "" {
		e, err := engines.Lookup(m.engine)
		if err != nil || (e.NeedsGPU && a.cfg.CPUOnly) {
			return false
		}
	}
	return true
}

// warmModels is the cache's content for the heartbeat.
func (a *Agent) warmModels() *[]apiv1.WarmModel {
	if a.models == nil {
		return nil
	}
	out := []apiv1.WarmModel{}
	for _, c := range a.models.Models() {
		out = append(out, apiv1.WarmModel{Model: hub.Ref{Repo: c.Repo, Revision: c.Commit}.String(), Bytes: c.Bytes})
	}
	return &out
}

// withModel fetches the job's model into the cache (the trail following the download) and turns
// d into the engine's container with the model mounted read-only. The snapshot stays pinned in
// the cache until the job round stops (releaseModel).
func (a *Agent) withModel(ctx context.Context, j apiv1.Job, job runtime.Job, d *runtime.Deployment) error {
	if _, ok, err := modelOf(j); err != nil || !ok {
		return err
	}
	token, err := a.jobSecret(ctx, j.Id, "HF_TOKEN")
	if err != nil {
		return err
	}
	if m, _, _ := modelOf(j); isJobModel(m.ref) {
		// A job's results are read from the API as this provider, with its session.
		token = a.api.Session.Token
	}
	return a.modelDeployment(ctx, j, job, d, token, func(line string) {
		a.report(ctx, j.Id, apiv1.StatusReportStateDeploying, line)
	})
}

// modelDeployment is withModel with the job's token read and the trail as say.
func (a *Agent) modelDeployment(ctx context.Context, j apiv1.Job, job runtime.Job, d *runtime.Deployment, token string, say func(string)) error {
	m, _, err := modelOf(j)
	if err != nil {
		return err
	}
	if a.models == nil {
		return errors.New("this provider has no model cache")
	}
	var (
		c       engines.Container
		eng     engines.Engine
		haveEng = m.engine != ""
	)
	if haveEng {
		if eng, err = engines.Lookup(m.engine); err != nil {
			return fmt.Errorf("%w: %v", runtime.ErrRefused, err)
		}
	}
	t0 := time.Now()
	cached := a.models.Has(m.ref)
	snap, err := a.models.Fetch(ctx, m.ref, token, func(p modelcache.Progress) {
		if p.Done < p.Total && !a.pullNews(job.ID) {
			return
		}
		say(downloadLine(m.ref, p))
	})
	if err != nil {
		if errors.Is(err, hub.ErrUnauthorized) || errors.Is(err, hub.ErrNotFound) || errors.Is(err, modelcache.ErrTooBig) {
			return fmt.Errorf("%w: model %s: %v", runtime.ErrRefused, m.ref, err)
		}
		return fmt.Errorf("fetch model %s: %w", m.ref, err)
	}
	if !cached && snap.Bytes > 0 {
		if secs := time.Since(t0).Seconds(); secs > 0.05 {
			a.mu.Lock()
			a.downloadRate = float64(snap.Bytes) / secs
			a.mu.Unlock()
		}
	}
	a.mu.Lock()
	if old := a.snaps[job.ID]; old != nil {
		old.Release()
	}
	a.snaps[job.ID] = snap
	a.mu.Unlock()
	d.ModelDir = snap.Dir
	if !haveEng {
		// The client's own image serves the mounted model (engines/CONTRACT.md); the file to
		// serve, for a GGUF model, is named in its environment.
		if d.Env == nil {
			d.Env = map[string]string{}
		}
		if m.file != "" {
			d.Env["MODEL_PATH"] = runtime.ModelPath + "/" + m.file
		}
		d.Env["MODEL_NAME"] = m.ref.Repo
		return nil
	}
	in := engines.Input{ModelDir: snap.Dir, ModelFile: m.file, ServedName: m.ref.Repo, GPUs: len(d.GPUs)}
	if eng.Kind == engines.KindBatch {
		// A trainer's inputs are in the job's environment (TRAIN_TEXT, TRAIN_STEPS).
		in.TrainText = d.Env["TRAIN_TEXT"]
		if v := d.Env["TRAIN_STEPS"]; v != "" {
			if in.TrainSteps, err = strconv.Atoi(v); err != nil {
				return fmt.Errorf("%w: TRAIN_STEPS %q is not a number of steps", runtime.ErrRefused, v)
			}
		}
	}
	if c, err = eng.Container(in); err != nil {
		return fmt.Errorf("%w: %v", runtime.ErrRefused, err)
	}
	d.Image, d.Cmd, d.ServicePort, d.HealthPath, d.HealthFromImage = c.Image, c.Cmd, c.Port, c.HealthPath, false
	if d.Env == nil {
		d.Env = map[string]string{}
	}
	for k, v := range c.Env {
		d.Env[k] = v // the engine's settings win over the client's
	}
	return nil
}

// releaseModel unpins the job round's model snapshot: the cache may evict it once no job uses it.
func (a *Agent) releaseModel(job runtime.Job) {
	a.mu.Lock()
	snap := a.snaps[job.ID]
	delete(a.snaps, job.ID)
	a.mu.Unlock()
	if snap != nil {
		snap.Release()
	}
}

// jobSecret reads one of the job's secrets: the API gives them to the awarded provider only.
func (a *Agent) jobSecret(ctx context.Context, id int64, name string) (string, error) {
	r, err := a.api.GetJobWithResponse(ctx, id)
	if err != nil {
		return "", fmt.Errorf("read job %d: %w", id, err)
	}
	if r.JSON200 == nil {
		return "", fmt.Errorf("read job %d: HTTP %d", id, r.StatusCode())
	}
	if r.JSON200.Secrets == nil {
		return "", nil
	}
	return (*r.JSON200.Secrets)[name], nil
}

// downloadLine is a model download's progress for the trail: bytes, rate and time left.
func downloadLine(ref hub.Ref, p modelcache.Progress) string {
	if p.Cached {
		return fmt.Sprintf("model %s is in this provider's cache (%s): a warm start", ref, bytesize.Format(p.Total))
	}
	if p.Done >= p.Total {
		return fmt.Sprintf("downloaded model %s: %s, checked against the Hub's hashes", ref, bytesize.Format(p.Total))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "downloading model %s: %s of %s", ref, bytesize.Format(p.Done), bytesize.Format(p.Total))
	if p.Total > 0 {
		fmt.Fprintf(&b, " (%.0f %%)", 100*float64(p.Done)/float64(p.Total))
	}
	if p.BytesPerSec > 0 {
		fmt.Fprintf(&b, " at %s/s, about %s left", bytesize.Format(int64(p.BytesPerSec)), p.Remaining.Round(time.Second))
	}
	return b.String()
}

// isJobModel: ref is the results of a Gintonic job (a fine-tuned model), served by the API.
func isJobModel(ref hub.Ref) bool {
	_, ok := hub.JobOf(ref.Repo)
	return ok
}
