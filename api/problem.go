package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
)

// problemBase prefixes the type URIs of the problems this API answers with (RFC 9457).
const problemBase = "https://gintonic.dev/problems/"

// FieldError is one field at fault in a request.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Problem is an error that becomes an RFC 9457 problem response: a client mistake (4xx) with a
// stable type, a title, the detail a person can act on and the fields at fault.
type Problem struct {
	Status int
	Type   string // the last segment of the type URI: "validation", "unauthorized"...
	Title  string
	Detail string
	Fields []FieldError
}

func (p *Problem) Error() string {
	if p.Detail != "" {
		return fmt.Sprintf("%s: %s", p.Title, p.Detail)
	}
	return p.Title
}

func problem(status int, typ, title, format string, a ...any) *Problem {
	return &Problem{Status: status, Type: typ, Title: title, Detail: fmt.Sprintf(format, a...)}
}

func badRequest(format string, a ...any) *Problem {
	return problem(http.StatusBadRequest, "bad-request", "Bad request", format, a...)
}

func notFound(format string, a ...any) *Problem {
	return problem(http.StatusNotFound, "not-found", "Not found", format, a...)
}

func conflict(format string, a ...any) *Problem {
	return problem(http.StatusConflict, "conflict", "Conflict", format, a...)
}

func gone(format string, a ...any) *Problem {
	return problem(http.StatusGone, "gone", "Gone", format, a...)
}

func forbidden(format string, a ...any) *Problem {
	return problem(http.StatusForbidden, "forbidden", "Forbidden", format, a...)
}

func unauthorized(format string, a ...any) *Problem {
	return problem(http.StatusUnauthorized, "unauthorized", "Unauthorized", format, a...)
}

// fields collects validation errors and becomes one 422 naming each of them.
type fields []FieldError

func (f *fields) add(field, format string, a ...any) {
	*f = append(*f, FieldError{Field: field, Message: fmt.Sprintf(format, a...)})
}

func (f fields) err() error {
	if len(f) == 0 {
		return nil
	}
	detail := f[0].Field + ": " + f[0].Message
	if len(f) > 1 {
		detail += fmt.Sprintf(" (and %d more)", len(f)-1)
	}
	return &Problem{Status: http.StatusUnprocessableEntity, Type: "validation", Title: "Invalid request", Detail: detail, Fields: f}
}

// fail writes err as a problem. Errors that are not a *Problem are server faults: logged, and
// answered 500 without internals.
func fail(c *gin.Context, err error) {
	var p *Problem
	if !errors.As(err, &p) {
		slog.ErrorContext(c.Request.Context(), "request failed", "method", c.Request.Method, "path", c.FullPath(), "err", err)
		p = problem(http.StatusInternalServerError, "internal", "Internal server error", "the server failed to answer; the error is logged")
	}
	writeProblem(c, p)
}

func writeProblem(c *gin.Context, p *Problem) {
	body := apiv1.Problem{Type: problemBase + p.Type, Title: p.Title, Status: p.Status}
	if p.Detail != "" {
		body.Detail = &p.Detail
	}
	inst := c.Request.URL.Path
	body.Instance = &inst
	if len(p.Fields) > 0 {
		errs := make([]struct {
			Field   string `json:"field"`
			Message string `json:"message"`
		}, len(p.Fields))
		for i, f := range p.Fields {
			errs[i].Field, errs[i].Message = f.Field, f.Message
		}
		body.Errors = &errs
	}
	b, err := json.Marshal(body)
	if err != nil {
		b = []byte(`{"type":"about:blank","title":"Internal server error","status":500}`)
	}
	c.Abort()
	c.Data(p.Status, "application/problem+json", b)
}
