package indexer

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// Finality selects which blocks a read sees.
type Finality int

const (
	// Latest includes everything indexed, up to the chain head.
	Latest Finality = iota
	// Finalized includes only blocks at least the finality depth below the head seen.
	Finalized
)

// Reader answers questions about the mirrored state. Every figure is computed from the event rows,
// so it is as consistent as the events themselves.
type Reader struct {
	db            *gorm.DB
	chainID       int64
	name          string
	finalityDepth uint64
}

// NewReader reads the mirror of chainID written by the indexer named name ("" = "indexer").
func NewReader(db *gorm.DB, chainID uint64, name string, finalityDepth uint64) *Reader {
	if name == "" {
		name = "indexer"
	}
	if finalityDepth == 0 {
		finalityDepth = 12
	}
	return &Reader{db: db, chainID: int64(chainID), name: name, finalityDepth: finalityDepth}
}

// Cursor is the indexer's position.
func (r *Reader) Cursor(ctx context.Context) (Cursor, bool, error) {
	return (&store{db: r.db, chainID: r.chainID, name: r.name}).cursor(ctx)
}

// FinalBlock is the highest block the mirror holds that is final (-1 before the first).
func (r *Reader) FinalBlock(ctx context.Context) (int64, error) { return r.bound(ctx, Finalized) }

// bound is the highest block a read at finality f may see.
func (r *Reader) bound(ctx context.Context, f Finality) (int64, error) {
	if f == Latest {
		return math.MaxInt64, nil
	}
	c, ok, err := r.Cursor(ctx)
	if err != nil || !ok {
		return -1, err
	}
	final := int64(c.Head) - int64(r.finalityDepth)
	return min(final, int64(c.Block)), nil
}

// Balances returns every bucket of account (wallet, escrow_free, escrow_locked, stake_active,
// stake_unbonding, earned, slashed, fees_owed for the escrow itself).
func (r *Reader) Balances(ctx context.Context, account common.Address, f Finality) (map[string]*big.Int, error) {
	b, err := r.bound(ctx, f)
	if err != nil {
		return nil, err
	}
	var rows []struct {
		Bucket string
		Total  string
	}
	if err := r.db.WithContext(ctx).Raw(`SELECT bucket, SUM(amount)::text AS total FROM ledger
		WHERE chain_id = ? AND account = ? AND block_number <= ? GROUP BY bucket`, r.chainID, account.Bytes(), b).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read balances of %s: %w", account, err)
	}
	out := map[string]*big.Int{}
	for _, row := range rows {
		v, ok := new(big.Int).SetString(row.Total, 10)
		if !ok {
			return nil, fmt.Errorf("balance %q of %s is not an integer", row.Total, account)
		}
		out[row.Bucket] = v
	}
	return out, nil
}

// Balance is one bucket of account (zero when absent).
func (r *Reader) Balance(ctx context.Context, account common.Address, bucket string, f Finality) (*big.Int, error) {
	all, err := r.Balances(ctx, account, f)
	if err != nil {
		return nil, err
	}
	if v, ok := all[bucket]; ok {
		return v, nil
	}
	return new(big.Int), nil
}

// Job is a job as the mirror sees it.
type Job struct {
	ID                uint64
	Client            common.Address
	SpecHash          common.Hash
	GPUCount          int
	MaxPrice          *big.Int
	Budget            *big.Int // as created, plus every top-up (BudgetToppedUp)
	MinProviderStake  *big.Int
	BiddingDeadline   uint64
	State             string
	Provider          common.Address // of the current round
	Round             int
	Price             *big.Int // of the current round
	SettledGpuSeconds *big.Int // of the current round
	Paid              *big.Int // all rounds, gross (fees included)
	Refunded          *big.Int
	Remaining         *big.Int // budget - paid - refunded
	CreatedBlock      uint64
}

// Job returns job id, or ok=false when the mirror has not seen it.
func (r *Reader) Job(ctx context.Context, id uint64, f Finality) (j Job, ok bool, err error) {
	b, err := r.bound(ctx, f)
	if err != nil {
		return j, false, err
	}
	var row struct {
		Client, SpecHash, Provider         []byte
		GpuCount                           int
		MaxPrice, Budget, MinProviderStake string
		BiddingDeadline, BlockNumber       int64
		State                              *string
		Round                              *int
		Price, Settled, Paid, Refunded     *string
	}
	res := r.db.WithContext(ctx).Raw(`
		SELECT j.client, j.spec_hash, j.gpu_count, j.max_price::text,
		       (j.budget + (SELECT COALESCE(SUM(e.amount), 0) FROM job_events e WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id
		          AND e.name = 'BudgetToppedUp' AND e.block_number <= @b))::text AS budget,
		       j.min_provider_stake::text AS min_provider_stake,
		       j.bidding_deadline, j.block_number,
		       (SELECT e.state FROM job_events e WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id AND e.state IS NOT NULL AND e.block_number <= @b
		          ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) AS state,
		       a.provider, a.round, a.price::text AS price,
		       (SELECT e.cumulative_gpu_seconds::text FROM job_events e WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id AND e.name = 'UsageSettled'
		          AND a.block_number IS NOT NULL AND (e.block_number, e.log_index) > (a.block_number, a.log_index) AND e.block_number <= @b
		          ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) AS settled,
		       (SELECT COALESCE(SUM(e.amount), 0)::text FROM job_events e WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id AND e.name = 'UsageSettled' AND e.block_number <= @b) AS paid,
		       (SELECT COALESCE(SUM(e.amount), 0)::text FROM job_events e WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id AND e.name = 'Refunded' AND e.block_number <= @b) AS refunded
		FROM jobs j
		LEFT JOIN LATERAL (SELECT e.provider, e.round, e.price, e.block_number, e.log_index FROM job_events e
		          WHERE e.chain_id = j.chain_id AND e.job_id = j.job_id AND e.name = 'JobAwarded' AND e.block_number <= @b
		          ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) a ON true
		WHERE j.chain_id = @c AND j.job_id = @id AND j.block_number <= @b`,
		map[string]any{"b": b, "c": r.chainID, "id": int64(id)}).Scan(&row)
	if res.Error != nil {
		return j, false, fmt.Errorf("read job %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return j, false, nil
	}
	j = Job{
		ID: id, Client: common.BytesToAddress(row.Client), SpecHash: common.BytesToHash(row.SpecHash), GPUCount: row.GpuCount,
		MaxPrice: num(&row.MaxPrice), Budget: num(&row.Budget), MinProviderStake: num(&row.MinProviderStake),
		BiddingDeadline: uint64(row.BiddingDeadline), State: "Open", Price: num(row.Price), SettledGpuSeconds: num(row.Settled),
		Paid: num(row.Paid), Refunded: num(row.Refunded), CreatedBlock: uint64(row.BlockNumber),
	}
	if row.State != nil {
		j.State = *row.State
	}
	if row.Provider != nil {
		j.Provider = common.BytesToAddress(row.Provider)
	}
	if row.Round != nil {
		j.Round = *row.Round
	}
	j.Remaining = new(big.Int).Sub(new(big.Int).Sub(j.Budget, j.Paid), j.Refunded)
	return j, true, nil
}

// Stake is a staking position as mirrored.
type Stake struct {
	Active, Unbonding, Slashed *big.Int
	UnlockAt                   uint64
}

// Stake returns account's staking position.
func (r *Reader) Stake(ctx context.Context, account common.Address, f Finality) (Stake, error) {
	bal, err := r.Balances(ctx, account, f)
	if err != nil {
		return Stake{}, err
	}
	get := func(k string) *big.Int {
		if v, ok := bal[k]; ok {
			return v
		}
		return new(big.Int)
	}
	s := Stake{Active: get(StakeActive), Unbonding: get(StakeUnbonding), Slashed: get(Slashed)}
	b, err := r.bound(ctx, f)
	if err != nil {
		return s, err
	}
	var unlock *int64
	if err := r.db.WithContext(ctx).Raw(`SELECT unlock_at FROM stake_events WHERE chain_id = ? AND account = ? AND name = 'UnstakeRequested'
		AND block_number <= ? ORDER BY block_number DESC, log_index DESC LIMIT 1`, r.chainID, account.Bytes(), b).Scan(&unlock).Error; err != nil {
		return s, fmt.Errorf("read unlock time of %s: %w", account, err)
	}
	if unlock != nil && s.Unbonding.Sign() > 0 {
		s.UnlockAt = uint64(*unlock)
	}
	return s, nil
}

// EventCount counts mirrored events (optionally of one name).
func (r *Reader) EventCount(ctx context.Context, name string) (int64, error) {
	var n int64
	q := r.db.WithContext(ctx).Table("chain_events").Where("chain_id = ?", r.chainID)
	if name != "" {
		q = q.Where("name = ?", name)
	}
	if err := q.Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

func num(s *string) *big.Int {
	if s == nil {
		return new(big.Int)
	}
	v, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
