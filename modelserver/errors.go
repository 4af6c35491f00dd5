package modelserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
)

// apiError is a client-visible error, written in OpenAI's error shape:
// {"error": {"message", "type", "param", "code"}}.
type apiError struct {
	Status  int
	Message string
	Type    string // invalid_request_error, not_found_error, server_error...
	Param   string // the request field at fault, when there is one
	Code    string // machine-readable detail, when there is one
}

func (e *apiError) Error() string { return e.Message }

// invalid reports a bad request field (400).
func invalid(param, format string, args ...any) *apiError {
	return &apiError{Status: http.StatusBadRequest, Type: "invalid_request_error", Param: param,
		Message: fmt.Sprintf(format, args...)}
}

// notFound reports an unknown object (404), code naming what kind.
func notFound(param, code, format string, args ...any) *apiError {
	return &apiError{Status: http.StatusNotFound, Type: "invalid_request_error", Param: param, Code: code,
		Message: fmt.Sprintf(format, args...)}
}

type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// writeError writes err in OpenAI's shape: an *apiError as it is, anything else as a 500
// whose detail goes to the log rather than to the client.
func writeError(w http.ResponseWriter, log *slog.Logger, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		log.Error("request failed", "err", err)
		ae = &apiError{Status: http.StatusInternalServerError, Type: "server_error",
			Message: "the runtime failed to handle the request; see its log"}
	}
	writeJSON(w, ae.Status, errorBody{Error: errorDetail{
		Message: ae.Message, Type: ae.Type, Param: optional(ae.Param), Code: optional(ae.Code),
	}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// decodeJSON reads a JSON request body of at most limit bytes into v. Unknown fields are
// accepted: OpenAI clients send options this runtime does not act on.
func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	body := http.MaxBytesReader(w, r.Body, limit)
	dec := json.NewDecoder(body)
	if err := dec.Decode(v); err != nil {
		return bodyError(err, limit)
	}
	if dec.More() {
		return invalid("", "the request body holds more than one JSON value")
	}
	return nil
}

// bodyError turns a body read or decode failure into the client error it is.
func bodyError(err error, limit int64) error {
	var tooBig *http.MaxBytesError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig):
		return &apiError{Status: http.StatusRequestEntityTooLarge, Type: "invalid_request_error",
			Code: "request_too_large", Message: fmt.Sprintf("the request body exceeds %d bytes", limit)}
	case errors.As(err, &syntax):
		return invalid("", "the request body is not valid JSON: %v (at byte %d)", err, syntax.Offset)
	case errors.As(err, &typ):
		return invalid(typ.Field, "field %q has the wrong type: got JSON %s, want %s", typ.Field, typ.Value, typ.Type)
	default:
		return invalid("", "cannot read the request body as JSON: %v", err)
	}
}
