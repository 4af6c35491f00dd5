package gateway

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// readUsage takes tokens from non-streamed JSON answers only, and the client still gets the
// whole body.
func TestReadUsage(t *testing.T) {
	for _, tc := range []struct {
		name, ctype, body string
		status            int
		want              Usage
	}{
		{"completion", "application/json; charset=utf-8", `{"id":"x","usage":{"prompt_tokens":5,"completion_tokens":12,"total_tokens":17}}`, 200, Usage{5, 12}},
		{"no usage", "application/json", `{"data":[]}`, 200, Usage{}},
		{"stream", "text/event-stream", "data: {\"usage\":{\"prompt_tokens\":5}}\n\n", 200, Usage{}},
		{"error", "application/json", `{"error":{"message":"no"},"usage":{"prompt_tokens":5}}`, 400, Usage{}},
		{"not json", "application/json", `{"usage":`, 200, Usage{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: tc.status, Header: http.Header{"Content-Type": {tc.ctype}},
				Body: io.NopCloser(strings.NewReader(tc.body))}
			if got := readUsage(resp); got != tc.want {
				t.Errorf("usage %+v, want %+v", got, tc.want)
			}
			if b, _ := io.ReadAll(resp.Body); string(b) != tc.body {
				t.Errorf("client gets %q, want %q", b, tc.body)
			}
		})
	}
}

// Metrics label requests by route pattern, never by the ids in the path.
func TestRoute(t *testing.T) {
	for path, want := range map[string]string{
		"/v1/completions": "/v1/completions", "/v1/files": "/v1/files", "/v1/files/file-abc/content": "/v1/files/*",
		"/v1/fine_tuning/jobs/ftjob-1/events": "/v1/fine_tuning/jobs/*", "/fine_tuning/list": "/fine_tuning/*",
		"/v1/completionsx": "other",
	} {
		if got := route(path); got != want {
			t.Errorf("route(%q) = %q, want %q", path, got, want)
		}
	}
}
