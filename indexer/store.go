package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// Cursor is where the mirror stands: the last block fully indexed, and the head seen then.
type Cursor struct {
	Block uint64
	Hash  common.Hash
	Head  uint64
}

// store is the indexer's write path: plain SQL, one transaction per batch, the cursor committed
// together with the rows (exactly once), bulk inserts through unnest() arrays.
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
func (s *store) commit(ctx context.Context, b *batch, next Cursor) error {
	return s.db.WithContext(ctx).Transaction(func(gtx *gorm.DB) error {
		tx, ok := gtx.Statement.ConnPool.(*sql.Tx)
		if !ok {
			return errors.New("batch transaction is not a database/sql transaction")
		}
		if err := s.resolveClients(ctx, tx, b); err != nil {
			return err
		}
		for _, w := range []func(context.Context, *sql.Tx, *batch) error{s.insertEvents, s.insertLedger, s.insertJobs, s.insertJobEvents, s.insertStakeEvents} {
			if err := w(ctx, tx, b); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO block_checkpoints (chain_id, block_number, block_hash) VALUES ($1, $2, $3)
			ON CONFLICT (chain_id, block_number) DO UPDATE SET block_hash = EXCLUDED.block_hash`, s.chainID, int64(next.Block), next.Hash.Bytes()); err != nil {
			return fmt.Errorf("write checkpoint: %w", err)
		}
		if err := s.saveCursor(ctx, tx, next); err != nil {
			return err
		}
		if s.beforeCommit != nil {
			return s.beforeCommit(ctx)
		}
		return nil
	})
}

func (s *store) saveCursor(ctx context.Context, tx *sql.Tx, c Cursor) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO cursors (chain_id, name, block_number, block_hash, head_number, updated_at)
		VALUES ($1, $2, $3, $4, $5, now())
		ON CONFLICT (chain_id, name) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash,
			head_number = EXCLUDED.head_number, updated_at = now()`,
		s.chainID, s.name, int64(c.Block), c.Hash.Bytes(), int64(c.Head))
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

// resolveClients fills in the client of settlements whose job was posted in an earlier batch.
func (s *store) resolveClients(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.pendingClient) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(b.pendingClient))
	for _, i := range b.pendingClient {
		ids = append(ids, int64(*b.ledger[i].jobID))
	}
	rows, err := tx.QueryContext(ctx, `SELECT job_id, client FROM jobs WHERE chain_id = $1 AND job_id = ANY($2)`, s.chainID, ids)
	if err != nil {
		return fmt.Errorf("look up job clients: %w", err)
	}
	defer rows.Close()
	clients := map[uint64]common.Address{}
	for rows.Next() {
		var id int64
		var c []byte
		if err := rows.Scan(&id, &c); err != nil {
			return err
		}
		clients[uint64(id)] = common.BytesToAddress(c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, i := range b.pendingClient {
		c, ok := clients[*b.ledger[i].jobID]
		if !ok {
			return fmt.Errorf("settlement of job %d in block %d: the job was never posted (mirror incomplete)", *b.ledger[i].jobID, b.ledger[i].block)
		}
		b.ledger[i].account = c
	}
	b.pendingClient = b.pendingClient[:0]
	return nil
}

// columns collects one batch's values per column for an unnest() insert.
type columns struct {
	chainID, block, logIndex []int64
	blockHash                [][]byte
	blockTime                []*int64
}

func (c *columns) add(chainID int64, p position) {
	c.chainID = append(c.chainID, chainID)
	c.block = append(c.block, int64(p.block))
	c.blockHash = append(c.blockHash, p.blockHash.Bytes())
	c.logIndex = append(c.logIndex, int64(p.logIndex))
	var t *int64
	if p.blockTime != 0 {
		v := int64(p.blockTime)
		t = &v
	}
	c.blockTime = append(c.blockTime, t)
}

func dec(x *big.Int) *string {
	if x == nil {
		return nil
	}
	s := x.String()
	return &s
}

func addr(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func (s *store) insertEvents(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.events) == 0 {
		return nil
	}
	var c columns
	txHash := make([][]byte, 0, len(b.events))
	txIndex := make([]int64, 0, len(b.events))
	contract := make([]string, 0, len(b.events))
	name := make([]string, 0, len(b.events))
	args := make([]string, 0, len(b.events))
	for _, e := range b.events {
		c.add(s.chainID, e.position)
		txHash = append(txHash, e.txHash.Bytes())
		txIndex = append(txIndex, int64(e.txIndex))
		contract = append(contract, e.contract)
		name = append(name, e.name)
		args = append(args, string(e.args))
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO chain_events (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, name, args)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bigint[], $5::bytea[], $6::int[], $7::int[], $8::text[], $9::text[], $10::jsonb[])
		ON CONFLICT DO NOTHING`, c.chainID, c.block, c.blockHash, c.blockTime, txHash, txIndex, c.logIndex, contract, name, args)
	if err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	return nil
}

func (s *store) insertLedger(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.ledger) == 0 {
		return nil
	}
	var c columns
	seq := make([]int64, 0, len(b.ledger))
	account := make([][]byte, 0, len(b.ledger))
	bucket := make([]string, 0, len(b.ledger))
	jobID := make([]*int64, 0, len(b.ledger))
	amount := make([]string, 0, len(b.ledger))
	for _, r := range b.ledger {
		c.add(s.chainID, r.position)
		seq = append(seq, int64(r.seq))
		account = append(account, r.account.Bytes())
		bucket = append(bucket, r.bucket)
		var j *int64
		if r.jobID != nil {
			v := int64(*r.jobID)
			j = &v
		}
		jobID = append(jobID, j)
		amount = append(amount, r.amount.String())
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO ledger (chain_id, block_number, block_hash, log_index, seq, account, bucket, job_id, amount)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::int[], $5::smallint[], $6::bytea[], $7::text[], $8::bigint[], $9::numeric[])
		ON CONFLICT DO NOTHING`, c.chainID, c.block, c.blockHash, c.logIndex, seq, account, bucket, jobID, amount)
	if err != nil {
		return fmt.Errorf("insert ledger: %w", err)
	}
	return nil
}

func (s *store) insertJobs(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.jobs) == 0 {
		return nil
	}
	var c columns
	var jobID, gpus, deadline []int64
	var client, spec, txHash [][]byte
	var maxPrice, budget, minStake []string
	for _, j := range b.jobs {
		c.add(s.chainID, j.position)
		jobID = append(jobID, int64(j.jobID))
		client = append(client, j.client.Bytes())
		spec = append(spec, j.specHash.Bytes())
		maxPrice = append(maxPrice, j.maxPrice.String())
		gpus = append(gpus, int64(j.gpuCount))
		budget = append(budget, j.budget.String())
		deadline = append(deadline, int64(j.biddingDeadline))
		minStake = append(minStake, j.minStake.String())
		txHash = append(txHash, j.txHash.Bytes())
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO jobs (chain_id, job_id, client, spec_hash, max_price, gpu_count, budget, bidding_deadline, min_provider_stake, block_number, block_hash, log_index, tx_hash)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[], $5::numeric[], $6::int[], $7::numeric[], $8::bigint[], $9::numeric[], $10::bigint[], $11::bytea[], $12::int[], $13::bytea[])
		ON CONFLICT DO NOTHING`, c.chainID, jobID, client, spec, maxPrice, gpus, budget, deadline, minStake, c.block, c.blockHash, c.logIndex, txHash)
	if err != nil {
		return fmt.Errorf("insert jobs: %w", err)
	}
	return nil
}

func (s *store) insertJobEvents(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.jobEvents) == 0 {
		return nil
	}
	var c columns
	var jobID []int64
	var name []string
	var state, price, amount, cum, reason []*string
	var provider [][]byte
	var round []*int64
	for _, e := range b.jobEvents {
		c.add(s.chainID, e.position)
		jobID = append(jobID, int64(e.jobID))
		name = append(name, e.name)
		state = append(state, e.state)
		provider = append(provider, addr(e.provider))
		round = append(round, e.round)
		price = append(price, dec(e.price))
		amount = append(amount, dec(e.amount))
		cum = append(cum, dec(e.cumulative))
		reason = append(reason, e.reason)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO job_events (chain_id, block_number, block_hash, block_time, log_index, job_id, name, state, provider, round, price, amount, cumulative_gpu_seconds, reason)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bigint[], $5::int[], $6::bigint[], $7::text[], $8::text[], $9::bytea[], $10::int[], $11::numeric[], $12::numeric[], $13::numeric[], $14::text[])
		ON CONFLICT DO NOTHING`, c.chainID, c.block, c.blockHash, c.blockTime, c.logIndex, jobID, name, state, provider, round, price, amount, cum, reason)
	if err != nil {
		return fmt.Errorf("insert job events: %w", err)
	}
	return nil
}

func (s *store) insertStakeEvents(ctx context.Context, tx *sql.Tx, b *batch) error {
	if len(b.stakeEvents) == 0 {
		return nil
	}
	var c columns
	var account, beneficiary [][]byte
	var name []string
	var amount []string
	var unlock []*int64
	var reason []*string
	for _, e := range b.stakeEvents {
		c.add(s.chainID, e.position)
		account = append(account, e.account.Bytes())
		name = append(name, e.name)
		amount = append(amount, e.amount.String())
		var u *int64
		if e.unlockAt != nil {
			v := int64(*e.unlockAt)
			u = &v
		}
		unlock = append(unlock, u)
		beneficiary = append(beneficiary, addr(e.beneficiary))
		reason = append(reason, e.reason)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO stake_events (chain_id, block_number, block_hash, block_time, log_index, account, name, amount, unlock_at, beneficiary, reason)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bigint[], $5::int[], $6::bytea[], $7::text[], $8::numeric[], $9::bigint[], $10::bytea[], $11::text[])
		ON CONFLICT DO NOTHING`, c.chainID, c.block, c.blockHash, c.blockTime, c.logIndex, account, name, amount, unlock, beneficiary, reason)
	if err != nil {
		return fmt.Errorf("insert stake events: %w", err)
	}
	return nil
}
