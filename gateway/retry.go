package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// call is one client request on its way to the providers serving its job.
type call struct {
	w    http.ResponseWriter
	r    *http.Request
	body []byte
	g    *grant
	obs  *observation
	// replay: the request may be sent again after a failure that may have reached a provider
	// (replayable); current: it goes to the job's current round when that serves (stateful).
	replay, current bool
	tried           map[string]time.Time // provider and endpoint → the latest attempt there
	attempts        int
	last            string // the endpoint of the latest attempt, for the error
	lastErr         error  // how it failed
}

func triedKey(t *target) string { return string(t.Provider) + " " + *t.Endpoint }

// replayable reports whether a request may be sent to another provider after a failure that may
// have reached the first one (a connection was made, then it was reset or timed out before an
// answer): a completion, a chat completion, an embedding or a model listing has no effect beyond
// its answer, so sending it twice costs at most the first provider's work. Everything else (file
// uploads, fine-tuning jobs, any other method) is sent again only when the failure came before
// the request could leave (no connection: refused, unroutable, a TLS key that is not the pinned
// one), and a provider's 502 or 503 answer to it is passed on as it is: a file uploaded or a
// training started twice would be kept, and billed, twice.
func replayable(r *http.Request) bool {
	switch route(r.URL.Path) {
	case "/v1/completions", "/v1/chat/completions", "/completions/create":
		return r.Method == http.MethodPost
	case "/v1/models", "/v1/models/*":
		return r.Method == http.MethodGet || r.Method == http.MethodHead
	}
	return r.URL.Path == "/v1/embeddings" && r.Method == http.MethodPost
}

// stateful reports whether a request deals with what lives on one provider only: uploaded files
// and fine-tuning jobs. Those go to the job's current round while it serves, so that a file
// uploaded is there for the training that uses it; replicas take them only when it does not.
func stateful(r *http.Request) bool {
	switch route(r.URL.Path) {
	case "/v1/files", "/v1/files/*", "/v1/fine_tuning/jobs", "/v1/fine_tuning/jobs/*", "/files/pre-process", "/fine_tuning/*":
		return true
	}
	return false
}

// result is what an attempt leaves the call with.
type result int

const (
	served  result = iota // the client has its answer (or the part of it that came)
	retry                 // not served and nothing reached the client: another provider may serve it
	refused               // not served, and it must not be sent again: the client gets an error
)

// serve forwards the request to one of the providers serving the job (the balancer's choice), and
// when that one fails before anything reached the client, at once to another not tried yet. Once
// every provider was tried, it reads the job afresh (the controller may have failed it over, or
// added a replica) and tries those not tried yet; then the request is held while the job fails
// over (FailoverHold), and answered 502 when nothing serves it in that time.
func (gw *Gateway) serve(w http.ResponseWriter, r *http.Request, body []byte, g *grant, obs *observation) {
	ctx := r.Context()
	defer func(t0 time.Time) { gw.meter.addBusy(g.JobID, time.Since(t0)) }(time.Now()) // the job's load, answered or held
	c := &call{w: w, r: r, body: body, g: g, obs: obs, replay: replayable(r), current: stateful(r), tried: map[string]time.Time{}}
	// The first read may be the cached one; then up to two more read afresh (the providers as the
	// database has them now, then the backup a failover in progress just awarded).
	reads, woke := 2, false
	for read := 0; read < reads; read++ {
		s, cached, err := gw.serving(ctx, g.JobID, read > 0)
		if cached {
			reads = 3
		}
		if err != nil {
			gw.cfg.Log.Error("gateway job read failed", "job", g.JobID, "err", err)
			openAIError(w, http.StatusServiceUnavailable, "server_error", "unavailable", "the gateway cannot read job %d right now; retry shortly", g.JobID)
			return
		}
		if s.asleep() && len(s.targets(false)) == 0 {
			// Scaled to zero: woken as the database has it now, not as cached. awaken holds the
			// request until the deployment serves, when the client asked for that, and leaves
			// the job as it serves in the cache for the next read.
			if cached {
				continue
			}
			if woke || !gw.awaken(c, s) {
				if woke {
					gw.notServed(c, s)
				}
				return
			}
			woke, reads = true, reads+1
			continue
		}
		ts := s.targets(gw.cfg.FailoverHold <= 0)
		if len(ts) == 0 {
			gw.notServed(c, s)
			return
		}
		if gw.cfg.Sign == nil {
			openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable",
				"job %d cannot be forwarded by this gateway instance (no controller key to sign passes); retry shortly", g.JobID)
			return
		}
		progressed := false
		for {
			t, done := gw.bal.pick(g.JobID, ts, func(t *target) bool { _, ok := c.tried[triedKey(t)]; return ok }, c.current, time.Now())
			if t == nil {
				break
			}
			progressed = true
			if c.attempts > 0 {
				gw.m.retries.Inc()
			}
			switch gw.attempt(c, t, done) {
			case served:
				return
			case refused:
				gw.unreachable(c)
				return
			}
			if ctx.Err() != nil {
				return
			}
		}
		if !progressed {
			break // nothing new: the same providers would fail the same way
		}
	}
	if gw.hold(c) {
		return
	}
	gw.unreachable(c)
}

// notServed answers a request for a job that no provider serves now: held while it starts or
// fails over, else a 503 that says why.
func (gw *Gateway) notServed(c *call, s *serving) {
	w, job := c.w, c.g.JobID
	switch s.State {
	case "awarded", "deploying", "failed_over":
		// Starting, or failing over to its backup: held until it runs, when holding is on.
		if gw.cfg.FailoverHold > 0 {
			if !gw.hold(c) {
				openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable",
					"job %d did not start serving within %s; retry shortly", job, gw.cfg.FailoverHold)
			}
			return
		}
		if s.State == "failed_over" {
			openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable",
				"job %d is failing over to another provider; retry shortly", job)
			return
		}
	case "running":
	default:
		openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable",
			"job %d is %s: it has no deployment serving requests", job, s.State)
		return
	}
	if s.Current.Endpoint == nil || *s.Current.Endpoint == "" {
		openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable", "job %d has no provider endpoint yet; retry shortly", job)
		return
	}
	openAIError(w, http.StatusServiceUnavailable, "server_error", "deployment_unavailable",
		"job %d cannot be forwarded by this gateway instance (no chain round yet); retry shortly", job)
}

// unreachable answers a request that no provider served.
func (gw *Gateway) unreachable(c *call) {
	if c.r.Context().Err() != nil {
		return // the client went away
	}
	why := "does not answer"
	var ns notServedError
	if errors.As(c.lastErr, &ns) {
		why = fmt.Sprintf("answers %d %s", ns.status, http.StatusText(ns.status))
	}
	if len(c.tried) > 1 {
		openAIError(c.w, http.StatusBadGateway, "server_error", "provider_unreachable",
			"none of the %d providers tried for job %d serves it (the last %s at %s); the controller replaces a provider that stays down, retry in a minute", len(c.tried), c.g.JobID, why, c.last)
		return
	}
	openAIError(c.w, http.StatusBadGateway, "server_error", "provider_unreachable",
		"the provider of job %d %s at %s; the controller fails the job over to another provider when it stays down, retry in a minute", c.g.JobID, why, c.last)
}

// attempt sends the call to t (done ends its count in flight) and records how t did: a failure
// takes it out of this instance's rotation for a while and marks it unreachable in the database
// (an answer clears that again: forward).
func (gw *Gateway) attempt(c *call, t *target, done func()) result {
	defer done() // deferred: a stream cut off mid-way ends the handler in a panic
	ctx := c.r.Context()
	c.tried[triedKey(t)] = time.Now()
	c.attempts++
	c.last = *t.Endpoint
	o := gw.forward(c.w, c.r, c.body, t, c.g, c.obs, c.replay)
	if o.err == nil || o.started {
		return served
	}
	c.lastErr = o.err
	if ctx.Err() != nil {
		return refused // the client went away (or its deadline passed): not the provider's doing
	}
	gw.cfg.Log.Warn("gateway cannot reach provider", "job", c.g.JobID, "provider", common.BytesToAddress(t.Provider),
		"replica", t.Replica, "endpoint", *t.Endpoint, "err", o.err)
	gw.bal.failed(c.g.JobID, t, time.Now())
	if err := gw.cfg.Keys.reachable(context.WithoutCancel(ctx), c.g.JobID, t, false, gw.cfg.Now()); err != nil {
		gw.cfg.Log.Warn("gateway", "err", err)
	}
	if o.reached && !c.replay {
		return refused
	}
	return retry
}

// hold keeps a request that no provider serves until the job is served again — its backup
// awarded and running after the controller's failover, a replica running, or a provider answering
// again — and sends it then: the client sees a slower answer instead of an error. It reports
// whether the request was answered (or the client went away); false leaves the error to the
// caller.
func (gw *Gateway) hold(c *call) bool {
	ctx := c.r.Context()
	if gw.cfg.FailoverHold <= 0 || ctx.Err() != nil {
		return ctx.Err() != nil
	}
	deadline := time.Now().Add(gw.cfg.FailoverHold)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	gw.m.held.Inc()
	if c.obs.sent.IsZero() {
		// Nothing went out yet (a job still starting or failing over): the latency the gateway
		// adds is not this request's to tell, as it waits for a provider.
		c.obs.sent = time.Now()
	}
	for time.Now().Before(deadline) {
		t0 := time.Now()
		select {
		case <-ctx.Done():
			return true
		case <-time.After(holdPoll):
		}
		c.obs.waited.Add(int64(time.Since(t0))) // waiting for a provider, not the gateway's own work
		s, _, err := gw.serving(ctx, c.g.JobID, true)
		if err != nil {
			continue // the database is briefly away: keep holding
		}
		switch s.State {
		case "awarded", "deploying", "running", "failed_over":
		default:
			return false // stopped, failed, settled: nothing will serve it
		}
		if gw.cfg.Sign == nil {
			return false
		}
		now := time.Now()
		// A provider tried in the last second is tried again once a second, not every poll.
		recent := func(t *target) bool { at, ok := c.tried[triedKey(t)]; return ok && now.Sub(at) < time.Second }
		t, done := gw.bal.pick(c.g.JobID, s.targets(false), recent, c.current, now)
		if t == nil {
			continue // failing over: the backup is not serving yet
		}
		switch gw.attempt(c, t, done) {
		case served:
			gw.m.heldServed.Inc()
			return true
		case refused:
			if ctx.Err() == nil {
				gw.unreachable(c)
			}
			return true
		}
	}
	return false
}
