package llama

import (
	"fmt"
)

// Config holds a Llama model's hyperparameters, read from the llama.* metadata.
type Config struct {
	Dim      int     // embedding width (llama.embedding_length)
	Hidden   int     // feed-forward width (llama.feed_forward_length)
	Layers   int     // transformer blocks (llama.block_count)
	Heads    int     // query heads (llama.attention.head_count)
	KVHeads  int     // key/value heads (llama.attention.head_count_kv), for grouped-query attention
	HeadDim  int     // Dim / Heads
	RopeDim  int     // rotated dimensions per head (llama.rope.dimension_count)
	Vocab    int     // tokens
	Context  int     // longest sequence (llama.context_length)
	Eps      float32 // RMSNorm epsilon (llama.attention.layer_norm_rms_epsilon)
	RopeBase float64 // RoPE frequency base (llama.rope.freq_base)
}

// layer is one transformer block's weights; matrices are row-major [out][in].
type layer struct {
	attnNorm, wq, wk, wv, wo []float32
	ffnNorm, gate, up, down  []float32
}

// Model is a loaded Llama model: weights, hyperparameters and tokenizer. It is immutable and
// safe for concurrent use; each generation keeps its own KV cache.
type Model struct {
	Config    Config
	Tokenizer *Tokenizer

	embd    []float32 // [Vocab][Dim]
	layers  []layer
	outNorm []float32
	output  []float32 // [Vocab][Dim]; aliases embd when the file has no output.weight
	tied    bool
	file    *File // the source file, kept so a fine-tuned model can be saved with its metadata
}

// Load reads a float32 Llama GGUF file.
func Load(path string) (*Model, error) {
	f, err := OpenGGUF(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m, err := FromGGUF(f)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}

// FromGGUF builds a model from a parsed GGUF file.
func FromGGUF(f *File) (*Model, error) {
	arch, err := f.String("general.architecture")
	if err != nil {
		return nil, err
	}
	if arch != "llama" {
		return nil, fmt.Errorf("architecture %q is not supported (only llama)", arch)
	}
	cfg, err := readConfig(f)
	if err != nil {
		return nil, err
	}
	tok, err := NewTokenizer(f)
	if err != nil {
		return nil, err
	}
	cfg.Vocab = tok.VocabSize()
	m := &Model{Config: cfg, Tokenizer: tok, file: f}
	w := weightReader{f: f}
	kvDim := cfg.KVHeads * cfg.HeadDim
	m.embd = w.matrix("token_embd.weight", cfg.Dim, cfg.Vocab)
	m.outNorm = w.vector("output_norm.weight", cfg.Dim)
	if _, ok := f.Tensor("output.weight"); ok {
		m.output = w.matrix("output.weight", cfg.Dim, cfg.Vocab)
	} else {
		m.output, m.tied = m.embd, true
	}
	for i := range cfg.Layers {
		p := fmt.Sprintf("blk.%d.", i)
		m.layers = append(m.layers, layer{
			attnNorm: w.vector(p+"attn_norm.weight", cfg.Dim),
			wq:       w.matrix(p+"attn_q.weight", cfg.Dim, cfg.Dim),
			wk:       w.matrix(p+"attn_k.weight", cfg.Dim, kvDim),
			wv:       w.matrix(p+"attn_v.weight", cfg.Dim, kvDim),
			wo:       w.matrix(p+"attn_output.weight", cfg.Dim, cfg.Dim),
			ffnNorm:  w.vector(p+"ffn_norm.weight", cfg.Dim),
			gate:     w.matrix(p+"ffn_gate.weight", cfg.Dim, cfg.Hidden),
			up:       w.matrix(p+"ffn_up.weight", cfg.Dim, cfg.Hidden),
			down:     w.matrix(p+"ffn_down.weight", cfg.Hidden, cfg.Dim),
		})
	}
	if w.err != nil {
		return nil, w.err
	}
	return m, nil
}

func readConfig(f *File) (Config, error) {
	var c Config
	ints := []struct {
		key string
		dst *int
	}{
		{"llama.embedding_length", &c.Dim},
		{"llama.feed_forward_length", &c.Hidden},
		{"llama.block_count", &c.Layers},
		{"llama.attention.head_count", &c.Heads},
		{"llama.context_length", &c.Context},
	}
	for _, it := range ints {
		n, err := f.Uint(it.key)
		if err != nil {
			return c, err
		}
		if n == 0 || n > 1<<20 {
			return c, fmt.Errorf("metadata %q = %d is out of range", it.key, n)
		}
		*it.dst = int(n)
	}
	if c.Dim%c.Heads != 0 {
		return c, fmt.Errorf("embedding length %d is not a multiple of %d heads", c.Dim, c.Heads)
	}
	c.HeadDim = c.Dim / c.Heads
	kv, err := f.UintOr("llama.attention.head_count_kv", uint64(c.Heads))
	if err != nil {
		return c, err
	}
	if kv == 0 || uint64(c.Heads)%kv != 0 {
		return c, fmt.Errorf("%d key/value heads do not divide %d heads", kv, c.Heads)
	}
	c.KVHeads = int(kv)
	rot, err := f.UintOr("llama.rope.dimension_count", uint64(c.HeadDim))
	if err != nil {
		return c, err
	}
	if rot == 0 || rot > uint64(c.HeadDim) || rot%2 != 0 {
		return c, fmt.Errorf("rope dimension count %d does not fit head size %d", rot, c.HeadDim)
	}
	c.RopeDim = int(rot)
	eps, err := f.FloatOr("llama.attention.layer_norm_rms_epsilon", 1e-5)
	if err != nil {
		return c, err
	}
	c.Eps = float32(eps)
	if c.RopeBase, err = f.FloatOr("llama.rope.freq_base", 10000); err != nil {
		return c, err
	}
	return c, nil
}

// weightReader loads float32 tensors, keeping the first error.
type weightReader struct {
	f   *File
	err error
}

// matrix loads a GGML [in, out] tensor: out rows of in values.
func (w *weightReader) matrix(name string, in, out int) []float32 {
	return w.load(name, []uint64{uint64(in), uint64(out)})
}

func (w *weightReader) vector(name string, n int) []float32 {
	return w.load(name, []uint64{uint64(n)})
}

func (w *weightReader) load(name string, dims []uint64) []float32 {
	if w.err != nil {
		return nil
	}
	t, ok := w.f.Tensor(name)
	if !ok {
		w.err = fmt.Errorf("tensor %q is missing", name)
		return nil
	}
	if fmt.Sprint(t.Dims) != fmt.Sprint(dims) {
		w.err = fmt.Errorf("tensor %q has shape %v, want %v", name, t.Dims, dims)
		return nil
	}
	data, err := t.Float32s()
	if err != nil {
		w.err = err
		return nil
	}
	return data
}
