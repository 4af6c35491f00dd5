package llama

import (
	"os"
	"testing"
)

// FuzzReadGGUF feeds arbitrary bytes to the GGUF reader, which must return an error rather
// than panic or allocate without bound.
func FuzzReadGGUF(f *testing.F) {
	good := encode(f, sampleFile())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("GGUF\x03\x00\x00\x00"))
	loadTestModel() // the model seeds the corpus when it is available; fuzzing works without it
	if b, err := os.ReadFile(modelPathV); modelErr == nil && err == nil {
		f.Add(b[:4096]) // header, vocabulary and the start of the tensor infos
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ParseGGUF(data)
		if err != nil {
			return
		}
		for i := range file.Tensors {
			file.Tensors[i].Float32s()
		}
		FromGGUF(file)
	})
}
