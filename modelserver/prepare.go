package modelserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"
)

// maxLineErrors is how many bad lines a refused training file names.
const maxLineErrors = 20

// preparation is what /files/pre-process found in a training file.
type preparation struct {
	Format   string `json:"format"` // "jsonl" (one example per line) or "text"
	Lines    int    `json:"lines"`
	Examples int    `json:"examples"`
	Tokens   int    `json:"tokens"` // of the prepared text, in the base model's tokenizer
	text     string
}

// lineErrors are the lines of a training file that are not examples, each named by its number.
type lineErrors struct {
	bad   []string
	total int
}

func (e *lineErrors) add(line int, format string, args ...any) {
	e.total++
	if len(e.bad) < maxLineErrors {
		e.bad = append(e.bad, fmt.Sprintf("line %d: %s", line, fmt.Sprintf(format, args...)))
	}
}

func (e *lineErrors) err() error {
	if e.total == 0 {
		return nil
	}
	msg := strings.Join(e.bad, "; ")
	if e.total > len(e.bad) {
		msg += fmt.Sprintf("; and %d more", e.total-len(e.bad))
	}
	word := "lines are"
	if e.total == 1 {
		word = "line is"
	}
	return invalid("file", "%d %s not training examples: %s", e.total, word, msg)
}

// prepare checks a training file line by line and turns it into the text the trainer learns:
// JSONL (the first non-empty line starts with "{") must hold one example per line — "text",
// "prompt" with "completion", or chat "messages" — and plain text must be UTF-8 without NUL
// bytes. Every bad line is named; nothing is stored for a file with one.
func prepare(data []byte) (preparation, error) {
	var p preparation
	if len(bytes.TrimSpace(data)) == 0 {
		return p, invalid("file", "the file is empty")
	}
	var errs lineErrors
	jsonl := bytes.HasPrefix(bytes.TrimSpace(data), []byte("{"))
	p.Format = map[bool]string{true: "jsonl", false: "text"}[jsonl]
	var examples []string
	n := 0
	for line := range bytes.Lines(data) {
		n++
		switch {
		case !utf8.Valid(line):
			errs.add(n, "not UTF-8 text")
			continue
		case bytes.IndexByte(line, 0) >= 0:
			errs.add(n, "holds a NUL byte")
			continue
		}
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) == 0 || !jsonl {
			continue
		}
		ex, err := jsonlExampleChecked(trimmed)
		if err != nil {
			errs.add(n, "%v", err)
			continue
		}
		examples = append(examples, ex)
	}
	p.Lines = n
	if err := errs.err(); err != nil {
		return p, err
	}
	if jsonl {
		p.Examples, p.text = len(examples), strings.Join(examples, "\n")
	} else {
		p.Examples, p.text = 1, string(data)
	}
	return p, nil
}

// jsonlExampleChecked is jsonlExample saying what is wrong with a line.
func jsonlExampleChecked(line []byte) (string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return "", fmt.Errorf("not a JSON object (%v)", err)
	}
	ex, ok := jsonlExample(line)
	switch {
	case ok && strings.TrimSpace(ex) == "":
		return "", fmt.Errorf("the example is empty")
	case ok:
		return ex, nil
	case raw["messages"] != nil:
		return "", fmt.Errorf(`"messages" must be a non-empty list of {"role": "system"|"user"|"assistant", "content": "…"}`)
	case raw["prompt"] != nil || raw["completion"] != nil:
		return "", fmt.Errorf(`"prompt" and "completion" go together, both strings`)
	}
	return "", fmt.Errorf(`no "text", "prompt" with "completion", or "messages"`)
}

// preprocessFile validates and prepares a training file: a multipart upload as POST /v1/files
// takes (fields file and purpose), or the design's JSON {"text", "filename", "purpose"}. The file
// is checked line by line (errors name the lines), turned into the text the trainer learns, its
// tokens counted with the base model's tokenizer, and stored as a file for /fine_tuning/jobs.
func (s *Server) preprocessFile(w http.ResponseWriter, r *http.Request) {
	name, purpose, data, err := s.trainingUpload(w, r)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	if purpose == "" {
		purpose = purposeFineTune
	}
	p, err := prepare(data)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	base, _, err := s.models.get("")
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	if base != nil {
		p.Tokens = len(base.Tokenizer.Encode(p.text, true)) - 1
	}
	f, err := s.files.add(name, purpose, []byte(p.text))
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	s.log.Info("training file prepared", "file", f.ID, "format", p.Format, "examples", p.Examples, "tokens", p.Tokens)
	writeJSON(w, http.StatusOK, struct {
		fileObject
		Preprocessing preparation `json:"preprocessing"`
	}{f, p})
}

// trainingUpload reads a pre-process request's file: multipart or JSON.
func (s *Server) trainingUpload(w http.ResponseWriter, r *http.Request) (name, purpose string, data []byte, err error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		var req struct {
			Text     string `json:"text"`
			Filename string `json:"filename"`
			Purpose  string `json:"purpose"`
		}
		if err := decodeJSON(w, r, s.files.maxBytes+1<<10, &req); err != nil {
			return "", "", nil, err
		}
		if req.Text == "" {
			return "", "", nil, invalid("text", "text is empty; send the training text as {\"text\": ...} or upload it as multipart/form-data (fields file and purpose)")
		}
		return req.Filename, req.Purpose, []byte(req.Text), nil
	}
	limit := s.files.maxBytes + 1<<20
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return "", "", nil, invalid("file", "send multipart/form-data with fields file and purpose: %v", err)
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", "", nil, bodyError(err, limit)
		}
		b, err := io.ReadAll(io.LimitReader(part, s.files.maxBytes+1))
		if err != nil {
			return "", "", nil, bodyError(err, limit)
		}
		switch part.FormName() {
		case "purpose":
			purpose = string(b)
		case "file":
			if int64(len(b)) > s.files.maxBytes {
				return "", "", nil, &apiError{Status: http.StatusRequestEntityTooLarge, Type: "invalid_request_error",
					Param: "file", Code: "file_too_large", Message: fmt.Sprintf("the file exceeds %d bytes", s.files.maxBytes)}
			}
			name, data = part.FileName(), b
		}
	}
	if data == nil {
		return "", "", nil, invalid("file", "no file part in the upload")
	}
	return name, purpose, data, nil
}
