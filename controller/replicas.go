package controller

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
	"github.com/gintonic/gintonic/netguard"
)

// Replicas (issue 17): a service job asks for several providers serving it at once. Its current
// round is awarded and failed over as any job's; replicasDue keeps the others at the wanted count:
// it adds replica rounds (AuctionEscrow.addReplica) from the auction's other bids, best first, and
// ends (endReplica) those whose provider stopped answering — its heartbeats timed out, the gateway
// and this controller's probes cannot reach it, or its container kept failing — then adds another.
// The gateway takes a replica out of rotation at its first failed request; this is what replaces it.
func (n *Node) replicasDue(ctx context.Context) error {
	if n.sender == nil {
		return nil
	}
	// Replicas of jobs that ended end with them (the escrow ended their rounds in the same call).
	if err := n.db.WithContext(ctx).Exec(`UPDATE market.replicas r SET state = 'ended', reason = 'the job ended', updated_at = now()
		FROM market.jobs j WHERE j.id = r.job_id AND r.state <> 'ended' AND j.state NOT IN (?, ?, ?, ?)`,
		market.StateAwarded, market.StateDeploying, market.StateRunning, market.StateFailedOver).Error; err != nil {
		return fmt.Errorf("end the replicas of ended jobs: %w", err)
	}
	now := n.now()
	ids, err := n.claim(ctx, `market.jobs j`, `j.replicas > 1 AND j.chain_job_id IS NOT NULL AND j.state IN (?, ?, ?, ?) AND (
		(SELECT count(*) FROM market.replicas r WHERE r.job_id = j.id AND r.state <> 'ended') <> least(greatest(coalesce(j.replicas_target, j.replicas), 1), j.replicas) - 1
		OR EXISTS (SELECT 1 FROM market.replicas r JOIN market.providers p ON p.address = r.provider WHERE r.job_id = j.id AND r.state <> 'ended'
			AND (p.last_heartbeat_at IS NULL OR p.last_heartbeat_at < ? OR r.unreachable_since < ? OR r.failures >= ?))
		OR (j.state = 'failed_over' AND EXISTS (SELECT 1 FROM market.bids b WHERE b.job_id = j.id
			AND b.created_at > (SELECT coalesce(max(e.at), '-infinity') FROM market.job_events e WHERE e.job_id = j.id AND e.kind = 'no_backup'))))`,
		market.StateAwarded, market.StateDeploying, market.StateRunning, market.StateFailedOver,
		now.Add(-n.cfg.HeartbeatTimeout), now.Add(-n.cfg.ConfirmUnreachable), n.cfg.FailureThreshold)
	if err != nil {
		return err
	}
	return n.each(ctx, ids, "keep the replicas of", n.keepReplicas)
}

func (n *Node) keepReplicas(ctx context.Context, id int64) error {
	defer n.keepLease(ctx, id)()
	j, err := market.LoadJob(ctx, n.db, id, false)
	if err != nil {
		return err
	}
	if j.State == market.StateFailedOver && j.Provider != nil {
		// Its current round found no backup when it failed; a bid came since: try again.
		if err := n.awardBackup(ctx, j, common.BytesToAddress(j.Provider), "it found no backup then; a bid came since", true); err != nil {
			return err
		}
		if j, err = market.LoadJob(ctx, n.db, id, false); err != nil {
			return err
		}
	}
	rs, err := market.Replicas(ctx, n.db, id)
	if err != nil {
		return err
	}
	live := map[string]bool{}
	for _, r := range rs {
		if r.State == market.ReplicaEnded {
			continue
		}
		why, dead, err := n.replicaDead(ctx, r)
		if err != nil {
			return err
		}
		if !dead {
			live[common.BytesToAddress(r.Provider).Hex()] = true
			continue
		}
		if err := n.endReplica(ctx, j, r, why); err != nil {
			return err
		}
	}
	switch want := replicaTarget(j) - len(live); {
	case want > 0:
		if err := n.addReplicas(ctx, j, rs, live, want); err != nil {
			return err
		}
	case want < 0:
		// Scaled down: the newest replicas go first (Replicas lists the live ones newest first).
		for _, r := range rs {
			if want == 0 {
				break
			}
			if r.State == market.ReplicaEnded || !live[common.BytesToAddress(r.Provider).Hex()] {
				continue
			}
			if err := n.endReplica(ctx, j, r, scaledDown); err != nil {
				return err
			}
			want++
		}
	}
	return n.release(ctx, n.db, id)
}

// replicaDead says whether a live replica's provider failed, and how.
func (n *Node) replicaDead(ctx context.Context, r market.Replica) (string, bool, error) {
	provider := common.BytesToAddress(r.Provider)
	p, ok, err := market.LoadProvider(ctx, n.db, provider)
	if err != nil {
		return "", false, err
	}
	switch {
	case !ok || !n.healthy(p):
		return fmt.Sprintf("provider %s missed its heartbeats (timeout %s)", provider.Hex(), n.cfg.HeartbeatTimeout), true, nil
	case r.Failures >= n.cfg.FailureThreshold:
		return fmt.Sprintf("its container failed %d times (threshold %d)", r.Failures, n.cfg.FailureThreshold), true, nil
	case r.UnreachableSince != nil && n.now().Sub(*r.UnreachableSince) >= n.cfg.ConfirmUnreachable && n.cfg.ConfirmUnreachable > 0:
		// What the gateway saw, confirmed by this controller's own probes (confirm.go).
		n.probeOnce.Do(func() { n.probes = netguard.NewProviderTransport(chain.IsDevChain(n.chainID.Uint64())) })
		var pin string
		if err := n.db.WithContext(ctx).Raw(`SELECT coalesce(tls_pin, '') FROM market.providers WHERE address = ?`, r.Provider).Scan(&pin).Error; err != nil {
			return "", false, fmt.Errorf("read the TLS pin of %s: %w", provider.Hex(), err)
		}
		if err := n.probeUntilAnswer(ctx, n.probes.For(pin), p.Endpoint); err != nil {
			return fmt.Sprintf("the gateway cannot reach provider %s at %s, and neither can controller %s (%v)", provider.Hex(), p.Endpoint, n.cfg.ControllerID, err), true, nil
		}
	}
	return "", false, nil
}

// endReplica takes a failed replica out of the job on chain (its provider keeps its claim to the
// time it served; no stake moves) and on the trail.
func (n *Node) endReplica(ctx context.Context, j *market.Job, r market.Replica, why string) error {
	provider := common.BytesToAddress(r.Provider)
	on, err := n.k.Round(ctx, uint64(*j.ChainJobID), uint8(r.Round), provider)
	if err != nil {
		return fmt.Errorf("read replica round %d of %s: %w", r.Round, provider.Hex(), err)
	}
	detail := map[string]any{"provider": provider.Hex(), "round": r.Round}
	if on.State == chain.RoundRunning {
		rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackEndReplica(big.NewInt(*j.ChainJobID), provider))
		if err != nil {
			return fmt.Errorf("end replica %s on chain: %w", provider.Hex(), err)
		}
		detail["tx"] = rc.TxHash.Hex()
	}
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := db.Exec(`UPDATE market.replicas SET state = 'ended', reason = ?, updated_at = now() WHERE job_id = ? AND round = ? AND provider = ?`,
			market.Truncate(why, 500), j.ID, r.Round, r.Provider).Error; err != nil {
			return fmt.Errorf("record the end of a replica of job %d: %w", j.ID, err)
		}
		return market.Record(ctx, db, j.ID, market.Event{Kind: "replica_ended", Detail: detail, Reason: fmt.Sprintf(
			"the replica on %s (round %d) is taken out: %s; it keeps its claim to the GPU time it served, no stake moves, and the rest of its share goes back to the job",
			provider.Hex(), r.Round, why)})
	})
}

// addReplicas awards up to want replica rounds to the best bids of the job's auction whose
// providers are healthy and serve the job in no other round.
func (n *Node) addReplicas(ctx context.Context, j *market.Job, rs []market.Replica, live map[string]bool, want int) error {
	var view apiMatch
	if j.Match != nil {
		_ = json.Unmarshal(j.Match, &view)
	}
	if j.Match == nil {
		return nil // nothing ranked yet: the award stores the match
	}
	failed := map[string]bool{}
	for _, r := range rs {
		if r.State == market.ReplicaEnded && r.Reason != "the job ended" && r.Reason != scaledDown {
			failed[common.BytesToAddress(r.Provider).Hex()] = true // one chance per provider and job
		}
	}
	bids, err := market.Bids(ctx, n.db, j.ID)
	if err != nil {
		return err
	}
	byProvider := map[string]market.Bid{}
	for _, b := range bids {
		byProvider[common.BytesToAddress(b.Provider).Hex()] = b
	}
	current := ""
	if j.Provider != nil {
		current = common.BytesToAddress(j.Provider).Hex()
	}
	// With distinct regions, a region that serves the job already (its current round's provider
	// or a live replica's) takes no other replica.
	var spec struct {
		DistinctRegions bool `json:"distinctRegions"`
	}
	_ = json.Unmarshal(j.Spec, &spec)
	taken := map[string]bool{}
	regionOf := func(addr string) (string, error) {
		p, ok, err := market.LoadProvider(ctx, n.db, common.HexToAddress(addr))
		if err != nil || !ok {
			return "", err
		}
		return p.Region, nil
	}
	if spec.DistinctRegions {
		for p := range live {
			r, err := regionOf(p)
			if err != nil {
				return err
			}
			taken[r] = true
		}
		if current != "" {
			r, err := regionOf(current)
			if err != nil {
				return err
			}
			taken[r] = true
		}
	}
	round := j.Round
	for cand, err := range n.candidates(ctx, j, bids, view.Backups) {
		if err != nil {
			return err
		}
		b, ok := byProvider[cand.Provider]
		if !ok || cand.Provider == current || live[cand.Provider] || failed[cand.Provider] || b.Expiry <= n.now().Unix() {
			continue
		}
		p, ok, err := market.LoadProvider(ctx, n.db, common.HexToAddress(cand.Provider))
		if err != nil {
			return err
		}
		if !ok || !n.healthy(p) || (spec.DistinctRegions && taken[p.Region]) {
			continue
		}
		cb := b.Chain(*j.ChainJobID, j.ChainTerms)
		rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackAddReplica(cb.Binding(), b.Signature))
		if err != nil {
			if !isRevert(err) {
				return err
			}
			n.log.Warn("replica refused by the escrow", "job", j.ID, "provider", cand.Provider, "err", err)
			failed[cand.Provider] = true
			continue
		}
		live[cand.Provider] = true
		taken[p.Region] = true
		want--
		serving := len(live) + 1
		if err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			if err := db.Exec(`INSERT INTO market.replicas (job_id, round, provider, state, award_tx) VALUES (?, ?, ?, 'awarded', ?)
				ON CONFLICT (job_id, round, provider) DO UPDATE SET state = 'awarded', reason = '', award_tx = excluded.award_tx, updated_at = now()`,
				j.ID, round, cb.Provider.Bytes(), rc.TxHash.Bytes()).Error; err != nil {
				return fmt.Errorf("record a replica of job %d: %w", j.ID, err)
			}
			return market.Record(ctx, db, j.ID, market.Event{Kind: "replica_added", Reason: fmt.Sprintf(
				"replica awarded to %s in %s (round %d) at %s: %d of %d providers serving once it runs; %s",
				cand.Provider, p.Region, round, money.FormatPriceString(cand.Price), serving, j.Replicas, cand.Explanation),
				Detail: map[string]any{"provider": cand.Provider, "round": round, "tx": rc.TxHash.Hex()}})
		}); err != nil {
			return err
		}
		n.metrics.replicas.Inc()
		if want == 0 {
			break // before the next candidate, which may mean ranking the bids afresh
		}
	}
	return nil
}

// scaledDown is why a replica the autoscaler took out ended (it failed nothing).
const scaledDown = "the autoscaler scaled the deployment down"

// liveReplicaProviders are the providers serving job id as replicas now.
func liveReplicaProviders(ctx context.Context, db *gorm.DB, id int64) (map[string]bool, error) {
	rs, err := market.Replicas(ctx, db, id)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range rs {
		if r.State != market.ReplicaEnded {
			out[common.BytesToAddress(r.Provider).Hex()] = true
		}
	}
	return out, nil
}
