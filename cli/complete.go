package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/spf13/cobra"
)

// gatewayError is the OpenAI-shaped error body the gateway answers with.
type gatewayError struct {
	Error struct {
		Message string `json:"message"`
		Type    string `json:"type"`
	} `json:"error"`
}

func (g *globals) completeCmd() *cobra.Command {
	var apiKey, model string
	var chat, stream bool
	var maxTokens int
	var temperature float64
	cmd := &cobra.Command{
		Use:   "complete <prompt>",
		Short: "Call your deployment through the gateway with an API key (OpenAI-compatible)",
		Long: "Sends the prompt to POST /v1/completions (or /v1/chat/completions with --chat) of the gateway at --api,\n" +
			"authenticated by a deployment's API key (gin keys create <job>). --stream prints tokens as they arrive.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if apiKey == "" {
				apiKey = g.env.Getenv("GIN_API_KEY")
			}
			if apiKey == "" && strings.HasPrefix(g.keyText, "gk_") {
				apiKey = g.keyText // gin complete --key gk_… works too
			}
			if !strings.HasPrefix(apiKey, "gk_") {
				return errors.New("no API key: pass --api-key gk_… or set GIN_API_KEY\n  → create one for a running job: gin keys create <job>")
			}
			if model == "" {
				m, err := g.gatewayModel(ctx, apiKey)
				if err != nil {
					return err
				}
				model = m
			}
			prompt := strings.Join(args, " ")
			body := map[string]any{"model": model, "max_tokens": maxTokens, "temperature": temperature, "stream": stream}
			path := "/v1/completions"
			if chat {
				path = "/v1/chat/completions"
				body["messages"] = []map[string]string{{"role": "user", "content": prompt}}
			} else {
				body["prompt"] = prompt
			}
			var sp *spinner
			if !stream { // a stream shows its progress itself, token by token
				sp = g.spin("waiting for the deployment's answer")
			}
			rsp, err := g.gateway(ctx, http.MethodPost, path, apiKey, body)
			if err != nil {
				if sp != nil {
					sp.end()
				}
				return err
			}
			defer rsp.Body.Close()
			if !stream {
				raw, err := io.ReadAll(rsp.Body)
				sp.end()
				if err != nil {
					return g.explain(err)
				}
				if g.json {
					_, err := fmt.Fprintln(g.env.Stdout, strings.TrimSpace(string(raw)))
					return err
				}
				text, err := completionText(raw)
				if err != nil {
					return err
				}
				fmt.Fprintln(g.env.Stdout, text)
				return nil
			}
			return g.printStream(ctx, rsp.Body)
		},
	}
	f := cmd.Flags()
	f.StringVar(&apiKey, "api-key", "", "the deployment's API key, gk_… (env GIN_API_KEY; from gin keys create)")
	f.StringVar(&model, "model", "", "model name (default: the first the deployment serves)")
	f.BoolVar(&chat, "chat", false, "use /v1/chat/completions with the prompt as the user's message")
	f.BoolVar(&stream, "stream", false, "print tokens as they arrive")
	f.IntVar(&maxTokens, "max-tokens", 64, "most tokens to generate")
	f.Float64Var(&temperature, "temperature", 0.7, "sampling temperature")
	return cmd
}

// gateway sends one request to the gateway and turns a refusal into what to do next.
func (g *globals) gateway(ctx context.Context, method, path, apiKey string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(g.api, "/")+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, g.explain(err)
	}
	if rsp.StatusCode/100 == 2 {
		return rsp, nil
	}
	defer rsp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(rsp.Body, 64<<10))
	var ge gatewayError
	msg := strings.TrimSpace(string(raw))
	if json.Unmarshal(raw, &ge) == nil && ge.Error.Message != "" {
		msg = ge.Error.Message
	}
	hint := ""
	switch rsp.StatusCode {
	case http.StatusUnauthorized:
		hint = "\n  → check --api-key / GIN_API_KEY (revoked keys stop working); list a job's keys: gin keys list <job>, or create one: gin keys create <job>"
	case http.StatusPaymentRequired:
		hint = "\n  → the deployment's client is below the minimum balance: gin balance, then gin deposit <GIN>"
	case http.StatusNotFound:
		hint = "\n  → is the job still running? gin jobs status <job>"
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		hint = "\n  → no provider answered; the job may be failing over: gin jobs logs <job> --follow, then try again"
	}
	return nil, fmt.Errorf("gateway %s %s: HTTP %d: %s%s", method, path, rsp.StatusCode, msg, hint)
}

// gatewayModel is the first model the key's deployment serves.
func (g *globals) gatewayModel(ctx context.Context, apiKey string) (string, error) {
	rsp, err := g.gateway(ctx, http.MethodGet, "/v1/models", apiKey, nil)
	if err != nil {
		return "", err
	}
	defer rsp.Body.Close()
	var models struct {
		Data []struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := json.NewDecoder(rsp.Body).Decode(&models); err != nil || len(models.Data) == 0 {
		return "", errors.New("the deployment lists no model; pass --model")
	}
	return models.Data[0].ID, nil
}

// choice is the text of a completion, a chat answer or a streamed chunk of either.
type choice struct {
	Text    string `json:"text"`
	Message *struct {
		Content string `json:"content"`
	} `json:"message"`
	Delta *struct {
		Content string `json:"content"`
	} `json:"delta"`
}

func (c choice) text() string {
	switch {
	case c.Message != nil:
		return c.Message.Content
	case c.Delta != nil:
		return c.Delta.Content
	}
	return c.Text
}

func completionText(raw []byte) (string, error) {
	var r struct {
		Choices []choice `json:"choices"`
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Choices) == 0 {
		return "", fmt.Errorf("the deployment answered something that is not a completion: %.200s", raw)
	}
	return r.Choices[0].text(), nil
}

// printStream prints a server-sent completion stream token by token (--json: one chunk a line).
func (g *globals) printStream(ctx context.Context, body io.Reader) error {
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data:")
		if !ok {
			continue
		}
		data = strings.TrimSpace(data)
		if data == "[DONE]" {
			break
		}
		if g.json {
			fmt.Fprintln(g.env.Stdout, data)
			continue
		}
		text, err := completionText([]byte(data))
		if err != nil {
			return err
		}
		fmt.Fprint(g.env.Stdout, text) // Stdout is unbuffered: the token shows now
	}
	if !g.json {
		fmt.Fprintln(g.env.Stdout)
	}
	if ctx.Err() != nil {
		return nil
	}
	return sc.Err()
}
