package llama

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The model the tests run: Karpathy's TinyStories 260K Llama, shipped in a Go module's
// testdata so the Go module proxy serves it with a checksum. It is never committed here.
const (
	modelModule = "github.com/mutablelogic/go-llama@v0.0.11"
	modelFile   = "testdata/stories260K.gguf"
	modelSHA256 = "270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d"
)

var (
	modelOnce   sync.Once
	modelCached *Model
	modelPathV  string
	modelErr    error
)

// testModelPath downloads (or finds in the module cache) the model module, checks the file's
// sha256 and returns its path; the work is done once per test binary.
func testModelPath(t testing.TB) string {
	t.Helper()
	loadTestModel()
	if modelErr != nil {
		t.Fatalf("test model: %v (needs `go mod download %s`, network or a warm module cache)", modelErr, modelModule)
	}
	return modelPathV
}

// testModel returns the loaded test model, shared by all tests (Model is immutable).
func testModel(t testing.TB) *Model {
	t.Helper()
	testModelPath(t)
	return modelCached
}

func loadTestModel() {
	modelOnce.Do(func() {
		modelPathV, modelErr = locateModel()
		if modelErr == nil {
			modelCached, modelErr = Load(modelPathV)
		}
	})
}

func locateModel() (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", modelModule).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return "", &downloadError{err: err, stderr: string(ee.Stderr), stdout: string(out)}
		}
		return "", err
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return "", err
	}
	if info.Dir == "" {
		return "", &downloadError{stdout: string(out)}
	}
	path := filepath.Join(info.Dir, modelFile)
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != modelSHA256 {
		return "", &checksumError{path: path, got: got}
	}
	return path, nil
}

type downloadError struct {
	err            error
	stdout, stderr string
}

func (e *downloadError) Error() string {
	return "go mod download " + modelModule + " failed: " + e.stdout + e.stderr
}

type checksumError struct{ path, got string }

func (e *checksumError) Error() string {
	return e.path + ": sha256 " + e.got + ", want " + modelSHA256
}
