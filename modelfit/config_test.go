package modelfit

import (
	"errors"
	"strings"
	"testing"
)

// Meta-Llama-3-8B's config.json as published on the Hub.
const llama3_8B = `{
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 128000,
  "eos_token_id": 128001,
  "hidden_act": "silu",
  "hidden_size": 4096,
  "initializer_range": 0.02,
  "intermediate_size": 14336,
  "max_position_embeddings": 8192,
  "model_type": "llama",
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "pretraining_tp": 1,
  "rms_norm_eps": 1e-05,
  "rope_scaling": null,
  "rope_theta": 500000.0,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.40.0.dev0",
  "use_cache": true,
  "vocab_size": 128256
}`

// Mistral-Nemo (12B): head_dim 128 where hidden_size / heads would be 160, GQA with 8 KV heads,
// a context of a million tokens.
const mistralNemo = `{
  "architectures": ["MistralForCausalLM"],
  "attention_dropout": 0.0,
  "bos_token_id": 1,
  "eos_token_id": 2,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 5120,
  "initializer_range": 0.02,
  "intermediate_size": 14336,
  "max_position_embeddings": 1024000,
  "model_type": "mistral",
  "num_attention_heads": 32,
  "num_hidden_layers": 40,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_theta": 1000000.0,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.43.0.dev0",
  "use_cache": true,
  "vocab_size": 131072
}`

// Qwen3-8B uses the newer "dtype" spelling in recent exports; head_dim is explicit.
const qwen3_8B = `{
  "architectures": ["Qwen3ForCausalLM"],
  "attention_bias": false,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 4096,
  "intermediate_size": 12288,
  "max_position_embeddings": 40960,
  "model_type": "qwen3",
  "num_attention_heads": 32,
  "num_hidden_layers": 36,
  "num_key_value_heads": 8,
  "rope_theta": 1000000,
  "tie_word_embeddings": false,
  "dtype": "bfloat16",
  "vocab_size": 151936
}`

// A Mistral-Small-3.1-style multimodal config: the language model's hyperparameters are in
// text_config, the dtype at the top.
const mistral3Multimodal = `{
  "architectures": ["Mistral3ForConditionalGeneration"],
  "image_token_index": 10,
  "model_type": "mistral3",
  "multimodal_projector_bias": false,
  "projector_hidden_act": "gelu",
  "spatial_merge_size": 2,
  "text_config": {
    "attention_dropout": 0.0,
    "head_dim": 128,
    "hidden_act": "silu",
    "hidden_size": 5120,
    "initializer_range": 0.02,
    "intermediate_size": 32768,
    "max_position_embeddings": 131072,
    "model_type": "mistral",
    "num_attention_heads": 32,
    "num_hidden_layers": 40,
    "num_key_value_heads": 8,
    "rms_norm_eps": 1e-05,
    "rope_theta": 1000000000.0,
    "sliding_window": null,
    "use_cache": true,
    "vocab_size": 131072
  },
  "torch_dtype": "bfloat16",
  "transformers_version": "4.50.0.dev0",
  "vision_config": {
    "head_dim": 64,
    "hidden_size": 1024,
    "image_size": 1540,
    "intermediate_size": 4096,
    "model_type": "pixtral",
    "num_attention_heads": 16,
    "num_hidden_layers": 24,
    "patch_size": 14
  },
  "vision_feature_layer": -1
}`

func TestFromConfigLlama3_8B(t *testing.T) {
	m, err := FromConfig([]byte(llama3_8B), 0)
	if err != nil {
		t.Fatal(err)
	}
	// 8,030,261,248 is the parameter count Meta publishes for Llama 3 8B.
	want := Model{Format: "safetensors", Architecture: "LlamaForCausalLM", Params: 8_030_261_248, DType: "bf16",
		WeightBytes: 2 * 8_030_261_248, Layers: 32, KVHeads: 8, HeadDim: 128, ContextLength: 8192}
	if m != want {
		t.Fatalf("got  %+v\nwant %+v", m, want)
	}
	if got := GiB(m.WeightBytes); got != "15.0 GiB" {
		t.Errorf("weights %s, want 15.0 GiB", got)
	}
	// The repository's own safetensors sizes (any total: here one a little above the tensors'
	// bytes, as the files' JSON headers add) win over the estimate.
	m, err = FromConfig([]byte(llama3_8B), 16_060_556_376)
	if err != nil || m.WeightBytes != 16_060_556_376 || m.Params != 8_030_261_248 {
		t.Fatalf("with weight bytes: %+v, %v", m, err)
	}
}

func TestFromConfigHeadDimAndGQA(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		want         Model
		minP, maxP   int64 // parameter estimate bounds
	}{
		{"mistral-nemo", mistralNemo,
			Model{Format: "safetensors", Architecture: "MistralForCausalLM", DType: "bf16", Layers: 40, KVHeads: 8, HeadDim: 128, ContextLength: 1024000},
			12_247_782_400, 12_247_782_400},
		{"qwen3-8b", qwen3_8B, // 8,190,735,360 published; the estimate leaves out the per-head Q/K norms
			Model{Format: "safetensors", Architecture: "Qwen3ForCausalLM", DType: "bf16", Layers: 36, KVHeads: 8, HeadDim: 128, ContextLength: 40960},
			8_190_000_000, 8_190_735_360},
		{"mistral3 text_config", mistral3Multimodal, // 24B with its vision tower, which is not counted
			Model{Format: "safetensors", Architecture: "Mistral3ForConditionalGeneration", DType: "bf16", Layers: 40, KVHeads: 8, HeadDim: 128, ContextLength: 131072},
			23_500_000_000, 23_600_000_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := FromConfig([]byte(tc.config), 0)
			if err != nil {
				t.Fatal(err)
			}
			if m.Params < tc.minP || m.Params > tc.maxP {
				t.Errorf("params %d, want %d..%d", m.Params, tc.minP, tc.maxP)
			}
			if m.WeightBytes != 2*m.Params {
				t.Errorf("weight bytes %d, want 2 × params at bf16", m.WeightBytes)
			}
			m.Params, m.WeightBytes = 0, 0
			if m != tc.want {
				t.Errorf("got  %+v\nwant %+v", m, tc.want)
			}
		})
	}
	// GQA sizes the KV cache: 40 layers × 8 KV heads × 128 × K and V × 2 bytes × 2048 tokens.
	m, _ := FromConfig([]byte(mistralNemo), 0)
	if n := m.Need(0); n.KVCache != 40*8*128*2*2*2048 || n.Tokens != 2048 {
		t.Errorf("KV cache %d bytes for %d tokens", n.KVCache, n.Tokens)
	}
}

func TestFromConfigDTypes(t *testing.T) {
	for _, tc := range []struct{ extra, want string }{
		{`, "torch_dtype": "float16"`, "f16"},
		{`, "torch_dtype": "float32"`, "f32"},
		{`, "dtype": "torch.bfloat16"`, "bf16"},
		{`, "quantization_config": {"quant_method": "fp8"}, "torch_dtype": "bfloat16"`, "fp8"},
		{`, "quantization_config": {"quant_method": "awq", "bits": 4}, "torch_dtype": "float16"`, "int4"},
		{`, "quantization_config": {"quant_method": "bitsandbytes", "load_in_8bit": true}`, "int8"},
		{``, ""},
	} {
		config := `{"num_hidden_layers": 2, "num_attention_heads": 4, "hidden_size": 64, "intermediate_size": 128, "vocab_size": 1000` + tc.extra + `}`
		m, err := FromConfig([]byte(config), 0)
		if err != nil {
			t.Fatalf("%s: %v", tc.extra, err)
		}
		if m.DType != tc.want {
			t.Errorf("%s: dtype %q, want %q", tc.extra, m.DType, tc.want)
		}
	}
}

func TestFromConfigMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		weights      int64
		want         string
	}{
		{"not JSON", `<html>404</html>`, 0, "config.json is not a JSON object"},
		{"no layers", `{"architectures": ["LlamaForCausalLM"], "num_attention_heads": 32, "hidden_size": 4096}`, 0,
			"config.json has no num_hidden_layers (layers): cannot size the model"},
		{"layers not a number", `{"num_hidden_layers": "32", "num_attention_heads": 32}`, 0, `config.json num_hidden_layers is 32, not a number`},
		{"negative heads", `{"num_hidden_layers": 32, "num_attention_heads": -1}`, 0, "num_attention_heads is -1, not a positive whole number"},
		{"no size and no weights", `{"num_hidden_layers": 2, "num_attention_heads": 4, "hidden_size": 64}`, 0,
			"config.json has no vocab_size, so the model's size cannot be estimated; give the weight files' sizes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := FromConfig([]byte(tc.config), tc.weights)
			if err == nil || !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want ErrMalformed containing %q", err, tc.want)
			}
		})
	}
	// The size is not needed when the weight files' sizes are known.
	if _, err := FromConfig([]byte(`{"num_hidden_layers": 2, "num_attention_heads": 4, "hidden_size": 64}`), 1<<20); err != nil {
		t.Fatal(err)
	}
}
