package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// failoverDue fails over the jobs whose provider stopped sending heartbeats or whose container
// failed FailureThreshold times: the failure is reported on chain (the provider is slashed for
// the client) and the job is re-awarded to the best backup bid, without a new auction.
func (s *Server) failoverDue(ctx context.Context) error {
	if s.sender == nil {
		return nil
	}
	now := s.now()
	ids, err := s.claim(ctx, `market.jobs j JOIN market.providers p ON p.address = j.provider`,
		`j.state IN (?, ?, ?) AND j.chain_job_id IS NOT NULL AND (p.last_heartbeat_at IS NULL OR p.last_heartbeat_at < ? OR j.failures >= ?)`,
		stateAwarded, stateDeploying, stateRunning, now.Add(-s.cfg.HeartbeatTimeout), s.cfg.FailureThreshold)
	if err != nil {
		return err
	}
	var errs []error
	for _, id := range ids {
		if err := s.failover(ctx, id); err != nil {
			errs = append(errs, fmt.Errorf("fail over job %d: %w", id, err))
			_ = s.release(context.WithoutCancel(ctx), s.db, id)
		}
	}
	return errors.Join(errs...)
}

func (s *Server) failover(ctx context.Context, id int64) error {
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		return err
	}
	failed := common.BytesToAddress(j.Provider)
	reason, err := s.failureReason(ctx, j)
	if err != nil {
		return err
	}
	onChain, err := s.k.Job(ctx, uint64(*j.ChainJobID))
	if err != nil {
		return fmt.Errorf("read escrow job %d: %w", *j.ChainJobID, err)
	}
	var slashTx *common.Hash
	switch {
	case onChain.State == chainRunning && onChain.Provider == failed:
		rc, err := s.sender.Send(ctx, s.k.EscrowC, s.k.Escrow.PackReportFailure(big.NewInt(*j.ChainJobID), truncate(reason, 512)))
		if err != nil {
			return fmt.Errorf("report failure on chain: %w", err)
		}
		slashTx = &rc.TxHash
	case onChain.State == chainFailover:
		// Reported already (by an instance that died before recording it).
	default:
		// Ended, closed or re-awarded on chain: nothing to fail over; the chain follower records it.
		return s.release(ctx, s.db, id)
	}
	detail := map[string]any{"provider": failed.Hex(), "round": j.Round}
	if slashTx != nil {
		detail["tx"] = slashTx.Hex()
	}
	if err := s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		return record(ctx, db, id, event{Kind: "provider_failed", Reason: reason + "; failure reported on chain, the provider's stake is slashed for the client", Detail: detail})
	}); err != nil {
		return err
	}
	s.metrics.failovers.Inc()
	return s.awardBackup(ctx, j, failed, reason)
}

// failureReason says why the job's provider is considered failed.
func (s *Server) failureReason(ctx context.Context, j *jobRow) (string, error) {
	p, ok, err := s.provider(ctx, common.BytesToAddress(j.Provider))
	if err != nil {
		return "", err
	}
	if ok && j.Failures < s.cfg.FailureThreshold {
		if p.LastHeartbeatAt == nil {
			return fmt.Sprintf("provider %s never sent a heartbeat", common.BytesToAddress(j.Provider).Hex()), nil
		}
		return fmt.Sprintf("provider %s missed its heartbeats: the last was %s ago (timeout %s)",
			common.BytesToAddress(j.Provider).Hex(), s.now().Sub(*p.LastHeartbeatAt).Round(time.Second), s.cfg.HeartbeatTimeout), nil
	}
	var last string
	_ = s.db.WithContext(ctx).Raw(`SELECT reason FROM market.job_events WHERE job_id = ? AND kind = 'container_failed' ORDER BY seq DESC LIMIT 1`, j.ID).Scan(&last).Error
	return fmt.Sprintf("the container failed %d times (threshold %d); last: %s", j.Failures, s.cfg.FailureThreshold, truncate(last, 300)), nil
}

// awardBackup re-awards the job to the best remaining backup from its match whose provider is
// healthy and whose bid has not expired.
func (s *Server) awardBackup(ctx context.Context, j *jobRow, failed common.Address, reason string) error {
	var view apiMatch
	if j.Match != nil {
		_ = json.Unmarshal(j.Match, &view)
	}
	bids, err := s.bids(ctx, j.ID)
	if err != nil {
		return err
	}
	byProvider := map[string]bidRow{}
	for _, b := range bids {
		byProvider[common.BytesToAddress(b.Provider).Hex()] = b
	}
	var skipped []string
	for _, cand := range view.Backups {
		b, ok := byProvider[cand.Provider]
		if !ok || cand.Provider == failed.Hex() {
			continue
		}
		p, ok, err := s.provider(ctx, common.HexToAddress(cand.Provider))
		if err != nil {
			return err
		}
		if !ok || !s.healthy(p) {
			skipped = append(skipped, cand.Provider+": no recent heartbeat")
			continue
		}
		if b.Expiry <= s.now().Unix() {
			skipped = append(skipped, cand.Provider+": bid expired")
			continue
		}
		cb := b.chainBid(*j.ChainJobID)
		rc, err := s.sender.Send(ctx, s.k.EscrowC, s.k.Escrow.PackAwardBackup(cb.Binding(), b.Signature))
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
		return s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			if err := db.Exec(`UPDATE market.jobs SET provider = ?, round = ?, award_tx = ?, match = ?, failures = 0, lease_until = NULL WHERE id = ?`,
				cb.Provider.Bytes(), round, rc.TxHash.Bytes(), match, j.ID).Error; err != nil {
				return fmt.Errorf("record backup award: %w", err)
			}
			if err := record(ctx, db, j.ID, event{State: stateFailedOver, Kind: "failed_over",
				Reason: fmt.Sprintf("%s failed (%s); re-awarded to backup %s at %s wei per GPU-second: %s", failed.Hex(), truncate(reason, 200), cand.Provider, cand.Price, cand.Explanation),
				Detail: map[string]any{"from": failed.Hex(), "to": cand.Provider, "round": round, "tx": rc.TxHash.Hex(), "skipped": skipped}}); err != nil {
				return err
			}
			return record(ctx, db, j.ID, event{State: stateAwarded, Kind: "awarded",
				Reason: fmt.Sprintf("awarded to backup %s (round %d)", cand.Provider, round), Detail: map[string]any{"provider": cand.Provider, "round": round, "tx": rc.TxHash.Hex()}})
		})
	}
	why := "no backup bid is left"
	if len(skipped) > 0 {
		why = fmt.Sprintf("no usable backup (%v)", skipped)
	}
	return s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := s.release(ctx, db, j.ID); err != nil {
			return err
		}
		return record(ctx, db, j.ID, event{State: stateFailed, Kind: "no_backup",
			Reason: why + fmt.Sprintf("; stop the job (POST /v1/jobs/%d/stop) to get the remaining budget back", j.ID)})
	})
}
