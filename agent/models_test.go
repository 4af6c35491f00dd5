package agent

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/agent/modelcache"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// modelAgent is an agent with a model cache on hub and nothing else: enough to turn jobs of
// models into deployments.
func modelAgent(t *testing.T, h *hubtest.Server, cpuOnly bool) *Agent {
	t.Helper()
	c, err := modelcache.Open(t.TempDir(), 1<<30, hub.NewClient(h.URL()), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return &Agent{cfg: Config{CPUOnly: cpuOnly, Models: ModelCache{MaxGiB: 1}}, models: c, snaps: map[uint64]*modelcache.Snapshot{}}
}

func modelJobOf(repo, commit, engine, file string, bytes int64) apiv1.Job {
	ref := hub.Ref{Repo: repo, Revision: commit}.String()
	j := apiv1.Job{Id: 7, Model: &ref, ModelInfo: &apiv1.ModelInfo{Bytes: bytes}}
	if engine != "" {
		j.Engine = &engine
	}
	if file != "" {
		j.ModelInfo.File = &file
	}
	return j
}

// A job of a GGUF model on the reference engine, and of a safetensors model on vLLM (which cannot
// run here: it is checked up to the container it would get): the model is fetched, mounted
// read-only, and the engine's image, arguments, port and health route replace the job's.
func TestModelDeployment(t *testing.T) {
	h := hubtest.NewTest(t)
	gguf, err := runtimeimage.Model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	small := h.AddRepo("gintonic/tinystories-260k", map[string][]byte{"stories260K.gguf": gguf, "README.md": []byte("card")})
	st := h.AddRepo("acme/tiny-st", map[string][]byte{"config.json": []byte(`{"num_hidden_layers":1}`), "model.safetensors": []byte("weights"),
		"pytorch_model.bin": []byte("the same weights, another format")})
	a := modelAgent(t, h, false)

	var said []string
	d := runtime.Deployment{Job: runtime.Job{ID: 7, Round: 1}, Image: "ignored", HealthFromImage: true}
	j := modelJobOf("gintonic/tinystories-260k", small, "gintonic", "stories260K.gguf", int64(len(gguf)))
	if err := a.modelDeployment(context.Background(), j, d.Job, &d, "", func(s string) { said = append(said, s) }); err != nil {
		t.Fatal(err)
	}
	if d.Image != "gintonic/runtime:dev" || d.ServicePort != 8080 || d.HealthPath != "/health" || d.HealthFromImage ||
		d.Env["MODEL_PATH"] != "/repository/stories260K.gguf" || d.Env["MODEL_NAME"] != "gintonic/tinystories-260k" {
		t.Errorf("reference engine deployment: %+v", d)
	}
	if b, err := os.ReadFile(filepath.Join(d.ModelDir, "stories260K.gguf")); err != nil || len(b) != len(gguf) {
		t.Errorf("the mounted snapshot lacks the model: %v", err)
	}
	if len(said) == 0 || !strings.Contains(said[len(said)-1], "downloaded model hf://gintonic/tinystories-260k@"+small) {
		t.Errorf("trail lines %q: want the download to end with its size and hash check", said)
	}
	// A second job of the model is a warm start: nothing downloaded, the trail says so.
	if warm, _ := a.startEstimate(jobModel{ref: hub.Ref{Repo: "gintonic/tinystories-260k", Revision: small}}); !warm {
		t.Error("the cached model is not counted warm")
	}
	said = nil
	d2 := runtime.Deployment{Job: runtime.Job{ID: 8, Round: 1}}
	if err := a.modelDeployment(context.Background(), j, d2.Job, &d2, "", func(s string) { said = append(said, s) }); err != nil {
		t.Fatal(err)
	}
	if h.Requests("gintonic/tinystories-260k", "stories260K.gguf") != 1 || len(said) != 1 || !strings.Contains(said[0], "a warm start") {
		t.Errorf("second job: %d downloads, trail %q", h.Requests("gintonic/tinystories-260k", "stories260K.gguf"), said)
	}
	if hb := a.warmModels(); hb == nil || len(*hb) != 1 || (*hb)[0].Model != "hf://gintonic/tinystories-260k@"+small {
		t.Errorf("heartbeat models %+v", hb)
	}

	v := runtime.Deployment{Job: runtime.Job{ID: 9, Round: 1}, GPUs: []string{"GPU-1", "GPU-2"}}
	if err := a.modelDeployment(context.Background(), modelJobOf("acme/tiny-st", st, "vllm", "", 7), v.Job, &v, "", func(string) {}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v.Image, "vllm/vllm-openai:") || v.ServicePort != 8000 || v.HealthPath != "/health" ||
		!slices.Equal(v.Cmd, []string{"--model", "/repository", "--served-model-name", "acme/tiny-st", "--port", "8000", "--tensor-parallel-size", "2", "--host", "0.0.0.0"}) {
		t.Errorf("vLLM deployment: image %s port %d health %s cmd %q", v.Image, v.ServicePort, v.HealthPath, v.Cmd)
	}
	if _, err := os.Stat(filepath.Join(v.ModelDir, "pytorch_model.bin")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the other format's copy of the weights was fetched too: %v", err)
	}

	// A CPU-only provider does not bid on a GPU engine's job; a model larger than its cache
	// it does not bid on either.
	cpu := modelAgent(t, h, true)
	if m, _, _ := modelOf(modelJobOf("acme/tiny-st", st, "vllm", "", 7)); cpu.servesModel(m) {
		t.Error("a CPU-only provider would bid on a vLLM job")
	}
	if m, _, _ := modelOf(modelJobOf("gintonic/tinystories-260k", small, "gintonic", "stories260K.gguf", 2<<30)); a.servesModel(m) {
		t.Error("a provider with a 1 GiB cache would bid on a 2 GiB model")
	}
}

// A model file whose bytes do not match the Hub's hash is refused: nothing runs, and the reason
// names the file and both hashes.
func TestCorruptModelIsNotDeployed(t *testing.T) {
	h := hubtest.NewTest(t)
	gguf, err := runtimeimage.Model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c := h.AddRepo("gintonic/tinystories-260k", map[string][]byte{"stories260K.gguf": gguf})
	h.Corrupt("gintonic/tinystories-260k", "stories260K.gguf")
	a := modelAgent(t, h, false)
	d := runtime.Deployment{Job: runtime.Job{ID: 7, Round: 1}}
	err = a.modelDeployment(context.Background(), modelJobOf("gintonic/tinystories-260k", c, "gintonic", "stories260K.gguf", int64(len(gguf))), d.Job, &d, "", func(string) {})
	if !errors.Is(err, modelcache.ErrCorrupt) || !strings.Contains(err.Error(), "stories260K.gguf") || d.ModelDir != "" {
		t.Errorf("corrupt model: err %v, model dir %q", err, d.ModelDir)
	}
}
