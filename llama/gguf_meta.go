package llama

import "fmt"

// uint converts any unsigned or non-negative signed integer value to uint64.
func (v Value) uint() (uint64, error) {
	switch x := v.Data.(type) {
	case uint8:
		return uint64(x), nil
	case uint16:
		return uint64(x), nil
	case uint32:
		return uint64(x), nil
	case uint64:
		return x, nil
	case int8, int16, int32, int64:
		i := toInt64(x)
		if i < 0 {
			return 0, fmt.Errorf("value %d is negative", i)
		}
		return uint64(i), nil
	}
	return 0, fmt.Errorf("value of type %s is not an integer", v.Type)
}

func toInt64(x any) int64 {
	switch x := x.(type) {
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case int64:
		return x
	}
	return 0
}

// Uint returns the integer metadata value of key.
func (f *File) Uint(key string) (uint64, error) {
	v, ok := f.Get(key)
	if !ok {
		return 0, fmt.Errorf("metadata %q is missing", key)
	}
	n, err := v.uint()
	if err != nil {
		return 0, fmt.Errorf("metadata %q: %w", key, err)
	}
	return n, nil
}

// UintOr returns the integer metadata value of key, or def when key is absent.
func (f *File) UintOr(key string, def uint64) (uint64, error) {
	if _, ok := f.Get(key); !ok {
		return def, nil
	}
	return f.Uint(key)
}

// FloatOr returns the floating-point metadata value of key, or def when key is absent.
func (f *File) FloatOr(key string, def float64) (float64, error) {
	v, ok := f.Get(key)
	if !ok {
		return def, nil
	}
	switch x := v.Data.(type) {
	case float32:
		return float64(x), nil
	case float64:
		return x, nil
	}
	return 0, fmt.Errorf("metadata %q: value of type %s is not a float", key, v.Type)
}

// String returns the string metadata value of key.
func (f *File) String(key string) (string, error) {
	v, ok := f.Get(key)
	if !ok {
		return "", fmt.Errorf("metadata %q is missing", key)
	}
	s, ok := v.Data.(string)
	if !ok {
		return "", fmt.Errorf("metadata %q: value of type %s is not a string", key, v.Type)
	}
	return s, nil
}

// arrayOf returns the array metadata value of key as a []T.
func arrayOf[T any](f *File, key string) ([]T, error) {
	v, ok := f.Get(key)
	if !ok {
		return nil, fmt.Errorf("metadata %q is missing", key)
	}
	a, ok := v.Data.([]T)
	if !ok {
		var zero T
		return nil, fmt.Errorf("metadata %q: value of type %s (elements %s) is not an array of %T", key, v.Type, v.Elem, zero)
	}
	return a, nil
}

// Strings returns the string-array metadata value of key.
func (f *File) Strings(key string) ([]string, error) { return arrayOf[string](f, key) }

// Float32Array returns the float32-array metadata value of key.
func (f *File) Float32Array(key string) ([]float32, error) { return arrayOf[float32](f, key) }

// Int32Array returns the int32-array metadata value of key.
func (f *File) Int32Array(key string) ([]int32, error) { return arrayOf[int32](f, key) }
