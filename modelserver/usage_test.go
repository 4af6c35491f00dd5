package modelserver

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
)

func TestUsageCountsTokens(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var want usageCounts
	for range 2 {
		c, err := e.client.Completions.New(ctx, openai.CompletionNewParams{Model: testModelID,
			Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)}, MaxTokens: openai.Int(10)})
		if err != nil {
			t.Fatal(err)
		}
		want.Requests++
		want.PromptTokens += c.Usage.PromptTokens
		want.CompletionTokens += c.Usage.CompletionTokens
	}
	stream := e.client.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{Model: testModelID,
		Messages:      []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Hi")},
		MaxTokens:     openai.Int(10),
		StreamOptions: openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}})
	for stream.Next() {
		if u := stream.Current().Usage; u.TotalTokens > 0 {
			want.Requests++
			want.PromptTokens += u.PromptTokens
			want.CompletionTokens += u.CompletionTokens
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if want.Requests != 3 {
		t.Fatalf("the chat stream reported no usage")
	}
	var got usageReport
	if code := e.do(t, "GET", "/usage", nil, &got); code != 200 || got.usageCounts != want || got.Models[testModelID] != want {
		t.Errorf("/usage = %d %+v, want %+v", code, got, want)
	}

	resp, err := http.Get(e.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range []string{
		`gintonic_runtime_requests_total{model="stories260K"} 3`,
		`gintonic_runtime_prompt_tokens_total{model="stories260K"} ` + strconv.FormatInt(want.PromptTokens, 10),
		`gintonic_runtime_completion_tokens_total{model="stories260K"} ` + strconv.FormatInt(want.CompletionTokens, 10),
	} {
		if !strings.Contains(string(b), line+"\n") {
			t.Errorf("/metrics lacks %q", line)
		}
	}
}
