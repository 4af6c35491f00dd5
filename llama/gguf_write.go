package llama

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
)

// F32Tensor builds a float32 tensor; dims are in GGML order (dims[0] varies fastest).
func F32Tensor(name string, dims []uint64, data []float32) Tensor {
	b := make([]byte, 4*len(data))
	for i, x := range data {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return Tensor{Name: name, Dims: dims, Type: TensorF32, Data: b}
}

// WriteGGUFFile writes f as a GGUF v3 file at path, replacing it only once fully written.
func WriteGGUFFile(path string, f *File) error {
	tmp := path + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write GGUF: %w", err)
	}
	if err := WriteGGUF(out, f); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write GGUF %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write GGUF %s: %w", path, err)
	}
	return nil
}

// WriteGGUF writes f as a GGUF v3 stream: metadata in order, tensor infos, then the tensor
// data, each tensor aligned to f.Alignment (general.alignment, when set, must agree).
func WriteGGUF(w io.Writer, f *File) error {
	align := f.Alignment
	if align == 0 {
		align = DefaultAlignment
	}
	if v, ok := f.Get("general.alignment"); ok {
		if a, err := v.uint(); err != nil || a != align {
			return fmt.Errorf("write GGUF: general.alignment %v disagrees with alignment %d", v.Data, align)
		}
	}
	e := &encoder{w: bufio.NewWriter(w)}
	e.u32(ggufMagic)
	e.u32(3)
	e.u64(uint64(len(f.Tensors)))
	e.u64(uint64(len(f.KV)))
	for _, kv := range f.KV {
		e.str(kv.Key)
		e.u32(uint32(kv.Value.Type))
		if err := e.value(kv.Value); err != nil {
			return fmt.Errorf("write GGUF: metadata %q: %w", kv.Key, err)
		}
	}
	var off uint64
	for _, t := range f.Tensors {
		size, err := t.Type.byteSize(t.Dims)
		if err != nil {
			return fmt.Errorf("write GGUF: tensor %q: %w", t.Name, err)
		}
		if size != uint64(len(t.Data)) {
			return fmt.Errorf("write GGUF: tensor %q has %d bytes, shape %v of %s needs %d", t.Name, len(t.Data), t.Dims, t.Type, size)
		}
		e.str(t.Name)
		e.u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			e.u64(d)
		}
		e.u32(uint32(t.Type))
		e.u64(off)
		off = alignUp(off+size, align)
	}
	e.pad(align)
	for _, t := range f.Tensors {
		e.bytes(t.Data)
		e.pad(align)
	}
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("write GGUF: %w", e.err)
	}
	return nil
}

// encoder writes little-endian GGUF primitives, keeping the first error and the offset.
type encoder struct {
	w   *bufio.Writer
	n   uint64
	err error
	buf [8]byte
}

func (e *encoder) bytes(p []byte) {
	if e.err != nil {
		return
	}
	_, e.err = e.w.Write(p)
	e.n += uint64(len(p))
}

func (e *encoder) u8(x uint8) { e.bytes([]byte{x}) }

func (e *encoder) u16(x uint16) {
	binary.LittleEndian.PutUint16(e.buf[:], x)
	e.bytes(e.buf[:2])
}

func (e *encoder) u32(x uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], x)
	e.bytes(e.buf[:4])
}

func (e *encoder) u64(x uint64) {
	binary.LittleEndian.PutUint64(e.buf[:], x)
	e.bytes(e.buf[:8])
}

func (e *encoder) str(s string) {
	e.u64(uint64(len(s)))
	e.bytes([]byte(s))
}

func (e *encoder) pad(align uint64) {
	if n := alignUp(e.n, align) - e.n; n > 0 {
		e.bytes(make([]byte, n))
	}
}

// value writes v's payload (its type tag is written by the caller), checking that the Go
// type of v.Data matches v.Type so a hand-built File cannot produce an unreadable stream.
func (e *encoder) value(v Value) error {
	if v.Type == TypeArray {
		return e.array(v)
	}
	if got, want := fmt.Sprintf("%T", v.Data), valueTypeNames[v.Type]; got != want {
		return fmt.Errorf("value of Go type %s does not match GGUF type %s", got, v.Type)
	}
	e.scalar(v.Data)
	return nil
}

func (e *encoder) array(v Value) error {
	e.u32(uint32(v.Elem))
	if v.Elem == TypeArray {
		a, ok := v.Data.([]Value)
		if !ok {
			return fmt.Errorf("array of arrays holds %T, want []llama.Value", v.Data)
		}
		e.u64(uint64(len(a)))
		for _, el := range a {
			if el.Type != TypeArray {
				return fmt.Errorf("array of arrays holds an element of type %s", el.Type)
			}
			if err := e.array(el); err != nil {
				return err
			}
		}
		return nil
	}
	want, ok := valueTypeNames[v.Elem]
	if got := fmt.Sprintf("%T", v.Data); !ok || got != "[]"+want {
		return fmt.Errorf("array of Go type %s does not match element type %s", got, v.Elem)
	}
	rv := reflect.ValueOf(v.Data)
	e.u64(uint64(rv.Len()))
	for i := 0; i < rv.Len(); i++ {
		e.scalar(rv.Index(i).Interface())
	}
	return nil
}

func (e *encoder) scalar(x any) {
	switch x := x.(type) {
	case uint8:
		e.u8(x)
	case int8:
		e.u8(uint8(x))
	case uint16:
		e.u16(x)
	case int16:
		e.u16(uint16(x))
	case uint32:
		e.u32(x)
	case int32:
		e.u32(uint32(x))
	case float32:
		e.u32(math.Float32bits(x))
	case bool:
		if x {
			e.u8(1)
		} else {
			e.u8(0)
		}
	case string:
		e.str(x)
	case uint64:
		e.u64(x)
	case int64:
		e.u64(uint64(x))
	case float64:
		e.u64(math.Float64bits(x))
	}
}
