package llama

import (
	"strings"
	"testing"
)

func TestLoadConfig(t *testing.T) {
	c := testModel(t).Config
	want := Config{Dim: 64, Hidden: 172, Layers: 5, Heads: 8, KVHeads: 4, HeadDim: 8, RopeDim: 8,
		Vocab: 512, Context: 2048, Eps: 1e-5, RopeBase: 10000}
	if c != want {
		t.Errorf("config %+v, want %+v", c, want)
	}
}

func TestLoadErrors(t *testing.T) {
	m := testModel(t)
	tests := []struct {
		name   string
		change func(f *File)
		want   string
	}{
		{"quantised tensor", func(f *File) {
			tt, _ := f.Tensor("blk.0.attn_q.weight")
			tt.Type, tt.Data = TensorQ8_0, make([]byte, 64*64/32*34)
		}, `"blk.0.attn_q.weight": element type q8_0 is not supported`},
		{"missing tensor", func(f *File) { f.Tensors = f.Tensors[:len(f.Tensors)-1] }, `"blk.4.ffn_norm.weight" is missing`},
		{"wrong shape", func(f *File) {
			tt, _ := f.Tensor("output_norm.weight")
			tt.Dims = []uint64{32, 2}
		}, "has shape [32 2], want [64]"},
		{"other architecture", func(f *File) {
			f.Set("general.architecture", Value{Type: TypeString, Data: "gpt2"})
		}, `architecture "gpt2" is not supported`},
		{"bad heads", func(f *File) {
			f.Set("llama.attention.head_count_kv", Value{Type: TypeUint32, Data: uint32(3)})
		}, "3 key/value heads do not divide 8 heads"},
		{"no vocabulary", func(f *File) {
			f.Set("tokenizer.ggml.tokens", Value{Type: TypeUint32, Data: uint32(1)})
		}, `"tokenizer.ggml.tokens": value of type uint32`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := m.GGUF()
			tt.change(f)
			_, err := FromGGUF(f)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}
