package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/gintonic/gintonic/api"
)

// do sends a raw request with the token and returns status, content type and body.
func do(t *testing.T, method, url, token, body string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	b, _ := io.ReadAll(rsp.Body)
	return rsp.StatusCode, rsp.Header.Get("Content-Type"), b
}

type problemBody struct {
	Type, Title, Detail string
	Status              int
	Errors              []struct{ Field, Message string }
}

// TestBadInput: every client mistake is a 4xx problem+json naming the field at fault; none is a 500.
func TestBadInput(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "", func(c *api.Config) { c.MaxBodyBytes = 4096 })
	token := s.login(a, "client").Session.Token
	job := func(edit func(m map[string]any)) string {
		m := map[string]any{"image": "img", "kind": "service", "gpu": map[string]any{"model": "H100", "memoryMiB": 1000, "count": 1},
			"maxPricePerGpuSecond": "1000", "budget": "1000000", "durationSeconds": 60}
		edit(m)
		b, _ := json.Marshal(m)
		return string(b)
	}
	for _, tc := range []struct {
		name, method, path, body string
		status                   int
		field                    string // a field the problem must name ("" for none)
	}{
		{"empty body", "POST", "/v1/jobs", "", 400, ""},
		{"malformed JSON", "POST", "/v1/jobs", `{"image":`, 400, ""},
		{"two values", "POST", "/v1/jobs", job(func(map[string]any) {}) + "{}", 400, ""},
		{"unknown field", "POST", "/v1/jobs", job(func(m map[string]any) { m["gpus"] = 2 }), 422, "gpus"},
		{"wrong type", "POST", "/v1/jobs", job(func(m map[string]any) { m["durationSeconds"] = "long" }), 422, "durationSeconds"},
		{"neither image nor model", "POST", "/v1/jobs", job(func(m map[string]any) { delete(m, "image") }), 422, "model"},
		{"image too long", "POST", "/v1/jobs", job(func(m map[string]any) { m["image"] = strings.Repeat("i", 513) }), 422, "image"},
		{"engine without a model", "POST", "/v1/jobs", job(func(m map[string]any) { m["engine"] = "vllm" }), 422, "engine"},
		{"secret of an unknown name", "POST", "/v1/jobs", job(func(m map[string]any) { m["secrets"] = map[string]string{"PASSWORD": "x"} }), 422, "secrets.PASSWORD"},
		{"secret on two lines", "POST", "/v1/jobs", job(func(m map[string]any) { m["secrets"] = map[string]string{"HF_TOKEN": "a\nb"} }), 422, "secrets.HF_TOKEN"},
		{"bad kind", "POST", "/v1/jobs", job(func(m map[string]any) { m["kind"] = "forever" }), 422, "kind"},
		{"zero GPUs", "POST", "/v1/jobs", job(func(m map[string]any) { m["gpu"] = map[string]any{"model": "H100", "memoryMiB": 1, "count": 0} }), 422, "gpu.count"},
		{"float price", "POST", "/v1/jobs", job(func(m map[string]any) { m["maxPricePerGpuSecond"] = "1.5" }), 422, "maxPricePerGpuSecond"},
		{"negative budget", "POST", "/v1/jobs", job(func(m map[string]any) { m["budget"] = "-1" }), 422, "budget"},
		{"price over 2^64", "POST", "/v1/jobs", job(func(m map[string]any) { m["maxPricePerGpuSecond"] = "18446744073709551616" }), 422, "maxPricePerGpuSecond"},
		{"budget under a second", "POST", "/v1/jobs", job(func(m map[string]any) { m["budget"] = "999" }), 422, "budget"},
		{"region with spaces", "POST", "/v1/jobs", job(func(m map[string]any) { m["region"] = "eu west" }), 422, "region"},
		{"negative memory", "POST", "/v1/jobs", job(func(m map[string]any) { m["resources"] = map[string]any{"memoryMiB": -1} }), 422, "resources.memoryMiB"},
		{"absurd CPUs", "POST", "/v1/jobs", job(func(m map[string]any) { m["resources"] = map[string]any{"cpus": 1e9} }), 422, "resources.cpus"},
		{"too large", "POST", "/v1/jobs", job(func(m map[string]any) { m["image"] = strings.Repeat("x", 5000) }), 413, ""},
		{"job id not a number", "GET", "/v1/jobs/abc", "", 400, ""},
		{"unknown job", "GET", "/v1/jobs/999999", "", 404, ""},
		{"bad state filter", "GET", "/v1/jobs?state=lost", "", 400, ""},
		{"bad limit", "GET", "/v1/jobs?limit=0", "", 400, ""},
		{"bad tx hash", "POST", "/v1/jobs/1/chain-tx", `{"txHash":"0x12"}`, 422, "txHash"},
		{"bad provider address", "GET", "/v1/providers/0x12", "", 400, ""},
		{"wrong checksum", "GET", "/v1/providers/0x70997970c51812DC3A010C7d01b50e0d17dc79C8", "", 400, ""},
		{"unknown provider", "GET", "/v1/providers/0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "", 404, ""},
		{"provider without GPUs", "PUT", "/v1/providers/me", `{"region":"eu","endpoint":"http://x:1","gpus":[]}`, 422, "gpus"},
		{"provider endpoint not a URL", "PUT", "/v1/providers/me", `{"region":"eu","endpoint":"ftp://x","gpus":[{"model":"A","memoryMiB":1,"count":1}]}`, 422, "endpoint"},
		{"heartbeat load above 1", "POST", "/v1/providers/me/heartbeat", `{"load":2,"freeGpus":1}`, 422, "load"},
		{"heartbeat unregistered", "POST", "/v1/providers/me/heartbeat", `{"load":0.5,"freeGpus":1}`, 404, ""},
		{"bid on unknown job", "POST", "/v1/jobs/999999/bids", `{"pricePerGpuSecond":"1","expiry":1,"nonce":"1","signature":"0x00"}`, 404, ""},
		{"unknown route", "GET", "/v1/nothing", "", 404, ""},
		{"wrong method", "DELETE", "/v1/jobs", "", 405, ""},
	} {
		status, ctype, b := do(t, tc.method, a.url+tc.path, token, tc.body)
		var p problemBody
		if err := json.Unmarshal(b, &p); err != nil || status != tc.status || ctype != "application/problem+json" || p.Status != status || p.Title == "" || !strings.HasPrefix(p.Type, "https://") {
			t.Errorf("%s: want %d problem+json, got %d %s %s", tc.name, tc.status, status, ctype, b)
			continue
		}
		if tc.field != "" {
			found := false
			for _, e := range p.Errors {
				found = found || e.Field == tc.field
			}
			if !found {
				t.Errorf("%s: problem does not name field %q: %s", tc.name, tc.field, b)
			}
		}
	}
}

// TestSpecAndRoutes: /openapi.json is a valid OpenAPI 3 document, every operation in it is served
// (no route answers "no endpoint"), and Swagger UI is served from the binary.
func TestSpecAndRoutes(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "")
	status, _, b := do(t, "GET", a.url+"/openapi.json", "", "")
	if status != 200 {
		t.Fatalf("/openapi.json: %d", status)
	}
	doc, err := openapi3.NewLoader().LoadFromData(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("spec does not validate: %v", err)
	}
	n := 0
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			n++
			url := a.url + strings.NewReplacer("{id}", "1", "{address}", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8").Replace(path)
			if strings.HasSuffix(path, "/stream") {
				continue // an open stream; TestEventStream covers it
			}
			_, _, got := do(t, method, url, "", "{}")
			if bytes.Contains(got, []byte("no endpoint")) || bytes.Contains(got, []byte("method-not-allowed")) {
				t.Errorf("%s %s is in the spec but not served: %s", method, path, got)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d operations in the spec", n)
	}
	for _, p := range []string{"/docs/", "/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js", "/metrics", "/healthz"} {
		if status, _, b := do(t, "GET", a.url+p, "", ""); status != 200 || len(b) == 0 {
			t.Errorf("GET %s: %d", p, status)
		}
	}
	if _, _, b := do(t, "GET", a.url+"/docs/swagger-initializer.js", "", ""); !bytes.Contains(b, []byte("/openapi.json")) {
		t.Errorf("Swagger UI does not load this API's spec")
	}
}
