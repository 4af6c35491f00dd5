package gateway

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestProviderTokenCountsAreClamped: a provider's answer claiming 2^63−1 or negative tokens is
// counted within [0, 1e9], so it neither panics the token counter nor overflows the meter's flush
// for every deployment on the instance (at 61b54d6 both happened; offchain audit F14).
func TestProviderTokenCountsAreClamped(t *testing.T) {
	for _, tc := range []struct {
		body           string
		prompt, output int64
	}{
		{`{"usage":{"prompt_tokens":9223372036854775807,"completion_tokens":-5}}`, maxTokensPerRequest, 0},
		{`{"usage":{"prompt_tokens":12,"completion_tokens":30}}`, 12, 30},
	} {
		rsp := &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(tc.body))}
		u := readUsage(rsp)
		if u.PromptTokens != tc.prompt || u.CompletionTokens != tc.output {
			t.Errorf("%s: counted %+v", tc.body, u)
		}
		if b, _ := io.ReadAll(rsp.Body); string(b) != tc.body {
			t.Errorf("the client got %q, want the answer untouched", b)
		}
	}
	m := newMetrics(nil)
	m.usage(readUsage(&http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(`{"usage":{"prompt_tokens":-1}}`))})) // panicked before
}
