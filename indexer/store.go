package indexer

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/gorm"
)

// Cursor is where the mirror stands: the last block fully indexed, and the head seen then.
type Cursor struct {
	Block uint64
	Hash  common.Hash
	Head  uint64
}

// store is the indexer's write path: plain SQL, one transaction per batch, the cursor committed
// together with the rows (exactly once), bulk writes with COPY.
type store struct {
	db      *gorm.DB
	chainID int64
	name    string
	// beforeCommit, when set (tests), runs inside the batch transaction just before COMMIT.
	beforeCommit func(ctx context.Context) error
}

// cursor returns the stored cursor, or ok=false when nothing was indexed yet.
func (s *store) cursor(ctx context.Context) (c Cursor, ok bool, err error) {
	var row struct {
		BlockNumber int64
		BlockHash   []byte
		HeadNumber  int64
	}
	res := s.db.WithContext(ctx).Raw(`SELECT block_number, block_hash, head_number FROM cursors WHERE chain_id = ? AND name = ?`, s.chainID, s.name).Scan(&row)
	if res.Error != nil {
		return c, false, fmt.Errorf("read cursor: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return c, false, nil
	}
	return Cursor{Block: uint64(row.BlockNumber), Hash: common.BytesToHash(row.BlockHash), Head: uint64(row.HeadNumber)}, true, nil
}

// commit writes b and moves the cursor to next, in one transaction.
// commit writes b and moves the cursor to next, in one transaction. Rows go in with COPY (binary
// protocol) on the pooled connection's pgx handle; known caches job → client of committed jobs and
// learns this batch's jobs once it has committed.
func (s *store) commit(ctx context.Context, b *batch, from, next Cursor, known map[uint64]common.Address) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("database connection: %w", err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		sc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("database driver is %T, want pgx", dc)
		}
		pc := sc.Conn()
		err := s.commitTx(ctx, pc, b, from, next, known)
		if err != nil && pc.IsClosed() {
			return fmt.Errorf("%w: %w", driver.ErrBadConn, err) // let database/sql drop the dead connection
		}
		return err
	})
	if err == nil {
		for _, j := range b.jobs {
			known[j.jobID] = j.client
		}
	}
	return err
}

func (s *store) commitTx(ctx context.Context, pc *pgx.Conn, b *batch, from, next Cursor, known map[uint64]common.Address) error {
	tx, err := pc.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin batch: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	if err := s.checkCursor(ctx, tx, from); err != nil {
		return err
	}
	if err := s.resolveClients(ctx, tx, b, known); err != nil {
		return err
	}
	if err := s.copyEvents(ctx, tx, b); err != nil {
		return err
	}
	for _, t := range s.derivedTables(b) {
		if len(t.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			return fmt.Errorf("write %s: %w", t.name, err)
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO block_checkpoints (chain_id, block_number, block_hash) VALUES ($1, $2, $3)
		ON CONFLICT (chain_id, block_number) DO UPDATE SET block_hash = EXCLUDED.block_hash`, s.chainID, int64(next.Block), next.Hash.Bytes()); err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	if _, err := tx.Exec(ctx, upsertCursor, s.chainID, s.name, int64(next.Block), next.Hash.Bytes(), int64(next.Head)); err != nil {
		return fmt.Errorf("write cursor: %w", err)
	}
	if s.beforeCommit != nil {
		if err := s.beforeCommit(ctx); err != nil {
			return err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit batch: %w", err)
	}
	return nil
}

const upsertCursor = `INSERT INTO cursors (chain_id, name, block_number, block_hash, head_number, updated_at)
	VALUES ($1, $2, $3, $4, $5, now())
	ON CONFLICT (chain_id, name) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash,
		head_number = EXCLUDED.head_number, updated_at = now()`

// copyEvents writes the raw events: COPY into a per-connection staging table, then one INSERT ...
// ON CONFLICT DO NOTHING, so a replayed batch is harmless while the bulk of the work is COPY.
func (s *store) copyEvents(ctx context.Context, tx pgx.Tx, b *batch) error {
	if len(b.events) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS chain_events_in (LIKE chain_events) ON COMMIT DELETE ROWS`); err != nil {
		return fmt.Errorf("staging table: %w", err)
	}
	rows := make([][]any, len(b.events))
	for i, e := range b.events {
		rows[i] = []any{s.chainID, int64(e.block), e.blockHash.Bytes(), blockTime(e.position), e.txHash.Bytes(), int32(e.txIndex), int32(e.logIndex), e.contract, e.name, e.args}
	}
	cols := []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "contract", "name", "args"}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"chain_events_in"}, cols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO chain_events SELECT * FROM chain_events_in ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

type table struct {
	name string
	cols []string
	rows [][]any
}

// derivedTables lays b's typed rows out for COPY.
func (s *store) derivedTables(b *batch) []table {
	ledger := table{name: "ledger", cols: []string{"chain_id", "block_number", "block_hash", "log_index", "seq", "account", "bucket", "job_id", "amount"}}
	for _, r := range b.ledger {
		var job any
		if r.jobID != nil {
			job = int64(*r.jobID)
		}
		ledger.rows = append(ledger.rows, []any{s.chainID, int64(r.block), r.blockHash.Bytes(), int32(r.logIndex), int16(r.seq), r.account.Bytes(), r.bucket, job, numeric(r.amount)})
	}
	jobs := table{name: "jobs", cols: []string{"chain_id", "job_id", "client", "spec_hash", "max_price", "gpu_count", "budget", "bidding_deadline", "min_provider_stake", "block_number", "block_hash", "log_index", "tx_hash"}}
	for _, j := range b.jobs {
		jobs.rows = append(jobs.rows, []any{s.chainID, int64(j.jobID), j.client.Bytes(), j.specHash.Bytes(), numeric(j.maxPrice), int32(j.gpuCount), numeric(j.budget),
			int64(j.biddingDeadline), numeric(j.minStake), int64(j.block), j.blockHash.Bytes(), int32(j.logIndex), j.txHash.Bytes()})
	}
	jobEvents := table{name: "job_events", cols: []string{"chain_id", "block_number", "block_hash", "block_time", "log_index", "job_id", "name", "state", "provider", "round", "price", "amount", "cumulative_gpu_seconds", "reason"}}
	for _, e := range b.jobEvents {
		var round any
		if e.round != nil {
			round = int32(*e.round)
		}
		jobEvents.rows = append(jobEvents.rows, []any{s.chainID, int64(e.block), e.blockHash.Bytes(), blockTime(e.position), int32(e.logIndex), int64(e.jobID), e.name,
			e.state, addr(e.provider), round, numeric(e.price), numeric(e.amount), numeric(e.cumulative), e.reason})
	}
	stakes := table{name: "stake_events", cols: []string{"chain_id", "block_number", "block_hash", "block_time", "log_index", "account", "name", "amount", "unlock_at", "beneficiary", "reason"}}
	for _, e := range b.stakeEvents {
		var unlock any
		if e.unlockAt != nil {
			unlock = int64(*e.unlockAt)
		}
		stakes.rows = append(stakes.rows, []any{s.chainID, int64(e.block), e.blockHash.Bytes(), blockTime(e.position), int32(e.logIndex), e.account.Bytes(), e.name,
			numeric(e.amount), unlock, addr(e.beneficiary), e.reason})
	}
	return []table{ledger, jobs, jobEvents, stakes}
}

func numeric(x *big.Int) any {
	if x == nil {
		return nil
	}
	return pgtype.Numeric{Int: x, Valid: true}
}

func blockTime(p position) any {
	if p.blockTime == 0 {
		return nil
	}
	return int64(p.blockTime)
}

func addr(a *common.Address) any {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func (s *store) saveCursor(ctx context.Context, tx *sql.Tx, c Cursor) error {
	_, err := tx.ExecContext(ctx, upsertCursor, s.chainID, s.name, int64(c.Block), c.Hash.Bytes(), int64(c.Head))
	if err != nil {
		return fmt.Errorf("write cursor: %w", err)
	}
	return nil
}

// rollback deletes every row above ancestor and moves the cursor there, in one transaction.
func (s *store) rollback(ctx context.Context, ancestor Cursor) (deleted int64, err error) {
	err = s.db.WithContext(ctx).Transaction(func(gtx *gorm.DB) error {
		tx := gtx.Statement.ConnPool.(*sql.Tx)
		for _, table := range []string{"chain_events", "ledger", "jobs", "job_events", "stake_events", "block_checkpoints"} {
			res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE chain_id = $1 AND block_number > $2`, s.chainID, int64(ancestor.Block))
			if err != nil {
				return fmt.Errorf("roll back %s: %w", table, err)
			}
			if table == "chain_events" {
				deleted, _ = res.RowsAffected()
			}
		}
		return s.saveCursor(ctx, tx, ancestor)
	})
	return deleted, err
}

// checkpoints returns stored (block, hash) pairs at or below block, newest first: the cursor's
// history and every block holding an event, which is all a common-ancestor search needs.
func (s *store) checkpoints(ctx context.Context, below uint64, limit int) ([]Cursor, error) {
	rows, err := s.db.WithContext(ctx).Raw(`
		SELECT block_number, block_hash FROM (
			SELECT block_number, block_hash FROM block_checkpoints WHERE chain_id = ? AND block_number <= ?
			UNION
			SELECT DISTINCT block_number, block_hash FROM chain_events WHERE chain_id = ? AND block_number <= ?
		) c ORDER BY block_number DESC LIMIT ?`, s.chainID, int64(below), s.chainID, int64(below), limit).Rows()
	if err != nil {
		return nil, fmt.Errorf("read checkpoints: %w", err)
	}
	defer rows.Close()
	var out []Cursor
	for rows.Next() {
		var n int64
		var h []byte
		if err := rows.Scan(&n, &h); err != nil {
			return nil, err
		}
		out = append(out, Cursor{Block: uint64(n), Hash: common.BytesToHash(h)})
	}
	return out, rows.Err()
}

// resolveClients fills in the client of each settlement: from this batch's jobs, the cache of
// committed jobs, or the jobs table.
func (s *store) resolveClients(ctx context.Context, tx pgx.Tx, b *batch, known map[uint64]common.Address) error {
	if len(b.pendingClient) == 0 {
		return nil
	}
	clients := make(map[uint64]common.Address, len(b.jobs))
	for _, j := range b.jobs {
		clients[j.jobID] = j.client
	}
	var missing []int64
	for _, i := range b.pendingClient {
		id := *b.ledger[i].jobID
		if _, ok := clients[id]; ok {
			continue
		}
		if c, ok := known[id]; ok {
			clients[id] = c
			continue
		}
		missing = append(missing, int64(id))
	}
	if len(missing) > 0 {
		rows, err := tx.Query(ctx, `SELECT job_id, client FROM jobs WHERE chain_id = $1 AND job_id = ANY($2)`, s.chainID, missing)
		if err != nil {
			return fmt.Errorf("look up job clients: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var c []byte
			if err := rows.Scan(&id, &c); err != nil {
				return err
			}
			clients[uint64(id)] = common.BytesToAddress(c)
			known[uint64(id)] = common.BytesToAddress(c)
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for _, i := range b.pendingClient {
		c, ok := clients[*b.ledger[i].jobID]
		if !ok {
			return fmt.Errorf("settlement of job %d in block %d: the job was never posted (mirror incomplete)", *b.ledger[i].jobID, b.ledger[i].block)
		}
		b.ledger[i].account = c
	}
	return nil
}

// ErrCursorMoved means the stored cursor is no longer the one a batch was prepared from: another
// indexer (a rolling deploy, a second instance by mistake) committed first. The batch is dropped
// and the next Sync starts from the stored cursor, so two writers never move it backwards.
var ErrCursorMoved = errors.New("the cursor moved under this batch (another indexer is writing this chain's mirror?); re-reading it")

// checkCursor locks the cursor row (or, before the first batch, the chain's mirror through an
// advisory lock) and checks that it is still from.
func (s *store) checkCursor(ctx context.Context, tx pgx.Tx, from Cursor) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended('gintonic indexer ' || $1::bigint || ' ' || $2::text, 0))`, s.chainID, s.name); err != nil {
		return fmt.Errorf("lock the cursor: %w", err)
	}
	var block int64
	var hash []byte
	err := tx.QueryRow(ctx, `SELECT block_number, block_hash FROM cursors WHERE chain_id = $1 AND name = $2`, s.chainID, s.name).Scan(&block, &hash)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil // the first batch: the advisory lock serialises first batches
	case err != nil:
		return fmt.Errorf("read the cursor: %w", err)
	case uint64(block) != from.Block || common.BytesToHash(hash) != from.Hash:
		return fmt.Errorf("%w: stored at block %d, the batch follows block %d", ErrCursorMoved, block, from.Block)
	}
	return nil
}
