package market

import (
	"context"
	"encoding/json"
	"fmt"

	"gorm.io/gorm"
)

// The states of a job's status trail.
const (
	StateSubmitted  = "submitted"
	StateBidding    = "bidding"
	StateAwarded    = "awarded"
	StateDeploying  = "deploying"
	StateRunning    = "running"
	StateCompleted  = "completed"
	StateStopped    = "stopped"
	StateFailed     = "failed"
	StateFailedOver = "failed_over"
	StateSettled    = "settled"
)

// ValidState says whether s is one of the job states.
func ValidState(s string) bool {
	switch s {
	case StateSubmitted, StateBidding, StateAwarded, StateDeploying, StateRunning, StateCompleted, StateStopped, StateFailed, StateFailedOver, StateSettled:
		return true
	}
	return false
}

// Event is one entry to append to a job's trail.
type Event struct {
	State  string // the job's state after it; "" keeps the current one
	Kind   string // what happened: "submitted", "bid", "no_bids", "award_sent", ...
	Reason string
	Detail any
}

// Record appends e to job's trail in tx, moving the job to e.State when set. The UPDATE takes the
// job's row lock first, which serialises sequence numbers across instances.
func Record(ctx context.Context, tx *gorm.DB, jobID int64, e Event) error {
	var state string
	q := `UPDATE market.jobs SET updated_at = now() WHERE id = ? RETURNING state`
	args := []any{jobID}
	if e.State != "" {
		q = `UPDATE market.jobs SET state = ?, reason = ?, updated_at = now() WHERE id = ? RETURNING state`
		args = []any{e.State, e.Reason, jobID}
	}
	res := tx.WithContext(ctx).Raw(q, args...).Scan(&state)
	if res.Error != nil {
		return fmt.Errorf("job %d: %s: %w", jobID, e.Kind, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("job %d: %s: no such job", jobID, e.Kind)
	}
	var detail []byte
	if e.Detail != nil {
		var err error
		if detail, err = json.Marshal(e.Detail); err != nil {
			return fmt.Errorf("job %d: %s detail: %w", jobID, e.Kind, err)
		}
	}
	var seq int64
	if err := tx.WithContext(ctx).Raw(`
		INSERT INTO market.job_events (job_id, seq, state, kind, reason, detail)
		SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM market.job_events WHERE job_id = ? RETURNING seq`,
		jobID, state, e.Kind, e.Reason, detail, jobID).Scan(&seq).Error; err != nil {
		return fmt.Errorf("job %d: append %s to trail: %w", jobID, e.Kind, err)
	}
	if WebhookKinds[e.Kind] || e.State == StateFailed {
		// In the same transaction as the entry: a warning is posted once it is on the trail, and
		// only then.
		if err := tx.WithContext(ctx).Exec(`INSERT INTO market.webhook_deliveries (job_id, seq)
			SELECT id, ? FROM market.jobs WHERE id = ? AND webhook_url IS NOT NULL`, seq, jobID).Error; err != nil {
			return fmt.Errorf("job %d: queue the webhook for %s: %w", jobID, e.Kind, err)
		}
	}
	return nil
}

// WebhookKinds are the trail entries posted to a job's webhook (with every entry that fails it):
// the warnings a client running production traffic acts on.
var WebhookKinds = map[string]bool{"budget_80": true, "budget_95": true, "duration_ending": true}

// Truncate shortens text for a trail entry or an on-chain reason to n bytes and an ellipsis.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
