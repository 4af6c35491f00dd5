package hub

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Errors a caller may act on; match them with errors.Is. The error text says which repository,
// revision or file, and what to do.
var (
	// ErrUnauthorized: the repository is gated or private and no token, or a token without
	// access to it, was given (HTTP 401 or 403).
	ErrUnauthorized = errors.New("unauthorized")
	// ErrNotFound: no such repository, revision or file (HTTP 404).
	ErrNotFound = errors.New("not found")
)

// Error codes the Hub sets in the X-Error-Code header.
const (
	codeRepoNotFound     = "RepoNotFound"
	codeRevisionNotFound = "RevisionNotFound"
	codeEntryNotFound    = "EntryNotFound"
	codeGatedRepo        = "GatedRepo"
)

// hubError is an error with its own text that still matches a sentinel.
type hubError struct {
	kind error
	msg  string
}

func (e *hubError) Error() string { return e.msg }
func (e *hubError) Unwrap() error { return e.kind }

// target names what a request was after, for the error text.
type target struct {
	repo, rev, path string
	token           bool // a token was sent
}

// statusError turns a response other than the one wanted into an error naming t. It reads a
// little of the body for the Hub's message.
func statusError(res *http.Response, t target) error {
	msg := bodyExcerpt(res.Body)
	code := res.Header.Get("X-Error-Code")
	model := Ref{Repo: t.repo, Revision: t.rev}.String()
	switch {
	case res.StatusCode == http.StatusUnauthorized && !t.token:
		return &hubError{ErrUnauthorized, fmt.Sprintf("%s is gated or private (or does not exist): pass a Hugging Face token as the job secret HF_TOKEN", model)}
	case res.StatusCode == http.StatusUnauthorized || res.StatusCode == http.StatusForbidden:
		why := "the Hugging Face token (HF_TOKEN) was refused"
		if code == codeGatedRepo || res.StatusCode == http.StatusForbidden {
			why = "the Hugging Face token (HF_TOKEN) has no access to it"
		}
		return &hubError{ErrUnauthorized, fmt.Sprintf("%s is gated or private and %s: accept the model's terms on huggingface.co with the token's account, or pass another token", model, why)}
	case res.StatusCode == http.StatusNotFound:
		var text string
		switch {
		case code == codeRevisionNotFound:
			text = fmt.Sprintf("no revision %s of %s", t.rev, t.repo)
		case code == codeEntryNotFound || code == "" && t.path != "":
			text = fmt.Sprintf("no file %s in %s", t.path, model)
		case code == "" && t.rev != "" && t.rev != DefaultRevision:
			text = fmt.Sprintf("no repository %s, or no revision %s of it", t.repo, t.rev)
		default:
			text = fmt.Sprintf("no repository %s", t.repo)
		}
		return &hubError{ErrNotFound, text}
	}
	what := model
	if t.path != "" {
		what = t.path + " of " + model
	}
	if msg != "" {
		return fmt.Errorf("%s: the hub answered %s: %s", what, res.Status, msg)
	}
	return fmt.Errorf("%s: the hub answered %s", what, res.Status)
}

// bodyExcerpt is the Hub's {"error": "..."} message, or the first line of any other body,
// bounded.
func bodyExcerpt(body io.Reader) string {
	b, _ := io.ReadAll(io.LimitReader(body, 2048))
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(b, &e) == nil && e.Error != "" {
		b = []byte(e.Error)
	}
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
