package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/market"
)

// ssePoll is how often a stream looks for new entries.
const ssePoll = 200 * time.Millisecond

// streamRecheck is how often a stream re-reads who may see it.
const streamRecheck = 5 * time.Second

// sseEvent is one Server-Sent Event: its id (to resume from), its name and its JSON data.
type sseEvent struct {
	id   int64
	name string
	data any
}

// lastEventID reads a Last-Event-ID header: the id of the last event a reconnecting reader saw.
func lastEventID(h *string) (int64, error) {
	if h == nil {
		return 0, nil
	}
	n, err := strconv.ParseInt(*h, 10, 64)
	if err != nil || n < 0 {
		return 0, badRequest("Last-Event-ID must be the id of an event, got %q", market.Truncate(*h, 40))
	}
	return n, nil
}

// serveStream serves a Server-Sent Events stream of what next returns, polled every ssePoll,
// until the reader goes away, its session ends (expiry or logout, checked on every poll), recheck
// says it may no longer see the job (every streamRecheck) or the server shuts down. A comment line
// every 15 s keeps proxies from closing an idle stream. Streams are capped per account and per
// instance (streamSlots).
func (s *Server) serveStream(c *gin.Context, job int64, addr common.Address, recheck func(context.Context) error,
	next func(context.Context) ([]sseEvent, error)) {
	token, _ := bearer(c)
	release, err := s.streams.acquire(addr)
	if err != nil {
		c.Header("Retry-After", "5")
		fail(c, err)
		return
	}
	defer release()
	ctx := c.Request.Context()
	w := c.Writer
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	// Streams outlive the server's write timeout.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	w.Flush()
	s.metrics.streams.Inc()
	defer s.metrics.streams.Dec()
	tick := time.NewTicker(ssePoll)
	defer tick.Stop()
	lastWrite, lastCheck := time.Now(), time.Now()
	// The reason a stream ends is a comment line: every reader skips it (the CLI and the
	// dashboard parse each data line as an event), a person reading the stream sees it.
	end := func(why string) {
		fmt.Fprintf(w, ": stream ended: %s\n\n", why)
		w.Flush()
	}
	for {
		if _, err := s.session(ctx, token); err != nil {
			end("the session ended; sign in again")
			return
		}
		if time.Since(lastCheck) > streamRecheck {
			lastCheck = time.Now()
			if err := recheck(ctx); err != nil {
				if ctx.Err() == nil {
					end("the job is no longer visible to this account")
				}
				return
			}
		}
		evs, err := next(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("event stream read failed", "job", job, "err", err)
			}
			return
		}
		for _, e := range evs {
			b, _ := json.Marshal(e.data)
			if _, err := fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", e.id, e.name, b); err != nil {
				return
			}
			lastWrite = time.Now()
		}
		if time.Since(lastWrite) > 15*time.Second {
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			lastWrite = time.Now()
		}
		w.Flush()
		select {
		case <-ctx.Done():
			return
		case <-s.closing:
			return
		case <-tick.C:
		}
	}
}
