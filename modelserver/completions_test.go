package modelserver

import (
	"context"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"

	"github.com/gintonic/gintonic/llama"
)

const prompt = "Once upon a time"

func TestCompletionGreedyMatchesLlama(t *testing.T) {
	e := newEnv(t)
	_, base := testModel(t)
	ctx := context.Background()
	want, err := base.Generate(ctx, prompt, llama.Options{MaxTokens: 40})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"", "/completions/create"} {
		var c *openai.Completion
		if path == "" {
			c, err = e.client.Completions.New(ctx, openai.CompletionNewParams{
				Model:       testModelID,
				Prompt:      openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
				MaxTokens:   openai.Int(40),
				Temperature: openai.Float(0),
			})
			if err != nil {
				t.Fatal(err)
			}
		} else { // the design's path, same body
			c = new(openai.Completion)
			body := map[string]any{"model": testModelID, "prompt": prompt, "max_tokens": 40, "temperature": 0}
			if code := e.do(t, "POST", path, body, c); code != 200 {
				t.Fatalf("%s: status %d", path, code)
			}
		}
		if len(c.Choices) != 1 || c.Choices[0].Text != want.Text {
			t.Fatalf("%s: completion %+v, want llama's %q", path, c.Choices, want.Text)
		}
		if c.Object != "text_completion" || c.Model != testModelID || !strings.HasPrefix(c.ID, "cmpl-") {
			t.Errorf("%s: completion object %q model %q id %q", path, c.Object, c.Model, c.ID)
		}
		if string(c.Choices[0].FinishReason) != want.FinishReason {
			t.Errorf("%s: finish reason %q, want %q", path, c.Choices[0].FinishReason, want.FinishReason)
		}
		u := c.Usage
		if u.PromptTokens != int64(want.PromptTokens) || u.CompletionTokens != int64(want.CompletionTokens) ||
			u.TotalTokens != u.PromptTokens+u.CompletionTokens {
			t.Errorf("%s: usage %+v, want prompt %d completion %d", path, u, want.PromptTokens, want.CompletionTokens)
		}
	}
}

func TestCompletionSampledIsSeeded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	params := openai.CompletionNewParams{Model: testModelID,
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(30), Temperature: openai.Float(1), TopP: openai.Float(0.9), Seed: openai.Int(7)}
	a, err := e.client.Completions.New(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.client.Completions.New(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	if a.Choices[0].Text != b.Choices[0].Text {
		t.Errorf("same seed, different completions: %q and %q", a.Choices[0].Text, b.Choices[0].Text)
	}
}

func TestCompletionStreamJoinsToSameText(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	params := openai.CompletionNewParams{Model: testModelID,
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(50), Temperature: openai.Float(0),
		Stop: openai.CompletionNewParamsStopUnion{OfString: openai.String("Lily")},
	}
	whole, err := e.client.Completions.New(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	params.StreamOptions = openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}
	stream := e.client.Completions.NewStreaming(ctx, params)
	var joined strings.Builder
	var chunks int
	var finish string
	var usage openai.CompletionUsage
	for stream.Next() {
		c := stream.Current()
		if len(c.Choices) > 0 {
			joined.WriteString(c.Choices[0].Text)
			if c.Choices[0].FinishReason != "" {
				finish = string(c.Choices[0].FinishReason)
			}
			chunks++
		}
		if c.Usage.TotalTokens > 0 {
			usage = c.Usage
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if joined.String() != whole.Choices[0].Text {
		t.Errorf("streamed %q, non-streamed %q", joined.String(), whole.Choices[0].Text)
	}
	if chunks < 3 {
		t.Errorf("%d chunks: the stream is not per token", chunks)
	}
	if finish != string(whole.Choices[0].FinishReason) || usage.TotalTokens != whole.Usage.TotalTokens {
		t.Errorf("stream finish %q usage %+v, want %q %+v", finish, usage, whole.Choices[0].FinishReason, whole.Usage)
	}
}

func TestChatCompletion(t *testing.T) {
	e := newEnv(t)
	_, base := testModel(t)
	ctx := context.Background()
	msgs := []chatMessage{{Role: "system", Content: []byte(`"You tell stories."`)}, {Role: "user", Content: []byte(`"Tell me about a cat."`)}}
	p, err := chatPrompt(msgs)
	if err != nil {
		t.Fatal(err)
	}
	want, err := base.Generate(ctx, p, llama.Options{MaxTokens: 30, Stop: []string{chatStop}})
	if err != nil {
		t.Fatal(err)
	}
	params := openai.ChatCompletionNewParams{Model: testModelID,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You tell stories."), openai.UserMessage("Tell me about a cat."),
		},
		MaxTokens: openai.Int(30), Temperature: openai.Float(0)}
	c, err := e.client.Chat.Completions.New(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Choices[0].Message.Content
	if got != strings.TrimLeft(want.Text, " ") || got == "" {
		t.Errorf("chat answer %q, want llama's %q", got, want.Text)
	}
	if c.Object != "chat.completion" || c.Choices[0].Message.Role != "assistant" || c.Usage.PromptTokens != int64(want.PromptTokens) {
		t.Errorf("chat completion %+v", c)
	}

	stream := e.client.Chat.Completions.NewStreaming(ctx, params)
	var acc openai.ChatCompletionAccumulator
	var deltas int
	for stream.Next() {
		ch := stream.Current()
		acc.AddChunk(ch)
		if ch.Object != "chat.completion.chunk" {
			t.Errorf("chunk object %q", ch.Object)
		}
		if len(ch.Choices) > 0 && ch.Choices[0].Delta.Content != "" {
			deltas++
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if len(acc.Choices) != 1 || acc.Choices[0].Message.Content != got {
		t.Errorf("streamed chat %+v, non-streamed %q", acc.Choices, got)
	}
	if deltas < 3 {
		t.Errorf("%d content deltas: the stream is not per token", deltas)
	}
}

func TestModelsList(t *testing.T) {
	e := newEnv(t)
	page, err := e.client.Models.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Data) != 1 || page.Data[0].ID != testModelID || page.Data[0].Object != "model" {
		t.Errorf("models %+v, want just %s", page.Data, testModelID)
	}
	var health map[string]string
	if code := e.do(t, "GET", "/health", nil, &health); code != 200 || health["model"] != testModelID {
		t.Errorf("health: %d %v", code, health)
	}
}
