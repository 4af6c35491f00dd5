package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
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
	case servesJob(j, addr):
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

// StreamJobEvents implements apiv1.ServerInterface: the trail as Server-Sent Events, from the
// start or after Last-Event-ID (see serveStream for how a stream lives and ends).
func (s *Server) StreamJobEvents(c *gin.Context, id apiv1.JobID, params apiv1.StreamJobEventsParams) {
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	addr, _ := caller(c)
	after, err := lastEventID(params.LastEventID)
	if err != nil {
		fail(c, err)
		return
	}
	v := viewerOf(j, addr)
	s.serveStream(c, id, addr, func(ctx context.Context) error {
		// Follow who may see what: a provider that lost the job to a failover sees a bidder's
		// view, then nothing once it is no longer one.
		cur, err := s.visibleJobFor(ctx, id, addr)
		if err != nil {
			return err
		}
		v = viewerOf(cur, addr)
		return nil
	}, func(ctx context.Context) ([]sseEvent, error) {
		evs, last, err := s.events(ctx, id, after, v, addr)
		if err != nil {
			return nil, err
		}
		after = last
		out := make([]sseEvent, len(evs))
		for i, e := range evs {
			out[i] = sseEvent{id: e.Seq, name: "state", data: e}
		}
		return out, nil
	})
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
