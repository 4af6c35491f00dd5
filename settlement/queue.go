package settlement

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// inTx runs f in one database transaction.
func (s *Service) inTx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// lockKey takes a transaction-scoped lock named after an address: per provider it serializes
// Submits (two reports cannot both pass the "counters increase" check against the same stored
// value); per sender it serializes nonce assignment across instances.
func lockKey(ctx context.Context, tx *sql.Tx, what string, a common.Address) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, "settlement:"+what+":"+a.Hex())
	return err
}

// insertReport stores a verified report and one row per usage entry, refusing replays and counters
// that do not go above a value already queued.
func (s *Service) insertReport(ctx context.Context, r SignedReport, digest common.Hash) (id int64, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if err := lockKey(ctx, tx, "provider", r.Provider); err != nil {
			return fmt.Errorf("lock provider: %w", err)
		}
		var dup bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM settlement_reports WHERE chain_id = $1 AND digest = $2)`,
			s.chainID, digest.Bytes()).Scan(&dup); err != nil {
			return fmt.Errorf("look for replay: %w", err)
		}
		if dup {
			return reject(ReasonReplayed, 0, 0, "this report (digest %s) was already received", digest)
		}
		for _, u := range r.Usages {
			var known sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT max(cumulative_gpu_seconds) FROM settlement_usages
				WHERE chain_id = $1 AND job_id = $2 AND round = $3 AND provider = $4`,
				s.chainID, int64(u.JobID), int(u.Round), r.Provider.Bytes()).Scan(&known); err != nil {
				return fmt.Errorf("read known usage of job %d: %w", u.JobID, err)
			}
			if known.Valid && int64(u.CumulativeGpuSeconds) <= known.Int64 {
				return reject(ReasonNotIncreasing, u.JobID, u.Round, "cumulative GPU-seconds %d is not above the %d already attested", u.CumulativeGpuSeconds, known.Int64)
			}
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO settlement_reports (chain_id, provider, digest, signature, usages, received_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			s.chainID, r.Provider.Bytes(), digest.Bytes(), r.Signature, len(r.Usages), s.clock.Now()).Scan(&id); err != nil {
			return fmt.Errorf("insert report: %w", err)
		}
		var sb strings.Builder
		sb.WriteString(`INSERT INTO settlement_usages (chain_id, job_id, round, provider, cumulative_gpu_seconds, report_id, position) VALUES `)
		args := make([]any, 0, 7*len(r.Usages))
		for i, u := range r.Usages {
			if i > 0 {
				sb.WriteString(", ")
			}
			n := len(args)
			fmt.Fprintf(&sb, "($%d, $%d, $%d, $%d, $%d, $%d, $%d)", n+1, n+2, n+3, n+4, n+5, n+6, n+7)
			args = append(args, s.chainID, int64(u.JobID), int(u.Round), r.Provider.Bytes(), int64(u.CumulativeGpuSeconds), id, i)
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("insert usages: %w", err)
		}
		return nil
	})
	return id, err
}
