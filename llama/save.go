package llama

import (
	"fmt"
	"slices"
)

// GGUF returns the model as a GGUF file: the source metadata and tensors, with output.weight
// holding the model's current output projection unless it is still tied to token_embd.
func (m *Model) GGUF() *File {
	f := &File{Version: 3, KV: slices.Clone(m.file.KV), Alignment: m.file.Alignment}
	f.Tensors = slices.Clone(m.file.Tensors)
	if m.tied {
		return f
	}
	c := m.Config
	out := F32Tensor("output.weight", []uint64{uint64(c.Dim), uint64(c.Vocab)}, m.output)
	if t, ok := f.Tensor("output.weight"); ok {
		*t = out
	} else {
		f.Tensors = append(f.Tensors, out)
	}
	return f
}

// Save writes the model as a GGUF file at path that Load reads back.
func (m *Model) Save(path string) error {
	if err := WriteGGUFFile(path, m.GGUF()); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}
