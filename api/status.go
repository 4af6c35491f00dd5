package api

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/market"
)

// ReportJobStatus implements apiv1.ServerInterface: the awarded provider's agent reports its
// container's progress. Failures count towards the failover threshold.
func (s *Server) ReportJobStatus(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.StatusReport
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	if req.Reason != nil && len(*req.Reason) > 4096 {
		var f fields
		f.add("reason", "must be at most 4096 characters")
		fail(c, f.err())
		return
	}
	reason := ""
	if req.Reason != nil {
		reason = *req.Reason
	}
	ctx := c.Request.Context()
	err = s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		j, err := s.job(ctx, db, id, true)
		if err != nil {
			return err
		}
		if j.Provider == nil || common.BytesToAddress(j.Provider) != addr {
			if r, ok := liveReplica(j, addr); ok {
				return s.replicaStatus(ctx, db, j, r, req.State, reason)
			}
			return forbidden("job %d is not awarded to %s", id, addr.Hex())
		}
		switch req.State {
		case apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning:
			if j.State != market.StateAwarded && j.State != market.StateDeploying && j.State != market.StateRunning {
				return conflict("job %d is %s; a container status applies to awarded, deploying or running jobs", id, j.State)
			}
			if req.State == apiv1.StatusReportStateRunning && j.WakingSince != nil {
				if err := s.woken(ctx, db, j); err != nil || j.State == market.StateRunning {
					return err
				}
			}
			if j.State == string(req.State) {
				return s.progress(ctx, db, id, j.State, reason)
			}
			if j.State == market.StateRunning && req.State == apiv1.StatusReportStateDeploying {
				// Never backwards: a provider alternating deploying and running would otherwise
				// add two trail entries per round trip without limit (offchain audit F14). A
				// redeploy (after a failure) is progress within running, rate-limited as such.
				return s.progress(ctx, db, id, j.State, nonEmpty(reason, "the provider is deploying the container again"))
			}
			if err := market.Record(ctx, db, id, market.Event{State: string(req.State), Kind: "provider_" + string(req.State), Reason: reason}); err != nil {
				return err
			}
			if req.State != apiv1.StatusReportStateRunning {
				return nil
			}
			issued, err := gateway.IssueDeploymentKey(ctx, db, id, common.BytesToAddress(j.Client))
			if err != nil || !issued {
				return err
			}
			return market.Record(ctx, db, id, market.Event{Kind: "deployment_key",
				Reason: fmt.Sprintf("the deployment's API key is issued: its client reveals it once with POST /v1/jobs/%d/keys/deployment", id)})
		case apiv1.StatusReportStateFailed:
			if reason == "" {
				return badRequest("a failure report needs a reason (the container's last log lines)")
			}
			if err := db.Exec(`UPDATE market.jobs SET failures = failures + 1 WHERE id = ?`, id).Error; err != nil {
				return fmt.Errorf("count failure of job %d: %w", id, err)
			}
			return market.Record(ctx, db, id, market.Event{Kind: "container_failed", Reason: reason,
				Detail: map[string]any{"failures": j.Failures + 1, "threshold": s.cfg.FailureThreshold}})
		case apiv1.StatusReportStateCompleted:
			if j.State != market.StateRunning && j.State != market.StateDeploying && j.State != market.StateAwarded {
				return conflict("job %d is %s and cannot complete", id, j.State)
			}
			var said bool // by this round's provider already
			if err := db.Raw(`SELECT EXISTS (SELECT 1 FROM market.job_events WHERE job_id = ? AND kind = 'provider_completed'
				AND seq > (SELECT COALESCE(max(seq), 0) FROM market.job_events WHERE job_id = ? AND kind = 'awarded'))`, id, id).Scan(&said).Error; err != nil {
				return fmt.Errorf("job %d: read its trail: %w", id, err)
			}
			if said {
				return nil
			}
			return market.Record(ctx, db, id, market.Event{Kind: "provider_completed", Reason: nonEmpty(reason, "the provider reports the work done; the job ends when completeJob is mined")})
		}
		return badRequest("state must be deploying, running, failed or completed")
	})
	if err != nil {
		fail(c, err)
		return
	}
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, jobView(j, false))
}

// progressEvery bounds how often a provider's progress within one state (image pull layers,
// container restarts) reaches the trail.
const progressEvery = time.Second

// progress records a provider's report that repeats the job's state with news (a pull's progress),
// unless it says what the last entry said or comes within progressEvery of the last progress.
func (s *Server) progress(ctx context.Context, db *gorm.DB, id int64, state, reason string) error {
	if reason == "" {
		return nil
	}
	var last struct {
		Reason string
		Recent bool // a progress entry within progressEvery, whatever came after it
	}
	if err := db.WithContext(ctx).Raw(`SELECT
		(SELECT reason FROM market.job_events WHERE job_id = ? ORDER BY seq DESC LIMIT 1) AS reason,
		EXISTS (SELECT 1 FROM market.job_events WHERE job_id = ? AND kind = 'provider_progress' AND at > now() - make_interval(secs => ?)) AS recent`,
		id, id, progressEvery.Seconds()).Scan(&last).Error; err != nil {
		return fmt.Errorf("job %d: read its trail: %w", id, err)
	}
	if last.Reason == reason || last.Recent {
		return nil
	}
	return market.Record(ctx, db, id, market.Event{State: state, Kind: "provider_progress", Reason: reason})
}

func nonEmpty(s, otherwise string) string {
	if s != "" {
		return s
	}
	return otherwise
}
