package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
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
		a.served(ctx, j, u)
	}
	att, err := a.meter.Attest(ctx, now)
	if errors.Is(err, meter.ErrNothingToAttest) {
		return nil
	}
	if err != nil {
		return err
	}
	req := apiv1.AttestationRequest{Signature: fmt.Sprintf("0x%x", att.Signature)}
	var served []apiv1.ServedUsage
	for _, u := range att.Report.Usages {
		req.Usages = append(req.Usages, apiv1.UsageEntry{JobId: int64(u.JobID), Round: int(u.Round), CumulativeGpuSeconds: int64(u.CumulativeGpuSeconds)})
		// What the runtime says it served rides along, unsigned, for the client's comparison
		// with the gateway's own count.
		if c, ok := a.meter.Counters(u.JobID, u.Round); ok && c.Requests > 0 {
			served = append(served, apiv1.ServedUsage{JobId: int64(u.JobID), Round: int(u.Round),
				Requests: int64(c.Requests), PromptTokens: int64(c.PromptTokens), CompletionTokens: int64(c.CompletionTokens)})
		}
	}
	if len(served) > 0 {
		req.Served = &served
	}
	for try := 0; ; try++ {
		a.metrics.reports.WithLabelValues("sent").Inc()
		r, err := a.api.SubmitAttestationWithResponse(ctx, req)
		switch {
		case err == nil && r.JSON202 != nil:
			a.metrics.reports.WithLabelValues("accepted").Inc()
			a.mu.Lock()
			a.lastReport = r.JSON202.Id
			a.mu.Unlock()
			a.log.Info("usage report accepted", "report", r.JSON202.Id, "usages", len(req.Usages))
			return a.meter.MarkSent(ctx, att.Report)
		case err == nil && r.StatusCode() < 500:
			// Rejected: the meter keeps the counters, the next report carries them again.
			a.metrics.reports.WithLabelValues("rejected").Inc()
			return fmt.Errorf("usage report rejected: HTTP %d %s", r.StatusCode(), r.Body)
		case try >= 3:
			a.metrics.reports.WithLabelValues("error").Inc()
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

// servedCounts is the reference runtime's GET /usage body: what the container served since it
// started.
type servedCounts struct {
	Requests         uint64 `json:"requests"`
	PromptTokens     uint64 `json:"prompt_tokens"`
	CompletionTokens uint64 `json:"completion_tokens"`
}

// served reads the request and token counters of the job's running container, when its image
// has them (GET /usage, as gin-runtime serves it), into the meter. The escrow's UsageReport
// carries GPU-seconds only and the API's status report has no field for them either, so they
// stay with the provider: in the meter's state file and the agent's metrics.
func (a *Agent) served(ctx context.Context, j runtime.Job, u runtime.Usage) {
	a.mu.Lock()
	addr := a.addrs[j.ID]
	a.mu.Unlock()
	if addr == "" || j.Round > 255 {
		return
	}
	var run *runtime.Run
	for i := range u.Runs {
		if u.Runs[i].Running {
			run = &u.Runs[i]
		}
	}
	if run == nil {
		return
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, "http://"+addr+"/usage", nil)
	if err != nil {
		return
	}
	rsp, err := usageClient.Do(req)
	if err != nil {
		return
	}
	defer rsp.Body.Close()
	var c servedCounts
	if rsp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(rsp.Body, 1<<20)).Decode(&c) != nil {
		return // an image without usage counters
	}
	if err := a.meter.Served(ctx, j.ID, uint8(j.Round), run.ContainerID, c.Requests, c.PromptTokens, c.CompletionTokens); err != nil {
		a.log.Warn("meter served requests", "job", j.ID, "err", err)
		return
	}
	if t, ok := a.meter.Counters(j.ID, uint8(j.Round)); ok {
		id, round := strconv.FormatUint(j.ID, 10), strconv.FormatUint(j.Round, 10)
		a.metrics.jobUsage.WithLabelValues(id, round, "requests").Set(float64(t.Requests))
		a.metrics.jobUsage.WithLabelValues(id, round, "prompt_tokens").Set(float64(t.PromptTokens))
		a.metrics.jobUsage.WithLabelValues(id, round, "completion_tokens").Set(float64(t.CompletionTokens))
	}
}

// usageClient talks to containers on 127.0.0.1 only: never through a proxy from the environment.
var usageClient = &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}
