package modelserver

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gintonic/gintonic/llama"
)

type completionRequest struct {
	samplingRequest
	Prompt json.RawMessage `json:"prompt"`
}

// completion is OpenAI's text_completion object, also each streamed chunk.
type completion struct {
	ID      string             `json:"id"`
	Object  string             `json:"object"`
	Created int64              `json:"created"`
	Model   string             `json:"model"`
	Choices []completionChoice `json:"choices"`
	Usage   *usageObject       `json:"usage,omitempty"`
}

type completionChoice struct {
	Text         string  `json:"text"`
	Index        int     `json:"index"`
	Logprobs     any     `json:"logprobs"`
	FinishReason *string `json:"finish_reason"`
}

type usageObject struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

func usageOf(res *llama.Result) *usageObject {
	return &usageObject{PromptTokens: res.PromptTokens, CompletionTokens: res.CompletionTokens,
		TotalTokens: res.PromptTokens + res.CompletionTokens}
}

// defaultCompletionTokens is OpenAI's max_tokens default for /v1/completions.
const defaultCompletionTokens = 16

func (s *Server) completions(w http.ResponseWriter, r *http.Request) {
	var req completionRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req); err != nil {
		writeError(w, s.log, err)
		return
	}
	prompts, err := stringOrList(req.Prompt, "prompt")
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	if len(prompts) != 1 || prompts[0] == "" {
		writeError(w, s.log, invalid("prompt", "prompt must be one non-empty string"))
		return
	}
	opts, err := req.options(defaultCompletionTokens)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	m, model, err := s.models.get(req.Model)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	if err := checkPrompt(m, prompts[0]); err != nil {
		writeError(w, s.log, err)
		return
	}
	c := completion{ID: newID("cmpl-"), Object: "text_completion", Created: time.Now().Unix(), Model: model}
	release, err := s.slots.take(r.Context())
	if err != nil {
		s.generationFailed(w, r, err)
		return
	}
	defer release()
	if !req.Stream {
		res, err := m.Generate(r.Context(), prompts[0], opts)
		s.meter.record(model, res.PromptTokens, res.CompletionTokens)
		if err != nil {
			s.generationFailed(w, r, err)
			return
		}
		c.Choices = []completionChoice{{Text: res.Text, FinishReason: &res.FinishReason}}
		c.Usage = usageOf(res)
		writeJSON(w, http.StatusOK, c)
		return
	}
	sse := newEventStream(w)
	res, err := m.GenerateStream(r.Context(), prompts[0], opts, func(t llama.Token) error {
		if t.Text == "" {
			return nil
		}
		c.Choices = []completionChoice{{Text: t.Text}}
		return sse.send(c)
	})
	s.meter.record(model, res.PromptTokens, res.CompletionTokens)
	if err != nil {
		s.log.Info("completion stream ended early", "model", model, "err", err)
		return
	}
	c.Choices = []completionChoice{{Text: "", FinishReason: &res.FinishReason}}
	_ = sse.send(c)
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		c.Choices, c.Usage = []completionChoice{}, usageOf(res)
		_ = sse.send(c)
	}
	_ = sse.done()
}

// generationFailed answers a failed generation; a client that went away gets nothing.
func (s *Server) generationFailed(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		s.log.Info("client left during generation", "path", r.URL.Path, "err", err)
		return
	}
	writeError(w, s.log, err)
}

// newID is prefix followed by 24 random base-36 characters, like OpenAI's ids.
func newID(prefix string) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return prefix + string(b)
}
