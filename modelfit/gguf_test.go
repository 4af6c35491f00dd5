package modelfit

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gintonic/gintonic/llama"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

var (
	storiesOnce sync.Once
	storiesData []byte
	storiesErr  error
)

// stories returns the TinyStories 260K GGUF the runtime image ships (1.2 MB, arch llama).
func stories(t *testing.T) []byte {
	t.Helper()
	storiesOnce.Do(func() {
		var path string
		if path, storiesErr = runtimeimage.ModelPath(context.Background()); storiesErr == nil {
			storiesData, storiesErr = os.ReadFile(path)
		}
	})
	if storiesErr != nil {
		t.Fatalf("test model: %v (needs `go mod download %s`, network or a warm module cache)", storiesErr, runtimeimage.ModelModule)
	}
	return storiesData
}

// ranges serves reads from b like HTTP Range requests would, and records them.
type ranges struct {
	b     []byte
	reads [][2]int64
}

func (r *ranges) read(off, n int64) ([]byte, error) {
	r.reads = append(r.reads, [2]int64{off, n})
	if off < 0 || off >= int64(len(r.b)) {
		return nil, fmt.Errorf("range %d-%d not satisfiable", off, off+n-1)
	}
	return r.b[off:min(off+n, int64(len(r.b)))], nil
}

func (r *ranges) furthest() int64 {
	var end int64
	for _, rd := range r.reads {
		end = max(end, rd[0]+rd[1])
	}
	return end
}

func TestFromGGUFHeaderTinyStories(t *testing.T) {
	file := stories(t)
	r := &ranges{b: file}
	m, err := FromGGUFHeader(r.read, int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	// The whole-file parser is the reference for what the header says.
	f, err := llama.ParseGGUF(file)
	if err != nil {
		t.Fatal(err)
	}
	var params int64
	for i := range f.Tensors {
		params += int64(f.Tensors[i].Elems())
	}
	uint := func(key string) int {
		v, err := f.Uint(key)
		if err != nil {
			t.Fatal(err)
		}
		return int(v)
	}
	want := Model{Format: "gguf", Architecture: "llama", Params: params, DType: "f32", WeightBytes: int64(len(file)),
		Layers: uint("llama.block_count"), KVHeads: uint("llama.attention.head_count_kv"),
		HeadDim: uint("llama.embedding_length") / uint("llama.attention.head_count"), ContextLength: uint("llama.context_length")}
	if m != want {
		t.Fatalf("got  %+v\nwant %+v", m, want)
	}
	if m.Layers != 5 || m.Params != 292_800 {
		t.Errorf("stories260K: %d layers, %d params; want 5 and 292800", m.Layers, m.Params)
	}
	// Only a prefix of the file was asked for, in one read.
	if len(r.reads) != 1 || r.reads[0][0] != 0 || r.furthest() > firstChunk || r.furthest() >= int64(len(file)) {
		t.Errorf("reads %v of a %d-byte file, want one read of at most %d bytes at 0", r.reads, len(file), firstChunk)
	}

	// The same through an io.ReaderAt.
	m2, err := FromGGUF(bytes.NewReader(file), int64(len(file)))
	if err != nil || m2 != m {
		t.Fatalf("FromGGUF: %+v, %v", m2, err)
	}
}

// A header bigger than the first chunk is read in growing consecutive chunks.
func TestFromGGUFHeaderGrowingReads(t *testing.T) {
	f := &llama.File{Version: 3, Alignment: llama.DefaultAlignment}
	tokens := make([]string, 20_000)
	for i := range tokens {
		tokens[i] = fmt.Sprintf("token-%05d", i)
	}
	f.Set("general.architecture", llama.Value{Type: llama.TypeString, Data: "qwen2"})
	f.Set("general.file_type", llama.Value{Type: llama.TypeUint32, Data: uint32(15)})
	f.Set("qwen2.block_count", llama.Value{Type: llama.TypeUint32, Data: uint32(28)})
	f.Set("qwen2.context_length", llama.Value{Type: llama.TypeUint32, Data: uint32(32768)})
	f.Set("qwen2.embedding_length", llama.Value{Type: llama.TypeUint32, Data: uint32(3584)})
	f.Set("qwen2.attention.head_count", llama.Value{Type: llama.TypeUint32, Data: uint32(28)})
	// Per-layer KV head counts size the cache by their largest.
	f.Set("qwen2.attention.head_count_kv", llama.Value{Type: llama.TypeArray, Elem: llama.TypeInt32, Data: []int32{2, 4, 2}})
	f.Set("tokenizer.ggml.tokens", llama.Value{Type: llama.TypeArray, Elem: llama.TypeString, Data: tokens})
	f.Set("tokenizer.ggml.scores", llama.Value{Type: llama.TypeArray, Elem: llama.TypeFloat32, Data: make([]float32, len(tokens))})
	f.Tensors = []llama.Tensor{llama.F32Tensor("output_norm.weight", []uint64{64}, make([]float32, 64))}
	var buf bytes.Buffer
	if err := llama.WriteGGUF(&buf, f); err != nil {
		t.Fatal(err)
	}
	r := &ranges{b: buf.Bytes()}
	m, err := FromGGUFHeader(r.read, int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	want := Model{Format: "gguf", Architecture: "qwen2", Params: 64, DType: "q4_k_m", WeightBytes: int64(buf.Len()),
		Layers: 28, KVHeads: 4, HeadDim: 128, ContextLength: 32768}
	if m != want {
		t.Fatalf("got  %+v\nwant %+v", m, want)
	}
	var next int64
	for i, rd := range r.reads {
		if rd[0] != next || (i > 0 && rd[1] < r.reads[i-1][1] && rd[0]+rd[1] < int64(buf.Len())) {
			t.Fatalf("reads %v: want consecutive, growing chunks", r.reads)
		}
		next = rd[0] + rd[1]
	}
	if len(r.reads) < 2 || len(r.reads) > 4 {
		t.Errorf("%d reads for a %d-byte header: %v", len(r.reads), buf.Len(), r.reads)
	}
}

func TestFromGGUFHeaderMalformed(t *testing.T) {
	file := stories(t)
	// A header claiming a 100 MiB string in a 1 GiB file.
	var huge bytes.Buffer
	huge.WriteString("GGUF")
	for _, v := range []any{uint32(3), uint64(0), uint64(1), uint64(5), []byte("a.b.c"), uint32(8), uint64(100 << 20)} {
		binary.Write(&huge, binary.LittleEndian, v)
	}
	for _, tc := range []struct {
		name   string
		data   []byte
		size   int64
		is     error
		want   string
		within int64 // bytes the reads may reach
	}{
		{"not GGUF", []byte(llama3_8B), int64(len(llama3_8B)), ErrNotGGUF, "not a GGUF file: it starts with \"{\\n  \", want \"GGUF\"", firstChunk},
		{"empty", nil, 0, ErrNotGGUF, "not a GGUF file: 0 bytes is too short for a GGUF header", 0},
		{"cut in the header", file[:1000], 1000, ErrMalformed, "truncated GGUF: the file ends at byte 1000", 1000},
		{"cut in the data", file[:100_000], 100_000, ErrMalformed, "truncated GGUF: 100000 bytes, but its tensor data reaches past byte", firstChunk},
		{"header over 64 MiB", huge.Bytes(), 1 << 30, ErrMalformed, "GGUF header is larger than 64 MiB", firstChunk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &ranges{b: tc.data}
			_, err := FromGGUFHeader(r.read, tc.size)
			if !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %v containing %q", err, tc.is, tc.want)
			}
			if r.furthest() > tc.within {
				t.Errorf("reads %v reach past %d", r.reads, tc.within)
			}
		})
	}
	// A read error is passed on with the range it was for.
	_, err := FromGGUFHeader(func(off, n int64) ([]byte, error) { return nil, errors.New("HTTP 403") }, 1<<20)
	if err == nil || err.Error() != "read GGUF bytes 0-65535: HTTP 403" {
		t.Fatalf("error %v", err)
	}
}
