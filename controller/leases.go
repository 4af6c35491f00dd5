package controller

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// claim leases up to 8 jobs matching where (SQL over market.jobs j) to this instance. SKIP
// LOCKED lets instances claim disjoint jobs at the same moment; the lease keeps a job with this
// instance while it sends a transaction, and lets another take over if this one dies.
func (n *Node) claim(ctx context.Context, from, where string, args ...any) ([]int64, error) {
	now := n.now()
	var ids []int64
	q := `UPDATE market.jobs SET lease_until = ? WHERE id IN (
		SELECT j.id FROM ` + from + ` WHERE (j.lease_until IS NULL OR j.lease_until < ?) AND ` + where + `
		ORDER BY j.id FOR UPDATE OF j SKIP LOCKED LIMIT 8) RETURNING id`
	all := append([]any{now.Add(n.cfg.Lease), now}, args...)
	if err := n.db.WithContext(ctx).Raw(q, all...).Scan(&ids).Error; err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	return ids, nil
}

func (n *Node) release(ctx context.Context, db *gorm.DB, id int64) error {
	return db.WithContext(ctx).Exec(`UPDATE market.jobs SET lease_until = NULL WHERE id = ?`, id).Error
}

// each does step for every claimed job; a job whose step failed goes back (its lease released)
// to be tried again next tick, by this node or another.
func (n *Node) each(ctx context.Context, ids []int64, verb string, step func(context.Context, int64) error) error {
	var errs []error
	for _, id := range ids {
		if err := step(ctx, id); err != nil {
			errs = append(errs, fmt.Errorf("%s job %d: %w", verb, id, err))
			_ = n.release(context.WithoutCancel(ctx), n.db, id)
		}
	}
	return errors.Join(errs...)
}

// keepLease extends job id's lease every third of the lease period until stop is called: a
// transaction that takes longer to mine than one lease (a slow or congested chain) must not let
// another instance claim the job and send a second, doomed transaction for it.
func (n *Node) keepLease(ctx context.Context, id int64) (stop func()) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(max(n.cfg.Lease/3, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if err := n.db.WithContext(ctx).Exec(`UPDATE market.jobs SET lease_until = ? WHERE id = ?`, n.now().Add(n.cfg.Lease), id).Error; err != nil && ctx.Err() == nil {
				n.log.Warn("extend the job's lease", "job", id, "err", err)
			}
		}
	}()
	return func() { cancel(); <-done }
}
