package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gintonic/gintonic/agent/meter"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
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
		// One job the runtime cannot read stalls no other job's report.
		u, err := a.rt.Usage(ctx, j)
		if err != nil {
			a.log.Warn("usage of a job unreadable; its usage is reported later", "job", j, "err", err)
			continue
		}
		if err := a.meter.Observe(ctx, u, gpus[j.ID], now); err != nil {
			a.log.Warn("observe job", "job", j, "err", err)
			continue
		}
		a.served(ctx, j, u)
	}
	a.boundRounds(ctx, jobs)
	return a.sendUsage(ctx, now)
}

// boundRounds reads from the escrow each round this agent runs — (job, the round deployed, this
// provider): the job's current round or a replica round alike: the meter then counts no more than
// the round can pay (its settled counter plus what its remaining budget buys), and a round the
// escrow closed is dropped. When the chain cannot be read, intake's verdicts on the reports say
// the same, one report later.
func (a *Agent) boundRounds(ctx context.Context, jobs []runtime.Job) {
	self := a.meter.Provider()
	for _, j := range jobs {
		if j.Round < 1 || j.Round > 255 {
			continue
		}
		r, err := a.escrow.Round(ctx, j.ID, uint8(j.Round), self)
		if err != nil {
			a.log.Debug("read the round from the escrow", "job", j, "err", err)
			continue
		}
		switch r.State {
		case chain.RoundClosed:
			err = a.meter.Drop(ctx, j.ID, uint8(j.Round), "closed on chain")
		case chain.RoundRunning, chain.RoundEnded:
			var most uint64
			if r.Price.Sign() > 0 {
				l := new(big.Int).Add(r.Remaining, new(big.Int).Sub(r.Price, big.NewInt(1)))
				l.Div(l, r.Price).Add(l, new(big.Int).SetUint64(r.Settled))
				if l.IsUint64() {
					most = max(l.Uint64(), 1)
				}
			}
			err = a.meter.Bound(ctx, j.ID, uint8(j.Round), most)
		}
		if err != nil {
			a.log.Warn("bound the metering of a round", "job", j, "err", err)
		}
	}
}

// sendUsage signs what grew since the last report and sends it, then acts on intake's verdict on
// each entry, so that no single round can stall the others: accepted and clamped entries are
// marked sent; a round the escrow can pay nothing more for is dropped; a round intake already
// holds more of (the answer to an earlier report was lost, or the agent restarted from an older
// state file) is advanced to that value and, when it grew beyond, signed again at once.
func (a *Agent) sendUsage(ctx context.Context, now time.Time) error {
	for pass := 0; pass < 2; pass++ {
		att, err := a.meter.Attest(ctx, now)
		if errors.Is(err, meter.ErrNothingToAttest) {
			return nil
		}
		if err != nil {
			return err
		}
		verdicts, err := a.send(ctx, att)
		if err != nil {
			return err
		}
		again, err := a.apply(ctx, att.Report, verdicts)
		if err != nil || !again {
			return err
		}
	}
	return nil
}

// verdict is intake's decision on one entry: accepted, clamped:<reason> or refused:<reason>, and
// the round's highest cumulative GPU-seconds intake knows of.
type verdict struct {
	intake string
	known  uint64
}

// send posts att and returns the verdict on each of its entries. An error means nothing is known
// of the report's fate (an outage, or a report refused as a whole): its rounds are sent again.
func (a *Agent) send(ctx context.Context, att meter.Attestation) ([]verdict, error) {
	req := apiv1.AttestationRequest{Signature: fmt.Sprintf("0x%x", att.Signature)}
	var served []apiv1.ServedUsage
	for _, u := range att.Report.Usages {
		req.Usages = append(req.Usages, apiv1.UsageEntry{JobId: int64(u.JobID), Round: int(u.Round), CumulativeGpuSeconds: int64(u.CumulativeGpuSeconds)})
		// What the runtime says it served rides along, unsigned, for the client's comparison
		// with the gateway's own count.
		if c, ok := a.meter.Counters(u.JobID, u.Round); ok && c.Requests > 0 {
			served = append(served, apiv1.ServedUsage{JobId: int64(u.JobID), Round: int(u.Round),
				Requests: servedCount(c.Requests), PromptTokens: servedCount(c.PromptTokens), CompletionTokens: servedCount(c.CompletionTokens)})
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
			out := make([]verdict, len(req.Usages))
			for i := range out {
				out[i] = verdict{intake: "accepted"}
				if i < len(r.JSON202.Usages) {
					if in := r.JSON202.Usages[i].Intake; in != nil {
						out[i].intake = *in
					}
					if k := r.JSON202.Usages[i].KnownGpuSeconds; k != nil && *k > 0 {
						out[i].known = uint64(*k)
					}
				}
			}
			return out, nil
		case err == nil && r.StatusCode() < 500:
			a.metrics.reports.WithLabelValues("rejected").Inc()
			if out := refusedEntries(r.ApplicationproblemJSONDefault, len(req.Usages)); out != nil {
				a.log.Warn("usage report refused: no entry can be paid", "usages", len(req.Usages))
				return out, nil
			}
			// Refused as a whole (forged, malformed): the meter keeps the counters.
			return nil, fmt.Errorf("usage report rejected: HTTP %d %s", r.StatusCode(), r.Body)
		case try >= 3:
			a.metrics.reports.WithLabelValues("error").Inc()
			if err != nil {
				return nil, fmt.Errorf("send usage report: %w", err)
			}
			return nil, fmt.Errorf("send usage report: HTTP %d %s; the counters are kept for the next report", r.StatusCode(), r.Body)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Duration(1<<try) * a.cfg.Retry):
		}
	}
}

// refusedEntries reads the verdict on each of n entries from a 422 attestation-rejected problem
// (errors[i]: field usages[i], message "<intake>:<reason>: detail (known: N)"); nil when the
// problem is not about entries.
func refusedEntries(p *apiv1.Problem, n int) []verdict {
	if p == nil || p.Errors == nil {
		return nil
	}
	out := make([]verdict, n)
	found := false
	for _, e := range *p.Errors {
		var i int
		if _, err := fmt.Sscanf(e.Field, "usages[%d]", &i); err != nil || i < 0 || i >= n {
			continue
		}
		in, _, _ := strings.Cut(e.Message, ": ")
		out[i].intake = in
		if k := strings.LastIndex(e.Message, "(known: "); k >= 0 {
			out[i].known, _ = strconv.ParseUint(strings.TrimSuffix(e.Message[k+len("(known: "):], ")"), 10, 64)
		}
		found = found || strings.HasPrefix(in, "refused:")
	}
	if !found {
		return nil
	}
	return out
}

// apply records what intake made of each entry of report, and says whether a round was advanced
// below what the meter holds (worth signing again now).
func (a *Agent) apply(ctx context.Context, report chain.UsageReport, verdicts []verdict) (again bool, err error) {
	delivered := chain.UsageReport{Provider: report.Provider}
	var drop []chain.Usage
	var whys []string
	for i, u := range report.Usages {
		v := verdicts[i]
		kind, reason, _ := strings.Cut(v.intake, ":")
		switch {
		case kind == "accepted" || kind == "clamped":
			delivered.Usages = append(delivered.Usages, u)
			if reason == "over_budget" || reason == "past_end" {
				drop, whys = append(drop, u), append(whys, v.intake) // paid all it can ever be
			}
		case terminal[reason]:
			drop, whys = append(drop, u), append(whys, v.intake)
		case reason == "not_increasing":
			known := max(v.known, u.CumulativeGpuSeconds)
			if err := a.meter.Advance(ctx, u.JobID, u.Round, known); err != nil {
				return false, err
			}
			if c, ok := a.meter.Counters(u.JobID, u.Round); ok && c.GPUSeconds > known {
				again = true
			}
			a.log.Info("usage already held by intake; advanced", "job", u.JobID, "round", u.Round, "known", known)
		default: // not_awarded, over_cap: not yet; the counters ride along in the next report
			a.log.Info("usage entry not taken yet; sent again later", "job", u.JobID, "round", u.Round, "intake", v.intake)
		}
	}
	if len(delivered.Usages) > 0 {
		if err := a.meter.MarkSent(ctx, delivered); err != nil {
			return false, err
		}
	}
	for i, u := range drop {
		a.log.Warn("usage of a round the escrow can pay no more for: no longer reported", "job", u.JobID, "round", u.Round, "intake", whys[i])
		if err := a.meter.Drop(ctx, u.JobID, u.Round, whys[i]); err != nil {
			return false, err
		}
	}
	return again, nil
}

// terminal are the reasons intake refuses an entry that no later report of its round can change.
var terminal = map[string]bool{"stale_round": true, "not_settleable": true, "foreign_job": true, "unknown_job": true, "nothing_due": true}

// maxServed bounds what the agent reports of a runtime's served counters: the container's
// GET /usage is the client's code, and may say anything.
const maxServed = 1 << 50

func servedCount(n uint64) int64 { return int64(min(n, maxServed)) }

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
	c.Requests, c.PromptTokens, c.CompletionTokens = min(c.Requests, maxServed), min(c.PromptTokens, maxServed), min(c.CompletionTokens, maxServed)
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
