package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
)

type eventRow struct {
	Seq    int64
	State  string
	Kind   string
	Reason string
	Detail []byte
	At     time.Time
}

func (r eventRow) view() apiv1.JobEvent {
	v := apiv1.JobEvent{Seq: r.Seq, State: apiv1.JobState(r.State), At: r.At.UTC()}
	if r.Kind != "" {
		v.Kind = &r.Kind
	}
	if r.Reason != "" {
		v.Reason = &r.Reason
	}
	if len(r.Detail) > 0 {
		var d map[string]any
		if json.Unmarshal(r.Detail, &d) == nil {
			v.Detail = &d
		}
	}
	return v
}

func (s *Server) events(ctx context.Context, jobID, after int64) ([]apiv1.JobEvent, error) {
	var rows []eventRow
	if err := s.db.WithContext(ctx).Raw(`SELECT seq, state, kind, reason, detail, at FROM market.job_events
		WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT 1000`, jobID, after).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read trail of job %d: %w", jobID, err)
	}
	out := make([]apiv1.JobEvent, len(rows))
	for i, r := range rows {
		out[i] = r.view()
	}
	return out, nil
}

// ListJobEvents implements apiv1.ServerInterface.
func (s *Server) ListJobEvents(c *gin.Context, id apiv1.JobID, params apiv1.ListJobEventsParams) {
	if _, err := s.visibleJob(c, id); err != nil {
		fail(c, err)
		return
	}
	var after int64
	if params.After != nil {
		if *params.After < 0 {
			fail(c, badRequest("after must be ≥ 0"))
			return
		}
		after = *params.After
	}
	evs, err := s.events(c.Request.Context(), id, after)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"events": evs})
}

// ssePoll is how often a stream looks for new trail entries.
const ssePoll = 200 * time.Millisecond

// StreamJobEvents implements apiv1.ServerInterface: the trail as Server-Sent Events, from the
// start or after Last-Event-ID, until the client goes away or the server shuts down. A comment
// line every 15 s keeps proxies from closing an idle stream.
func (s *Server) StreamJobEvents(c *gin.Context, id apiv1.JobID, params apiv1.StreamJobEventsParams) {
	if _, err := s.visibleJob(c, id); err != nil {
		fail(c, err)
		return
	}
	var after int64
	if params.LastEventID != nil {
		n, err := strconv.ParseInt(*params.LastEventID, 10, 64)
		if err != nil || n < 0 {
			fail(c, badRequest("Last-Event-ID must be a sequence number, got %q", market.Truncate(*params.LastEventID, 40)))
			return
		}
		after = n
	}
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
	lastWrite := time.Now()
	for {
		evs, err := s.events(ctx, id, after)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("event stream read failed", "job", id, "err", err)
			}
			return
		}
		for _, e := range evs {
			b, _ := json.Marshal(e)
			if _, err := fmt.Fprintf(w, "id: %d\nevent: state\ndata: %s\n\n", e.Seq, b); err != nil {
				return
			}
			after = e.Seq
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
