package market

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Replica states: a replica round is awarded on chain, its provider deploys it, it runs, and it
// ends (its provider failed, it is no longer wanted, or the job ended) keeping its provider's claim
// to the time it served.
const (
	ReplicaAwarded   = "awarded"
	ReplicaDeploying = "deploying"
	ReplicaRunning   = "running"
	ReplicaEnded     = "ended"
)

// Replica is one of a job's replica rounds besides its current one (market.replicas): the escrow
// keys it by (job, round, provider) like every round.
type Replica struct {
	JobID            int64
	Round            int
	Provider         []byte
	State            string
	Reason           string
	AwardTx          []byte
	UnreachableSince *time.Time
	Failures         int
	Endpoint         *string // the provider's, as registered
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

const replicaCols = `r.job_id, r.round, r.provider, r.state, r.reason, r.award_tx, r.unreachable_since, r.failures,
	p.endpoint, r.created_at, r.updated_at`

// WantsReplicas is the SQL condition (on market.jobs as j) of a replicated job that serves and has
// fewer live replicas than it wants: it takes bids after its auction (a new auction for replicas),
// and the controller adds replicas to it.
const WantsReplicas = `(j.replicas > 1 AND j.chain_job_id IS NOT NULL AND j.state IN ('awarded', 'deploying', 'running', 'failed_over')
	AND (SELECT count(*) FROM market.replicas r WHERE r.job_id = j.id AND r.state <> 'ended') < least(greatest(coalesce(j.replicas_target, j.replicas), 1), j.replicas) - 1)`

// Replicas lists job id's replica rounds, live ones first, then the newest.
func Replicas(ctx context.Context, db *gorm.DB, id int64) ([]Replica, error) {
	var out []Replica
	if err := db.WithContext(ctx).Raw(`SELECT `+replicaCols+` FROM market.replicas r LEFT JOIN market.providers p ON p.address = r.provider
		WHERE r.job_id = ? ORDER BY r.state = 'ended', r.created_at DESC LIMIT 64`, id).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("read replicas of job %d: %w", id, err)
	}
	return out, nil
}
