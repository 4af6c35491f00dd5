package llama

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Options control one generation.
type Options struct {
	// MaxTokens caps the completion; zero means until the context is full.
	MaxTokens int
	// Temperature scales the logits before sampling; zero means greedy decoding.
	Temperature float64
	// TopP (0 to 1) keeps the smallest set of most likely tokens whose probability reaches
	// TopP; zero or one keeps all tokens.
	TopP float64
	// Seed seeds the sampler: the same prompt, options and seed give the same completion.
	Seed uint64
	// Stop ends generation at the first occurrence of any of these strings, which is left
	// out of the text.
	Stop []string
}

func (o Options) validate() error {
	switch {
	case o.MaxTokens < 0:
		return fmt.Errorf("max tokens %d is negative", o.MaxTokens)
	case !(o.Temperature >= 0) || math.IsInf(o.Temperature, 0):
		return fmt.Errorf("temperature %g must be zero (greedy) or positive", o.Temperature)
	case !(o.TopP >= 0 && o.TopP <= 1):
		return fmt.Errorf("top-p %g must be between 0 and 1", o.TopP)
	}
	return nil
}

// Finish reasons of a Result.
const (
	FinishStop   = "stop"   // end-of-sequence token or a stop string
	FinishLength = "length" // MaxTokens or the context length reached
)

// Result is a finished (or cancelled) generation.
type Result struct {
	Tokens           []int  // every sampled token, including a final end-of-sequence token
	Text             string // the completion text, without end-of-sequence or stop string
	PromptTokens     int    // tokens of the prompt, including BOS
	CompletionTokens int    // len(Tokens)
	FinishReason     string // FinishStop or FinishLength; empty when cancelled
}

// Token is one sampled token passed to a streaming callback. Text is the completion text
// that became final with it: it can be empty while a multi-byte character or a possible stop
// string is still incomplete, and the last token carries whatever was held back.
type Token struct {
	ID   int
	Text string
}

// Generate completes prompt. On cancellation it returns what was generated so far together
// with the context's error.
func (m *Model) Generate(ctx context.Context, prompt string, opts Options) (*Result, error) {
	return m.GenerateStream(ctx, prompt, opts, nil)
}

// GenerateStream completes prompt, calling fn (when not nil) once per sampled token; an
// error from fn stops generation and is returned.
func (m *Model) GenerateStream(ctx context.Context, prompt string, opts Options, fn func(Token) error) (*Result, error) {
	if err := opts.validate(); err != nil {
		return &Result{}, fmt.Errorf("generate: %w", err)
	}
	ids := m.Tokenizer.Encode(prompt, true)
	res := &Result{PromptTokens: len(ids)}
	if len(ids) >= m.Config.Context {
		return res, fmt.Errorf("generate: prompt of %d tokens leaves no room in the context of %d", len(ids), m.Config.Context)
	}
	limit := m.Config.Context - len(ids)
	if opts.MaxTokens > 0 {
		limit = min(limit, opts.MaxTokens)
	}
	st := m.newState(len(ids) + limit)
	smp := newSampler(opts.Temperature, opts.TopP, opts.Seed)
	var logits []float32
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("generate: %w", err)
		}
		var err error
		if logits, err = st.forward(id); err != nil {
			return res, fmt.Errorf("generate: %w", err)
		}
	}
	out := textStream{tok: m.Tokenizer, stop: opts.Stop, atStart: m.Tokenizer.atStart(ids)}
	for {
		if err := ctx.Err(); err != nil {
			res.Text = out.raw[:out.sent]
			return res, fmt.Errorf("generate: %w", err)
		}
		id := smp.sample(logits)
		res.Tokens = append(res.Tokens, id)
		res.CompletionTokens = len(res.Tokens)
		done := ""
		if id == m.Tokenizer.EOS {
			done = FinishStop
		} else if out.add(id) {
			done = FinishStop
		} else if len(res.Tokens) >= limit {
			done = FinishLength
		}
		text := out.take(done != "")
		if fn != nil {
			if err := fn(Token{ID: id, Text: text}); err != nil {
				res.Text = out.raw[:out.sent]
				return res, fmt.Errorf("generate: stream: %w", err)
			}
		}
		if done != "" {
			res.Text, res.FinishReason = out.raw[:out.sent], done
			return res, nil
		}
		var err error
		if logits, err = st.forward(id); err != nil {
			return res, fmt.Errorf("generate: %w", err)
		}
	}
}

// textStream turns sampled tokens into text, holding back bytes that may still turn into a
// stop string or that end in an incomplete UTF-8 character.
type textStream struct {
	tok     *Tokenizer
	stop    []string
	atStart bool   // no text yet: the first piece loses SentencePiece's leading space
	raw     string // all text so far, cut at a stop string once one is found
	sent    int    // bytes of raw already handed out
}

// add appends token id's text and reports whether a stop string now ends the completion.
func (s *textStream) add(id int) bool {
	p := s.tok.pieceBytes(id)
	if s.atStart && p != "" {
		p, s.atStart = strings.TrimPrefix(p, " "), false
	}
	from := max(0, len(s.raw)-maxLen(s.stop))
	s.raw += p
	cut := -1
	for _, stop := range s.stop {
		if stop == "" {
			continue
		}
		if i := strings.Index(s.raw[from:], stop); i >= 0 && (cut < 0 || from+i < cut) {
			cut = from + i
		}
	}
	if cut >= 0 {
		s.raw = s.raw[:cut]
		return true
	}
	return false
}

// take returns the text that is now safe to hand out (all of it when final).
func (s *textStream) take(final bool) string {
	safe := len(s.raw)
	if !final {
		for _, stop := range s.stop {
			for k := min(len(stop)-1, safe-s.sent); k > 0; k-- {
				if strings.HasSuffix(s.raw, stop[:k]) {
					safe = min(safe, len(s.raw)-k)
					break
				}
			}
		}
		// Do not split a UTF-8 character that byte tokens are still completing.
		for k := safe; k > s.sent && k > safe-utf8.UTFMax; k-- {
			if utf8.RuneStart(s.raw[k-1]) {
				if !utf8.FullRuneInString(s.raw[k-1 : safe]) {
					safe = k - 1
				}
				break
			}
		}
	}
	text := s.raw[s.sent:safe]
	s.sent = safe
	return text
}

func maxLen(ss []string) int {
	n := 0
	for _, s := range ss {
		n = max(n, len(s))
	}
	return n
}
