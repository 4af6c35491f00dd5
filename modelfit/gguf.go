package modelfit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/gintonic/gintonic/llama"
)

// MaxGGUFHeader bounds the GGUF header (metadata and tensor infos) FromGGUFHeader reads. A
// Llama 3 GGUF's header, with its 128k-token vocabulary and merges, is under 10 MiB.
const MaxGGUFHeader = 64 << 20

// The first read asks for firstChunk bytes; each later one doubles, up to maxChunk, so that a
// header read over HTTP Range requests takes a handful of them.
const (
	firstChunk = 64 << 10
	maxChunk   = 16 << 20
)

// ReadFunc returns n bytes of a file from offset off, fewer only at the end of the file. It is
// how FromGGUFHeader reaches a file it does not hold: an HTTP Range request, a ReadAt.
type ReadFunc func(off, n int64) ([]byte, error)

// FromGGUF sizes a GGUF model from the first bytes of r, a file of size bytes.
func FromGGUF(r io.ReaderAt, size int64) (Model, error) {
	return FromGGUFHeader(func(off, n int64) ([]byte, error) {
		b := make([]byte, n)
		k, err := r.ReadAt(b, off)
		if k > 0 && errors.Is(err, io.EOF) {
			err = nil
		}
		return b[:k], err
	}, size)
}

// FromGGUFHeader sizes a GGUF model of size bytes from its header alone, asking read for
// consecutive chunks from the start of the file and never for more than MaxGGUFHeader bytes.
// The architecture, layers, heads and context come from the metadata, the dtype from
// general.file_type (else the tensors' most common type), the parameter count from the tensor
// shapes, and the weight bytes are the file size.
func FromGGUFHeader(read ReadFunc, size int64) (Model, error) {
	if size < 0 {
		return Model{}, fmt.Errorf("GGUF file size %d is negative", size)
	}
	h := &header{read: read, size: size, chunk: firstChunk}
	meta, tensors, err := h.parse()
	if err != nil {
		return Model{}, err
	}
	m := Model{Format: "gguf", WeightBytes: size, Params: tensors.params, DType: tensors.dtype}
	arch, ok := meta["general.architecture"].(string)
	if !ok || arch == "" {
		return Model{}, fmt.Errorf("%w: GGUF has no general.architecture", ErrMalformed)
	}
	m.Architecture = arch
	if ft, ok := meta["general.file_type"].(uint64); ok {
		if name, ok := fileTypes[ft]; ok {
			m.DType = name
		}
	}
	num := func(key string) int {
		if v, ok := meta[arch+"."+key].(uint64); ok && v <= math.MaxInt32 {
			return int(v)
		}
		return 0
	}
	m.Layers = num("block_count")
	if m.Layers == 0 {
		return Model{}, fmt.Errorf("%w: GGUF has no %s.block_count: cannot size the model", ErrMalformed, arch)
	}
	heads := num("attention.head_count")
	m.KVHeads = num("attention.head_count_kv")
	if m.KVHeads == 0 {
		m.KVHeads = heads
	}
	m.HeadDim = num("attention.key_length")
	if m.HeadDim == 0 && heads > 0 {
		m.HeadDim = num("embedding_length") / heads
	}
	m.ContextLength = num("context_length")
	return m, nil
}

// fileTypes names llama.cpp's llama_ftype values (general.file_type), as in llama.h.
var fileTypes = map[uint64]string{
	0: "f32", 1: "f16", 2: "q4_0", 3: "q4_1", 7: "q8_0", 8: "q5_0", 9: "q5_1",
	10: "q2_k", 11: "q3_k_s", 12: "q3_k_m", 13: "q3_k_l", 14: "q4_k_s", 15: "q4_k_m",
	16: "q5_k_s", 17: "q5_k_m", 18: "q6_k", 19: "iq2_xxs", 20: "iq2_xs", 21: "q2_k_s",
	22: "iq3_xs", 23: "iq3_xxs", 24: "iq1_s", 25: "iq4_nl", 26: "iq3_s", 27: "iq3_m",
	28: "iq2_s", 29: "iq2_m", 30: "iq4_xs", 31: "iq1_m", 32: "bf16", 36: "tq1_0", 37: "tq2_0",
	38: "mxfp4_moe", 39: "nvfp4", 40: "q1_0",
}

// GGUF metadata value types and the byte size of the fixed-size ones.
const (
	ggufString = 8
	ggufArray  = 9
)

var ggufFixed = map[uint32]uint64{0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}

// header decodes a GGUF header from a growing prefix of the file.
type header struct {
	read  ReadFunc
	size  int64
	chunk int64
	buf   []byte // the file's first len(buf) bytes
	off   int    // decoding position in buf
}

// tensorSummary is what sizing keeps of the tensor infos.
type tensorSummary struct {
	params int64
	dtype  string // the type holding the most elements
}

func (h *header) parse() (map[string]any, tensorSummary, error) {
	var ts tensorSummary
	magic, err := h.bytes(4, "magic")
	if err != nil {
		if errors.Is(err, ErrMalformed) {
			return nil, ts, fmt.Errorf("%w: %d bytes is too short for a GGUF header", ErrNotGGUF, h.size)
		}
		return nil, ts, err
	}
	if string(magic) != "GGUF" {
		return nil, ts, fmt.Errorf("%w: it starts with %q, want \"GGUF\"", ErrNotGGUF, magic)
	}
	version, err := h.u32("version")
	if err != nil {
		return nil, ts, err
	}
	if version != 2 && version != 3 {
		return nil, ts, fmt.Errorf("%w: GGUF version %d (this reads 2 and 3)", ErrMalformed, version)
	}
	nTensors, err := h.u64("tensor count")
	if err != nil {
		return nil, ts, err
	}
	nKV, err := h.u64("metadata count")
	if err != nil {
		return nil, ts, err
	}
	// A key/value takes at least 12 bytes and a tensor info at least 24, all in the header.
	if nKV > MaxGGUFHeader/12 || nTensors > MaxGGUFHeader/24 {
		return nil, ts, fmt.Errorf("%w: GGUF claims %d metadata entries and %d tensors, more than a %d MiB header holds", ErrMalformed, nKV, nTensors, MaxGGUFHeader>>20)
	}
	meta := make(map[string]any, nKV)
	for range nKV {
		key, err := h.str("metadata key")
		if err != nil {
			return nil, ts, err
		}
		t, err := h.u32("type of " + key)
		if err != nil {
			return nil, ts, err
		}
		v, err := h.value(key, t, 0)
		if err != nil {
			return nil, ts, err
		}
		if v != nil {
			meta[key] = v
		}
	}
	elems := map[uint32]uint64{}
	var lastOffset uint64
	for range nTensors {
		name, err := h.str("tensor name")
		if err != nil {
			return nil, ts, err
		}
		nDims, err := h.u32("dimension count of tensor " + name)
		if err != nil {
			return nil, ts, err
		}
		if nDims > 8 {
			return nil, ts, fmt.Errorf("%w: GGUF tensor %q has %d dimensions", ErrMalformed, name, nDims)
		}
		n := uint64(1)
		for range nDims {
			d, err := h.u64("shape of tensor " + name)
			if err != nil {
				return nil, ts, err
			}
			if d != 0 && n > math.MaxInt64/d {
				return nil, ts, fmt.Errorf("%w: GGUF tensor %q has an impossible shape", ErrMalformed, name)
			}
			n *= d
		}
		typ, err := h.u32("type of tensor " + name)
		if err != nil {
			return nil, ts, err
		}
		off, err := h.u64("offset of tensor " + name)
		if err != nil {
			return nil, ts, err
		}
		lastOffset = max(lastOffset, off)
		elems[typ] += n
		ts.params = satAdd(ts.params, int64(n))
	}
	var most uint64
	for typ, n := range elems {
		if name := llama.TensorType(typ).String(); n > most || n == most && name < ts.dtype {
			most, ts.dtype = n, name
		}
	}
	// The data section starts at the next aligned offset; a file that ends before its last
	// tensor starts was cut short (the data itself is not read).
	align := uint64(llama.DefaultAlignment)
	if a, ok := meta["general.alignment"].(uint64); ok && a > 0 && a&(a-1) == 0 && a <= 1<<20 {
		align = a
	}
	start := (uint64(h.off) + align - 1) / align * align
	if nTensors > 0 && (start > uint64(h.size) || lastOffset >= uint64(h.size)-start) {
		return nil, ts, fmt.Errorf("%w: truncated GGUF: %d bytes, but its tensor data reaches past byte %d", ErrMalformed, h.size, start+lastOffset)
	}
	return meta, ts, nil
}

// value decodes one metadata value. It keeps integers as uint64 (negative ones are dropped),
// strings, bools and floats; an array of integers becomes its largest element (per-layer head
// counts size the KV cache by their maximum); other arrays are skipped.
func (h *header) value(key string, t uint32, depth int) (any, error) {
	if t == ggufString {
		return h.str(key)
	}
	if t == ggufArray {
		return h.array(key, depth)
	}
	size, ok := ggufFixed[t]
	if !ok {
		return nil, fmt.Errorf("%w: GGUF metadata %q has unknown value type %d", ErrMalformed, key, t)
	}
	b, err := h.bytes(size, key)
	if err != nil {
		return nil, err
	}
	return scalar(t, b), nil
}

func scalar(t uint32, b []byte) any {
	le := binary.LittleEndian
	switch t {
	case 0:
		return uint64(b[0])
	case 1:
		return nonNegative(int64(int8(b[0])))
	case 2:
		return uint64(le.Uint16(b))
	case 3:
		return nonNegative(int64(int16(le.Uint16(b))))
	case 4:
		return uint64(le.Uint32(b))
	case 5:
		return nonNegative(int64(int32(le.Uint32(b))))
	case 6:
		return float64(math.Float32frombits(le.Uint32(b)))
	case 7:
		return b[0] != 0
	case 10:
		return le.Uint64(b)
	case 11:
		return nonNegative(int64(le.Uint64(b)))
	case 12:
		return math.Float64frombits(le.Uint64(b))
	}
	return nil
}

func nonNegative(i int64) any {
	if i < 0 {
		return nil
	}
	return uint64(i)
}

func (h *header) array(key string, depth int) (any, error) {
	if depth >= 4 {
		return nil, fmt.Errorf("%w: GGUF metadata %q nests arrays deeper than 4", ErrMalformed, key)
	}
	elem, err := h.u32("element type of " + key)
	if err != nil {
		return nil, err
	}
	n, err := h.u64("length of " + key)
	if err != nil {
		return nil, err
	}
	if n > MaxGGUFHeader {
		return nil, fmt.Errorf("%w: GGUF metadata %q claims %d elements, more than a %d MiB header holds", ErrMalformed, key, n, MaxGGUFHeader>>20)
	}
	if size, ok := ggufFixed[elem]; ok {
		b, err := h.bytes(n*size, key)
		if err != nil {
			return nil, err
		}
		var largest any
		for i := uint64(0); i < n && elem != 6 && elem != 7 && elem != 12; i++ {
			if v, ok := scalar(elem, b[i*size:(i+1)*size]).(uint64); ok && (largest == nil || v > largest.(uint64)) {
				largest = v
			}
		}
		return largest, nil
	}
	for range n {
		if elem == ggufString {
			_, err = h.str(key)
		} else if elem == ggufArray {
			_, err = h.array(key, depth+1)
		} else {
			err = fmt.Errorf("%w: GGUF metadata %q has elements of unknown type %d", ErrMalformed, key, elem)
		}
		if err != nil {
			return nil, err
		}
	}
	return nil, nil
}

func (h *header) u32(what string) (uint32, error) {
	b, err := h.bytes(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (h *header) u64(what string) (uint64, error) {
	b, err := h.bytes(8, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

func (h *header) str(what string) (string, error) {
	n, err := h.u64("length of " + what)
	if err != nil {
		return "", err
	}
	b, err := h.bytes(n, what)
	return string(b), err
}

// bytes returns the next n bytes of the header, reading more of the file when needed.
func (h *header) bytes(n uint64, what string) ([]byte, error) {
	end := uint64(h.off) + n
	if n > MaxGGUFHeader || end > MaxGGUFHeader {
		return nil, fmt.Errorf("%w: GGUF header is larger than %d MiB (reading %s at byte %d)", ErrMalformed, MaxGGUFHeader>>20, what, h.off)
	}
	if end > uint64(h.size) {
		return nil, fmt.Errorf("%w: truncated GGUF: the file ends at byte %d, reading %s needs %d bytes at byte %d", ErrMalformed, h.size, what, n, h.off)
	}
	for uint64(len(h.buf)) < end {
		have := int64(len(h.buf))
		want := min(max(int64(end)-have, h.chunk), h.size-have, MaxGGUFHeader-have)
		b, err := h.read(have, want)
		if err != nil {
			return nil, fmt.Errorf("read GGUF bytes %d-%d: %w", have, have+want-1, err)
		}
		if len(b) == 0 {
			return nil, fmt.Errorf("%w: truncated GGUF: no data at byte %d of %d", ErrMalformed, have, h.size)
		}
		h.buf = append(h.buf, b[:min(int64(len(b)), want)]...)
		h.chunk = min(2*h.chunk, maxChunk)
	}
	p := h.buf[h.off:end]
	h.off = int(end)
	return p, nil
}
