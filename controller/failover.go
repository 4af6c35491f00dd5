package controller

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// failoverDue fails over the jobs whose provider stopped sending heartbeats or whose container
// failed FailureThreshold times. A failover moves no stake: the job goes to the best backup bid at
// once, and only a provider's own silence (not its container's failure, which is the workload's)
// leads to a signed fault observation that, with a quorum of controllers, may end in a bounded
// slash after a challenge window (controller.Faults).
//
// Missed heartbeats count only while this controller's own view can be trusted: not during its
// grace period after it started or failed to reach Postgres or the chain, and not when every
// provider looks silent at once (then the silence is this controller's, not theirs).
func (n *Node) failoverDue(ctx context.Context) error {
	if n.sender == nil {
		return nil
	}
	now := n.now()
	where := `j.state IN (?, ?, ?) AND j.chain_job_id IS NOT NULL AND (j.failures >= ?`
	args := []any{market.StateAwarded, market.StateDeploying, market.StateRunning, n.cfg.FailureThreshold}
	trusted, why, err := n.heartbeatsTrusted(ctx)
	if err != nil {
		return err
	}
	if trusted {
		// A provider that stopped answering: its heartbeats, or the gateway's requests to it.
		// A job scaled to zero runs no container: what the gateway saw of it before it stopped
		// (or while it starts again) is not its provider's failure.
		where += ` OR p.last_heartbeat_at IS NULL OR p.last_heartbeat_at < ? OR (j.unreachable_since < ? AND j.zero_since IS NULL AND j.waking_since IS NULL)`
		args = append(args, now.Add(-n.cfg.HeartbeatTimeout), now.Add(-n.cfg.HeartbeatTimeout))
	} else if why != "" && n.distrustLogged.CompareAndSwap(false, true) {
		n.log.Warn("not failing over for missed heartbeats", "why", why)
	}
	if trusted {
		n.distrustLogged.Store(false)
	}
	// What the gateway saw and this controller's own probes confirm now fails over now, also in the
	// grace period: it rests on fresh probes, not on heartbeats this controller may have missed.
	confirmed, err := n.unreachableConfirmed(ctx)
	if err != nil {
		return err
	}
	if len(confirmed) > 0 {
		where += ` OR j.id IN ?`
		args = append(args, confirmed)
	}
	ids, err := n.claim(ctx, `market.jobs j JOIN market.providers p ON p.address = j.provider`, where+`)`, args...)
	if err != nil {
		return err
	}
	return n.each(ctx, ids, "fail over", n.failover)
}

// heartbeatsTrusted says whether this controller may act on missed heartbeats now, and why not.
func (n *Node) heartbeatsTrusted(ctx context.Context) (bool, string, error) {
	if n.faults != nil && !n.faults.Healthy() {
		return false, fmt.Sprintf("this controller is in its grace period until %s (it started, or lost Postgres or the chain)",
			n.faults.SignsAgainAt().UTC().Format(time.RFC3339)), nil
	}
	var live struct{ Active, Fresh int }
	now := n.now()
	if err := n.db.WithContext(ctx).Raw(`SELECT count(*) AS active, count(*) FILTER (WHERE last_heartbeat_at >= ?) AS fresh
		FROM market.providers WHERE last_heartbeat_at >= ?`, now.Add(-n.cfg.HeartbeatTimeout), now.Add(-20*n.cfg.HeartbeatTimeout)).Scan(&live).Error; err != nil {
		return false, "", fmt.Errorf("count live providers: %w", err)
	}
	if live.Active >= 2 && live.Fresh == 0 {
		if n.faults != nil {
			n.faults.Unhealthy()
		}
		return false, fmt.Sprintf("none of the %d providers seen recently sent a heartbeat within %s: this controller's view is broken, not theirs", live.Active, n.cfg.HeartbeatTimeout), nil
	}
	return true, "", nil
}

func (n *Node) failover(ctx context.Context, id int64) error {
	j, err := market.LoadJob(ctx, n.db, id, false)
	if err != nil {
		return err
	}
	defer n.keepLease(ctx, id)() // the sends below may outlast one lease on a slow chain
	failed := common.BytesToAddress(j.Provider)
	workload := j.Failures >= n.cfg.FailureThreshold
	silentToo := false // its heartbeats stopped too (a silence that can be reported), not only its endpoint
	if p, ok, err := market.LoadProvider(ctx, n.db, failed); err == nil && ok {
		silentToo = !n.healthy(p)
	}
	reason, err := n.failureReason(ctx, j)
	if err != nil {
		return err
	}
	onChain, err := n.k.Job(ctx, uint64(*j.ChainJobID))
	if err != nil {
		return fmt.Errorf("read escrow job %d: %w", *j.ChainJobID, err)
	}
	var failTx *common.Hash
	switch {
	case onChain.State == chainRunning && onChain.Provider == failed:
		rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackReportFailure(big.NewInt(*j.ChainJobID), market.Truncate(reason, 512)))
		if err != nil {
			return fmt.Errorf("report failure on chain: %w", err)
		}
		failTx = &rc.TxHash
	case onChain.State == chainFailover:
		// Reported already (by an instance that died before recording it).
	default:
		// Ended, closed or re-awarded on chain: nothing to fail over; the chain follower records it.
		return n.release(ctx, n.db, id)
	}
	fault := "provider"
	if workload {
		fault = "workload"
	}
	detail := map[string]any{"provider": failed.Hex(), "round": j.Round, "fault": fault}
	if !workload && !silentToo {
		// Failed over on what the gateway and this controller's probes saw, before its heartbeats
		// timed out: whether it went silent (a fault to report) is decided once they have
		// (observeSilences).
		detail["silence"] = "pending"
	}
	if failTx != nil {
		detail["tx"] = failTx.Hex()
	}
	note := "; failed over on chain: no stake moves, and the provider keeps its claim for the GPU time it served. " +
		"A slash needs a quorum of controllers to report the silence and a challenge window to pass"
	if workload {
		note = "; this is the workload's fault (its image, command or model), not the provider's: no stake moves, " +
			"and the job is tried on one more provider to tell the two apart"
	}
	if err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		return market.Record(ctx, db, id, market.Event{Kind: "provider_failed", Reason: reason + note, Detail: detail})
	}); err != nil {
		return err
	}
	n.metrics.failovers.Inc()
	if workload {
		var before int64
		if err := n.db.WithContext(ctx).Raw(`SELECT count(*) FROM market.job_events WHERE job_id = ? AND kind = 'provider_failed'
			AND detail->>'fault' = 'workload'`, id).Scan(&before).Error; err != nil {
			return fmt.Errorf("count the job's workload failures: %w", err)
		}
		if before >= 2 {
			return n.endWorkloadFailure(ctx, j, reason)
		}
	} else if onChain.State == chainRunning && n.faults != nil && silentToo {
		var since *time.Time
		if p, ok, err := market.LoadProvider(ctx, n.db, failed); err == nil && ok {
			since = p.LastHeartbeatAt
		}
		silent := time.Unix(onChain.StartedAt.Int64(), 0)
		if since != nil && since.After(silent) {
			silent = *since
		}
		if err := n.observeSilence(ctx, id, *j.ChainJobID, j.Round, failed, silent); err != nil {
			return err
		}
	}
	return n.awardBackup(ctx, j, failed, reason, false)
}

// endWorkloadFailure ends a job whose workload failed on two providers: it is the image or the
// model, not the providers. No stake moves; the failed rounds' providers may still settle the GPU
// time they delivered, and the rest of the budget goes back to the client at once.
func (n *Node) endWorkloadFailure(ctx context.Context, j *market.Job, reason string) error {
	rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackFinalizeJob(big.NewInt(*j.ChainJobID)))
	if err != nil {
		return fmt.Errorf("close job %d after its workload failed twice: %w", j.ID, err)
	}
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := n.release(ctx, db, j.ID); err != nil {
			return err
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateFailed, Kind: "workload_failed",
			Reason: "the workload failed on two providers, so it is the job's image, command or model, not the providers (last: " +
				market.Truncate(reason, 300) + "): the job ends failed, no stake moved, the providers may still settle only the GPU time they delivered, " +
				"and the rest of the budget is refunded to the client",
			Detail: map[string]any{"tx": rc.TxHash.Hex()}})
	})
}

// failureReason says why the job's provider is considered failed.
func (n *Node) failureReason(ctx context.Context, j *market.Job) (string, error) {
	p, ok, err := market.LoadProvider(ctx, n.db, common.BytesToAddress(j.Provider))
	if err != nil {
		return "", err
	}
	if why, ok := n.confirmed.LoadAndDelete(j.ID); ok && j.UnreachableSince != nil {
		return why.(string), nil
	}
	if ok && j.Failures < n.cfg.FailureThreshold && n.healthy(p) && j.UnreachableSince != nil {
		return fmt.Sprintf("the gateway cannot reach provider %s at %s: no request got through for %s (timeout %s), although its agent still sends heartbeats",
			common.BytesToAddress(j.Provider).Hex(), p.Endpoint, n.now().Sub(*j.UnreachableSince).Round(time.Second), n.cfg.HeartbeatTimeout), nil
	}
	if ok && j.Failures < n.cfg.FailureThreshold {
		if p.LastHeartbeatAt == nil {
			return fmt.Sprintf("provider %s never sent a heartbeat", common.BytesToAddress(j.Provider).Hex()), nil
		}
		return fmt.Sprintf("provider %s missed its heartbeats: the last was %s ago (timeout %s)",
			common.BytesToAddress(j.Provider).Hex(), n.now().Sub(*p.LastHeartbeatAt).Round(time.Second), n.cfg.HeartbeatTimeout), nil
	}
	var last string
	_ = n.db.WithContext(ctx).Raw(`SELECT reason FROM market.job_events WHERE job_id = ? AND kind = 'container_failed' ORDER BY seq DESC LIMIT 1`, j.ID).Scan(&last).Error
	return fmt.Sprintf("the container failed %d times (threshold %d); last: %s", j.Failures, n.cfg.FailureThreshold, market.Truncate(last, 300)), nil
}

// awardBackup re-awards the job to the best remaining backup from its match whose provider is
// healthy and whose bid has not expired.
//
// The auction's ranking comes first; once it has no one left, the bids as they are now, ranked
// afresh (a replicated service takes bids while it runs). retry: a job that found no backup
// before and serves on its replicas tries again (new bids came); finding none again is no news.
func (n *Node) awardBackup(ctx context.Context, j *market.Job, failed common.Address, reason string, retry bool) error {
	var view apiMatch
	if j.Match != nil {
		_ = json.Unmarshal(j.Match, &view)
	}
	bids, err := market.Bids(ctx, n.db, j.ID)
	if err != nil {
		return err
	}
	byProvider := map[string]market.Bid{}
	for _, b := range bids {
		byProvider[common.BytesToAddress(b.Provider).Hex()] = b
	}
	replicas, err := liveReplicaProviders(ctx, n.db, j.ID)
	if err != nil {
		return err
	}
	var skipped []string
	for cand, err := range n.candidates(ctx, j, bids, view.Backups) {
		if err != nil {
			return err
		}
		b, ok := byProvider[cand.Provider]
		if !ok || cand.Provider == failed.Hex() {
			continue
		}
		if replicas[cand.Provider] {
			continue // serves the job already, as a replica
		}
		p, ok, err := market.LoadProvider(ctx, n.db, common.HexToAddress(cand.Provider))
		if err != nil {
			return err
		}
		if !ok || !n.healthy(p) {
			skipped = append(skipped, cand.Provider+": no recent heartbeat")
			continue
		}
		if b.Expiry <= n.now().Unix() {
			skipped = append(skipped, cand.Provider+": bid expired")
			continue
		}
		cb := b.Chain(*j.ChainJobID, j.ChainTerms)
		rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackAwardBackup(cb.Binding(), b.Signature))
		if err != nil {
			if !isRevert(err) {
				return err
			}
			skipped = append(skipped, fmt.Sprintf("%s: refused on chain: %v", cand.Provider, err))
			continue
		}
		view.Backups = dropProvider(view.Backups, cand.Provider)
		match, _ := json.Marshal(view)
		round := j.Round + 1
		return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			if err := db.Exec(`UPDATE market.jobs SET provider = ?, round = ?, award_tx = ?, match = ?, failures = 0, unreachable_since = NULL, lease_until = NULL WHERE id = ?`,
				cb.Provider.Bytes(), round, rc.TxHash.Bytes(), match, j.ID).Error; err != nil {
				return fmt.Errorf("record backup award: %w", err)
			}
			if err := market.Record(ctx, db, j.ID, market.Event{State: market.StateFailedOver, Kind: "failed_over",
				Reason: fmt.Sprintf("%s failed (%s); re-awarded to backup %s at %s: %s", failed.Hex(), market.Truncate(reason, 200), cand.Provider, money.FormatPriceString(cand.Price), cand.Explanation),
				Detail: map[string]any{"from": failed.Hex(), "to": cand.Provider, "round": round, "tx": rc.TxHash.Hex(), "skipped": skipped}}); err != nil {
				return err
			}
			return market.Record(ctx, db, j.ID, market.Event{State: market.StateAwarded, Kind: "awarded",
				Reason: fmt.Sprintf("awarded to backup %s (round %d)", cand.Provider, round), Detail: map[string]any{"provider": cand.Provider, "round": round, "tx": rc.TxHash.Hex()}})
		})
	}
	why := "no backup bid is left"
	if len(skipped) > 0 {
		why = fmt.Sprintf("no usable backup (%v)", skipped)
	}
	if len(replicas) > 0 {
		// Its replicas serve on: the job stays failing over, its budget theirs, until a new bid
		// gives it a backup (replicasDue tries again), the client stops it, or a replica is lost too.
		if retry {
			return n.release(ctx, n.db, j.ID)
		}
		return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			if err := n.release(ctx, db, j.ID); err != nil {
				return err
			}
			return market.Record(ctx, db, j.ID, market.Event{State: market.StateFailedOver, Kind: "no_backup",
				Reason: fmt.Sprintf("%s; its %d replica(s) serve on: requests go to them", why, len(replicas))})
		})
	}
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := n.release(ctx, db, j.ID); err != nil {
			return err
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateFailed, Kind: "no_backup",
			Reason: why + fmt.Sprintf("; stop the job (POST /v1/jobs/%d/stop) to get the remaining budget back", j.ID)})
	})
}

// observeSilence signs this controller's observation that provider has been silent since silent
// in the job's round and records it on the trail; the fault quorum takes it from there.
func (n *Node) observeSilence(ctx context.Context, id, chainJobID int64, round int, provider common.Address, silent time.Time) error {
	signed, err := n.faults.Observe(ctx, id, uint64(chainJobID), uint8(round), provider, silent)
	if err != nil {
		n.log.Warn("fault observation not signed", "job", id, "err", err)
		return nil
	}
	if !signed {
		return nil
	}
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		return market.Record(ctx, db, id, market.Event{Kind: "fault_observed", Reason: fmt.Sprintf(
			"controller %s signed that %s has been silent since %s; a fault report goes on chain once a quorum of staked controllers has signed the same",
			n.faults.Address().Hex(), provider.Hex(), silent.UTC().Format(time.RFC3339)),
			Detail: map[string]any{"controller": n.faults.Address().Hex(), "silentSince": silent.Unix(), "round": round}})
	})
}

// observeSilences decides, for the rounds failed over before their provider's heartbeats timed
// out (confirm.go), whether the provider went silent: once its heartbeats have timed out, this
// controller observes the silence as it would have at the failover (the quorum, the challenge
// window and the bounded slash follow as ever); a provider that heartbeats again after its
// failover was not silent, and the round is cleared.
func (n *Node) observeSilences(ctx context.Context) error {
	if n.faults == nil {
		return nil
	}
	if trusted, _, err := n.heartbeatsTrusted(ctx); err != nil || !trusted {
		return err
	}
	var rows []struct {
		JobID      int64
		ChainJobID int64
		Round      int
		Provider   string
		At         time.Time
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT e.job_id, j.chain_job_id, (e.detail->>'round')::int AS round, e.detail->>'provider' AS provider, e.at
		FROM market.job_events e JOIN market.jobs j ON j.id = e.job_id
		WHERE e.kind = 'provider_failed' AND e.detail->>'silence' = 'pending' AND e.at > ? AND j.chain_job_id IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM market.job_events o WHERE o.job_id = e.job_id AND o.kind IN ('fault_observed', 'silence_cleared')
			AND (o.detail->>'round')::int = (e.detail->>'round')::int)
		ORDER BY e.at LIMIT 50`, n.now().Add(-time.Hour)).Scan(&rows).Error; err != nil {
		return fmt.Errorf("read failovers awaiting their silence: %w", err)
	}
	for _, r := range rows {
		provider := common.HexToAddress(r.Provider)
		p, ok, err := market.LoadProvider(ctx, n.db, provider)
		if err != nil || !ok || p.LastHeartbeatAt == nil {
			continue
		}
		switch {
		case p.LastHeartbeatAt.After(r.At):
			// It heartbeats again: alive, only its endpoint was away. Nothing to report.
			if err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
				return market.Record(ctx, db, r.JobID, market.Event{Kind: "silence_cleared", Reason: fmt.Sprintf(
					"%s sent a heartbeat after its round %d failed over: it was not silent, so no fault is reported", provider.Hex(), r.Round),
					Detail: map[string]any{"provider": provider.Hex(), "round": r.Round}})
			}); err != nil {
				return err
			}
		case !n.healthy(p):
			if err := n.observeSilence(ctx, r.JobID, r.ChainJobID, r.Round, provider, *p.LastHeartbeatAt); err != nil {
				return err
			}
		}
	}
	return nil
}
