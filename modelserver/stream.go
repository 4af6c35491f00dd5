package modelserver

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// eventStream writes Server-Sent Events the way OpenAI streams: one `data: {json}` event
// per chunk, flushed at once, and `data: [DONE]` at the end.
type eventStream struct {
	w  http.ResponseWriter
	rc *http.ResponseController
}

func newEventStream(w http.ResponseWriter) *eventStream {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no") // proxies must not hold tokens back
	w.WriteHeader(http.StatusOK)
	return &eventStream{w: w, rc: http.NewResponseController(w)}
}

func (e *eventStream) send(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode stream chunk: %w", err)
	}
	return e.write("data: " + string(b) + "\n\n")
}

func (e *eventStream) done() error { return e.write("data: [DONE]\n\n") }

func (e *eventStream) write(s string) error {
	if _, err := e.w.Write([]byte(s)); err != nil {
		return fmt.Errorf("write stream: %w", err)
	}
	if err := e.rc.Flush(); err != nil {
		return fmt.Errorf("flush stream: %w", err)
	}
	return nil
}
