package market

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// ErrNotFound: no such row.
var ErrNotFound = errors.New("not found")

// Job is a job as stored in market.jobs.
type Job struct {
	ID               int64
	Client           []byte
	State            string
	Reason           string
	Spec             []byte
	SpecHash         []byte
	Region           string
	GpuModel         string
	GpuMemoryMib     int
	GpuCount         int
	MaxPrice         string
	Budget           string
	MinProviderStake string
	DurationSeconds  int
	BiddingDeadline  int64
	BiddingClosesAt  time.Time
	ChainJobID       *int64
	ChainTerms       []byte
	CreateTx         []byte
	Provider         []byte
	Round            int
	AwardTx          []byte
	Match            []byte
	Failures         int
	UnreachableSince *time.Time // the gateway cannot reach the provider since then
	WebhookURL       *string    // where the job's warnings are posted (its client's view only)
	Replicas         int        // providers the client wants serving at once (1: no replicas)
	ReplicaRounds    []Replica  `gorm:"-"` // its replica rounds, when loaded (the API's job views)
	// Autoscaling (nil without): the fewest providers serving, how many the controller keeps now,
	// and the requests in flight per provider it aims for.
	ReplicasMin       *int
	ReplicasTarget    *int
	TargetConcurrency *float64
	// Scaling to zero (minReplicas 0): the seconds without a request after which the job's last
	// deployment stops, since when it is at zero, and since when a request is waking it.
	ScaleToZeroAfter *int
	ZeroSince        *time.Time
	WakingSince      *time.Time
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// JobCols selects a Job from market.jobs.
const JobCols = `id, client, state, reason, spec, spec_hash, region, gpu_model, gpu_memory_mib, gpu_count,
	max_price::text AS max_price, budget::text AS budget, min_provider_stake::text AS min_provider_stake,
	duration_seconds, bidding_deadline, bidding_closes_at, chain_job_id, chain_terms, unreachable_since, create_tx, provider, round,
	award_tx, match, failures, webhook_url, replicas, replicas_min, replicas_target, target_concurrency,
	scale_to_zero_after, zero_since, waking_since, created_at, updated_at`

// LoadJob reads job id, under its row lock when lock is set (db is then a transaction). A job
// that does not exist is ErrNotFound.
func LoadJob(ctx context.Context, db *gorm.DB, id int64, lock bool) (*Job, error) {
	q := `SELECT ` + JobCols + ` FROM market.jobs WHERE id = ?`
	if lock {
		q += ` FOR UPDATE`
	}
	var j Job
	res := db.WithContext(ctx).Raw(q, id).Scan(&j)
	if res.Error != nil {
		return nil, fmt.Errorf("read job %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return nil, fmt.Errorf("job %d: %w", id, ErrNotFound)
	}
	return &j, nil
}

// Terms reads the terms hash an escrow job's bids sign (*chain.Contracts is one).
type Terms interface {
	JobTermsHash(ctx context.Context, jobID uint64) (common.Hash, error)
}

// Bidding is how long a job takes bids once it is on chain (Period), and how long before the
// on-chain bidding deadline the award must have been sent (AwardMargin).
type Bidding struct {
	Period      time.Duration
	AwardMargin time.Duration
}

// Open links job id to escrow job chainJobID (created by transaction tx) and opens bidding. It is
// idempotent: the chain follower and the client's POST of its createJob hash may both get there.
func (b Bidding) Open(ctx context.Context, db *gorm.DB, terms Terms, id, chainJobID int64, tx []byte, now func() time.Time) error {
	h, err := terms.JobTermsHash(ctx, uint64(chainJobID))
	if err != nil {
		return fmt.Errorf("read escrow job %d's terms: %w", chainJobID, err)
	}
	return db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		j, err := LoadJob(ctx, db, id, true)
		if err != nil {
			return err
		}
		if j.State != StateSubmitted {
			return nil
		}
		closes := now().Add(b.Period)
		if last := time.Unix(j.BiddingDeadline, 0).Add(-b.AwardMargin); closes.After(last) {
			closes = last
		}
		if err := db.Exec(`UPDATE market.jobs SET chain_job_id = ?, chain_terms = ?, create_tx = ?, bidding_closes_at = ? WHERE id = ?`,
			chainJobID, h.Bytes(), tx, closes, id).Error; err != nil {
			return fmt.Errorf("link job %d to escrow job %d: %w", id, chainJobID, err)
		}
		if !closes.After(now()) {
			return Record(ctx, db, id, Event{State: StateFailed, Kind: "too_late",
				Reason: "createJob was mined too close to its bidding deadline for an award; stop the job to get the budget back"})
		}
		return Record(ctx, db, id, Event{State: StateBidding, Kind: "on_chain",
			Reason: fmt.Sprintf("escrow job %d holds the budget; bids close at %s", chainJobID, closes.UTC().Format(time.RFC3339))})
	})
}
