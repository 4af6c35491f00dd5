package agent

import (
	"context"
	"time"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

// Container logs reach the job's client through the API: every logShipEvery the agent reads
// what each of its running jobs' containers wrote since the last line it shipped and posts it.
// After a restart it starts from each container's beginning; the API stores a line sent twice
// once, so nothing is lost or doubled.

const (
	logShipEvery = time.Second
	logBatch     = 500       // lines per request
	logBatchSize = 512 << 10 // bytes of text per request (the API takes 1 MiB bodies)
)

type logCursor struct {
	round uint64
	since time.Time
}

func (a *Agent) shipLogs(ctx context.Context) {
	cursors := map[uint64]logCursor{}
	every(ctx, logShipEvery, func(ctx context.Context) {
		a.mu.Lock()
		jobs := make(map[runtime.Job]int64, len(a.running))
		for id, round := range a.running {
			if apiID, ok := a.apiIDs[id]; ok {
				jobs[runtime.Job{ID: id, Round: round}] = apiID
			}
		}
		a.mu.Unlock()
		for id := range cursors {
			if _, ok := jobs[runtime.Job{ID: id, Round: cursors[id].round}]; !ok {
				delete(cursors, id)
			}
		}
		for job, apiID := range jobs {
			cur := cursors[job.ID]
			if cur.round != job.Round {
				cur = logCursor{round: job.Round}
			}
			lines, err := a.rt.Logs(ctx, job, cur.since)
			if err != nil {
				if ctx.Err() == nil {
					a.log.Warn("read container logs", "job", job, "err", err)
				}
				continue
			}
			for len(lines) > 0 {
				n, size := 0, 0
				for n < len(lines) && n < logBatch && size < logBatchSize {
					size += len(lines[n].Text)
					n++
				}
				if err := a.postLogs(ctx, apiID, lines[:n]); err != nil {
					if ctx.Err() == nil {
						a.log.Warn("ship container logs", "job", job, "err", err)
					}
					break // the next pass resends from cur.since
				}
				cur.since = lines[n-1].Time
				lines = lines[n:]
			}
			cursors[job.ID] = cur
		}
	})
}

func (a *Agent) postLogs(ctx context.Context, apiID int64, lines []runtime.LogLine) error {
	var b apiv1.ContainerLogBatch
	for _, l := range lines {
		b.Lines = append(b.Lines, struct {
			Stream apiv1.ContainerLogBatchLinesStream `json:"stream"`
			Text   string                             `json:"text"`
			Time   time.Time                          `json:"time"`
		}{apiv1.ContainerLogBatchLinesStream(l.Stream), l.Text, l.Time})
	}
	r, err := a.api.AppendJobLogsWithResponse(ctx, apiID, b)
	if err != nil {
		return err
	}
	if r.JSON200 == nil {
		return apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault)
	}
	return nil
}
