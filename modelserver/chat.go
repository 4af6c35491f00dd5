package modelserver

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gintonic/gintonic/llama"
)

type chatRequest struct {
	samplingRequest
	MaxCompletionTokens *int          `json:"max_completion_tokens"`
	Messages            []chatMessage `json:"messages"`
}

type chatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// text is the message's content: a string, or the text parts of an array of parts.
func (m chatMessage) text() (string, bool) {
	if len(m.Content) == 0 || string(m.Content) == "null" {
		return "", true
	}
	var s string
	if err := json.Unmarshal(m.Content, &s); err == nil {
		return s, true
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(m.Content, &parts); err != nil {
		return "", false
	}
	var b strings.Builder
	for _, p := range parts {
		if p.Type != "text" {
			return "", false
		}
		b.WriteString(p.Text)
	}
	return b.String(), true
}

// chatStop ends an answer where the model starts writing the user's next turn.
const chatStop = "\nUser:"

// chatPrompt renders messages with the runtime's plain template: system (and developer)
// text first, then "User: ..." and "Assistant: ..." lines, ending with "Assistant:" for the
// model to continue. Small base models have no chat template of their own.
func chatPrompt(msgs []chatMessage) (string, error) {
	if len(msgs) == 0 {
		return "", invalid("messages", "messages is empty; send at least one {\"role\": \"user\", \"content\": ...}")
	}
	t, err := chatTranscript(msgs)
	return t + "Assistant:", err
}

// chatTranscript renders messages with the template, without asking for another answer;
// fine-tuning trains on chat examples in this form.
func chatTranscript(msgs []chatMessage) (string, error) {
	var b strings.Builder
	for i, m := range msgs {
		text, ok := m.text()
		if !ok {
			return "", invalid(fmt.Sprintf("messages[%d].content", i), "content must be a string or an array of text parts")
		}
		switch m.Role {
		case "system", "developer":
			b.WriteString(text + "\n\n")
		case "user":
			b.WriteString("User: " + text + "\n")
		case "assistant":
			b.WriteString("Assistant: " + text + "\n")
		default:
			return "", invalid(fmt.Sprintf("messages[%d].role", i), "role %q is not supported; use system, developer, user or assistant", m.Role)
		}
	}
	return b.String(), nil
}

type chatCompletion struct {
	ID      string       `json:"id"`
	Object  string       `json:"object"`
	Created int64        `json:"created"`
	Model   string       `json:"model"`
	Choices []chatChoice `json:"choices"`
	Usage   *usageObject `json:"usage,omitempty"`
}

// chatChoice is a choice of a chat.completion (Message) or of a chunk (Delta).
type chatChoice struct {
	Index        int        `json:"index"`
	Message      *chatDelta `json:"message,omitempty"`
	Delta        *chatDelta `json:"delta,omitempty"`
	Logprobs     any        `json:"logprobs"`
	FinishReason *string    `json:"finish_reason"`
}

type chatDelta struct {
	Role    string  `json:"role,omitempty"`
	Content *string `json:"content,omitempty"`
}

func (s *Server) chatCompletions(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req); err != nil {
		writeError(w, s.log, err)
		return
	}
	if req.MaxTokens == nil {
		req.MaxTokens = req.MaxCompletionTokens
	}
	prompt, err := chatPrompt(req.Messages)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	opts, err := req.options(0)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	opts.Stop = append(opts.Stop, chatStop)
	m, model, err := s.models.get(req.Model)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	if err := checkPrompt(m, prompt); err != nil {
		writeError(w, s.log, err)
		return
	}
	c := chatCompletion{ID: newID("chatcmpl-"), Created: time.Now().Unix(), Model: model}
	release, err := s.slots.take(r.Context())
	if err != nil {
		s.generationFailed(w, r, err)
		return
	}
	defer release()
	if !req.Stream {
		res, err := m.Generate(r.Context(), prompt, opts)
		s.meter.record(model, res.PromptTokens, res.CompletionTokens)
		if err != nil {
			s.generationFailed(w, r, err)
			return
		}
		text := strings.TrimLeft(res.Text, " ")
		c.Object = "chat.completion"
		c.Choices = []chatChoice{{Message: &chatDelta{Role: "assistant", Content: &text}, FinishReason: &res.FinishReason}}
		c.Usage = usageOf(res)
		writeJSON(w, http.StatusOK, c)
		return
	}
	c.Object = "chat.completion.chunk"
	sse := newEventStream(w)
	empty := ""
	c.Choices = []chatChoice{{Delta: &chatDelta{Role: "assistant", Content: &empty}}}
	if err := sse.send(c); err != nil {
		return
	}
	started := false // the template leaves a space before the answer, trimmed as above
	res, err := m.GenerateStream(r.Context(), prompt, opts, func(t llama.Token) error {
		text := t.Text
		if !started {
			text = strings.TrimLeft(text, " ")
			started = text != ""
		}
		if text == "" {
			return nil
		}
		c.Choices = []chatChoice{{Delta: &chatDelta{Content: &text}}}
		return sse.send(c)
	})
	s.meter.record(model, res.PromptTokens, res.CompletionTokens)
	if err != nil {
		s.log.Info("chat stream ended early", "model", model, "err", err)
		return
	}
	c.Choices = []chatChoice{{Delta: &chatDelta{}, FinishReason: &res.FinishReason}}
	_ = sse.send(c)
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		c.Choices, c.Usage = []chatChoice{}, usageOf(res)
		_ = sse.send(c)
	}
	_ = sse.done()
}
