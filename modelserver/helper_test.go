package modelserver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/gintonic/gintonic/llama"
)

// The model the tests run, found the way llama's tests find it (and scripts/fetch-model.sh
// fetches it): Karpathy's TinyStories 260K Llama in a Go module's testdata, served with a
// checksum by the Go module proxy.
const (
	modelModule = "github.com/mutablelogic/go-llama@v0.0.11"
	modelFile   = "testdata/stories260K.gguf"
	modelSHA256 = "270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d"
	testModelID = "stories260K"
)

var (
	modelOnce sync.Once
	modelPath string
	baseModel *llama.Model
	modelErr  error
)

// testModel returns the model file's path and the model loaded by llama itself, to compare
// the server's answers with.
func testModel(t testing.TB) (string, *llama.Model) {
	t.Helper()
	modelOnce.Do(func() {
		modelPath, modelErr = locateModel()
		if modelErr == nil {
			baseModel, modelErr = llama.Load(modelPath)
		}
	})
	if modelErr != nil {
		t.Fatalf("test model: %v (needs `go mod download %s`, network or a warm module cache)", modelErr, modelModule)
	}
	return modelPath, baseModel
}

func locateModel() (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", modelModule).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w (%s)", modelModule, err, out)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no directory in %s", modelModule, out)
	}
	path := filepath.Join(info.Dir, modelFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != modelSHA256 {
		return "", fmt.Errorf("%s: sha256 %s, want %s", path, got, modelSHA256)
	}
	return path, nil
}

type testEnv struct {
	srv    *Server
	url    string
	client openai.Client
}

// newEnv starts a loaded server over HTTP and an OpenAI client pointed at it.
func newEnv(t *testing.T, tweak ...func(*Config)) *testEnv {
	t.Helper()
	path, _ := testModel(t)
	cfg := Config{ModelPath: path, ModelName: testModelID, ModelsDir: t.TempDir(), MaxSteps: 1_000_000,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, f := range tweak {
		f(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ts.Close()
		srv.Close()
	})
	client := openai.NewClient(option.WithBaseURL(ts.URL+"/v1/"), option.WithAPIKey("test"), option.WithMaxRetries(0))
	return &testEnv{srv: srv, url: ts.URL, client: client}
}

// do sends a raw request and decodes the JSON answer into out (when not nil).
func (e *testEnv) do(t *testing.T, method, path string, body any, out any) int {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = bytes.NewBufferString(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, e.url+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: answer %q is not JSON: %v", method, path, raw, err)
		}
	}
	return resp.StatusCode
}
