package settlement

import (
	"context"
	"database/sql"
	"errors"
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

// Receipt is what intake made of a report: where it is queued and the verdict on each entry.
type Receipt struct {
	ID      int64
	Entries []Verdict // in report order
	// Replayed: this very report (same digest) was received before; ID and Entries are the first
	// time's, and nothing new was stored.
	Replayed bool
}

// insertReport stores a verified report with every entry and its verdict, first refusing entries
// whose counter does not go above a value already queued for their round. A report every entry of
// which is refused is not stored: it returns a *RejectError carrying the verdicts. The same report
// again (a lost response, a retry after a crash) returns the stored one.
func (s *Service) insertReport(ctx context.Context, r SignedReport, digest common.Hash, verdicts []Verdict) (rc Receipt, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if err := lockKey(ctx, tx, "provider", r.Provider); err != nil {
			return fmt.Errorf("lock provider: %w", err)
		}
		var err error
		if rc, err = s.storedReceipt(ctx, tx, digest); err != nil || rc.Replayed {
			return err
		}
		for i, u := range r.Usages {
			if verdicts[i].Intake == Refused {
				continue
			}
			var known sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT max(cumulative_gpu_seconds) FROM settlement_usages
				WHERE chain_id = $1 AND job_id = $2 AND round = $3 AND provider = $4 AND intake NOT LIKE 'refused:%'`,
				s.chainID, int64(u.JobID), int(u.Round), r.Provider.Bytes()).Scan(&known); err != nil {
				return fmt.Errorf("read known usage of job %d: %w", u.JobID, err)
			}
			switch {
			case known.Valid && int64(u.CumulativeGpuSeconds) <= known.Int64:
				v := refused(ReasonNotIncreasing, "cumulative GPU-seconds %d is not above the %d already attested", u.CumulativeGpuSeconds, known.Int64)
				v.Known = max(verdicts[i].Known, uint64(known.Int64))
				verdicts[i] = v
			case known.Valid && verdicts[i].Limit > 0 && uint64(known.Int64) >= verdicts[i].Limit:
				// A report already queued claims all the round can pay: this one would pay nothing.
				v := refused(ReasonNothingDue, "a report already queued claims the %d GPU-seconds round %d can pay at most", verdicts[i].Limit, u.Round)
				v.Known, v.running = max(verdicts[i].Known, uint64(known.Int64)), verdicts[i].running
				verdicts[i] = v
			case known.Valid:
				verdicts[i].Known = max(verdicts[i].Known, uint64(known.Int64))
			}
		}
		rc.Entries = verdicts
		if allRefused(verdicts) {
			v, u := verdicts[0], r.Usages[0]
			e := reject(v.Reason, u.JobID, u.Round, "%s; no entry of the report can be paid (each entry's verdict says why)", v.Detail)
			e.Entries = verdicts
			return e
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO settlement_reports (chain_id, provider, digest, signature, usages, received_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			s.chainID, r.Provider.Bytes(), digest.Bytes(), r.Signature, len(r.Usages), s.clock.Now()).Scan(&rc.ID); err != nil {
			return fmt.Errorf("insert report: %w", err)
		}
		var sb strings.Builder
		sb.WriteString(`INSERT INTO settlement_usages (chain_id, job_id, round, provider, cumulative_gpu_seconds, report_id, position, intake, known) VALUES `)
		args := make([]any, 0, 9*len(r.Usages))
		for i, u := range r.Usages {
			if i > 0 {
				sb.WriteString(", ")
			}
			n := len(args)
			fmt.Fprintf(&sb, "($%d, $%d, $%d, $%d, $%d, $%d, $%d, $%d, $%d)", n+1, n+2, n+3, n+4, n+5, n+6, n+7, n+8, n+9)
			args = append(args, s.chainID, int64(u.JobID), int(u.Round), r.Provider.Bytes(), int64(u.CumulativeGpuSeconds), rc.ID, i, verdicts[i].String(), int64(verdicts[i].Known))
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("insert usages: %w", err)
		}
		return nil
	})
	return rc, err
}

// storedReceipt is the receipt of the report with this digest when it was received before.
func (s *Service) storedReceipt(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, digest common.Hash) (Receipt, error) {
	var rc Receipt
	err := q.QueryRowContext(ctx, `SELECT id FROM settlement_reports WHERE chain_id = $1 AND digest = $2`, s.chainID, digest.Bytes()).Scan(&rc.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return Receipt{}, nil
	}
	if err != nil {
		return rc, fmt.Errorf("look for the report %s: %w", digest, err)
	}
	rows, err := q.QueryContext(ctx, `SELECT intake, coalesce(known, 0) FROM settlement_usages WHERE report_id = $1 ORDER BY position`, rc.ID)
	if err != nil {
		return rc, fmt.Errorf("read the entries of report %d: %w", rc.ID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var in string
		var known int64
		if err := rows.Scan(&in, &known); err != nil {
			return rc, err
		}
		v := parseVerdict(in)
		v.Known = uint64(known)
		rc.Entries = append(rc.Entries, v)
	}
	rc.Replayed = true
	return rc, rows.Err()
}

// parseVerdict reads a stored verdict (Verdict.String).
func parseVerdict(s string) Verdict {
	in, reason, _ := strings.Cut(s, ":")
	return Verdict{Intake: Intake(in), Reason: Reason(reason)}
}

func allRefused(vs []Verdict) bool {
	for _, v := range vs {
		if v.Intake != Refused {
			return false
		}
	}
	return true
}
