package llama

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// ggufMagic is "GGUF" read as a little-endian uint32.
const ggufMagic = 0x46554747

// DefaultAlignment is the tensor data alignment when general.alignment is absent.
const DefaultAlignment = 32

// ErrFormat is wrapped by every error that reports a malformed GGUF file.
var ErrFormat = errors.New("malformed GGUF")

// ValueType is the type tag of a GGUF metadata value.
type ValueType uint32

// The GGUF metadata value types.
const (
	TypeUint8   ValueType = 0
	TypeInt8    ValueType = 1
	TypeUint16  ValueType = 2
	TypeInt16   ValueType = 3
	TypeUint32  ValueType = 4
	TypeInt32   ValueType = 5
	TypeFloat32 ValueType = 6
	TypeBool    ValueType = 7
	TypeString  ValueType = 8
	TypeArray   ValueType = 9
	TypeUint64  ValueType = 10
	TypeInt64   ValueType = 11
	TypeFloat64 ValueType = 12
)

var valueTypeNames = map[ValueType]string{
	TypeUint8: "uint8", TypeInt8: "int8", TypeUint16: "uint16", TypeInt16: "int16",
	TypeUint32: "uint32", TypeInt32: "int32", TypeFloat32: "float32", TypeBool: "bool",
	TypeString: "string", TypeArray: "array", TypeUint64: "uint64", TypeInt64: "int64",
	TypeFloat64: "float64",
}

func (t ValueType) String() string {
	if n, ok := valueTypeNames[t]; ok {
		return n
	}
	return fmt.Sprintf("ValueType(%d)", uint32(t))
}

// Value is one metadata value. Data holds the Go value of the matching type (uint8, int8,
// uint16, int16, uint32, int32, float32, bool, string, uint64, int64, float64); for an array,
// Elem is the element type and Data a slice of that Go type, or []Value for nested arrays.
type Value struct {
	Type ValueType
	Elem ValueType
	Data any
}

// KV is one metadata key/value pair; File keeps them in file order so a rewrite preserves it.
type KV struct {
	Key   string
	Value Value
}

// Tensor is one tensor: its name, shape in GGML order (Dims[0] varies fastest), element type
// and raw little-endian data.
type Tensor struct {
	Name string
	Dims []uint64
	Type TensorType
	Data []byte
}

// Elems is the number of elements of the tensor.
func (t *Tensor) Elems() uint64 {
	n := uint64(1)
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

// Float32s decodes a float32 tensor; other element types are an error naming the type.
func (t *Tensor) Float32s() ([]float32, error) {
	if t.Type != TensorF32 {
		return nil, fmt.Errorf("tensor %q: element type %s is not supported (only f32)", t.Name, t.Type)
	}
	n := t.Elems()
	if uint64(len(t.Data)) != n*4 {
		return nil, fmt.Errorf("tensor %q: %d bytes of data for %d float32 elements", t.Name, len(t.Data), n)
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
	}
	return out, nil
}

// File is a parsed GGUF file: metadata in file order and tensors with their data.
type File struct {
	Version   uint32
	KV        []KV
	Tensors   []Tensor
	Alignment uint64
}

// OpenGGUF reads and parses the GGUF file at path.
func OpenGGUF(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read GGUF: %w", err)
	}
	f, err := ParseGGUF(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// ReadGGUF reads all of r and parses it as GGUF.
func ReadGGUF(r io.Reader) (*File, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read GGUF: %w", err)
	}
	return ParseGGUF(b)
}

// ParseGGUF parses a whole GGUF v2 or v3 file held in memory. Tensor data aliases b.
func ParseGGUF(b []byte) (*File, error) {
	d := &decoder{b: b}
	magic := d.u32("magic")
	if d.err == nil && magic != ggufMagic {
		return nil, fmt.Errorf("%w: bad magic %q, want \"GGUF\"", ErrFormat, b[:4])
	}
	f := &File{Version: d.u32("version"), Alignment: DefaultAlignment}
	if d.err == nil && f.Version != 2 && f.Version != 3 {
		return nil, fmt.Errorf("%w: unsupported version %d (want 2 or 3)", ErrFormat, f.Version)
	}
	nTensors := d.u64("tensor count")
	nKV := d.u64("metadata count")
	if d.err != nil {
		return nil, d.err
	}
	// Every key/value takes at least 12 bytes and every tensor info at least 24, so counts
	// beyond what the file could hold are rejected before allocating for them.
	if nKV > uint64(len(b))/12 || nTensors > uint64(len(b))/24 {
		return nil, fmt.Errorf("%w: truncated: %d metadata entries and %d tensors cannot fit in %d bytes", ErrFormat, nKV, nTensors, len(b))
	}
	seen := make(map[string]bool, nKV)
	for i := uint64(0); i < nKV; i++ {
		key := d.str("metadata key")
		v := d.value(key, d.valueType(key), 0)
		if d.err != nil {
			return nil, d.err
		}
		if seen[key] {
			return nil, fmt.Errorf("%w: duplicate metadata key %q", ErrFormat, key)
		}
		seen[key] = true
		f.KV = append(f.KV, KV{Key: key, Value: v})
	}
	if v, ok := f.Get("general.alignment"); ok {
		a, err := v.uint()
		if err != nil || a == 0 || a&(a-1) != 0 {
			return nil, fmt.Errorf("%w: general.alignment %v is not a power of two", ErrFormat, v.Data)
		}
		f.Alignment = a
	}
	offsets := make([]uint64, nTensors)
	names := make(map[string]bool, nTensors)
	for i := range offsets {
		t := Tensor{Name: d.str("tensor name")}
		if d.err == nil && names[t.Name] {
			return nil, fmt.Errorf("%w: duplicate tensor %q", ErrFormat, t.Name)
		}
		names[t.Name] = true
		nDims := d.u32("tensor " + t.Name + " dimension count")
		if d.err == nil && nDims > 8 {
			return nil, fmt.Errorf("%w: tensor %q has %d dimensions (at most 8)", ErrFormat, t.Name, nDims)
		}
		for j := uint32(0); j < nDims && d.err == nil; j++ {
			t.Dims = append(t.Dims, d.u64("tensor "+t.Name+" dimension"))
		}
		t.Type = TensorType(d.u32("tensor " + t.Name + " type"))
		offsets[i] = d.u64("tensor " + t.Name + " offset")
		if d.err != nil {
			return nil, d.err
		}
		f.Tensors = append(f.Tensors, t)
	}
	start := alignUp(uint64(d.off), f.Alignment)
	if start > uint64(len(b)) && nTensors > 0 {
		return nil, fmt.Errorf("%w: truncated before tensor data at offset %d", ErrFormat, start)
	}
	for i := range f.Tensors {
		t := &f.Tensors[i]
		size, err := t.Type.byteSize(t.Dims)
		if err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, t.Name, err)
		}
		if offsets[i]%f.Alignment != 0 {
			return nil, fmt.Errorf("%w: tensor %q offset %d is not aligned to %d", ErrFormat, t.Name, offsets[i], f.Alignment)
		}
		avail := uint64(len(b)) - start
		if offsets[i] > avail || size > avail-offsets[i] {
			return nil, fmt.Errorf("%w: tensor %q data (%d bytes at offset %d) truncated: %d bytes of data section", ErrFormat, t.Name, size, offsets[i], avail)
		}
		t.Data = b[start+offsets[i] : start+offsets[i]+size]
	}
	return f, nil
}

// Get returns the metadata value for key.
func (f *File) Get(key string) (Value, bool) {
	for _, kv := range f.KV {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return Value{}, false
}

// Set replaces the value of key, or appends it when absent.
func (f *File) Set(key string, v Value) {
	for i := range f.KV {
		if f.KV[i].Key == key {
			f.KV[i].Value = v
			return
		}
	}
	f.KV = append(f.KV, KV{Key: key, Value: v})
}

// Tensor returns the tensor called name.
func (f *File) Tensor(name string) (*Tensor, bool) {
	for i := range f.Tensors {
		if f.Tensors[i].Name == name {
			return &f.Tensors[i], true
		}
	}
	return nil, false
}

func alignUp(n, a uint64) uint64 {
	if r := n % a; r != 0 {
		return n + a - r
	}
	return n
}
