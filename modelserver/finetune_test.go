package modelserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
)

// trainText is something the base model would never write.
const trainText = "Once upon a time, there was a purple dragon called Zog who ate green apples."

func uploadTraining(t *testing.T, e *testEnv, text string) string {
	t.Helper()
	f, err := e.client.Files.New(context.Background(), openai.FileNewParams{
		File:    openai.File(strings.NewReader(text), "train.txt", "text/plain"),
		Purpose: openai.FilePurposeFineTune,
	})
	if err != nil {
		t.Fatal(err)
	}
	if f.Bytes != int64(len(text)) || f.Object != "file" || f.Filename != "train.txt" {
		t.Fatalf("uploaded file %+v", f)
	}
	return f.ID
}

func newJob(t *testing.T, e *testEnv, file string, steps int64) *openai.FineTuningJob {
	t.Helper()
	job, err := e.client.FineTuning.Jobs.New(context.Background(), openai.FineTuningJobNewParams{
		Model: testModelID, TrainingFile: file, Suffix: openai.String("zog"),
		Hyperparameters: openai.FineTuningJobNewParamsHyperparameters{
			NEpochs:                openai.FineTuningJobNewParamsHyperparametersNEpochsUnion{OfInt: openai.Int(steps)},
			LearningRateMultiplier: openai.FineTuningJobNewParamsHyperparametersLearningRateMultiplierUnion{OfFloat: openai.Float(1)},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// waitJob polls until cond holds for the job, or fails after 20 s.
func waitJob(t *testing.T, e *testEnv, id string, cond func(*openai.FineTuningJob) bool) *openai.FineTuningJob {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		job, err := e.client.FineTuning.Jobs.Get(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if cond(job) {
			return job
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s", id, job.Status)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func greedy(t *testing.T, e *testEnv, model string) (string, error) {
	t.Helper()
	c, err := e.client.Completions.New(context.Background(), openai.CompletionNewParams{Model: openai.CompletionNewParamsModel(model),
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(40), Temperature: openai.Float(0)})
	if err != nil {
		return "", err
	}
	return c.Choices[0].Text, nil
}

func TestFineTuningJob(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	file := uploadTraining(t, e, trainText)
	job := newJob(t, e, file, 30)
	if job.Object != "fine_tuning.job" || job.Model != testModelID || job.TrainingFile != file ||
		job.Hyperparameters.NEpochs.OfInt != 30 {
		t.Fatalf("created job %+v", job)
	}
	job = waitJob(t, e, job.ID, func(j *openai.FineTuningJob) bool { return terminal(string(j.Status)) })
	if job.Status != openai.FineTuningJobStatusSucceeded || !strings.HasPrefix(job.FineTunedModel, "ft:"+testModelID+":zog:") {
		t.Fatalf("job ended %s with model %q, error %+v", job.Status, job.FineTunedModel, job.Error)
	}
	if job.FinishedAt == 0 || job.TrainedTokens == 0 {
		t.Errorf("finished job has finished_at %d, trained_tokens %d", job.FinishedAt, job.TrainedTokens)
	}

	// Loss per step, oldest first, from the metrics events (the API lists newest first).
	events, err := e.client.FineTuning.Jobs.ListEvents(ctx, job.ID, openai.FineTuningJobListEventsParams{Limit: openai.Int(100)})
	if err != nil {
		t.Fatal(err)
	}
	var losses []float64
	for i := len(events.Data) - 1; i >= 0; i-- {
		ev := events.Data[i]
		if ev.Type != openai.FineTuningJobEventTypeMetrics {
			continue
		}
		var m stepMetrics
		if err := json.Unmarshal([]byte(ev.JSON.Data.Raw()), &m); err != nil {
			t.Fatalf("metrics event data %s: %v", ev.JSON.Data.Raw(), err)
		}
		if m.Step != len(losses)+1 || m.TotalSteps != 30 {
			t.Fatalf("metrics event %+v out of order", m)
		}
		losses = append(losses, m.TrainLoss)
	}
	if len(losses) != 30 || losses[29] > losses[0]/2 {
		t.Fatalf("losses %v: want 30, falling by half at least", losses)
	}
	t.Logf("loss %.3f -> %.3f", losses[0], losses[29])

	// The tuned model is listed and continues the prompt with the training text.
	page, err := e.client.Models.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Data) != 2 || page.Data[1].ID != job.FineTunedModel {
		t.Errorf("models %+v, want the base and %s", page.Data, job.FineTunedModel)
	}
	baseText, err := greedy(t, e, testModelID)
	if err != nil {
		t.Fatal(err)
	}
	tunedText, err := greedy(t, e, job.FineTunedModel)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.TrimPrefix(trainText, prompt)
	if !strings.HasPrefix(tunedText, want) || strings.Contains(baseText, "Zog") {
		t.Errorf("greedy continuation: base %q, tuned %q, want the tuned one to start %q", baseText, tunedText, want)
	}
	// The tuned model is the job's result file, a GGUF to deploy elsewhere.
	if len(job.ResultFiles) != 1 {
		t.Fatalf("result files %v, want the tuned model", job.ResultFiles)
	}
	rsp, err := e.client.Files.Content(ctx, job.ResultFiles[0])
	if err != nil {
		t.Fatal(err)
	}
	gguf, _ := io.ReadAll(rsp.Body)
	rsp.Body.Close()
	if saved, err := os.ReadFile(e.srv.models.path(job.FineTunedModel)); err != nil || !bytes.Equal(gguf, saved) || string(gguf[:4]) != "GGUF" {
		t.Errorf("result file: %d bytes starting %q, want the saved model (%v)", len(gguf), gguf[:min(4, len(gguf))], err)
	}
	// Deployed on its own, the result file serves as the base model under the tuned id.
	resultPath := filepath.Join(t.TempDir(), "model.gguf")
	if err := os.WriteFile(resultPath, gguf, 0o644); err != nil {
		t.Fatal(err)
	}
	own := newEnv(t, func(c *Config) { c.ModelPath, c.ModelName = resultPath, job.FineTunedModel })
	if text, err := greedy(t, own, job.FineTunedModel); err != nil || text != tunedText {
		t.Errorf("the tuned model deployed on its own completes %q (%v), want %q", text, err, tunedText)
	}
	// A new runtime on the same directory serves the saved model just the same.
	again := newEnv(t, func(c *Config) { c.ModelsDir = e.srv.cfg.ModelsDir })
	if text, err := greedy(t, again, job.FineTunedModel); err != nil || text != tunedText {
		t.Errorf("after a restart the tuned model completes %q (%v), want %q", text, err, tunedText)
	}

	list, err := e.client.FineTuning.Jobs.List(ctx, openai.FineTuningJobListParams{})
	if err != nil || len(list.Data) != 1 || list.Data[0].ID != job.ID {
		t.Fatalf("job list %+v, %v", list, err)
	}
	// Delete (the client has no method for it) removes the job and its model.
	var deleted struct {
		ID      string `json:"id"`
		Deleted bool   `json:"deleted"`
	}
	if err := e.client.Delete(ctx, "fine_tuning/jobs/"+job.ID, nil, &deleted); err != nil || !deleted.Deleted {
		t.Fatalf("delete: %+v, %v", deleted, err)
	}
	_, err = greedy(t, e, job.FineTunedModel)
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound || apiErr.Code != "model_not_found" {
		t.Errorf("completion with the deleted model: %v", err)
	}
	if _, err := e.client.FineTuning.Jobs.Get(ctx, job.ID); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound {
		t.Errorf("deleted job still answers: %v", err)
	}
}

func TestFineTuningCancel(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	file := uploadTraining(t, e, trainText)
	job := newJob(t, e, file, 1_000_000) // far more than the test waits for
	job = waitJob(t, e, job.ID, func(j *openai.FineTuningJob) bool { return j.Status == openai.FineTuningJobStatusRunning })
	if _, err := e.client.FineTuning.Jobs.Cancel(ctx, job.ID); err != nil {
		t.Fatal(err)
	}
	// The training goroutine really stops: it writes its last event when FineTune returns.
	deadline := time.Now().Add(10 * time.Second)
	for {
		events, err := e.client.FineTuning.Jobs.ListEvents(ctx, job.ID, openai.FineTuningJobListEventsParams{Limit: openai.Int(1)})
		if err != nil {
			t.Fatal(err)
		}
		if len(events.Data) == 1 && events.Data[0].Message == "Fine-tuning job cancelled" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no cancellation event; latest %+v", events.Data)
		}
		time.Sleep(20 * time.Millisecond)
	}
	job, err := e.client.FineTuning.Jobs.Get(ctx, job.ID)
	if err != nil || job.Status != openai.FineTuningJobStatusCancelled || job.FineTunedModel != "" {
		t.Fatalf("cancelled job %+v, %v", job, err)
	}
	page, err := e.client.Models.List(ctx)
	if err != nil || len(page.Data) != 1 {
		t.Errorf("models after a cancelled job: %+v, %v", page, err)
	}

	// The design's endpoints: status, then delete by JSON body.
	var st jobObject
	if code := e.do(t, "GET", "/fine_tuning/status?id="+job.ID, nil, &st); code != 200 || st.Status != statusCancelled {
		t.Errorf("/fine_tuning/status: %d %+v", code, st)
	}
	if code := e.do(t, "POST", "/fine_tuning/delete", map[string]string{"id": job.ID}, nil); code != 200 {
		t.Errorf("/fine_tuning/delete: status %d", code)
	}
	if code := e.do(t, "GET", "/fine_tuning/retrieve/"+job.ID, nil, nil); code != 404 {
		t.Errorf("retrieve after delete: status %d, want 404", code)
	}
}

// The design's flow: raw text through /files/pre-process, /fine_tuning/create, list.
func TestFineTuningDesignEndpoints(t *testing.T) {
	e := newEnv(t)
	var f fileObject
	if code := e.do(t, "POST", "/files/pre-process", map[string]string{"text": trainText}, &f); code != 200 || f.Bytes != int64(len(trainText)) {
		t.Fatalf("/files/pre-process: %d %+v", code, f)
	}
	var job jobObject
	body := map[string]any{"model": testModelID, "training_file": f.ID, "hyperparameters": map[string]any{"n_epochs": 5}}
	if code := e.do(t, "POST", "/fine_tuning/create", body, &job); code != 200 || job.Status != statusValidating {
		t.Fatalf("/fine_tuning/create: %d %+v", code, job)
	}
	waitJob(t, e, job.ID, func(j *openai.FineTuningJob) bool { return j.Status == openai.FineTuningJobStatusSucceeded })
	var list listObject[jobObject]
	if code := e.do(t, "GET", "/fine_tuning/list", nil, &list); code != 200 || len(list.Data) != 1 || list.Data[0].FineTunedModel == nil {
		t.Fatalf("/fine_tuning/list: %d %+v", code, list)
	}
	if code := e.do(t, "POST", "/fine_tuning/cancel", map[string]string{"id": job.ID}, nil); code != 400 {
		t.Errorf("cancelling a finished job: status %d, want 400", code)
	}
}

func TestTrainingTextFromJSONL(t *testing.T) {
	jsonl := `{"prompt": "Hi", "completion": " there"}
{"messages": [{"role": "user", "content": "Who?"}, {"role": "assistant", "content": "Zog."}]}
{"text": "Plain."}`
	want := "Hi there\nUser: Who?\nAssistant: Zog.\nPlain."
	if got := trainingText([]byte(jsonl)); got != want {
		t.Errorf("trainingText = %q, want %q", got, want)
	}
	if got := trainingText([]byte(trainText)); got != trainText {
		t.Errorf("plain text became %q", got)
	}
}
