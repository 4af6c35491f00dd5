package controller

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// followChain folds the chain into the trails: it links submitted jobs whose createJob the
// indexer has seen (for clients that never posted the hash), and turns escrow events — awards,
// settlements, ends, failures, refunds — into trail entries and states.
func (n *Node) followChain(ctx context.Context) error {
	if err := n.linkSubmitted(ctx); err != nil {
		return err
	}
	return n.foldEvents(ctx)
}

// linkSubmitted links a submitted job to the escrow job its client created for it: the same
// client and spec hash, and the same terms — GPU count, budget, maximum price, bidding deadline
// and minimum stake — since providers bid for, and run, the job the API shows while the escrow
// pays by its own terms. An escrow job whose terms differ is never linked, so never awarded.
func (n *Node) linkSubmitted(ctx context.Context) error {
	var rows []struct {
		ID     int64
		JobID  int64
		TxHash []byte
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT m.id, j.job_id, j.tx_hash FROM market.jobs m
		JOIN public.jobs j ON j.chain_id = ? AND j.spec_hash = m.spec_hash AND j.client = m.client
			AND j.gpu_count = m.gpu_count AND j.budget = m.budget AND j.max_price = m.max_price
			AND j.bidding_deadline = m.bidding_deadline AND j.min_provider_stake = m.min_provider_stake
		WHERE m.state = ? LIMIT 100`, n.chainID.Int64(), market.StateSubmitted).Scan(&rows).Error; err != nil {
		return fmt.Errorf("find created jobs: %w", err)
	}
	for _, r := range rows {
		if err := n.bidding.Open(ctx, n.db, n.k, r.ID, r.JobID, r.TxHash, n.now); err != nil {
			return err
		}
	}
	return n.noteMismatches(ctx)
}

// noteMismatches tells the client, once per escrow job, that the escrow job it created for a
// submitted job has other terms, so the job waits in vain: what differs and what to do.
func (n *Node) noteMismatches(ctx context.Context) error {
	var rows []struct {
		ID, JobID                                    int64
		GpuCount, ChainGpus                          int
		Budget, ChainBudget, MaxPrice, ChainMaxPrice string
		MinStake, ChainMinStake                      string
		BiddingDeadline, ChainDeadline               int64
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT m.id, j.job_id, m.gpu_count, j.gpu_count AS chain_gpus,
			m.budget::text AS budget, j.budget::text AS chain_budget, m.max_price::text AS max_price, j.max_price::text AS chain_max_price,
			m.min_provider_stake::text AS min_stake, j.min_provider_stake::text AS chain_min_stake,
			m.bidding_deadline, j.bidding_deadline AS chain_deadline
		FROM market.jobs m JOIN public.jobs j ON j.chain_id = ? AND j.spec_hash = m.spec_hash AND j.client = m.client
		WHERE m.state = ? AND NOT (j.gpu_count = m.gpu_count AND j.budget = m.budget AND j.max_price = m.max_price
			AND j.bidding_deadline = m.bidding_deadline AND j.min_provider_stake = m.min_provider_stake)
		AND NOT EXISTS (SELECT 1 FROM market.job_events e WHERE e.job_id = m.id AND e.kind = 'terms_mismatch'
			AND e.detail->>'chainJobId' = j.job_id::text)
		LIMIT 100`, n.chainID.Int64(), market.StateSubmitted).Scan(&rows).Error; err != nil {
		return fmt.Errorf("find escrow jobs with other terms: %w", err)
	}
	for _, r := range rows {
		var differ []string
		note := func(what string, chain, api any) {
			if fmt.Sprint(chain) != fmt.Sprint(api) {
				differ = append(differ, fmt.Sprintf("%s %v on chain, %v asked", what, chain, api))
			}
		}
		note("gpuCount", r.ChainGpus, r.GpuCount)
		note("budget", r.ChainBudget, r.Budget)
		note("maxPricePerGpuSecond", r.ChainMaxPrice, r.MaxPrice)
		note("biddingDeadline", r.ChainDeadline, r.BiddingDeadline)
		note("minProviderStake", r.ChainMinStake, r.MinStake)
		if err := market.Record(ctx, n.db, r.ID, market.Event{Kind: "terms_mismatch",
			Reason: fmt.Sprintf("escrow job %d has this job's spec hash but other terms (%s): it is not taken for this job, which is never awarded on it; stop escrow job %d to get its budget back, and send the createJob transaction the API prepared, unchanged",
				r.JobID, strings.Join(differ, "; "), r.JobID),
			Detail: map[string]any{"chainJobId": strconv.FormatInt(r.JobID, 10)}}); err != nil {
			return err
		}
	}
	return nil
}

// chainEvent is an escrow event of a job, from the indexer's mirror.
type chainEvent struct {
	ID                   int64
	Name                 string
	Provider             []byte
	Round                *int
	Amount               *string
	CumulativeGpuSeconds *string
	Reason               *string
	Pos                  int64
}

// foldEvents applies mirrored escrow events in chain order. chain_seen (block × 100000 + log
// index) makes each event count once, across restarts and instances (the job's row lock).
func (n *Node) foldEvents(ctx context.Context) error {
	var evs []chainEvent
	if err := n.db.WithContext(ctx).Raw(`SELECT m.id, e.name, e.provider, e.round, e.amount::text AS amount,
			e.cumulative_gpu_seconds::text AS cumulative_gpu_seconds, e.reason, e.block_number * 100000 + e.log_index AS pos
		FROM market.jobs m JOIN public.job_events e ON e.chain_id = ? AND e.job_id = m.chain_job_id
		WHERE m.chain_job_id IS NOT NULL AND m.state <> ? AND e.block_number * 100000 + e.log_index > m.chain_seen
		ORDER BY m.id, e.block_number, e.log_index LIMIT 1000`, n.chainID.Int64(), market.StateSettled).Scan(&evs).Error; err != nil {
		return fmt.Errorf("read chain events: %w", err)
	}
	for i := 0; i < len(evs); {
		k := i
		for k < len(evs) && evs[k].ID == evs[i].ID {
			k++
		}
		if err := n.fold(ctx, evs[i].ID, evs[i:k]); err != nil {
			return err
		}
		i = k
	}
	return nil
}

func (n *Node) fold(ctx context.Context, id int64, evs []chainEvent) error {
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		j, err := market.LoadJob(ctx, db, id, true)
		if err != nil {
			return err
		}
		var seen int64
		if err := db.Raw(`SELECT chain_seen FROM market.jobs WHERE id = ?`, id).Scan(&seen).Error; err != nil {
			return err
		}
		for _, e := range evs {
			if e.Pos <= seen {
				continue // another instance folded it while we read
			}
			if err := n.foldOne(ctx, db, j, e); err != nil {
				return err
			}
			seen = e.Pos
		}
		return db.Exec(`UPDATE market.jobs SET chain_seen = ? WHERE id = ?`, seen, id).Error
	})
}

func (n *Node) foldOne(ctx context.Context, db *gorm.DB, j *market.Job, e chainEvent) error {
	str := func(p *string) string {
		if p == nil {
			return "0"
		}
		return *p
	}
	by := common.BytesToAddress(e.Provider)
	switch e.Name {
	case "JobAwarded":
		round := 0
		if e.Round != nil {
			round = *e.Round
		}
		if j.Provider != nil && common.BytesToAddress(j.Provider) == by && j.Round == round {
			return market.Record(ctx, db, j.ID, market.Event{Kind: "award_confirmed", Reason: fmt.Sprintf("award to %s (round %d) is on chain", by.Hex(), round)})
		}
		// Awarded by someone else (the client itself, say): adopt it, with the other bids ranked as
		// its backups when no match was stored (so its first failure fails over).
		var match []byte
		if j.Match == nil {
			if v, err := n.adoptedMatch(ctx, j, by); err != nil {
				n.log.Warn("rank the backups of an award made elsewhere", "job", j.ID, "err", err)
			} else {
				match = mustJSON(v)
			}
		}
		if err := db.Exec(`UPDATE market.jobs SET provider = ?, round = ?, failures = 0, match = COALESCE(match, ?) WHERE id = ?`, by.Bytes(), round, match, j.ID).Error; err != nil {
			return err
		}
		j.Provider, j.Round = by.Bytes(), round
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateAwarded, Kind: "awarded", Reason: fmt.Sprintf("awarded on chain to %s (round %d)", by.Hex(), round)})
	case "UsageSettled":
		paid, _ := new(big.Int).SetString(str(e.Amount), 10)
		if err := warnBudget(ctx, db, j, paid); err != nil {
			return err
		}
		return market.Record(ctx, db, j.ID, market.Event{Kind: "usage_settled",
			Reason: fmt.Sprintf("%s paid; %s GPU-seconds settled in total", money.FormatGINString(str(e.Amount)), str(e.CumulativeGpuSeconds)),
			Detail: map[string]any{"amount": str(e.Amount), "cumulativeGpuSeconds": str(e.CumulativeGpuSeconds)}})
	case "UsageRejected":
		return market.Record(ctx, db, j.ID, market.Event{Kind: "usage_rejected", Reason: "the escrow rejected a usage report: " + str(e.Reason)})
	case "JobEnded":
		if j.Provider != nil && common.BytesToAddress(j.Provider) == by {
			return market.Record(ctx, db, j.ID, market.Event{State: market.StateCompleted, Kind: "completed", Reason: "the provider completed the job on chain"})
		}
		if common.BytesToAddress(j.Client) == by {
			return market.Record(ctx, db, j.ID, market.Event{State: market.StateStopped, Kind: "stopped", Reason: "the client stopped the job; unspent budget is refunded"})
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateCompleted, Kind: "completed", Reason: "the budget is spent; " + by.Hex() + " ended the job"})
	case "JobFailed":
		return market.Record(ctx, db, j.ID, market.Event{Kind: "failure_on_chain", Reason: fmt.Sprintf("failover from %s recorded on chain; no stake moved, and %s may still settle up to %s for the time it served: %s", by.Hex(), by.Hex(), money.FormatGINString(str(e.Amount)), str(e.Reason))})
	case "JobCancelled":
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateStopped, Kind: "cancelled", Reason: "the client cancelled the job before an award; the budget is refunded"})
	case "BudgetToppedUp":
		// The budget the warnings and the API show grows with the top-up; the 80 and 95 % marks
		// count again against the new budget.
		var budget string
		if err := db.Raw(`UPDATE market.jobs SET budget = budget + ?::numeric WHERE id = ? RETURNING budget::text`, str(e.Amount), j.ID).Scan(&budget).Error; err != nil {
			return fmt.Errorf("top up job %d: %w", j.ID, err)
		}
		j.Budget = budget
		return market.Record(ctx, db, j.ID, market.Event{Kind: "budget_topped_up",
			Reason: fmt.Sprintf("the client added %s to the budget, now %s", money.FormatGINString(str(e.Amount)), money.FormatGINString(budget)),
			Detail: map[string]any{"amount": str(e.Amount), "budget": budget}})
	case "Refunded":
		return market.Record(ctx, db, j.ID, market.Event{Kind: "refunded", Reason: money.FormatGINString(str(e.Amount)) + " refunded to the client", Detail: map[string]any{"amount": str(e.Amount)}})
	case "JobClosed":
		if j.State == market.StateFailed {
			// A failed job stays failed (its reason says why); closing only settles its money.
			return market.Record(ctx, db, j.ID, market.Event{Kind: "settled", Reason: "the failed job is closed on chain: providers paid for the GPU time they delivered, the rest refunded"})
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateSettled, Kind: "settled", Reason: "the job is closed on chain: provider paid for the usage settled, the rest refunded"})
	}
	return nil
}
