package engines

import (
	"reflect"
	"strings"
	"testing"
)

func TestCatalogue(t *testing.T) {
	es := Catalogue()
	var got []string
	for _, e := range es {
		got = append(got, e.Name)
		// parseCatalogue validated every entry; check what the agent relies on once more here.
		if e.Image == "" || !strings.HasPrefix(e.HealthPath, "/") && e.Kind == KindService || e.Kind == KindService && e.Port == 0 {
			t.Errorf("%s: %+v", e.Name, e)
		}
		for _, f := range e.Formats {
			if f != FormatGGUF && f != FormatSafetensors {
				t.Errorf("%s: format %q", e.Name, f)
			}
		}
		// A public image is pinned by digest; only the locally built runtime goes by tag.
		if !strings.HasPrefix(e.Image, "gintonic/") && !strings.Contains(e.Image, "@sha256:") {
			t.Errorf("%s: image %s is not pinned by digest", e.Name, e.Image)
		}
	}
	if want := []string{"gintonic", "llamacpp", "trainer", "vllm"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("engines %v, want %v (sorted)", got, want)
	}
	// Callers get copies: changing one does not change the catalogue.
	es[0].Args = append(es[0].Args, "--evil")
	es[0].Env["X"] = "y"
	if e, _ := Lookup(es[0].Name); len(e.Args) != 0 || e.Env["X"] != "" {
		t.Fatalf("the catalogue changed through a returned engine: %+v", e)
	}
}

func TestLookupAndForFormat(t *testing.T) {
	if _, err := Lookup("tgi"); err == nil || err.Error() != `unknown engine "tgi" (known: gintonic, llamacpp, trainer, vllm)` {
		t.Fatalf("Lookup(tgi) = %v", err)
	}
	for format, want := range map[string]string{FormatGGUF: "gintonic", FormatSafetensors: "vllm"} {
		if e, err := ForFormat(format); err != nil || e.Name != want {
			t.Errorf("ForFormat(%s) = %s, %v; want %s", format, e.Name, err, want)
		}
	}
	if _, err := ForFormat("onnx"); err == nil || !strings.Contains(err.Error(), `no engine serves "onnx" weights`) {
		t.Errorf("ForFormat(onnx) = %v", err)
	}
}

func TestParseCatalogueRejects(t *testing.T) {
	const ok = "  kind: service\n  image: x\n  formats: [gguf]\n  port: 80\n  health: /health\n"
	for _, tc := range []struct{ yaml, want string }{
		{"engines: {}", "no engines"},
		{"engines:\n e:\n  kind: service\n  image: x\n  formats: [gguf]\n  port: 80\n  health: /health\n  helth: /x\n", "field helth not found"},
		{"engines:\n e:\n" + strings.Replace(ok, "image: x", `image: ""`, 1), "image"},
		{"engines:\n e:\n" + strings.Replace(ok, "[gguf]", "[onnx]", 1), `unknown format "onnx"`},
		{"engines:\n e:\n" + strings.Replace(ok, "/health", "health", 1), `health route "health" does not start with /`},
		{"engines:\n e:\n" + strings.Replace(ok, "  port: 80\n", "", 1), "a service needs a port"},
		{"engines:\n e:\n" + ok + "  args: [\"{model}\"]\n", "unknown placeholder {model}"},
		{"engines:\n e:\n" + ok + "  default_for: [safetensors]\n", "default for safetensors, which it does not serve"},
		{"engines:\n e:\n" + strings.Replace(ok, "[gguf]", "[safetensors]", 1) + "  args: [-m, \"{model_file}\"]\n", "{model_file} in an engine that serves other formats"},
		{"engines:\n e:\n" + ok + "  env: {T: \"{train_text}\"}\n", "{train_text} in an engine that is not a batch job"},
		{"engines:\n a:\n" + ok + "  default_for: [gguf]\n b:\n" + ok + "  default_for: [gguf]\n", "both a and b are the default for gguf"},
	} {
		if _, err := parseCatalogue([]byte(tc.yaml)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one containing %q", tc.yaml, err, tc.want)
		}
	}
}

func TestContainer(t *testing.T) {
	for _, tc := range []struct {
		engine string
		in     Input
		want   Container
	}{
		{"gintonic", Input{ModelDir: "/var/lib/gintonic/models/abc", ModelFile: "stories260K.gguf", ServedName: "karpathy/tinyllamas"},
			Container{Image: "gintonic/runtime:dev", Cmd: []string{},
				Env:  map[string]string{"MODEL_PATH": "/repository/stories260K.gguf", "MODEL_NAME": "karpathy/tinyllamas"},
				Port: 8080, HealthPath: "/health", MetricsPath: "/metrics", QueueMetric: "gintonic_runtime_requests_waiting",
				ModelDir: "/var/lib/gintonic/models/abc", ModelMount: "/repository"}},
		{"llamacpp", Input{ModelDir: "/models/qwen", ModelFile: "gguf/qwen2.5-7b-instruct-q4_k_m.gguf", ServedName: "Qwen/Qwen2.5-7B-Instruct-GGUF", GPUs: 1, Slots: 8},
			Container{Image: "ghcr.io/ggml-org/llama.cpp:server-cuda-b11206@sha256:3e7673cce183a55f97a1bc3c80817f3c61452483c13bc088a6766388af4775fe",
				Cmd: []string{"-m", "/repository/gguf/qwen2.5-7b-instruct-q4_k_m.gguf", "--host", "0.0.0.0", "--port", "8080",
					"--alias", "Qwen/Qwen2.5-7B-Instruct-GGUF", "--metrics", "-ngl", "999", "-np", "8"},
				Env: map[string]string{}, Port: 8080, HealthPath: "/health", MetricsPath: "/metrics", QueueMetric: "llamacpp:requests_deferred",
				ModelDir: "/models/qwen", ModelMount: "/repository", NeedsGPU: true}},
		{"vllm", Input{ModelDir: "/models/llama", ServedName: "meta-llama/Meta-Llama-3-8B-Instruct", GPUs: 2},
			Container{Image: "vllm/vllm-openai:v0.30.0@sha256:8a69ffad015f138d7170c4ddc429e230a3bc1c1719f67e14324749df200a4b90",
				Cmd: []string{"--model", "/repository", "--served-model-name", "meta-llama/Meta-Llama-3-8B-Instruct", "--port", "8000",
					"--tensor-parallel-size", "2", "--host", "0.0.0.0"},
				Env:  map[string]string{"HF_HUB_OFFLINE": "1", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1", "HOME": "/tmp"},
				Port: 8000, HealthPath: "/health", MetricsPath: "/metrics", QueueMetric: "vllm:num_requests_waiting",
				ModelDir: "/models/llama", ModelMount: "/repository", NeedsGPU: true}},
		{"trainer", Input{ModelDir: "/models/stories", ModelFile: "stories260K.gguf", TrainText: "Once upon a time\nthere was a fox.", TrainSteps: 40},
			Container{Image: "gintonic/runtime:dev", Cmd: []string{},
				Env: map[string]string{"GIN_MODE": "train", "MODEL_PATH": "/repository/stories260K.gguf",
					"TRAIN_TEXT": "Once upon a time\nthere was a fox.", "TRAIN_STEPS": "40"},
				ModelDir: "/models/stories", ModelMount: "/repository", Batch: true}},
	} {
		t.Run(tc.engine, func(t *testing.T) {
			e, err := Lookup(tc.engine)
			if err != nil {
				t.Fatal(err)
			}
			c, err := e.Container(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c, tc.want) {
				t.Fatalf("got  %#v\nwant %#v", c, tc.want)
			}
		})
	}
	// Defaults: llama.cpp's slots, the trainer's steps.
	llama, _ := Lookup("llamacpp")
	c, err := llama.Container(Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: "m", GPUs: 1})
	if err != nil || c.Cmd[len(c.Cmd)-1] != "4" {
		t.Errorf("default slots: %v, %v", c.Cmd, err)
	}
	trainer, _ := Lookup("trainer")
	c, err = trainer.Container(Input{ModelDir: "/m", ModelFile: "m.gguf", TrainText: "text"})
	if _, set := c.Env["TRAIN_STEPS"]; err != nil || set {
		t.Errorf("default steps: %v, %v", c.Env, err)
	}
}

func TestContainerRefuses(t *testing.T) {
	for _, tc := range []struct {
		engine string
		in     Input
		want   string
	}{
		{"llamacpp", Input{ModelDir: "/m", ServedName: "a/b", GPUs: 1, Format: FormatGGUF},
			"engine llamacpp: no GGUF file named: a GGUF repository needs the file to serve (see PickGGUF)"},
		{"vllm", Input{ModelDir: "/m", ServedName: "a/b"}, "engine vllm: it needs at least one GPU and the job has none"},
		{"llamacpp", Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: "a/b"}, "engine llamacpp: it needs at least one GPU and the job has none"},
		{"vllm", Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: "a/b", GPUs: 1},
			"engine vllm: it serves safetensors, not gguf weights; engines for gguf: gintonic, llamacpp, trainer"},
		{"gintonic", Input{ModelDir: "/m", ServedName: "a/b"},
			"engine gintonic: it serves gguf, not safetensors weights; engines for safetensors: vllm"},
		{"gintonic", Input{ModelDir: "/m", ModelFile: "../etc/passwd.gguf", ServedName: "a/b"}, `GGUF file "../etc/passwd.gguf"`},
		{"gintonic", Input{ModelDir: "/m", ModelFile: "/etc/x.gguf", ServedName: "a/b"}, `GGUF file "/etc/x.gguf"`},
		{"gintonic", Input{ModelDir: "/m", ModelFile: "model.bin", ServedName: "a/b"}, `GGUF file "model.bin"`},
		{"gintonic", Input{ModelDir: "relative", ModelFile: "m.gguf", ServedName: "a/b"}, `model directory "relative" is not a clean absolute path`},
		{"llamacpp", Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: "a/b", GPUs: 1, Slots: 1000}, "1000 slots: want 1 to 256"},
		{"trainer", Input{ModelDir: "/m", ModelFile: "m.gguf"}, "training text: want 1 byte to 120 KiB"},
		{"gintonic", Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: "a/b", TrainText: "x"}, "training text and steps are for the batch trainer"},
	} {
		e, err := Lookup(tc.engine)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.Container(tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %+v: error %v, want one containing %q", tc.engine, tc.in, err, tc.want)
		}
	}
}

// A served name is one argv element that cannot carry another flag, a newline or a placeholder.
func TestServedNameInjection(t *testing.T) {
	llama, _ := Lookup("llamacpp")
	for _, name := range []string{
		"m --api-key x", "m\n--api-key", "--api-key", "-m", "m\tx", "", "m;rm -rf /", "$(id)", "`id`",
		"m\x00", "a/../../etc", "{model_file}", `"quoted"`, strings.Repeat("a", 129),
	} {
		_, err := llama.Container(Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: name, GPUs: 1})
		if err == nil || !strings.Contains(err.Error(), "served model name") {
			t.Errorf("served name %q: error %v, want a refusal", name, err)
		}
	}
	// Accepted names stay one element, exactly as given.
	for _, name := range []string{"org/name", "Qwen/Qwen2.5-7B-Instruct", "ft:stories260K:my-run:abc123", "model_v1.2"} {
		c, err := llama.Container(Input{ModelDir: "/m", ModelFile: "m.gguf", ServedName: name, GPUs: 1})
		if err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		if i := indexOf(c.Cmd, "--alias"); i < 0 || c.Cmd[i+1] != name || len(c.Cmd) != 13 {
			t.Errorf("%q: argv %q", name, c.Cmd)
		}
	}
	// Training text is free text, but it lands in one environment value and is not expanded.
	trainer, _ := Lookup("trainer")
	c, err := trainer.Container(Input{ModelDir: "/m", ModelFile: "m.gguf", TrainText: "{model_dir} --evil\nGIN_MODE=serve"})
	if err != nil || c.Env["TRAIN_TEXT"] != "{model_dir} --evil\nGIN_MODE=serve" || c.Env["GIN_MODE"] != "train" || len(c.Cmd) != 0 {
		t.Errorf("trainer: %+v, %v", c, err)
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
