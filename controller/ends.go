package controller

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
)

// endOverdue ends the jobs that ran their durationSeconds since their first award: the job is
// completed in the market, so its provider's agent stops the container (it runs, and is paid,
// no longer than the client asked), and the trail tells the client to stop it on chain for the
// unspent budget — the escrow lets only the client (stopJob) or the provider (completeJob) end a
// running job. A job whose budget is spent is ended on chain by the settlement service
// (finalizeJob, which anyone may call once nothing is left).
func (n *Node) endOverdue(ctx context.Context) error {
	var ids []int64
	if err := n.db.WithContext(ctx).Raw(`SELECT m.id FROM market.jobs m
		WHERE m.state IN (?, ?, ?) AND m.duration_seconds > 0
		AND (SELECT min(e.at) FROM market.job_events e WHERE e.job_id = m.id AND e.state = ?) + m.duration_seconds * interval '1 second' <= ?
		ORDER BY m.id LIMIT 100`,
		market.StateAwarded, market.StateDeploying, market.StateRunning, market.StateAwarded, n.now()).Scan(&ids).Error; err != nil {
		return fmt.Errorf("find jobs past their duration: %w", err)
	}
	for _, id := range ids {
		err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			j, err := market.LoadJob(ctx, db, id, true)
			if err != nil {
				return err
			}
			if j.State != market.StateAwarded && j.State != market.StateDeploying && j.State != market.StateRunning {
				return nil // ended meanwhile
			}
			return market.Record(ctx, db, id, market.Event{State: market.StateCompleted, Kind: "duration_over",
				Reason: fmt.Sprintf("the job ran its %d s (durationSeconds): its provider stops it; stop it (gin jobs stop, or the escrow's stopJob(%d)) to get the unspent budget back now; it is otherwise refunded when the provider completes the job", j.DurationSeconds, chainID(j))})
		})
		if err != nil {
			return fmt.Errorf("end job %d past its duration: %w", id, err)
		}
		n.log.Info("job ended: duration over", "job", id)
	}
	return nil
}

func chainID(j *market.Job) int64 {
	if j.ChainJobID == nil {
		return 0
	}
	return *j.ChainJobID
}
