package controller

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
)

// defaultScaleWindow is Config.ScaleWindow's default.
const defaultScaleWindow = 30 * time.Second

// autoscaleDue samples the load of the autoscaled jobs (minReplicas below replicas) once per
// ScaleWindow and moves each one's target by one provider at most: up while the average number of
// requests in flight per serving provider (what the gateway instances add up in
// deployment_usage.busy_ms, over the window) is above the job's targetConcurrency, down while the
// load would fit in one provider fewer at half of it. keepReplicas then adds or ends a replica. The
// sample is kept in the job's row, so a restarted or another controller instance carries on.
func (n *Node) autoscaleDue(ctx context.Context) error {
	if n.sender == nil {
		return nil
	}
	window := n.cfg.ScaleWindow
	if window <= 0 {
		window = defaultScaleWindow
	}
	now := n.now()
	var rows []struct {
		ID                int64
		Replicas          int
		ReplicasMin       int
		ReplicasTarget    int
		TargetConcurrency float64
		LoadSampledAt     *time.Time
		LoadBusyMs        *int64
		BusyMs            int64
		Serving           int
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT j.id, j.replicas, j.replicas_min, j.replicas_target, j.target_concurrency,
			j.load_sampled_at, j.load_busy_ms, coalesce(u.busy_ms, 0) AS busy_ms,
			(CASE WHEN j.state = ? THEN 1 ELSE 0 END) + (SELECT count(*) FROM market.replicas r WHERE r.job_id = j.id AND r.state = 'running') AS serving
		FROM market.jobs j LEFT JOIN market.deployment_usage u ON u.job_id = j.id
		WHERE j.replicas_min IS NOT NULL AND j.state IN (?, ?) AND (j.load_sampled_at IS NULL OR j.load_sampled_at <= ?)
		ORDER BY j.id LIMIT 64`, market.StateRunning, market.StateRunning, market.StateFailedOver, now.Add(-window)).Scan(&rows).Error; err != nil {
		return fmt.Errorf("read the autoscaled jobs' load: %w", err)
	}
	for _, r := range rows {
		target := r.ReplicasTarget
		var event *market.Event
		if r.LoadSampledAt != nil && r.LoadBusyMs != nil && r.BusyMs >= *r.LoadBusyMs && r.Serving > 0 {
			secs := now.Sub(*r.LoadSampledAt).Seconds()
			load := float64(r.BusyMs-*r.LoadBusyMs) / 1000 / secs // average requests in flight
			per := load / float64(r.Serving)
			switch {
			case per > r.TargetConcurrency && target < r.Replicas && r.Serving >= target:
				target++
				event = &market.Event{Kind: "scaled_up", Reason: fmt.Sprintf(
					"%.1f requests in flight on average over the last %s on %d serving provider(s), %.1f each, above the target of %.1f: scaling to %d providers (at most %d)",
					load, now.Sub(*r.LoadSampledAt).Round(time.Second), r.Serving, per, r.TargetConcurrency, target, r.Replicas)}
			case target > r.ReplicasMin && r.Serving > 1 && load/float64(r.Serving-1) < r.TargetConcurrency/2:
				target--
				event = &market.Event{Kind: "scaled_down", Reason: fmt.Sprintf(
					"%.1f requests in flight on average over the last %s on %d serving providers: %d would carry it at under half the target of %.1f each; scaling to %d providers (at least %d), the replica taken out is paid only for the time it served",
					load, now.Sub(*r.LoadSampledAt).Round(time.Second), r.Serving, r.Serving-1, r.TargetConcurrency, target, r.ReplicasMin)}
			}
		}
		err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			if err := db.Exec(`UPDATE market.jobs SET load_sampled_at = ?, load_busy_ms = ?, replicas_target = ? WHERE id = ?`,
				now, r.BusyMs, target, r.ID).Error; err != nil {
				return fmt.Errorf("record job %d's load: %w", r.ID, err)
			}
			if event == nil {
				return nil
			}
			event.Detail = map[string]any{"target": target, "serving": r.Serving}
			return market.Record(ctx, db, r.ID, *event)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// replicaTarget is how many replica rounds j should have besides its current round: its
// autoscaling target's, else its replicas' less one.
func replicaTarget(j *market.Job) int {
	if j.ReplicasTarget != nil {
		return min(max(*j.ReplicasTarget, 1), j.Replicas) - 1
	}
	return j.Replicas - 1
}
