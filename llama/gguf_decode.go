package llama

import (
	"encoding/binary"
	"fmt"
	"math"
)

// maxArrayDepth bounds nested metadata arrays so a hostile file cannot recurse without end.
const maxArrayDepth = 4

// decoder reads little-endian GGUF primitives from memory. The first failure is kept in err
// and every later read returns zero, so callers check err once per logical item.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) take(n uint64, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.off) {
		d.err = fmt.Errorf("%w: truncated reading %s at offset %d (need %d bytes, %d left)", ErrFormat, what, d.off, n, len(d.b)-d.off)
		return nil
	}
	p := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return p
}

func (d *decoder) u8(what string) uint8 {
	if p := d.take(1, what); p != nil {
		return p[0]
	}
	return 0
}

func (d *decoder) u16(what string) uint16 {
	if p := d.take(2, what); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}

func (d *decoder) u32(what string) uint32 {
	if p := d.take(4, what); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (d *decoder) u64(what string) uint64 {
	if p := d.take(8, what); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (d *decoder) str(what string) string {
	n := d.u64(what + " length")
	return string(d.take(n, what))
}

func (d *decoder) valueType(key string) ValueType {
	t := ValueType(d.u32("type of " + key))
	if d.err == nil {
		if _, ok := valueTypeNames[t]; !ok {
			d.err = fmt.Errorf("%w: metadata %q has unknown value type %d", ErrFormat, key, uint32(t))
		}
	}
	return t
}

func (d *decoder) value(key string, t ValueType, depth int) Value {
	if d.err != nil {
		return Value{}
	}
	switch t {
	case TypeUint8:
		return Value{Type: t, Data: d.u8(key)}
	case TypeInt8:
		return Value{Type: t, Data: int8(d.u8(key))}
	case TypeUint16:
		return Value{Type: t, Data: d.u16(key)}
	case TypeInt16:
		return Value{Type: t, Data: int16(d.u16(key))}
	case TypeUint32:
		return Value{Type: t, Data: d.u32(key)}
	case TypeInt32:
		return Value{Type: t, Data: int32(d.u32(key))}
	case TypeFloat32:
		return Value{Type: t, Data: math.Float32frombits(d.u32(key))}
	case TypeBool:
		b := d.u8(key)
		if d.err == nil && b > 1 {
			d.err = fmt.Errorf("%w: metadata %q: bool byte %d is neither 0 nor 1", ErrFormat, key, b)
		}
		return Value{Type: t, Data: b == 1}
	case TypeString:
		return Value{Type: t, Data: d.str(key)}
	case TypeUint64:
		return Value{Type: t, Data: d.u64(key)}
	case TypeInt64:
		return Value{Type: t, Data: int64(d.u64(key))}
	case TypeFloat64:
		return Value{Type: t, Data: math.Float64frombits(d.u64(key))}
	case TypeArray:
		return d.array(key, depth)
	}
	d.err = fmt.Errorf("%w: metadata %q has unknown value type %d", ErrFormat, key, uint32(t))
	return Value{}
}

func (d *decoder) array(key string, depth int) Value {
	if depth >= maxArrayDepth {
		d.err = fmt.Errorf("%w: metadata %q nests arrays deeper than %d", ErrFormat, key, maxArrayDepth)
		return Value{}
	}
	elem := d.valueType(key + " element")
	n := d.u64(key + " array length")
	if d.err != nil {
		return Value{}
	}
	// Each element takes at least one byte, so a longer array cannot be in the file.
	if n > uint64(len(d.b)-d.off) {
		d.err = fmt.Errorf("%w: truncated: metadata %q claims %d elements, %d bytes left", ErrFormat, key, n, len(d.b)-d.off)
		return Value{}
	}
	v := Value{Type: TypeArray, Elem: elem}
	switch elem {
	case TypeUint8:
		v.Data = readSlice(d, n, key, func() uint8 { return d.u8(key) })
	case TypeInt8:
		v.Data = readSlice(d, n, key, func() int8 { return int8(d.u8(key)) })
	case TypeUint16:
		v.Data = readSlice(d, n, key, func() uint16 { return d.u16(key) })
	case TypeInt16:
		v.Data = readSlice(d, n, key, func() int16 { return int16(d.u16(key)) })
	case TypeUint32:
		v.Data = readSlice(d, n, key, func() uint32 { return d.u32(key) })
	case TypeInt32:
		v.Data = readSlice(d, n, key, func() int32 { return int32(d.u32(key)) })
	case TypeFloat32:
		v.Data = readSlice(d, n, key, func() float32 { return math.Float32frombits(d.u32(key)) })
	case TypeBool:
		v.Data = readSlice(d, n, key, func() bool { return d.value(key, TypeBool, depth).Data.(bool) })
	case TypeString:
		v.Data = readSlice(d, n, key, func() string { return d.str(key) })
	case TypeUint64:
		v.Data = readSlice(d, n, key, func() uint64 { return d.u64(key) })
	case TypeInt64:
		v.Data = readSlice(d, n, key, func() int64 { return int64(d.u64(key)) })
	case TypeFloat64:
		v.Data = readSlice(d, n, key, func() float64 { return math.Float64frombits(d.u64(key)) })
	case TypeArray:
		v.Data = readSlice(d, n, key, func() Value { return d.array(key, depth+1) })
	}
	if d.err != nil {
		return Value{}
	}
	return v
}

// readSlice reads n elements with next, stopping at the first error.
func readSlice[T any](d *decoder, n uint64, key string, next func() T) []T {
	out := make([]T, 0, min(n, 1<<16))
	for i := uint64(0); i < n && d.err == nil; i++ {
		out = append(out, next())
	}
	return out
}
