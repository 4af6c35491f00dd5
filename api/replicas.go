package api

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/market"
	"gorm.io/gorm"
)

// replicaView is a replica round as the API shows it.
func replicaView(r market.Replica) apiv1.Replica {
	v := apiv1.Replica{Provider: common.BytesToAddress(r.Provider).Hex(), Round: r.Round,
		State: apiv1.ReplicaState(r.State), Since: r.UpdatedAt.UTC(), Endpoint: r.Endpoint}
	if r.Reason != "" {
		v.Reason = &r.Reason
	}
	if r.AwardTx != nil {
		h := hexutil.Encode(r.AwardTx)
		v.AwardTx = &h
	}
	if r.UnreachableSince != nil {
		t := r.UnreachableSince.UTC()
		v.UnreachableSince = &t
	}
	return v
}

// withReplicas loads the replica rounds of the replicated jobs among rows.
func (s *Server) withReplicas(ctx context.Context, rows []market.Job) error {
	for i := range rows {
		if rows[i].Replicas <= 1 {
			continue
		}
		rs, err := market.Replicas(ctx, s.db, rows[i].ID)
		if err != nil {
			return err
		}
		rows[i].ReplicaRounds = rs
	}
	return nil
}

// servesJob says whether addr runs job j now: its current round's provider, or a live replica's.
func servesJob(j *market.Job, addr common.Address) bool {
	if j.Provider != nil && common.BytesToAddress(j.Provider) == addr {
		return true
	}
	for _, r := range j.ReplicaRounds {
		if r.State != market.ReplicaEnded && common.BytesToAddress(r.Provider) == addr {
			return true
		}
	}
	return false
}

// liveReplica is addr's replica of j that has not ended (j's replica rounds loaded).
func liveReplica(j *market.Job, addr common.Address) (market.Replica, bool) {
	for _, r := range j.ReplicaRounds {
		if r.State != market.ReplicaEnded && common.BytesToAddress(r.Provider) == addr {
			return r, true
		}
	}
	return market.Replica{}, false
}

// servedRound is the escrow round addr serves j in: a replica's own, else the job's current one.
func servedRound(j *market.Job, addr common.Address) int {
	if r, ok := liveReplica(j, addr); ok && (j.Provider == nil || common.BytesToAddress(j.Provider) != addr) {
		return r.Round
	}
	return j.Round
}

// replicaStatus records what a replica's agent reports about its container: deploying and running
// move the replica (never backwards), a failure is counted — the controller replaces a replica
// that keeps failing — and a replica never completes the job (replicas are for services).
func (s *Server) replicaStatus(ctx context.Context, db *gorm.DB, j *market.Job, r market.Replica, state apiv1.StatusReportState, reason string) error {
	who := fmt.Sprintf("the replica on %s (round %d)", common.BytesToAddress(r.Provider).Hex(), r.Round)
	switch state {
	case apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning:
		if !active(j.State) {
			return conflict("job %d is %s; its replicas serve only while it is awarded, deploying, running or failing over", j.ID, j.State)
		}
		if r.State == string(state) || (r.State == market.ReplicaRunning && state == apiv1.StatusReportStateDeploying) {
			return nil // no change (a redeploy within running is the provider's own business)
		}
		if err := db.Exec(`UPDATE market.replicas SET state = ?, failures = CASE WHEN ? = 'running' THEN 0 ELSE failures END, updated_at = now()
			WHERE job_id = ? AND round = ? AND provider = ?`, string(state), string(state), j.ID, r.Round, r.Provider).Error; err != nil {
			return fmt.Errorf("job %d: record its replica's state: %w", j.ID, err)
		}
		if err := market.Record(ctx, db, j.ID, market.Event{Kind: "replica_" + string(state),
			Reason: nonEmpty(reason, who+" is "+string(state)), Detail: map[string]any{"provider": common.BytesToAddress(r.Provider).Hex(), "round": r.Round}}); err != nil {
			return err
		}
		if state != apiv1.StatusReportStateRunning {
			return nil
		}
		issued, err := gateway.IssueDeploymentKey(ctx, db, j.ID, common.BytesToAddress(j.Client))
		if err != nil || !issued {
			return err
		}
		return market.Record(ctx, db, j.ID, market.Event{Kind: "deployment_key",
			Reason: fmt.Sprintf("the deployment's API key is issued: its client reveals it once with POST /v1/jobs/%d/keys/deployment", j.ID)})
	case apiv1.StatusReportStateFailed:
		if reason == "" {
			return badRequest("a failure report needs a reason (the container's last log lines)")
		}
		if err := db.Exec(`UPDATE market.replicas SET failures = failures + 1, updated_at = now() WHERE job_id = ? AND round = ? AND provider = ?`,
			j.ID, r.Round, r.Provider).Error; err != nil {
			return fmt.Errorf("job %d: count its replica's failure: %w", j.ID, err)
		}
		return market.Record(ctx, db, j.ID, market.Event{Kind: "replica_container_failed", Reason: who + ": " + reason,
			Detail: map[string]any{"provider": common.BytesToAddress(r.Provider).Hex(), "round": r.Round, "failures": r.Failures + 1, "threshold": s.cfg.FailureThreshold}})
	case apiv1.StatusReportStateCompleted:
		return conflict("job %d: a replica does not complete a job; only its current round's provider does", j.ID)
	}
	return badRequest("state must be deploying, running, failed or completed")
}

// active: the states in which a job's rounds serve (its current round may be failing over while
// its replicas serve on).
func active(state string) bool {
	switch state {
	case market.StateAwarded, market.StateDeploying, market.StateRunning, market.StateFailedOver:
		return true
	}
	return false
}

// defaultTargetConcurrency is what autoscaling aims for when the client names only minReplicas:
// a few requests in flight per provider keep an engine's batches full without long queues.
const defaultTargetConcurrency = 4

// defaultScaleToZeroAfter is the idle time after which a job with minReplicas 0 scales to zero
// when the client does not say: a quarter of an hour, as Hugging Face's endpoints.
const defaultScaleToZeroAfter = 15 * 60

func nullIfZero[T int | float64](v T) any {
	if v == 0 {
		return nil
	}
	return v
}

// replicaBidding: a replicated service that serves takes bids after its auction, for its replicas
// (a provider that joins later, or a new bid once the first ones expire).
func replicaBidding(j *market.Job) bool {
	return j.Replicas > 1 && j.ChainJobID != nil && active(j.State)
}

// woken ends the wake of a job scaled to zero: its provider reports the deployment running again,
// so the gateways send it the requests they held.
func (s *Server) woken(ctx context.Context, db *gorm.DB, j *market.Job) error {
	if err := db.Exec(`UPDATE market.jobs SET waking_since = NULL, load_sampled_at = NULL, idle_since = NULL, unreachable_since = NULL WHERE id = ?`, j.ID).Error; err != nil {
		return fmt.Errorf("job %d: end its wake: %w", j.ID, err)
	}
	took := s.now().Sub(*j.WakingSince)
	return market.Record(ctx, db, j.ID, market.Event{Kind: "scaled_up_from_zero", Reason: fmt.Sprintf(
		"the provider serves the job again, %s after a request woke it", took.Round(time.Millisecond)),
		Detail: map[string]any{"wake_ms": took.Milliseconds()}})
}
