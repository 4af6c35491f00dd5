package gateway

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
)

// ScaleUpTimeoutHeader is the client's choice of how long a request to a deployment scaled to
// zero may wait for it to start again, in seconds (Hugging Face's endpoints take the same header).
// Without it the request is answered 503 with Retry-After at once, and the deployment starts all
// the same.
const ScaleUpTimeoutHeader = "X-Scale-Up-Timeout"

// maxScaleUpTimeout bounds ScaleUpTimeoutHeader: a model that takes longer to start is better
// waited for by retrying.
const maxScaleUpTimeout = 600

// wakeRetryAfter is the Retry-After of a request that woke a deployment without waiting for it.
const wakeRetryAfter = 5

// scaleUpTimeout reads the request's ScaleUpTimeoutHeader (0: absent).
func scaleUpTimeout(r *http.Request) (time.Duration, error) {
	v := strings.TrimSpace(r.Header.Get(ScaleUpTimeoutHeader))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxScaleUpTimeout {
		return 0, fmt.Errorf("%s must be a whole number of seconds from 0 to %d, not %q", ScaleUpTimeoutHeader, maxScaleUpTimeout, v)
	}
	return time.Duration(n) * time.Second, nil
}

// wake starts the deployment of a job scaled to zero (since zeroSince) again: its provider, who
// kept the round, sees the job no longer at zero and starts the container; waking_since stays until
// it reports the deployment running. It is one conditional update, so of the requests (and gateway
// instances) that find the job at zero, one wakes it (woke) and records it on the trail.
func (k *Keys) wake(ctx context.Context, jobID int64, zeroSince, now time.Time) (woke bool, err error) {
	err = k.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		res := db.Exec(`UPDATE market.jobs SET zero_since = NULL, waking_since = ?, replicas_target = greatest(replicas_target, 1),
				load_sampled_at = NULL, idle_since = NULL
			WHERE id = ? AND zero_since IS NOT NULL`, now, jobID)
		if res.Error != nil {
			return fmt.Errorf("job %d: wake it from zero: %w", jobID, res.Error)
		}
		if res.RowsAffected == 0 {
			return nil // awake already, or woken by another request
		}
		woke = true
		return market.Record(ctx, db, jobID, market.Event{Kind: "waking", Reason: fmt.Sprintf(
			"a request arrived for the job, at zero for %s: its provider starts the deployment again", now.Sub(zeroSince).Round(time.Second))})
	})
	return woke && err == nil, err
}

// awaken handles a request for a job whose deployment scaled to zero (s.asleep): it wakes the job
// and, when the client set ScaleUpTimeoutHeader, holds the request until the deployment serves
// (then it reports true, the job as it serves in the cache). Otherwise, or when that time runs
// out, the client gets a 503 with Retry-After, and false.
func (gw *Gateway) awaken(c *call, s *serving) bool {
	ctx, job := c.r.Context(), c.g.JobID
	wait, err := scaleUpTimeout(c.r)
	if err != nil {
		openAIError(c.w, http.StatusBadRequest, "invalid_request_error", "bad_scale_up_timeout", "%v", err)
		return false
	}
	if s.ZeroSince != nil {
		woke, err := gw.cfg.Keys.wake(context.WithoutCancel(ctx), job, *s.ZeroSince, gw.cfg.Now())
		if err != nil {
			gw.cfg.Log.Error("gateway cannot wake a job scaled to zero", "job", job, "err", err)
			openAIError(c.w, http.StatusServiceUnavailable, "server_error", "unavailable", "job %d is scaled to zero and the gateway cannot wake it right now; retry shortly", job)
			return false
		}
		if woke {
			gw.m.woken.Inc()
		}
	}
	if wait > 0 {
		if d, ok := ctx.Deadline(); ok && time.Until(d) < wait {
			wait = time.Until(d)
		}
		start := time.Now()
		if c.obs.sent.IsZero() {
			c.obs.sent = start // the wait is the deployment's start, not the gateway's work
		}
		for deadline := start.Add(wait); time.Now().Before(deadline); {
			select {
			case <-ctx.Done():
				return false
			case <-time.After(holdPoll):
			}
			fresh, _, err := gw.serving(ctx, job, true)
			if err != nil {
				continue // the database is briefly away: keep waiting
			}
			if !fresh.asleep() || len(fresh.targets(false)) > 0 {
				c.obs.waited.Add(int64(time.Since(start)))
				return true
			}
			if fresh.State != "running" && fresh.State != "failed_over" {
				break // stopped or ended meanwhile
			}
		}
	}
	c.w.Header().Set("Retry-After", strconv.Itoa(wakeRetryAfter))
	hint := fmt.Sprintf("retry in a few seconds, or send %s: <seconds> (at most %d) to have the request wait for it", ScaleUpTimeoutHeader, maxScaleUpTimeout)
	if wait > 0 {
		hint = fmt.Sprintf("it did not serve within the %s the request waited (%s); retry shortly", wait.Round(time.Second), ScaleUpTimeoutHeader)
	}
	openAIError(c.w, http.StatusServiceUnavailable, "server_error", "scaling_up",
		"job %d scaled to zero when it was idle and is starting again: %s", job, hint)
	return false
}
