package modelserver

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
)

func TestBadRequestsGetOpenAIErrors(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxBodyBytes = 16 << 10 })
	file := uploadTraining(t, e, trainText)
	tests := []struct {
		name, method, path string
		body               any
		status             int
		param              string
	}{
		{"unknown model", "POST", "/v1/completions", map[string]any{"model": "gpt-9", "prompt": "hi"}, 404, "model"},
		{"unknown tuned model", "POST", "/v1/chat/completions", map[string]any{"model": "ft:x:y", "messages": []any{map[string]string{"role": "user", "content": "hi"}}}, 404, "model"},
		{"temperature too high", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": "hi", "temperature": 3}, 400, "temperature"},
		{"negative temperature", "POST", "/v1/chat/completions", map[string]any{"model": testModelID, "temperature": -1, "messages": []any{map[string]string{"role": "user", "content": "hi"}}}, 400, "temperature"},
		{"top_p above one", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": "hi", "top_p": 1.5}, 400, "top_p"},
		{"empty prompt", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": ""}, 400, "prompt"},
		{"no prompt", "POST", "/completions/create", map[string]any{"model": testModelID}, 400, "prompt"},
		{"zero max_tokens", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": "hi", "max_tokens": 0}, 400, "max_tokens"},
		{"n of two", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": "hi", "n": 2}, 400, "n"},
		{"prompt too long", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": strings.Repeat("x ", 2100)}, 400, "prompt"},
		{"no messages", "POST", "/v1/chat/completions", map[string]any{"model": testModelID, "messages": []any{}}, 400, "messages"},
		{"bad role", "POST", "/v1/chat/completions", map[string]any{"model": testModelID, "messages": []any{map[string]string{"role": "robot", "content": "hi"}}}, 400, "messages[0].role"},
		{"stop of wrong type", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": "hi", "stop": 5}, 400, "stop"},
		{"not JSON", "POST", "/v1/completions", "{not json", 400, ""},
		{"body too large", "POST", "/v1/completions", map[string]any{"model": testModelID, "prompt": strings.Repeat("a", 32<<10)}, 413, ""},
		{"no training file", "POST", "/v1/fine_tuning/jobs", map[string]any{"model": testModelID}, 400, "training_file"},
		{"unknown training file", "POST", "/v1/fine_tuning/jobs", map[string]any{"model": testModelID, "training_file": "file-nope"}, 404, "file_id"},
		{"zero epochs", "POST", "/v1/fine_tuning/jobs", map[string]any{"model": testModelID, "training_file": file, "hyperparameters": map[string]any{"n_epochs": 0}}, 400, "n_epochs"},
		{"bad multiplier", "POST", "/v1/fine_tuning/jobs", map[string]any{"model": testModelID, "training_file": file, "hyperparameters": map[string]any{"learning_rate_multiplier": "fast"}}, 400, "learning_rate_multiplier"},
		{"fine-tune unknown model", "POST", "/v1/fine_tuning/jobs", map[string]any{"model": "gpt-9", "training_file": file}, 404, "model"},
		{"unknown job", "GET", "/v1/fine_tuning/jobs/ftjob-nope", nil, 404, "fine_tuning_job_id"},
		{"cancel unknown job", "POST", "/v1/fine_tuning/jobs/ftjob-nope/cancel", nil, 404, "fine_tuning_job_id"},
		{"design status without id", "GET", "/fine_tuning/status", nil, 400, "fine_tuning_job_id"},
		{"empty pre-process", "POST", "/files/pre-process", map[string]string{"text": ""}, 400, "text"},
		{"bad limit", "GET", "/v1/fine_tuning/jobs?limit=0", nil, 400, "limit"},
		{"unknown path", "GET", "/v2/nothing", nil, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body errorBody
			status := e.do(t, tt.method, tt.path, tt.body, &body)
			if status != tt.status {
				t.Errorf("status %d, want %d (%+v)", status, tt.status, body.Error)
			}
			if body.Error.Message == "" || body.Error.Type == "" {
				t.Errorf("error %+v lacks a message or type", body.Error)
			}
			if got := deref(body.Error.Param); got != tt.param {
				t.Errorf("param %q, want %q (%s)", got, tt.param, body.Error.Message)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// The official client sees the same errors as typed *openai.Error values.
func TestClientSeesErrors(t *testing.T) {
	e := newEnv(t)
	_, err := e.client.Completions.New(context.Background(), openai.CompletionNewParams{Model: "gpt-9",
		Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String("hi")}})
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound || apiErr.Code != "model_not_found" || apiErr.Param != "model" {
		t.Fatalf("unknown model: %v", err)
	}
	_, err = e.client.Files.New(context.Background(), openai.FileNewParams{
		File: openai.File(strings.NewReader("x"), "a.bin", "application/octet-stream"), Purpose: openai.FilePurposeBatch})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || apiErr.Param != "purpose" {
		t.Fatalf("upload for batch: %v", err)
	}
}
