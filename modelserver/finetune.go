package modelserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gintonic/gintonic/llama"
)

// Job statuses, as OpenAI names them.
const (
	statusValidating = "validating_files"
	statusQueued     = "queued"
	statusRunning    = "running"
	statusSucceeded  = "succeeded"
	statusFailed     = "failed"
	statusCancelled  = "cancelled"
)

func terminal(status string) bool {
	return status == statusSucceeded || status == statusFailed || status == statusCancelled
}

// jobObject is OpenAI's fine_tuning.job object.
type jobObject struct {
	ID              string            `json:"id"`
	Object          string            `json:"object"`
	CreatedAt       int64             `json:"created_at"`
	Error           *jobError         `json:"error"`
	FineTunedModel  *string           `json:"fine_tuned_model"`
	FinishedAt      *int64            `json:"finished_at"`
	Hyperparameters hyperparameters   `json:"hyperparameters"`
	Model           string            `json:"model"`
	OrganizationID  string            `json:"organization_id"`
	ResultFiles     []string          `json:"result_files"`
	Seed            int64             `json:"seed"`
	Status          string            `json:"status"`
	TrainedTokens   *int64            `json:"trained_tokens"`
	TrainingFile    string            `json:"training_file"`
	ValidationFile  *string           `json:"validation_file"`
	Metadata        map[string]string `json:"metadata,omitempty"`
}

type jobError struct {
	Code    string  `json:"code"`
	Message string  `json:"message"`
	Param   *string `json:"param"`
}

// hyperparameters as a job reports them: one full-batch step per epoch.
type hyperparameters struct {
	BatchSize              string  `json:"batch_size"`
	LearningRateMultiplier float64 `json:"learning_rate_multiplier"`
	NEpochs                int     `json:"n_epochs"`
}

// eventObject is OpenAI's fine_tuning.job.event object.
type eventObject struct {
	ID        string `json:"id"`
	Object    string `json:"object"`
	CreatedAt int64  `json:"created_at"`
	Level     string `json:"level"`
	Message   string `json:"message"`
	Data      any    `json:"data"`
	Type      string `json:"type"`
}

// stepMetrics is a metrics event's data: the loss measured before the step's update.
type stepMetrics struct {
	Step       int     `json:"step"`
	TrainLoss  float64 `json:"train_loss"`
	TotalSteps int     `json:"total_steps"`
}

// job is one fine-tuning job; every field is guarded by the tuner's mutex.
type job struct {
	obj    jobObject
	events []eventObject // oldest first
	steps  int
	lr     float64
	cancel context.CancelFunc
	done   chan struct{}
}

type tunerLimits struct {
	learningRate float64
	defaultSteps int
	maxSteps     int
}

// tuner runs fine-tuning jobs, one at a time (each uses every core it gets), in the order
// they were created.
type tuner struct {
	models *registry
	files  *fileStore
	log    *slog.Logger
	limits tunerLimits
	slot   chan struct{}
	ctx    context.Context // ends at close
	stop   context.CancelCauseFunc
	wg     sync.WaitGroup

	mu   sync.Mutex
	jobs map[string]*job
	ids  []string // oldest first
}

func newTuner(models *registry, files *fileStore, log *slog.Logger, limits tunerLimits) *tuner {
	ctx, stop := context.WithCancelCause(context.Background())
	return &tuner{models: models, files: files, log: log, limits: limits, slot: make(chan struct{}, 1),
		ctx: ctx, stop: stop, jobs: map[string]*job{}}
}

// jobSpec is a checked request to fine-tune.
type jobSpec struct {
	model, trainingFile, suffix string
	steps                       int
	lrMultiplier                float64
	seed                        int64
	metadata                    map[string]string
}

// start records a job and trains in the background.
func (t *tuner) start(spec jobSpec) jobObject {
	ctx, cancel := context.WithCancel(t.ctx)
	j := &job{steps: spec.steps, lr: t.limits.learningRate * spec.lrMultiplier, cancel: cancel, done: make(chan struct{})}
	j.obj = jobObject{ID: newID("ftjob-"), Object: "fine_tuning.job", CreatedAt: time.Now().Unix(),
		Hyperparameters: hyperparameters{BatchSize: "auto", LearningRateMultiplier: spec.lrMultiplier, NEpochs: spec.steps},
		Model:           spec.model, OrganizationID: "org-gintonic", ResultFiles: []string{}, Seed: spec.seed,
		Status: statusValidating, TrainingFile: spec.trainingFile, Metadata: spec.metadata}
	tuned := tunedModelID(spec.model, spec.suffix, j.obj.ID)
	t.mu.Lock()
	t.jobs[j.obj.ID] = j
	t.ids = append(t.ids, j.obj.ID)
	t.addEvent(j, "info", "message", fmt.Sprintf("Created fine-tuning job: %s", j.obj.ID), nil)
	obj := j.obj
	t.mu.Unlock()
	t.wg.Add(1)
	go t.run(ctx, j, tuned)
	return obj
}

// tunedModelID follows OpenAI's ft:<base>[:<suffix>]:<job> shape.
func tunedModelID(model, suffix, jobID string) string {
	base := model
	if rest, ok := strings.CutPrefix(model, tunedPrefix); ok {
		base, _, _ = strings.Cut(rest, ":")
	}
	// A base named org/name (as on the Hub) gives org--name: a tuned id is a file name.
	id := tunedPrefix + strings.ReplaceAll(base, "/", "--")
	if suffix != "" {
		id += ":" + suffix
	}
	return id + ":" + strings.TrimPrefix(jobID, "ftjob-")
}

func (t *tuner) run(ctx context.Context, j *job, tunedID string) {
	defer t.wg.Done()
	defer close(j.done)
	defer j.cancel()
	t.mu.Lock()
	fileID, model, steps, lr := j.obj.TrainingFile, j.obj.Model, j.steps, j.lr
	t.mu.Unlock()

	data, err := t.files.read(fileID)
	if err != nil {
		t.fail(j, "invalid_training_file", "training_file", fmt.Sprintf("training file %s: %v", fileID, err))
		return
	}
	base, _, err := t.models.get(model)
	if err != nil {
		t.fail(j, "invalid_model", "model", fmt.Sprintf("model %s: %v", model, err))
		return
	}
	text := trainingText(data)
	tokens := len(base.Tokenizer.Encode(text, true)) - 1
	if tokens < 1 {
		t.fail(j, "invalid_training_file", "training_file", "the training file has no text to learn")
		return
	}
	if !t.advance(j, statusQueued, fmt.Sprintf("Validated training file: %d tokens", tokens)) {
		return
	}
	select {
	case t.slot <- struct{}{}:
		defer func() { <-t.slot }()
	case <-ctx.Done():
		t.stopped(j, ctx)
		return
	}
	if !t.advance(j, statusRunning, "Fine-tuning job started") {
		return
	}
	start := time.Now()
	tuned, err := base.FineTune(ctx, text, llama.TrainOptions{Steps: steps, LearningRate: lr,
		OnStep: func(step int, loss float64) {
			t.mu.Lock()
			t.addEvent(j, "info", "metrics", fmt.Sprintf("Step %d/%d: training loss=%.4f", step, steps, loss),
				stepMetrics{Step: step, TrainLoss: loss, TotalSteps: steps})
			t.mu.Unlock()
		}})
	if ctx.Err() != nil {
		t.stopped(j, ctx)
		return
	}
	if err != nil {
		t.fail(j, "training_failed", "", err.Error())
		return
	}
	if err := t.models.add(tunedID, tuned); err != nil {
		t.log.Error("save fine-tuned model", "job", j.obj.ID, "err", err)
		t.fail(j, "server_error", "", "the fine-tuned model could not be saved")
		return
	}
	// The tuned model is also a result file, to download and deploy as a model of its own.
	result, err := t.files.addResult(tunedID+".gguf", t.models.path(tunedID))
	if err != nil {
		t.log.Error("keep the fine-tuned model as a result file", "job", j.obj.ID, "err", err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if j.obj.Status == statusCancelled { // cancelled while saving: the model goes
		_ = t.models.remove(tunedID)
		if err == nil {
			_ = t.files.remove(result.ID)
		}
		return
	}
	if err == nil {
		j.obj.ResultFiles = []string{result.ID}
	}
	trained := int64(tokens) * int64(steps)
	j.obj.FineTunedModel, j.obj.TrainedTokens = &tunedID, &trained
	t.finish(j, statusSucceeded)
	t.addEvent(j, "info", "message", fmt.Sprintf("New fine-tuned model created: %s", tunedID), nil)
	t.addEvent(j, "info", "message", "The job has successfully completed", nil)
	t.log.Info("fine-tuning job succeeded", "job", j.obj.ID, "model", tunedID, "steps", steps, "took", time.Since(start).Round(time.Millisecond))
}

// advance moves a job on unless it was cancelled meanwhile.
func (t *tuner) advance(j *job, status, msg string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if terminal(j.obj.Status) {
		return false
	}
	j.obj.Status = status
	t.addEvent(j, "info", "message", msg, nil)
	return true
}

// stopped records a job whose context ended: cancelled by a client, or by shutdown.
func (t *tuner) stopped(j *job, ctx context.Context) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if j.obj.Status != statusCancelled {
		t.finish(j, statusCancelled)
	}
	msg := "Fine-tuning job cancelled"
	if errors.Is(context.Cause(ctx), errShutdown) {
		msg += " by runtime shutdown"
	}
	t.addEvent(j, "info", "message", msg, nil)
}

var errShutdown = errors.New("runtime shutting down")

func (t *tuner) fail(j *job, code, param, msg string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if terminal(j.obj.Status) {
		return
	}
	j.obj.Error = &jobError{Code: code, Message: msg, Param: optional(param)}
	t.finish(j, statusFailed)
	t.addEvent(j, "error", "message", "Fine-tuning job failed: "+msg, nil)
	t.log.Warn("fine-tuning job failed", "job", j.obj.ID, "code", code, "err", msg)
}

// finish sets a terminal status; the caller holds t.mu.
func (t *tuner) finish(j *job, status string) {
	now := time.Now().Unix()
	j.obj.Status, j.obj.FinishedAt = status, &now
}

// addEvent appends an event; the caller holds t.mu.
func (t *tuner) addEvent(j *job, level, typ, msg string, data any) {
	j.events = append(j.events, eventObject{ID: newID("ftevent-"), Object: "fine_tuning.job.event",
		CreatedAt: time.Now().Unix(), Level: level, Message: msg, Data: data, Type: typ})
}

func (t *tuner) get(id string) (jobObject, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	j, ok := t.jobs[id]
	if !ok {
		return jobObject{}, unknownJob(id)
	}
	return j.obj, nil
}

func unknownJob(id string) error {
	return notFound("fine_tuning_job_id", "job_not_found", "no fine-tuning job %q; GET /v1/fine_tuning/jobs lists them", id)
}

// list returns jobs newest first, after the job called after (when set), at most limit.
func (t *tuner) list(after string, limit int) ([]jobObject, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := slices.Clone(t.ids)
	slices.Reverse(ids)
	if after != "" {
		if i := slices.Index(ids, after); i >= 0 {
			ids = ids[i+1:]
		}
	}
	more := len(ids) > limit
	ids = ids[:min(limit, len(ids))]
	out := make([]jobObject, len(ids))
	for i, id := range ids {
		out[i] = t.jobs[id].obj
	}
	return out, more
}

// events returns a job's events newest first, paged like list.
func (t *tuner) events(id, after string, limit int) ([]eventObject, bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	j, ok := t.jobs[id]
	if !ok {
		return nil, false, unknownJob(id)
	}
	evs := slices.Clone(j.events)
	slices.Reverse(evs)
	if after != "" {
		if i := slices.IndexFunc(evs, func(e eventObject) bool { return e.ID == after }); i >= 0 {
			evs = evs[i+1:]
		}
	}
	more := len(evs) > limit
	return evs[:min(limit, len(evs))], more, nil
}

// cancelJob stops a job that has not finished; the job reads "cancelled" at once.
func (t *tuner) cancelJob(id string) (jobObject, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	j, ok := t.jobs[id]
	if !ok {
		return jobObject{}, unknownJob(id)
	}
	switch {
	case j.obj.Status == statusCancelled:
	case terminal(j.obj.Status):
		return jobObject{}, invalid("fine_tuning_job_id", "job %s already %s; there is nothing to cancel", id, j.obj.Status)
	default:
		t.finish(j, statusCancelled)
		j.cancel()
	}
	return j.obj, nil
}

// deleteJob cancels a job, waits for it to stop, and deletes it with its model.
func (t *tuner) deleteJob(ctx context.Context, id string) error {
	t.mu.Lock()
	j, ok := t.jobs[id]
	if ok && !terminal(j.obj.Status) {
		t.finish(j, statusCancelled)
	}
	t.mu.Unlock()
	if !ok {
		return unknownJob(id)
	}
	j.cancel()
	select {
	case <-j.done:
	case <-ctx.Done():
		return fmt.Errorf("delete job %s: waiting for it to stop: %w", id, ctx.Err())
	}
	t.mu.Lock()
	delete(t.jobs, id)
	t.ids = slices.DeleteFunc(t.ids, func(s string) bool { return s == id })
	model := j.obj.FineTunedModel
	t.mu.Unlock()
	if model != nil {
		if err := t.models.remove(*model); err != nil {
			return fmt.Errorf("delete job %s: %w", id, err)
		}
	}
	return nil
}

// close cancels every job and waits until they have stopped.
func (t *tuner) close() {
	t.stop(errShutdown)
	t.wg.Wait()
}
