package matching

import (
	"errors"
	"fmt"
)

// ErrInvalidInput marks errors caused by the data handed to the package (a negative latency, a nil
// price, a duplicate provider): the caller's mistake, which the API turns into a 4xx and not a 500.
var ErrInvalidInput = errors.New("invalid matching input")

// inputError is an ErrInvalidInput whose message says what was wrong without repeating the marker.
type inputError struct{ msg string }

func (e *inputError) Error() string        { return e.msg }
func (e *inputError) Is(target error) bool { return target == ErrInvalidInput }

func invalid(format string, args ...any) error {
	return &inputError{msg: fmt.Sprintf(format, args...)}
}
