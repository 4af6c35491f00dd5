package modelserver

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

// multipartUpload posts content as the file field of a multipart form, as OpenAI's clients and
// curl -F do.
func multipartUpload(t *testing.T, url, name, content string) (int, map[string]any) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fw, content)
	mw.WriteField("purpose", "fine-tune")
	mw.Close()
	resp, err := http.Post(url+"/files/pre-process", mw.FormDataContentType(), &b)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, out
}

// /files/pre-process takes a training file the way /v1/files does and prepares it: checked line
// by line, turned into the trainer's text, its tokens counted; a bad file is refused with every
// bad line named, and nothing is stored.
func TestPreprocessTrainingFile(t *testing.T) {
	e := newEnv(t)
	jsonl := `{"text": "Once upon a time there was a cat."}
{"prompt": "The dog ", "completion": "ran to the park."}
{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}
`
	code, out := multipartUpload(t, e.url, "train.jsonl", jsonl)
	pre, _ := out["preprocessing"].(map[string]any)
	if code != 200 || pre["format"] != "jsonl" || pre["examples"] != 3.0 || pre["lines"] != 3.0 || pre["tokens"].(float64) < 10 {
		t.Fatalf("pre-process JSONL: %d %v", code, out)
	}
	id := out["id"].(string)
	var content string
	if code := e.do(t, "GET", "/v1/files/"+id+"/content", nil, nil); code != 200 {
		t.Fatalf("content of the prepared file: %d", code)
	}
	b, _ := e.srv.files.read(id)
	content = string(b)
	if !strings.Contains(content, "Once upon a time there was a cat.\nThe dog ran to the park.\n") || strings.Contains(content, `"prompt"`) {
		t.Errorf("prepared text:\n%s", content)
	}

	// Plain text is one example.
	code, out = multipartUpload(t, e.url, "story.txt", "Lily had a red ball.\nShe liked to play.\n")
	if pre, _ := out["preprocessing"].(map[string]any); code != 200 || pre["format"] != "text" || pre["examples"] != 1.0 {
		t.Errorf("pre-process text: %d %v", code, out)
	}

	// Every bad line is named, with what is wrong with it.
	before := len(e.srv.files.list())
	bad := `{"text": "fine"}
{"prompt": "no completion"}
not json at all
{"messages": "hello"}
{"other": 1}
`
	code, out = multipartUpload(t, e.url, "bad.jsonl", bad)
	msg, _ := out["error"].(map[string]any)["message"].(string)
	for _, want := range []string{"4 lines are not training examples", `line 2: "prompt" and "completion" go together`, "line 3: not a JSON object", `line 4: "messages" must be`, `line 5: no "text"`} {
		if code != 400 || !strings.Contains(msg, want) {
			t.Errorf("bad file: %d, message lacks %q:\n%s", code, want, msg)
		}
	}
	if strings.Contains(msg, "line 1") {
		t.Errorf("a good line is named: %s", msg)
	}
	if code, _ := multipartUpload(t, e.url, "nul.txt", "a\nb\x00c\n"); code != 400 {
		t.Errorf("a NUL byte: status %d", code)
	}
	if n := len(e.srv.files.list()); n != before {
		t.Errorf("refused files were stored: %d files, was %d", n, before)
	}
}
