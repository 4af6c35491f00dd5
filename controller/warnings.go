package controller

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// Warnings before a job runs out: a client running production traffic on a job learns on its
// trail (and the dashboard and `gin jobs logs --follow`) when 80 % and 95 % of the budget are
// spent, and shortly before the duration ends, while there is time to act.

// budgetMarks are the shares of the budget spent at which the trail warns, once each.
var budgetMarks = []struct {
	percent int64
	kind    string
}{{95, "budget_95"}, {80, "budget_80"}}

// warnBudget records a budget warning when the settled usage, paid amount added, crossed a mark.
// It runs in the transaction that records the settlement (foldOne), so each mark is said once.
func warnBudget(ctx context.Context, db *gorm.DB, j *market.Job, paid *big.Int) error {
	budget, ok := new(big.Int).SetString(j.Budget, 10)
	if !ok || budget.Sign() <= 0 || paid == nil {
		return nil
	}
	var before string
	if err := db.WithContext(ctx).Raw(`SELECT coalesce(sum((detail->>'amount')::numeric), 0)::text FROM market.job_events
		WHERE job_id = ? AND kind = 'usage_settled'`, j.ID).Scan(&before).Error; err != nil {
		return fmt.Errorf("sum the settled usage of job %d: %w", j.ID, err)
	}
	spentBefore, _ := new(big.Int).SetString(before, 10)
	if spentBefore == nil {
		spentBefore = new(big.Int)
	}
	spent := new(big.Int).Add(spentBefore, paid)
	for _, m := range budgetMarks {
		mark := new(big.Int).Div(new(big.Int).Mul(budget, big.NewInt(m.percent)), big.NewInt(100))
		if spentBefore.Cmp(mark) >= 0 || spent.Cmp(mark) < 0 {
			continue
		}
		left := new(big.Int).Sub(budget, spent)
		return market.Record(ctx, db, j.ID, market.Event{Kind: m.kind,
			Reason: fmt.Sprintf("%d %% of the budget is spent: %s of %s, %s left; when it is gone the job ends — top it up before then to keep serving (gin jobs topup, or the dashboard)",
				m.percent, money.FormatGIN(spent), money.FormatGIN(budget), money.FormatGIN(left)),
			Detail: map[string]any{"spent": spent.String(), "budget": budget.String()}})
	}
	return nil
}

// endingLead is how long before a job's duration ends the trail warns: a tenth of the duration,
// at most 10 minutes.
func endingLead(duration time.Duration) time.Duration { return min(duration/10, 10*time.Minute) }

// warnEnding records, once per job, that its duration ends soon.
func (n *Node) warnEnding(ctx context.Context) error {
	now := n.now()
	var rows []struct {
		ID       int64
		Duration int64
		Started  time.Time
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT m.id, m.duration_seconds AS duration, s.started FROM market.jobs m
		CROSS JOIN LATERAL (SELECT min(e.at) AS started FROM market.job_events e WHERE e.job_id = m.id AND e.state = ?) s
		WHERE m.state IN (?, ?, ?) AND m.duration_seconds > 0 AND s.started IS NOT NULL
		AND s.started + m.duration_seconds * interval '1 second' - least(m.duration_seconds * interval '100 millisecond', interval '10 minutes') <= ?
		AND s.started + m.duration_seconds * interval '1 second' > ?
		AND NOT EXISTS (SELECT 1 FROM market.job_events w WHERE w.job_id = m.id AND w.kind = 'duration_ending')
		ORDER BY m.id LIMIT 100`,
		market.StateAwarded, market.StateAwarded, market.StateDeploying, market.StateRunning, now, now).Scan(&rows).Error; err != nil {
		return fmt.Errorf("find jobs whose duration ends soon: %w", err)
	}
	for _, r := range rows {
		d := time.Duration(r.Duration) * time.Second
		end := r.Started.Add(d)
		if now.Before(end.Add(-endingLead(d))) || !now.Before(end) {
			continue // not yet, or already over (endOverdue says so)
		}
		if err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			return market.Record(ctx, db, r.ID, market.Event{Kind: "duration_ending",
				Reason: fmt.Sprintf("the job's duration (%d s) ends at %s, in %s: its provider then stops it; submit a new job before then to keep serving",
					r.Duration, end.UTC().Format(time.RFC3339), end.Sub(now).Round(time.Second))})
		}); err != nil {
			return fmt.Errorf("warn job %d: %w", r.ID, err)
		}
	}
	return nil
}
