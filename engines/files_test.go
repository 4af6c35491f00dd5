package engines

import (
	"strings"
	"testing"
)

func TestPickGGUF(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		want  string // "" for an error
	}{
		{"Q4_K_M first", []string{"README.md", "llama-3-8b.Q2_K.gguf", "llama-3-8b.Q8_0.gguf", "llama-3-8b.Q4_K_M.gguf", "llama-3-8b.f16.gguf"},
			"llama-3-8b.Q4_K_M.gguf"},
		{"then Q8_0", []string{"qwen2.5-0.5b-instruct-fp16.gguf", "qwen2.5-0.5b-instruct-q8_0.gguf", "qwen2.5-0.5b-instruct-q5_k_m.gguf"},
			"qwen2.5-0.5b-instruct-q8_0.gguf"},
		{"then the first name", []string{"model-q5_k_m.gguf", "model-f16.gguf", "model-iq4_xs.gguf"}, "model-f16.gguf"},
		{"Q4_K_M is a whole token", []string{"model-q4_k_m2.gguf", "model-q6_k.gguf"}, "model-q4_k_m2.gguf"},
		{"no projector", []string{"mmproj-model-f16.gguf", "gemma-3-4b-it-Q6_K.gguf"}, "gemma-3-4b-it-Q6_K.gguf"},
		{"first shard of a split model", []string{"Q4_K_M/big-Q4_K_M-00002-of-00003.gguf", "Q4_K_M/big-Q4_K_M-00001-of-00003.gguf",
			"Q4_K_M/big-Q4_K_M-00003-of-00003.gguf", "Q8_0/big-Q8_0-00001-of-00004.gguf"}, "Q4_K_M/big-Q4_K_M-00001-of-00003.gguf"},
		{"only a projector", []string{"mmproj-f16.gguf", "config.json"}, ""},
		{"none", []string{"model.safetensors", "config.json"}, ""},
		{"empty", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := PickGGUF(tc.files)
			if tc.want == "" {
				if err == nil || err.Error() != "no GGUF model file in the repository (multimodal projectors and split shards after the first do not count)" {
					t.Fatalf("PickGGUF = %q, %v; want the no-GGUF error", got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("PickGGUF = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		files []string
		want  string
	}{
		{[]string{"config.json", "model-00001-of-00004.safetensors", "model.safetensors.index.json"}, FormatSafetensors},
		{[]string{"README.md", "model.Q4_K_M.gguf"}, FormatGGUF},
		{[]string{"model.safetensors", "gguf/model.Q8_0.GGUF"}, FormatGGUF}, // both: the GGUF is served
		{[]string{"model.safetensors", "mmproj-f16.gguf"}, FormatSafetensors},
	} {
		if got, err := FormatOf(tc.files); err != nil || got != tc.want {
			t.Errorf("FormatOf(%v) = %q, %v; want %q", tc.files, got, err, tc.want)
		}
	}
	for _, files := range [][]string{nil, {"pytorch_model.bin", "config.json"}, {"mmproj-f16.gguf"}} {
		if _, err := FormatOf(files); err == nil || err.Error() != "no GGUF or safetensors weights in the repository" {
			t.Errorf("FormatOf(%v) = %v", files, err)
		}
	}
}

func TestNeededFetchesOnlyWhatIsServed(t *testing.T) {
	for _, c := range []struct {
		name  string
		files []string
		want  []string
	}{
		{"one quantization of several, with the card and config",
			[]string{"README.md", "config.json", "m-Q8_0.gguf", "m-Q4_K_M.gguf", "m-f16.gguf", "mmproj-f16.gguf"},
			[]string{"README.md", "config.json", "m-Q4_K_M.gguf"}},
		{"every shard of a split model, no other model",
			[]string{"big-Q4_K_M-00001-of-00002.gguf", "big-Q4_K_M-00002-of-00002.gguf", "big-Q8_0-00001-of-00002.gguf", "big-Q8_0-00002-of-00002.gguf"},
			[]string{"big-Q4_K_M-00001-of-00002.gguf", "big-Q4_K_M-00002-of-00002.gguf"}},
		{"safetensors without the pytorch and flax copies",
			[]string{"config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "pytorch_model.bin", "flax_model.msgpack", "tokenizer.json"},
			[]string{"config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "tokenizer.json"}},
	} {
		got, err := Needed(c.files)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: Needed = %v, want %v", c.name, got, c.want)
		}
	}
	if _, err := Needed([]string{"README.md", "pytorch_model.bin"}); err == nil {
		t.Error("a repository without GGUF or safetensors weights: no error")
	}
}
