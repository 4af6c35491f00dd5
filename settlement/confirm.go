package settlement

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgtype"
)

// Why the escrow paid nothing for an entry (AuctionEscrow.Rejection).
var rejectionNames = []string{"not_job_provider", "not_settleable", "stale_round", "nothing_due"}

// confirm books a transaction with enough confirmations, in one database transaction: the money
// it moved (from its events), the outcome of each attestation it carried, the job actions it
// completed. Two instances may race here; only the one that flips the state books anything.
func (s *Service) confirm(ctx context.Context, f *inflight, r *types.Receipt) error {
	var blockTime uint64
	var failoverWindow, settlementWindow uint64
	if f.kind == txKindFailure && r.Status == types.ReceiptStatusSuccessful {
		h, err := s.chain.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return fmt.Errorf("read block %d: %w", r.BlockNumber, err)
		}
		p, err := s.escrow.params(ctx)
		if err != nil {
			return err
		}
		blockTime, failoverWindow, settlementWindow = h.Time, uint64(p.FailoverWindow), uint64(p.SettlementWindow)
	}
	var booked bool
	var outcome *batchOutcome
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		booked, outcome = false, nil
		state := "confirmed"
		if r.Status != types.ReceiptStatusSuccessful {
			state = "reverted"
		}
		res, err := tx.ExecContext(ctx, `UPDATE settlement_txs SET state = $2, confirmed_at = $3 WHERE id = $1 AND state IN ('signed', 'sent', 'mined')`,
			f.id, state, s.clock.Now())
		if err != nil {
			return fmt.Errorf("confirm tx %d: %w", f.id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		if state == "reverted" {
			s.log.Error("settlement transaction reverted; its work goes back to the queue", "tx", f.id, "hash", r.TxHash, "block", r.BlockNumber)
			if _, err := tx.ExecContext(ctx, `UPDATE settlement_actions SET state = 'skipped', note = 'transaction reverted' WHERE tx_id = $1`, f.id); err != nil {
				return err
			}
			return s.requeue(ctx, tx, f.id, true)
		}
		if err := s.book(ctx, tx, f.id, r, blockTime, failoverWindow, settlementWindow); err != nil {
			return err
		}
		if f.kind == txKindSettle {
			if outcome, err = s.settleOutcomes(ctx, tx, f.id, r); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE settlement_actions SET state = 'done' WHERE tx_id = $1`, f.id); err != nil {
			return fmt.Errorf("complete actions of tx %d: %w", f.id, err)
		}
		s.forget(f.id)
		s.log.Info("settlement transaction confirmed", "tx", f.id, "kind", f.kind, "hash", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
		booked = true
		return nil
	})
	if err == nil && booked {
		s.metrics.confirmed(f.kind, r.GasUsed, outcome)
	}
	return err
}

// book records the money the escrow's events in r moved, the failovers it started and the refunds
// they lead to.
func (s *Service) book(ctx context.Context, tx *sql.Tx, id int64, r *types.Receipt, blockTime, failoverWindow, settlementWindow uint64) error {
	escrowAddr := s.cfg.Deployment.Escrow
	move := func(l *types.Log, kind string, account common.Address, job *big.Int, amount *big.Int) error {
		if amount == nil || amount.Sign() == 0 {
			return nil
		}
		var jobID any
		if job != nil {
			jobID = job.Int64()
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO settlement_movements (tx_id, log_index, kind, account, job_id, amount)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, id, int(l.Index), kind, account.Bytes(), jobID, pgtype.Numeric{Int: amount, Valid: true})
		if err != nil {
			return fmt.Errorf("record %s of tx %d: %w", kind, id, err)
		}
		return nil
	}
	for _, l := range r.Logs {
		if l.Address != escrowAddr || len(l.Topics) == 0 {
			continue
		}
		if ev, err := s.abi.UnpackProviderPaidEvent(l); err == nil {
			if err := move(l, "payout", ev.Provider, nil, new(big.Int).Sub(ev.Gross, ev.Fee)); err != nil {
				return err
			}
			if err := move(l, "fee", escrowAddr, nil, ev.Fee); err != nil {
				return err
			}
		} else if ev, err := s.abi.UnpackRefundedEvent(l); err == nil {
			if err := move(l, "refund", ev.Client, ev.JobId, ev.Amount); err != nil {
				return err
			}
		} else if ev, err := s.abi.UnpackJobFailedEvent(l); err == nil {
			// A failover moves no stake (slashes come from FaultDisputes only); the failed round keeps
			// ev.Due for the time its provider served.
			if _, err := tx.ExecContext(ctx, `INSERT INTO settlement_failovers (chain_id, job_id, round, provider, due, reason, failed_at, tx_id)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`, s.chainID, ev.JobId.Int64(), int(ev.Round), ev.Provider.Bytes(),
				pgtype.Numeric{Int: ev.Due, Valid: true}, ev.Reason, int64(blockTime), id); err != nil {
				return fmt.Errorf("hand job %s to failover: %w", ev.JobId, err)
			}
			// Without a backup award within the failover window, what is left goes back to the client.
			if _, err := tx.ExecContext(ctx, `INSERT INTO settlement_actions (chain_id, job_id, kind, not_before) VALUES ($1, $2, $3, $4)`,
				s.chainID, ev.JobId.Int64(), txKindFinalize, int64(blockTime+failoverWindow)); err != nil {
				return fmt.Errorf("schedule refund of job %s: %w", ev.JobId, err)
			}
			// After the round's settlement window, what its provider did not settle goes back too.
			if _, err := tx.ExecContext(ctx, `INSERT INTO settlement_actions (chain_id, job_id, kind, not_before, round, provider) VALUES ($1, $2, $3, $4, $5, $6)`,
				s.chainID, ev.JobId.Int64(), txKindCloseRound, int64(blockTime+settlementWindow), int(ev.Round), ev.Provider.Bytes()); err != nil {
				return fmt.Errorf("schedule closing round %d of job %s: %w", ev.Round, ev.JobId, err)
			}
		}
	}
	return nil
}

// settleOutcomes writes, for every attestation of a settle batch, what the escrow paid for it or
// why it paid nothing. The escrow emits exactly one UsageSettled or UsageRejected per entry, in
// the order of the reports and their entries.
func (s *Service) settleOutcomes(ctx context.Context, tx *sql.Tx, id int64, r *types.Receipt) (*batchOutcome, error) {
	rows, err := tx.QueryContext(ctx, `SELECT u.report_id, u.position FROM settlement_usages u JOIN settlement_reports rp ON rp.id = u.report_id
		WHERE rp.tx_id = $1 ORDER BY rp.id, u.position`, id)
	if err != nil {
		return nil, fmt.Errorf("load attestations of tx %d: %w", id, err)
	}
	type entry struct{ report, position int64 }
	var entries []entry
	for rows.Next() {
		var e entry
		if err := rows.Scan(&e.report, &e.position); err != nil {
			rows.Close()
			return nil, err
		}
		entries = append(entries, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	i := 0
	reports, positions := make([]int64, 0, len(entries)), make([]int64, 0, len(entries))
	amounts, outcomes := make([]string, 0, len(entries)), make([]string, 0, len(entries))
	var rejected []int64 // reports the escrow skipped as a whole
	for _, l := range r.Logs {
		if l.Address != s.cfg.Deployment.Escrow || i >= len(entries) {
			continue
		}
		if _, err := s.abi.UnpackReportRejectedEvent(l); err == nil {
			// The escrow skipped the whole report (its signature did not verify): every entry of
			// it paid nothing, and no per-entry event follows.
			bad := entries[i].report
			rejected = append(rejected, bad)
			for i < len(entries) && entries[i].report == bad {
				reports, positions = append(reports, entries[i].report), append(positions, entries[i].position)
				amounts, outcomes = append(amounts, "0"), append(outcomes, "rejected:bad_signature")
				i++
			}
			continue
		}
		var amount *big.Int
		var outcome string
		if ev, err := s.abi.UnpackUsageSettledEvent(l); err == nil {
			amount, outcome = ev.Amount, "settled"
		} else if ev, err := s.abi.UnpackUsageRejectedEvent(l); err == nil {
			amount, outcome = new(big.Int), "rejected:unknown"
			if int(ev.Reason) < len(rejectionNames) {
				outcome = "rejected:" + rejectionNames[ev.Reason]
			}
		} else {
			continue
		}
		reports, positions = append(reports, entries[i].report), append(positions, entries[i].position)
		amounts, outcomes = append(amounts, amount.String()), append(outcomes, outcome)
		i++
	}
	if _, err := tx.ExecContext(ctx, `UPDATE settlement_usages u SET amount = v.amount::numeric, outcome = v.outcome
		FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(report_id, position, amount, outcome)
		WHERE u.report_id = v.report_id AND u.position = v.position`, reports, positions, amounts, outcomes); err != nil {
		return nil, fmt.Errorf("record outcomes of tx %d: %w", id, err)
	}
	if i != len(entries) {
		s.log.Error("settle receipt does not match its batch", "tx", id, "entries", len(entries), "events", i)
	}
	now := s.clock.Now()
	out := &batchOutcome{outcomes: map[string]int{}}
	for _, o := range outcomes {
		out.outcomes[strings.SplitN(o, ":", 2)[0]]++
	}
	if len(rejected) > 0 {
		// Never retried: the same signature would be skipped again. The provider signs a new report.
		if _, err := tx.ExecContext(ctx, `UPDATE settlement_reports SET state = 'failed' WHERE id = ANY($1)`, rejected); err != nil {
			return nil, fmt.Errorf("record skipped reports of tx %d: %w", id, err)
		}
		s.log.Warn("the escrow skipped reports with an invalid signature", "tx", id, "reports", rejected)
	}
	received, err := tx.QueryContext(ctx, `UPDATE settlement_reports SET state = 'settled', settled_at = $2 WHERE tx_id = $1 AND state <> 'failed' RETURNING received_at`, id, now)
	if err != nil {
		return nil, fmt.Errorf("settle reports of tx %d: %w", id, err)
	}
	defer received.Close()
	for received.Next() {
		var at time.Time
		if err := received.Scan(&at); err != nil {
			return nil, fmt.Errorf("settle reports of tx %d: %w", id, err)
		}
		out.delays = append(out.delays, now.Sub(at))
	}
	return out, received.Err()
}
