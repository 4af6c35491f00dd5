package settlement

import (
	"context"
	"fmt"
)

// queueEnded queues the finalization of every job the indexer's mirror shows ended (completed by
// its provider or stopped by its client) and not yet closed, once: the client's refund must not
// depend on anyone remembering to ask for it. The action waits for the job's last attestations
// and for the escrow's settlement window (see runAction); a job the mirror later loses to a reorg
// is skipped there, since the escrow no longer shows it ended.
func (s *Service) queueEnded(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO settlement_actions (chain_id, job_id, kind)
		SELECT DISTINCT e.chain_id, e.job_id, $2::text FROM job_events e
		WHERE e.chain_id = $1 AND e.name = 'JobEnded'
		AND NOT EXISTS (SELECT 1 FROM job_events c WHERE c.chain_id = e.chain_id AND c.job_id = e.job_id AND c.name = 'JobClosed')
		AND NOT EXISTS (SELECT 1 FROM settlement_actions a WHERE a.chain_id = e.chain_id AND a.job_id = e.job_id AND a.kind = $2)`,
		s.chainID, txKindFinalize)
	if err != nil {
		return fmt.Errorf("%w: queue the finalization of ended jobs: %w", ErrUnavailable, err)
	}
	return nil
}
