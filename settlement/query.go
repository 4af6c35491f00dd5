package settlement

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Movement kinds, as Totals and Movements report them.
const (
	MovePayout = "payout" // to a provider, net of the protocol fee
	MoveFee    = "fee"    // to the protocol (account: the escrow, until swept)
	MoveRefund = "refund" // to a client's escrow balance
	MoveSlash  = "slash"  // from a failed provider's stake, to the job's client
)

// ReportStatus is what a provider sees of one submitted report.
type ReportStatus struct {
	ID         int64
	Provider   common.Address
	State      string // pending | batched | settled | superseded | failed
	ReceivedAt time.Time
	SettledAt  *time.Time
	TxHash     *common.Hash // the settleBatch transaction, once mined
	Entries    []EntryStatus
}

// EntryStatus is the outcome of one attestation of a report.
type EntryStatus struct {
	JobID                uint64
	Round                uint8
	CumulativeGpuSeconds uint64
	Outcome              string   // "" until confirmed; settled | rejected:<reason>
	Amount               *big.Int // gross paid (before fee), once confirmed
	Intake               Verdict  // what intake decided (Detail is not kept)
}

// ErrNotFound is returned for an unknown report.
var ErrNotFound = errors.New("not found")

// Report returns the status of report id.
func (s *Service) Report(ctx context.Context, id int64) (ReportStatus, error) {
	var r ReportStatus
	var prov, hash []byte
	var settled sql.NullTime
	err := s.db.QueryRowContext(ctx, `SELECT r.id, r.provider, r.state, r.received_at, r.settled_at, t.tx_hash
		FROM settlement_reports r LEFT JOIN settlement_txs t ON t.id = r.tx_id WHERE r.id = $1 AND r.chain_id = $2`, id, s.chainID).
		Scan(&r.ID, &prov, &r.State, &r.ReceivedAt, &settled, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("report %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("read report %d: %w", id, err)
	}
	r.Provider = common.BytesToAddress(prov)
	if settled.Valid {
		r.SettledAt = &settled.Time
	}
	if hash != nil {
		h := common.BytesToHash(hash)
		r.TxHash = &h
	}
	rows, err := s.db.QueryContext(ctx, `SELECT job_id, round, cumulative_gpu_seconds, coalesce(outcome, ''), amount::text, intake, coalesce(known, 0)
		FROM settlement_usages WHERE report_id = $1 ORDER BY position`, id)
	if err != nil {
		return r, fmt.Errorf("read entries of report %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var e EntryStatus
		var job, cum int64
		var round int
		var amount sql.NullString
		var intake string
		var known int64
		if err := rows.Scan(&job, &round, &cum, &e.Outcome, &amount, &intake, &known); err != nil {
			return r, err
		}
		e.Intake = parseVerdict(intake)
		e.Intake.Known = uint64(known)
		e.JobID, e.Round, e.CumulativeGpuSeconds = uint64(job), uint8(round), uint64(cum)
		if amount.Valid {
			e.Amount = decimal(amount.String)
		}
		r.Entries = append(r.Entries, e)
	}
	return r, rows.Err()
}

// Totals sums confirmed movements by kind (payout, fee, refund, slash). With a non-zero account
// only that account's movements count (a provider's earnings are Totals(p)[MovePayout]).
func (s *Service) Totals(ctx context.Context, account common.Address) (map[string]*big.Int, error) {
	q := `SELECT m.kind, sum(m.amount)::text FROM settlement_movements m JOIN settlement_txs t ON t.id = m.tx_id
		WHERE t.chain_id = $1 AND t.state = 'confirmed' AND ($2::bytea IS NULL OR m.account = $2) GROUP BY m.kind`
	var acct any
	if account != (common.Address{}) {
		acct = account.Bytes()
	}
	rows, err := s.db.QueryContext(ctx, q, s.chainID, acct)
	if err != nil {
		return nil, fmt.Errorf("sum movements: %w", err)
	}
	defer rows.Close()
	out := map[string]*big.Int{MovePayout: new(big.Int), MoveFee: new(big.Int), MoveRefund: new(big.Int), MoveSlash: new(big.Int)}
	for rows.Next() {
		var kind, sum string
		if err := rows.Scan(&kind, &sum); err != nil {
			return nil, err
		}
		out[kind] = decimal(sum)
	}
	return out, rows.Err()
}

// Movement is money one confirmed service transaction moved.
type Movement struct {
	Kind    string
	Account common.Address
	JobID   uint64 // 0 for payouts and fees (a report pays many jobs at once)
	Amount  *big.Int
	TxHash  common.Hash
	Block   uint64
}

// Movements lists confirmed movements, newest first, of account (all accounts when zero).
func (s *Service) Movements(ctx context.Context, account common.Address, limit int) ([]Movement, error) {
	var acct any
	if account != (common.Address{}) {
		acct = account.Bytes()
	}
	rows, err := s.db.QueryContext(ctx, `SELECT m.kind, m.account, coalesce(m.job_id, 0), m.amount::text, t.tx_hash, t.block_number
		FROM settlement_movements m JOIN settlement_txs t ON t.id = m.tx_id
		WHERE t.chain_id = $1 AND t.state = 'confirmed' AND ($2::bytea IS NULL OR m.account = $2)
		ORDER BY t.block_number DESC, m.log_index DESC LIMIT $3`, s.chainID, acct, limit)
	if err != nil {
		return nil, fmt.Errorf("list movements: %w", err)
	}
	defer rows.Close()
	var out []Movement
	for rows.Next() {
		var m Movement
		var acc, hash []byte
		var job, block int64
		var amount string
		if err := rows.Scan(&m.Kind, &acc, &job, &amount, &hash, &block); err != nil {
			return nil, err
		}
		m.Account, m.JobID, m.Amount, m.TxHash, m.Block = common.BytesToAddress(acc), uint64(job), decimal(amount), common.BytesToHash(hash), uint64(block)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Failover is a job whose provider was reported failed, waiting for a backup award.
type Failover struct {
	JobID    uint64
	Round    uint8
	Provider common.Address
	Due      *big.Int // what the failed provider may still settle for the time it served
	Reason   string
	FailedAt uint64 // chain time
}

// Failovers lists the jobs the service reported failed, oldest first: the failover hand-off.
func (s *Service) Failovers(ctx context.Context) ([]Failover, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT job_id, round, provider, due::text, reason, failed_at
		FROM settlement_failovers WHERE chain_id = $1 ORDER BY failed_at, job_id`, s.chainID)
	if err != nil {
		return nil, fmt.Errorf("list failovers: %w", err)
	}
	defer rows.Close()
	var out []Failover
	for rows.Next() {
		var f Failover
		var job, at int64
		var round int
		var prov []byte
		var due string
		if err := rows.Scan(&job, &round, &prov, &due, &f.Reason, &at); err != nil {
			return nil, err
		}
		f.JobID, f.Round, f.Provider, f.Due, f.FailedAt = uint64(job), uint8(round), common.BytesToAddress(prov), decimal(due), uint64(at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// Backlog counts reports and transactions not yet settled: what an operator watches.
type Backlog struct {
	PendingReports, BatchedReports int
	TxsInFlight                    int
	ActionsPending                 int // job actions not yet sent (some wait for a window to pass)
}

// Backlog returns the current backlog.
func (s *Service) Backlog(ctx context.Context) (Backlog, error) {
	var b Backlog
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM settlement_reports WHERE chain_id = $1 AND state = 'pending'),
		(SELECT count(*) FROM settlement_reports WHERE chain_id = $1 AND state = 'batched'),
		(SELECT count(*) FROM settlement_txs WHERE chain_id = $1 AND state IN ('signed', 'sent', 'mined')),
		(SELECT count(*) FROM settlement_actions WHERE chain_id = $1 AND state = 'pending')`, s.chainID).
		Scan(&b.PendingReports, &b.BatchedReports, &b.TxsInFlight, &b.ActionsPending)
	if err != nil {
		return b, fmt.Errorf("read backlog: %w", err)
	}
	return b, nil
}

func decimal(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
