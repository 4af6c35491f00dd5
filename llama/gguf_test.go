package llama

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

// sampleFile is a small GGUF holding every metadata type and two tensors.
func sampleFile() *File {
	return &File{
		Version:   3,
		Alignment: 32,
		KV: []KV{
			{"u8", Value{Type: TypeUint8, Data: uint8(7)}},
			{"i8", Value{Type: TypeInt8, Data: int8(-7)}},
			{"u16", Value{Type: TypeUint16, Data: uint16(700)}},
			{"i16", Value{Type: TypeInt16, Data: int16(-700)}},
			{"u32", Value{Type: TypeUint32, Data: uint32(70000)}},
			{"i32", Value{Type: TypeInt32, Data: int32(-70000)}},
			{"f32", Value{Type: TypeFloat32, Data: float32(1.5)}},
			{"bool", Value{Type: TypeBool, Data: true}},
			{"str", Value{Type: TypeString, Data: "héllo"}},
			{"u64", Value{Type: TypeUint64, Data: uint64(1 << 40)}},
			{"i64", Value{Type: TypeInt64, Data: int64(-1 << 40)}},
			{"f64", Value{Type: TypeFloat64, Data: 2.25}},
			{"strs", Value{Type: TypeArray, Elem: TypeString, Data: []string{"a", "", "ccc"}}},
			{"f32s", Value{Type: TypeArray, Elem: TypeFloat32, Data: []float32{1, -2}}},
			{"i32s", Value{Type: TypeArray, Elem: TypeInt32, Data: []int32{3, -4}}},
			{"bools", Value{Type: TypeArray, Elem: TypeBool, Data: []bool{true, false}}},
			{"nested", Value{Type: TypeArray, Elem: TypeArray, Data: []Value{
				{Type: TypeArray, Elem: TypeUint8, Data: []uint8{1, 2}},
				{Type: TypeArray, Elem: TypeString, Data: []string{"x"}},
			}}},
			{"general.alignment", Value{Type: TypeUint32, Data: uint32(32)}},
		},
		Tensors: []Tensor{
			F32Tensor("alpha.weight", []uint64{3}, []float32{1, 2, 3}),
			F32Tensor("beta.weight", []uint64{2, 2}, []float32{-1, 0.5, 4, 8}),
		},
	}
}

func encode(t testing.TB, f *File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteGGUF(&buf, f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGGUFRoundTrip(t *testing.T) {
	want := sampleFile()
	got, err := ParseGGUF(encode(t, want))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.KV, want.KV) {
		t.Errorf("metadata differs:\n got %+v\nwant %+v", got.KV, want.KV)
	}
	b, _ := got.Tensor("beta.weight")
	if vals, err := b.Float32s(); err != nil || !reflect.DeepEqual(vals, []float32{-1, 0.5, 4, 8}) {
		t.Errorf("tensor b = %v, %v", vals, err)
	}
	if !reflect.DeepEqual(b.Dims, []uint64{2, 2}) {
		t.Errorf("tensor b dims = %v", b.Dims)
	}
	if s, err := got.String("str"); err != nil || s != "héllo" {
		t.Errorf("String(str) = %q, %v", s, err)
	}
	if n, err := got.Uint("i32"); err == nil {
		t.Errorf("Uint of a negative int32 = %d, want an error", n)
	}
}

// The real model file is rewritten byte for byte: the writer lays out data as converters do.
func TestGGUFRewriteModel(t *testing.T) {
	orig, err := os.ReadFile(testModelPath(t))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseGGUF(orig)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, f), orig) {
		t.Error("rewriting the model file changed its bytes")
	}
}

func TestGGUFErrors(t *testing.T) {
	good := encode(t, sampleFile())
	le := binary.LittleEndian
	// headerEnd is where the first key/value starts.
	const headerEnd = 24
	patch := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	// tensorA is where the tensor info of alpha.weight continues after its name: dimension
	// count (4 bytes), one dimension (8), type (4), offset (8).
	tensorA := bytes.Index(good, []byte("alpha.weight")) + len("alpha.weight")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "truncated reading magic"},
		{"bad magic", patch(func(b []byte) []byte { copy(b, "GGML"); return b }), `bad magic "GGML"`},
		{"version 1", patch(func(b []byte) []byte { le.PutUint32(b[4:], 1); return b }), "unsupported version 1"},
		{"truncated header", good[:20], "truncated reading metadata count"},
		{"truncated metadata", good[:headerEnd+5], "truncated"},
		{"truncated key", good[:headerEnd+200], "truncated reading"},
		{"huge kv count", patch(func(b []byte) []byte { le.PutUint64(b[16:], 1<<60); return b }), "cannot fit"},
		{"unknown value type", patch(func(b []byte) []byte { le.PutUint32(b[headerEnd+8+2:], 99); return b }), "unknown value type 99"},
		{"huge string", patch(func(b []byte) []byte { le.PutUint64(b[headerEnd:], 1<<62); return b }), "truncated reading metadata key"},
		{"unknown tensor type", patch(func(b []byte) []byte { le.PutUint32(b[tensorA+4+8:], 77); return b }), "unknown tensor type 77"},
		{"misaligned tensor", patch(func(b []byte) []byte { le.PutUint64(b[tensorA+4+8+4:], 3); return b }), "not aligned"},
		{"tensor past end", patch(func(b []byte) []byte { le.PutUint64(b[tensorA+4+8+4:], 1<<20); return b }), "truncated"},
		{"truncated tensor data", good[:len(good)-40], `tensor "beta.weight" data`},
		{"too many dims", patch(func(b []byte) []byte { le.PutUint32(b[tensorA:], 9); return b }), "9 dimensions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGGUF(tt.data)
			if err == nil {
				t.Fatalf("parsed without error, want %q", tt.want)
			}
			if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want ErrFormat containing %q", err, tt.want)
			}
		})
	}
}

func TestGGUFAlignmentAndTypes(t *testing.T) {
	f := sampleFile()
	f.Alignment = 64
	f.Set("general.alignment", Value{Type: TypeUint32, Data: uint32(64)})
	got, err := ParseGGUF(encode(t, f))
	if err != nil || got.Alignment != 64 {
		t.Fatalf("alignment 64: got %v, %v", got, err)
	}
	f.Set("general.alignment", Value{Type: TypeUint32, Data: uint32(48)})
	f.Alignment = 48
	if _, err := ParseGGUF(encode(t, f)); err == nil || !strings.Contains(err.Error(), "power of two") {
		t.Errorf("alignment 48: error %v, want power of two", err)
	}

	half := Tensor{Name: "h", Dims: []uint64{4}, Type: TensorF16, Data: make([]byte, 8)}
	if _, err := half.Float32s(); err == nil || !strings.Contains(err.Error(), "f16") {
		t.Errorf("f16 tensor: error %v, want one naming f16", err)
	}
	q := Tensor{Name: "q", Dims: []uint64{32}, Type: TensorQ4_0, Data: make([]byte, 18)}
	if _, err := q.Float32s(); err == nil || !strings.Contains(err.Error(), "q4_0") {
		t.Errorf("q4_0 tensor: error %v, want one naming q4_0", err)
	}

	bad := sampleFile()
	bad.KV = append(bad.KV, KV{"wrong", Value{Type: TypeUint32, Data: "not a number"}})
	if err := WriteGGUF(&bytes.Buffer{}, bad); err == nil || !strings.Contains(err.Error(), `"wrong"`) {
		t.Errorf("mistyped value: error %v, want one naming the key", err)
	}
}
