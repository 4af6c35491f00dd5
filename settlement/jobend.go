package settlement

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
)

// ReportFailure queues a controller's failure report for a running job. The job's attestations
// already queued are settled first (in an earlier nonce), then reportFailure slashes the provider
// by the escrow's policy, the job is handed to failover (see Failovers), and — unless a backup is
// awarded within the failover window — what is left is refunded to the client.
func (s *Service) ReportFailure(ctx context.Context, jobID uint64, reason string) error {
	if reason == "" {
		return errors.New("report failure: say why the provider failed (the reason is recorded on chain)")
	}
	return s.enqueueAction(ctx, jobID, txKindFailure, reason)
}

// EndJob queues the final step of a job that was completed by its provider or stopped by its
// client: once its last attestations are settled and the escrow's settlement window allows,
// finalizeJob refunds the unspent budget. A job already closed needs nothing.
func (s *Service) EndJob(ctx context.Context, jobID uint64) error {
	return s.enqueueAction(ctx, jobID, txKindFinalize, "")
}

func (s *Service) enqueueAction(ctx context.Context, jobID uint64, kind, reason string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO settlement_actions (chain_id, job_id, kind, reason)
		SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM settlement_actions
			WHERE chain_id = $1 AND job_id = $2 AND kind = $3 AND state IN ('pending', 'sent'))`,
		s.chainID, int64(jobID), kind, reason)
	if err != nil {
		return fmt.Errorf("%w: queue %s of job %d: %w", ErrUnavailable, kind, jobID, err)
	}
	return nil
}

type action struct {
	id       int64
	job      uint64
	kind     string
	reason   string
	round    uint8          // close_round only
	provider common.Address // close_round only
}

// runActions carries out the job actions that are due, each in its own outbox transaction.
func (s *Service) runActions(ctx context.Context) error {
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.job_id, a.kind, a.reason, coalesce(a.round, 0), coalesce(a.provider, '\x'::bytea) FROM settlement_actions a
		WHERE a.chain_id = $1 AND a.state = 'pending' AND a.not_before <= $2
		AND NOT EXISTS (SELECT 1 FROM settlement_usages u JOIN settlement_reports r ON r.id = u.report_id
			WHERE u.chain_id = a.chain_id AND u.job_id = a.job_id AND r.state = 'pending')
		ORDER BY a.id`, s.chainID, int64(head.Time))
	if err != nil {
		return fmt.Errorf("load due actions: %w", err)
	}
	var due []action
	for rows.Next() {
		var a action
		var job int64
		var round int
		var provider []byte
		if err := rows.Scan(&a.id, &job, &a.kind, &a.reason, &round, &provider); err != nil {
			rows.Close()
			return err
		}
		a.job, a.round, a.provider = uint64(job), uint8(round), common.BytesToAddress(provider)
		due = append(due, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range due {
		if err := s.runAction(ctx, a, head.Time); err != nil {
			return fmt.Errorf("%s of job %d: %w", a.kind, a.job, err)
		}
	}
	return nil
}

func (s *Service) runAction(ctx context.Context, a action, now uint64) error {
	j, err := s.escrow.job(ctx, a.job)
	if err != nil {
		return err
	}
	id := new(big.Int).SetUint64(a.job)
	var calldata []byte
	switch a.kind {
	case txKindFailure:
		if j.State != jobRunning {
			return s.closeAction(ctx, a, "skipped", "job is "+stateName(j.State)+", not running")
		}
		calldata = s.abi.PackReportFailure(id, a.reason)
	case txKindFinalize:
		t, err := s.escrow.jobTerms(ctx, a.job)
		if err != nil {
			return err
		}
		p := t.Terms // the windows the job was created with
		switch j.State {
		case jobClosed, jobCancelled:
			return s.closeAction(ctx, a, "done", "job already "+stateName(j.State))
		case jobEnded, jobFailover:
			window := uint64(p.SettlementWindow)
			if j.State == jobFailover {
				window = uint64(p.FailoverWindow)
			}
			if until := j.EndedAt.Uint64() + window; now < until {
				_, err := s.db.ExecContext(ctx, `UPDATE settlement_actions SET not_before = $2 WHERE id = $1`, a.id, int64(until))
				return err
			}
		case jobRunning:
			if j.Remaining.Sign() != 0 {
				// Queued because a report spends the budget: wait while it is in flight.
				var inFlight bool
				if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM settlement_usages u JOIN settlement_reports r ON r.id = u.report_id
					WHERE u.chain_id = $1 AND u.job_id = $2 AND r.state = 'batched')`, s.chainID, int64(a.job)).Scan(&inFlight); err != nil {
					return err
				}
				if inFlight {
					return nil
				}
				return s.closeAction(ctx, a, "skipped", "job is running with budget left (a backup was awarded, or its last report was not settled)")
			}
		default:
			return s.closeAction(ctx, a, "skipped", "job is "+stateName(j.State)+"; the client cancels it with stopJob")
		}
		calldata = s.abi.PackFinalizeJob(id)
	case txKindCloseRound:
		r, err := s.escrow.round(ctx, a.job, a.round, a.provider)
		if err != nil {
			return err
		}
		if r.EndedAt == 0 {
			return s.closeAction(ctx, a, "skipped", "the round has not ended")
		}
		t, err := s.escrow.jobTerms(ctx, a.job)
		if err != nil {
			return err
		}
		if until := r.EndedAt + uint64(t.Terms.SettlementWindow); now < until {
			_, err := s.db.ExecContext(ctx, `UPDATE settlement_actions SET not_before = $2 WHERE id = $1`, a.id, int64(until))
			return err
		}
		calldata = s.abi.PackCloseRound(id, big.NewInt(int64(a.round)), a.provider)
	default:
		return s.closeAction(ctx, a, "skipped", "unknown action kind")
	}
	var out *outgoing
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var state string
		if err := tx.QueryRowContext(ctx, `SELECT state FROM settlement_actions WHERE id = $1 FOR UPDATE SKIP LOCKED`, a.id).Scan(&state); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return nil // another instance holds it
			}
			return err
		}
		if state != "pending" {
			return nil
		}
		out, err = s.prepare(ctx, tx, a.kind, a.job, calldata, 0)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE settlement_actions SET state = 'sent', tx_id = $2 WHERE id = $1`, a.id, out.id)
		return err
	})
	var re *chain.RevertError
	if errors.As(err, &re) {
		// The escrow refuses it (e.g. the key lacks CONTROLLER_ROLE): record why instead of retrying forever.
		return s.closeAction(ctx, a, "skipped", re.Error())
	}
	if err != nil {
		return err
	}
	if out != nil {
		s.log.Info("job action signed", "action", a.kind, "job", a.job, "tx", out.id, "nonce", out.tx.Nonce())
		s.broadcast(ctx, out.id, out.tx)
	}
	return nil
}

func (s *Service) closeAction(ctx context.Context, a action, state, note string) error {
	s.log.Info("job action closed", "action", a.kind, "job", a.job, "state", state, "note", note)
	_, err := s.db.ExecContext(ctx, `UPDATE settlement_actions SET state = $2, note = $3 WHERE id = $1 AND state = 'pending'`, a.id, state, note)
	return err
}
