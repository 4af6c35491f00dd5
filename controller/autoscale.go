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
		LoadRequests      *int64
		Requests          int64
		IdleSince         *time.Time
		ScaleToZeroAfter  *int
		WakingSince       *time.Time
		Serving           int
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT j.id, j.replicas, j.replicas_min, j.replicas_target, j.target_concurrency,
			j.load_sampled_at, j.load_busy_ms, coalesce(u.busy_ms, 0) AS busy_ms, j.load_requests, coalesce(u.requests, 0) AS requests,
			j.idle_since, j.scale_to_zero_after, j.waking_since,
			(CASE WHEN j.state = ? THEN 1 ELSE 0 END) + (SELECT count(*) FROM market.replicas r WHERE r.job_id = j.id AND r.state = 'running') AS serving
		FROM market.jobs j LEFT JOIN market.deployment_usage u ON u.job_id = j.id
		WHERE j.replicas_min IS NOT NULL AND j.zero_since IS NULL AND j.state IN (?, ?) AND (j.load_sampled_at IS NULL OR j.load_sampled_at <= ?)
		ORDER BY j.id LIMIT 64`, market.StateRunning, market.StateRunning, market.StateFailedOver, now.Add(-window)).Scan(&rows).Error; err != nil {
		return fmt.Errorf("read the autoscaled jobs' load: %w", err)
	}
	for _, r := range rows {
		target := r.ReplicasTarget
		var event *market.Event
		// Idle since the start of the first window without a request (the gateways' request
		// counts, flushed every second or so).
		idle := r.IdleSince
		if r.LoadRequests == nil || r.Requests != *r.LoadRequests {
			idle = nil
		} else if idle == nil {
			idle = r.LoadSampledAt
		}
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
			case r.ReplicasMin == 0 && r.ScaleToZeroAfter != nil && target <= 1 && r.Serving <= 1 && r.WakingSince == nil &&
				idle != nil && now.Sub(*idle) >= time.Duration(*r.ScaleToZeroAfter)*time.Second:
				target = 0
				event = &market.Event{Kind: "scaled_to_zero", Reason: fmt.Sprintf(
					"no request for %s (the job scales to zero after %s idle): its deployment stops, and the provider, who keeps the job's round, is paid nothing until a request wakes it",
					now.Sub(*idle).Round(time.Second), time.Duration(*r.ScaleToZeroAfter)*time.Second)}
			case target > r.ReplicasMin && r.Serving > 1 && load/float64(r.Serving-1) < r.TargetConcurrency/2:
				target--
				event = &market.Event{Kind: "scaled_down", Reason: fmt.Sprintf(
					"%.1f requests in flight on average over the last %s on %d serving providers: %d would carry it at under half the target of %.1f each; scaling to %d providers (at least %d), the replica taken out is paid only for the time it served",
					load, now.Sub(*r.LoadSampledAt).Round(time.Second), r.Serving, r.Serving-1, r.TargetConcurrency, target, r.ReplicasMin)}
			}
		}
		err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			// The sample and the move happen once: a gateway that woke the job meanwhile wins.
			res := db.Exec(`UPDATE market.jobs SET load_sampled_at = ?, load_busy_ms = ?, load_requests = ?, idle_since = ?, replicas_target = ?,
					zero_since = CASE WHEN ? = 0 THEN ?::timestamptz END, unreachable_since = CASE WHEN ? = 0 THEN NULL ELSE unreachable_since END
				WHERE id = ? AND zero_since IS NULL AND waking_since IS NOT DISTINCT FROM ?`,
				now, r.BusyMs, r.Requests, idle, target, target, now, target, r.ID, r.WakingSince)
			if res.Error != nil {
				return fmt.Errorf("record job %d's load: %w", r.ID, res.Error)
			}
			if res.RowsAffected == 0 {
				event = nil
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
