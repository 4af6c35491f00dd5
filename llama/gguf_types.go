package llama

import (
	"fmt"
	"math/bits"
)

// TensorType is the GGML element type of a tensor.
type TensorType uint32

// The GGML tensor types; this runtime computes with TensorF32 only, the others are named so
// errors can say what a file holds.
const (
	TensorF32  TensorType = 0
	TensorF16  TensorType = 1
	TensorQ4_0 TensorType = 2
	TensorQ4_1 TensorType = 3
	TensorQ5_0 TensorType = 6
	TensorQ5_1 TensorType = 7
	TensorQ8_0 TensorType = 8
	TensorQ8_1 TensorType = 9
	TensorQ2K  TensorType = 10
	TensorQ3K  TensorType = 11
	TensorQ4K  TensorType = 12
	TensorQ5K  TensorType = 13
	TensorQ6K  TensorType = 14
	TensorQ8K  TensorType = 15
	TensorI8   TensorType = 24
	TensorI16  TensorType = 25
	TensorI32  TensorType = 26
	TensorI64  TensorType = 27
	TensorF64  TensorType = 28
	TensorBF16 TensorType = 30
)

// tensorLayout is the block size (elements) and bytes per block of a tensor type.
type tensorLayout struct {
	name  string
	block uint64
	bytes uint64
}

var tensorLayouts = map[TensorType]tensorLayout{
	TensorF32: {"f32", 1, 4}, TensorF16: {"f16", 1, 2}, TensorBF16: {"bf16", 1, 2},
	TensorQ4_0: {"q4_0", 32, 18}, TensorQ4_1: {"q4_1", 32, 20},
	TensorQ5_0: {"q5_0", 32, 22}, TensorQ5_1: {"q5_1", 32, 24},
	TensorQ8_0: {"q8_0", 32, 34}, TensorQ8_1: {"q8_1", 32, 36},
	TensorQ2K: {"q2_k", 256, 84}, TensorQ3K: {"q3_k", 256, 110}, TensorQ4K: {"q4_k", 256, 144},
	TensorQ5K: {"q5_k", 256, 176}, TensorQ6K: {"q6_k", 256, 210}, TensorQ8K: {"q8_k", 256, 292},
	TensorI8: {"i8", 1, 1}, TensorI16: {"i16", 1, 2}, TensorI32: {"i32", 1, 4},
	TensorI64: {"i64", 1, 8}, TensorF64: {"f64", 1, 8},
}

func (t TensorType) String() string {
	if l, ok := tensorLayouts[t]; ok {
		return l.name
	}
	return fmt.Sprintf("type %d", uint32(t))
}

// byteSize is the size in bytes of a tensor of type t and shape dims, with overflow checks.
func (t TensorType) byteSize(dims []uint64) (uint64, error) {
	l, ok := tensorLayouts[t]
	if !ok {
		return 0, fmt.Errorf("unknown tensor type %d", uint32(t))
	}
	n := uint64(1)
	for _, d := range dims {
		hi, lo := bits.Mul64(n, d)
		if hi != 0 {
			return 0, fmt.Errorf("shape %v overflows", dims)
		}
		n = lo
	}
	if len(dims) > 0 && dims[0]%l.block != 0 {
		return 0, fmt.Errorf("first dimension %d is not a multiple of the %s block size %d", dims[0], l.name, l.block)
	}
	hi, size := bits.Mul64(n/l.block, l.bytes)
	if hi != 0 {
		return 0, fmt.Errorf("shape %v overflows", dims)
	}
	return size, nil
}
