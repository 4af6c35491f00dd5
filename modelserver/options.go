package modelserver

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"

	"github.com/gintonic/gintonic/llama"
)

// samplingRequest holds the options completions and chat completions share, with OpenAI's
// names and defaults.
type samplingRequest struct {
	Model         string          `json:"model"`
	MaxTokens     *int            `json:"max_tokens"`
	Temperature   *float64        `json:"temperature"`
	TopP          *float64        `json:"top_p"`
	Seed          *int64          `json:"seed"`
	Stop          json.RawMessage `json:"stop"`
	N             *int            `json:"n"`
	Stream        bool            `json:"stream"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

// maxStops is OpenAI's limit on stop sequences.
const maxStops = 4

// options checks the request and turns it into llama options; defaultMax applies when
// max_tokens is absent (zero: until the context is full).
func (q *samplingRequest) options(defaultMax int) (llama.Options, error) {
	o := llama.Options{MaxTokens: defaultMax, Temperature: 1, TopP: 1}
	if q.N != nil && *q.N != 1 {
		return o, invalid("n", "n is %d; this runtime returns exactly one choice (n = 1)", *q.N)
	}
	if q.MaxTokens != nil {
		if *q.MaxTokens < 1 {
			return o, invalid("max_tokens", "max_tokens is %d; it must be at least 1", *q.MaxTokens)
		}
		o.MaxTokens = *q.MaxTokens
	}
	if q.Temperature != nil {
		t := *q.Temperature
		if math.IsNaN(t) || t < 0 || t > 2 {
			return o, invalid("temperature", "temperature is %g; it must be between 0 (greedy) and 2", t)
		}
		o.Temperature = t
	}
	if q.TopP != nil {
		p := *q.TopP
		if math.IsNaN(p) || p <= 0 || p > 1 {
			return o, invalid("top_p", "top_p is %g; it must be above 0 and at most 1", p)
		}
		o.TopP = p
	}
	if q.Seed != nil {
		o.Seed = uint64(*q.Seed)
	} else {
		// Without a seed sampling varies between requests, as OpenAI's does.
		o.Seed = rand.Uint64()
	}
	stops, err := stringOrList(q.Stop, "stop")
	if err != nil {
		return o, err
	}
	if len(stops) > maxStops {
		return o, invalid("stop", "stop has %d sequences; at most %d are allowed", len(stops), maxStops)
	}
	for _, s := range stops {
		if s != "" {
			o.Stop = append(o.Stop, s)
		}
	}
	return o, nil
}

// stringOrList decodes a field that OpenAI allows as a string or an array of strings.
func stringOrList(raw json.RawMessage, param string) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var one string
	if err := json.Unmarshal(raw, &one); err == nil {
		return []string{one}, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, invalid(param, "%s must be a string or an array of strings", param)
	}
	return many, nil
}

// checkPrompt rejects a prompt that leaves the model no room to answer.
func checkPrompt(m *llama.Model, prompt string) error {
	if n := len(m.Tokenizer.Encode(prompt, true)); n >= m.Config.Context {
		return &apiError{Status: http.StatusBadRequest, Type: "invalid_request_error", Param: "prompt",
			Code:    "context_length_exceeded",
			Message: fmt.Sprintf("the prompt is %d tokens and this model's context holds %d; shorten it", n, m.Config.Context)}
	}
	return nil
}
