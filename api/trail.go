package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// viewer is who reads a job: the client sees everything; its current provider everything but
// other providers' bids; any other provider that bid sees its own bids and what happened, but
// not the reasons, which hold prices, matching scores and the container's log lines.
type viewer int

const (
	viewerBidder viewer = iota
	viewerProvider
	viewerClient
)

func viewerOf(j *market.Job, addr common.Address) viewer {
	switch {
	case common.BytesToAddress(j.Client) == addr:
		return viewerClient
	case j.Provider != nil && common.BytesToAddress(j.Provider) == addr:
		return viewerProvider
	}
	return viewerBidder
}

// publicKinds are the trail entries whose reasons a bidder may read: none names a price or
// carries the workload's output.
var publicKinds = map[string]bool{
	"submitted": true, "on_chain": true, "too_late": true, "award_confirmed": true,
	"completed": true, "stopped": true, "cancelled": true, "settled": true,
}

// visible is r as v (at addr) may see it, or false when it is hidden from v altogether.
func (r eventRow) visible(v viewer, addr common.Address) (eventRow, bool) {
	if v == viewerClient {
		return r, true
	}
	if r.Kind == "bid" {
		// Sealed bids: a provider sees its own bid, never a competitor's price.
		var d struct{ Provider string }
		if json.Unmarshal(r.Detail, &d) != nil || !common.IsHexAddress(d.Provider) || common.HexToAddress(d.Provider) != addr {
			return r, false
		}
		return r, true
	}
	if v == viewerProvider && r.Kind != "no_bids" || publicKinds[r.Kind] {
		return r, true
	}
	r.Reason, r.Detail = "", nil
	return r, true
}

// events reads the trail of a job after seq as v at addr may see it; last is the last entry
// read, shown or not, to continue from.
func (s *Server) events(ctx context.Context, jobID, after int64, v viewer, addr common.Address) (out []apiv1.JobEvent, last int64, err error) {
	var rows []eventRow
	if err := s.db.WithContext(ctx).Raw(`SELECT seq, state, kind, reason, detail, at FROM market.job_events
		WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT 1000`, jobID, after).Scan(&rows).Error; err != nil {
		return nil, after, fmt.Errorf("read trail of job %d: %w", jobID, err)
	}
	out = make([]apiv1.JobEvent, 0, len(rows))
	last = after
	for _, r := range rows {
		last = r.Seq
		if r, ok := r.visible(v, addr); ok {
			out = append(out, r.view())
		}
	}
	return out, last, nil
}

// ListJobEvents implements apiv1.ServerInterface.
func (s *Server) ListJobEvents(c *gin.Context, id apiv1.JobID, params apiv1.ListJobEventsParams) {
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	addr, _ := caller(c)
	var after int64
	if params.After != nil {
		if *params.After < 0 {
			fail(c, badRequest("after must be ≥ 0"))
			return
		}
		after = *params.After
	}
	evs, _, err := s.events(c.Request.Context(), id, after, viewerOf(j, addr), addr)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"events": evs})
}

// ssePoll is how often a stream looks for new trail entries.
const ssePoll = 200 * time.Millisecond

// streamRecheck is how often a stream re-reads the job, to follow who may see what (a provider
// that lost the job to a failover sees a bidder's view, then nothing once it is no longer one).
const streamRecheck = 5 * time.Second

// StreamJobEvents implements apiv1.ServerInterface: the trail as Server-Sent Events, from the
// start or after Last-Event-ID, until the client goes away, its session ends (expiry or logout,
// checked on every poll) or the server shuts down. A comment line every 15 s keeps proxies from
// closing an idle stream. Streams are capped per account and per instance.
func (s *Server) StreamJobEvents(c *gin.Context, id apiv1.JobID, params apiv1.StreamJobEventsParams) {
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	addr, _ := caller(c)
	token, _ := bearer(c)
	var after int64
	if params.LastEventID != nil {
		n, err := strconv.ParseInt(*params.LastEventID, 10, 64)
		if err != nil || n < 0 {
			fail(c, badRequest("Last-Event-ID must be a sequence number, got %q", market.Truncate(*params.LastEventID, 40)))
			return
		}
		after = n
	}
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
	v := viewerOf(j, addr)
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
			cur, err := s.visibleJobFor(ctx, id, addr)
			if err != nil {
				if ctx.Err() == nil {
					end("the job is no longer visible to this account")
				}
				return
			}
			v = viewerOf(cur, addr)
		}
		evs, last, err := s.events(ctx, id, after, v, addr)
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
			lastWrite = time.Now()
		}
		after = last
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

// streamSlots counts open event streams, per account and in all.
type streamSlots struct {
	mu        sync.Mutex
	max, per  int
	total     int
	byAccount map[common.Address]int
}

func newStreamSlots(max, per int) *streamSlots {
	return &streamSlots{max: max, per: per, byAccount: map[common.Address]int{}}
}

// acquire takes a slot for addr, or says why there is none; release gives it back.
func (ss *streamSlots) acquire(addr common.Address) (release func(), err error) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	switch {
	case ss.byAccount[addr] >= ss.per:
		return nil, problem(http.StatusTooManyRequests, "too-many-streams", "Too many event streams",
			"%s has %d event streams open, the most one account may; close one (or poll GET /v1/jobs/{id}/events)", addr.Hex(), ss.per)
	case ss.total >= ss.max:
		return nil, problem(http.StatusServiceUnavailable, "too-many-streams", "Too many event streams",
			"this instance serves %d event streams, its limit; retry later or poll GET /v1/jobs/{id}/events", ss.max)
	}
	ss.byAccount[addr]++
	ss.total++
	var once sync.Once
	return func() {
		once.Do(func() {
			ss.mu.Lock()
			defer ss.mu.Unlock()
			ss.total--
			if ss.byAccount[addr]--; ss.byAccount[addr] <= 0 {
				delete(ss.byAccount, addr)
			}
		})
	}, nil
}
