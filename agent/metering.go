package agent

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/gintonic/gintonic/agent/meter"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// metering observes the running jobs and sends a signed usage report every Meter period.
func (a *Agent) metering(ctx context.Context) {
	t := time.NewTicker(a.cfg.Meter)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := a.attest(ctx); err != nil {
			a.log.Warn("usage report", "err", err)
		}
	}
}

func (a *Agent) attest(ctx context.Context) error {
	if a.rt == nil {
		return nil
	}
	now := time.Now()
	a.mu.Lock()
	jobs := make([]runtime.Job, 0, len(a.running))
	gpus := map[uint64]int{}
	for id, round := range a.running {
		if a.gpusOf[id] == 0 {
			continue // reattached, not yet seen in the job list
		}
		jobs = append(jobs, runtime.Job{ID: id, Round: round})
		gpus[id] = a.gpusOf[id]
	}
	a.mu.Unlock()
	for _, j := range jobs {
		u, err := a.rt.Usage(ctx, j)
		if err != nil {
			return fmt.Errorf("usage of %s: %w", j, err)
		}
		if err := a.meter.Observe(ctx, u, gpus[j.ID], now); err != nil {
			return fmt.Errorf("observe %s: %w", j, err)
		}
	}
	att, err := a.meter.Attest(ctx, now)
	if errors.Is(err, meter.ErrNothingToAttest) {
		return nil
	}
	if err != nil {
		return err
	}
	req := apiv1.AttestationRequest{Signature: fmt.Sprintf("0x%x", att.Signature)}
	for _, u := range att.Report.Usages {
		req.Usages = append(req.Usages, apiv1.UsageEntry{JobId: int64(u.JobID), Round: int(u.Round), CumulativeGpuSeconds: int64(u.CumulativeGpuSeconds)})
	}
	for try := 0; ; try++ {
		r, err := a.api.SubmitAttestationWithResponse(ctx, req)
		switch {
		case err == nil && r.JSON202 != nil:
			return a.meter.MarkSent(ctx, att.Report)
		case err == nil && r.StatusCode() < 500:
			// Rejected: the meter keeps the counters, the next report carries them again.
			return fmt.Errorf("usage report rejected: HTTP %d %s", r.StatusCode(), r.Body)
		case try >= 3:
			if err != nil {
				return fmt.Errorf("send usage report: %w", err)
			}
			return fmt.Errorf("send usage report: HTTP %d %s; the counters are kept for the next report", r.StatusCode(), r.Body)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(1<<try) * a.cfg.Retry):
		}
	}
}
