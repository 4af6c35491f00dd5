package modelfit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// Key aliases: transformers models name the same hyperparameter differently (GPT-2's n_layer,
// T5's d_model, ChatGLM's multi_query_group_num...). The first one present wins.
var (
	keysLayers  = []string{"num_hidden_layers", "n_layer", "num_layers", "n_layers"}
	keysHeads   = []string{"num_attention_heads", "n_head", "num_heads", "n_heads"}
	keysKVHeads = []string{"num_key_value_heads", "num_kv_heads", "n_head_kv", "multi_query_group_num"}
	keysHidden  = []string{"hidden_size", "n_embd", "d_model", "dim"}
	keysInter   = []string{"intermediate_size", "n_inner", "ffn_dim", "ffn_hidden_size"}
	keysContext = []string{"max_position_embeddings", "n_positions", "max_sequence_length", "seq_length", "n_ctx"}
	keysExperts = []string{"num_local_experts", "num_experts", "n_routed_experts"}
	// Multimodal configs keep the language model's hyperparameters in a nested object.
	keysNested = []string{"text_config", "llm_config", "language_config"}
)

// ungatedMLP are model types whose MLP has two matrices (up, down) rather than the three of a
// gated (SwiGLU/GeGLU) MLP that Llama, Mistral, Qwen and Gemma use.
var ungatedMLP = map[string]bool{
	"gpt2": true, "gpt_neox": true, "gptj": true, "opt": true, "bloom": true, "falcon": true,
	"phi": true, "gpt_bigcode": true, "starcoder2": true, "mpt": true,
}

// bytesPerParam of a weight storage type, for estimating weight bytes from a parameter count.
var bytesPerParam = map[string]float64{
	"f32": 4, "bf16": 2, "f16": 2, "fp8": 1, "int8": 1, "int4": 0.5, "mxfp4": 0.53,
}

// FromConfig sizes a safetensors model from its transformers config.json. weightBytes is the sum
// of the repository's *.safetensors file sizes; when it is 0 (unknown), the weight bytes are
// estimated from the parameter count (embeddings + layers × (attention + MLP), vision towers
// not counted) times the bytes of the config's dtype, 16-bit when it names none.
func FromConfig(config []byte, weightBytes int64) (Model, error) {
	if weightBytes < 0 {
		return Model{}, fmt.Errorf("config.json: weight bytes %d is negative", weightBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(config))
	dec.UseNumber()
	var top map[string]any
	if err := dec.Decode(&top); err != nil {
		return Model{}, fmt.Errorf("%w: config.json is not a JSON object: %v", ErrMalformed, err)
	}
	c := cfg{top: top}
	for _, k := range keysNested {
		if sub, ok := top[k].(map[string]any); ok {
			c.text = sub
			break
		}
	}
	m := Model{Format: "safetensors", WeightBytes: weightBytes}
	if a, ok := top["architectures"].([]any); ok && len(a) > 0 {
		m.Architecture, _ = a[0].(string)
	}
	modelType := c.str("model_type")
	if m.Architecture == "" {
		m.Architecture = modelType
	}

	layers, err := c.int("layers", keysLayers, true)
	if err != nil {
		return Model{}, err
	}
	heads, err := c.int("attention heads", keysHeads, true)
	if err != nil {
		return Model{}, err
	}
	hidden, err := c.int("hidden size", keysHidden, false)
	if err != nil {
		return Model{}, err
	}
	kvHeads, err := c.int("key/value heads", keysKVHeads, false)
	if err != nil {
		return Model{}, err
	}
	if kvHeads == 0 {
		kvHeads = heads // no grouped-query attention: one KV head per attention head
	}
	headDim, err := c.int("head dimension", []string{"head_dim"}, false)
	if err != nil {
		return Model{}, err
	}
	if headDim == 0 {
		if hidden == 0 {
			return Model{}, fmt.Errorf("%w: config.json has neither head_dim nor hidden_size: cannot size the KV cache", ErrMalformed)
		}
		headDim = hidden / heads
	}
	ctx, err := c.int("context length", keysContext, false)
	if err != nil {
		return Model{}, err
	}
	m.Layers, m.KVHeads, m.HeadDim, m.ContextLength = int(layers), int(kvHeads), int(headDim), int(ctx)
	m.DType = c.dtype()

	params, missing := c.estimateParams(modelType, layers, heads, kvHeads, headDim, hidden)
	m.Params = params
	if weightBytes == 0 {
		if missing != "" {
			return Model{}, fmt.Errorf("%w: config.json has no %s, so the model's size cannot be estimated; give the weight files' sizes", ErrMalformed, missing)
		}
		per, ok := bytesPerParam[m.DType]
		if !ok {
			per = 2
		}
		m.WeightBytes = math.MaxInt64
		if b := math.Ceil(float64(params) * per); b < math.MaxInt64 {
			m.WeightBytes = int64(b)
		}
	}
	return m, nil
}

// cfg looks keys up in the nested language-model config first, then at the top.
type cfg struct{ top, text map[string]any }

func (c cfg) get(key string) (any, bool) {
	if v, ok := c.text[key]; ok && v != nil {
		return v, true
	}
	v, ok := c.top[key]
	return v, ok && v != nil
}

func (c cfg) str(key string) string {
	v, _ := c.get(key)
	s, _ := v.(string)
	return s
}

// int returns the first of keys present as a positive whole number; 0 when none is present
// (an error when required), an error when the value is not such a number.
func (c cfg) int(what string, keys []string, required bool) (int64, error) {
	for _, k := range keys {
		v, ok := c.get(k)
		if !ok {
			continue
		}
		num, ok := v.(json.Number)
		if !ok {
			return 0, fmt.Errorf("%w: config.json %s is %v, not a number", ErrMalformed, k, v)
		}
		n, err := num.Int64()
		if err != nil || n <= 0 || n > 1<<32 {
			return 0, fmt.Errorf("%w: config.json %s is %s, not a positive whole number", ErrMalformed, k, num)
		}
		return n, nil
	}
	if required {
		return 0, fmt.Errorf("%w: config.json has no %s (%s): cannot size the model", ErrMalformed, keys[0], what)
	}
	return 0, nil
}

// dtype is the weights' storage type: the quantization method when there is one, else
// torch_dtype (or dtype, its newer name), normalized to short names.
func (c cfg) dtype() string {
	if q, ok := c.top["quantization_config"].(map[string]any); ok {
		method, _ := q["quant_method"].(string)
		switch method = strings.ToLower(method); {
		case method == "fp8":
			return "fp8"
		case method == "mxfp4":
			return "mxfp4"
		}
		if b, ok := q["bits"].(json.Number); ok {
			if n, err := b.Int64(); err == nil && (n == 4 || n == 8) {
				return fmt.Sprintf("int%d", n)
			}
		}
		if v, _ := q["load_in_4bit"].(bool); v {
			return "int4"
		}
		if v, _ := q["load_in_8bit"].(bool); v {
			return "int8"
		}
		if method != "" {
			return method
		}
	}
	t := c.str("torch_dtype")
	if t == "" {
		t = c.str("dtype")
	}
	switch strings.TrimPrefix(t, "torch.") {
	case "bfloat16":
		return "bf16"
	case "float16", "half":
		return "f16"
	case "float32", "float":
		return "f32"
	case "float8_e4m3fn", "float8_e5m2":
		return "fp8"
	}
	return t
}

// estimateParams counts embeddings, an untied output head, and per layer the attention
// projections (Q and O at heads × headDim, K and V at kvHeads × headDim), the MLP (three matrices
// when gated, two when not; times the experts for a mixture of experts) and two norms, and a
// final norm. It names
// the first missing hyperparameter instead when it cannot.
func (c cfg) estimateParams(modelType string, layers, heads, kvHeads, headDim, hidden int64) (int64, string) {
	vocab, _ := c.int("vocabulary", []string{"vocab_size", "padded_vocab_size"}, false)
	inter, _ := c.int("MLP width", keysInter, false)
	switch {
	case hidden == 0:
		return 0, "hidden_size"
	case vocab == 0:
		return 0, "vocab_size"
	case inter == 0 && ungatedMLP[modelType]:
		inter = 4 * hidden // GPT-2's n_inner: null means 4 × n_embd
	case inter == 0:
		return 0, "intermediate_size"
	}
	// In float64: absurd hyperparameters must saturate, not wrap around.
	h, i := float64(hidden), float64(inter)
	attn := 2*h*float64(heads)*float64(headDim) + 2*h*float64(kvHeads)*float64(headDim)
	mats := 3.0
	if ungatedMLP[modelType] {
		mats = 2
	}
	mlp := mats * h * i
	if experts, _ := c.int("experts", keysExperts, false); experts > 0 {
		width := i
		if w, _ := c.int("expert width", []string{"moe_intermediate_size"}, false); w > 0 {
			width = float64(w)
		}
		e := float64(experts)
		mlp = e*mats*h*width + e*h // the experts and the router
		if shared, _ := c.int("shared experts", []string{"n_shared_experts"}, false); shared > 0 {
			mlp += float64(shared) * mats * h * width
		}
		if w, _ := c.int("shared expert width", []string{"shared_expert_intermediate_size"}, false); w > 0 {
			mlp += mats * h * float64(w)
		}
	}
	embed := float64(vocab) * h
	if tied, _ := c.get("tie_word_embeddings"); tied != true {
		embed *= 2 // a separate output head (the default of most causal LMs)
	}
	total := embed + float64(layers)*(attn+mlp+2*h) + h // two norms a layer, one final norm
	if total >= math.MaxInt64 {
		return math.MaxInt64, ""
	}
	return int64(total), ""
}
