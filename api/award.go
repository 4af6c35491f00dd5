package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// Escrow job states (the contract's JobState enum).
const (
	chainOpen     = 1
	chainRunning  = 2
	chainFailover = 3
)

// claim leases up to n jobs matching where (SQL over market.jobs j) to this instance. SKIP
// LOCKED lets instances claim disjoint jobs at the same moment; the lease keeps a job with this
// instance while it sends a transaction, and lets another take over if this one dies.
func (s *Server) claim(ctx context.Context, from, where string, args ...any) ([]int64, error) {
	now := s.now()
	var ids []int64
	q := `UPDATE market.jobs SET lease_until = ? WHERE id IN (
		SELECT j.id FROM ` + from + ` WHERE (j.lease_until IS NULL OR j.lease_until < ?) AND ` + where + `
		ORDER BY j.id FOR UPDATE OF j SKIP LOCKED LIMIT 8) RETURNING id`
	all := append([]any{now.Add(s.cfg.Lease), now}, args...)
	if err := s.db.WithContext(ctx).Raw(q, all...).Scan(&ids).Error; err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	return ids, nil
}

func (s *Server) release(ctx context.Context, db *gorm.DB, id int64) error {
	return db.WithContext(ctx).Exec(`UPDATE market.jobs SET lease_until = NULL WHERE id = ?`, id).Error
}

// awardDue awards the jobs whose bidding closed.
func (s *Server) awardDue(ctx context.Context) error {
	if s.sender == nil {
		return nil // a read-only instance leaves awards to instances with a controller key
	}
	ids, err := s.claim(ctx, `market.jobs j`, `j.state = ? AND j.bidding_closes_at <= ?`, stateBidding, s.now())
	if err != nil {
		return err
	}
	var errs []error
	for _, id := range ids {
		if err := s.award(ctx, id); err != nil {
			errs = append(errs, fmt.Errorf("award job %d: %w", id, err))
			_ = s.release(context.WithoutCancel(ctx), s.db, id)
		}
	}
	return errors.Join(errs...)
}

func (s *Server) bids(ctx context.Context, jobID int64) ([]bidRow, error) {
	var rows []bidRow
	if err := s.db.WithContext(ctx).Raw(`SELECT job_id, provider, price::text AS price, expiry, nonce::text AS nonce, signature, created_at
		FROM market.bids WHERE job_id = ? ORDER BY provider`, jobID).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read bids of job %d: %w", jobID, err)
	}
	return rows, nil
}

func (s *Server) award(ctx context.Context, id int64) error {
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		return err
	}
	if j.State != stateBidding || j.ChainJobID == nil {
		return s.release(ctx, s.db, id)
	}
	onChain, err := s.k.Job(ctx, uint64(*j.ChainJobID))
	if err != nil {
		return fmt.Errorf("read escrow job %d: %w", *j.ChainJobID, err)
	}
	if onChain.State == chainRunning {
		// Awarded already: by this job's client, or by an instance that died before recording it.
		return s.recordAward(ctx, j, onChain.Provider, int(onChain.Round), nil, nil, "the escrow shows the job awarded already")
	}
	if onChain.State != chainOpen {
		return s.release(ctx, s.db, id) // stopped or cancelled on chain: the chain follower records it
	}
	bids, err := s.bids(ctx, id)
	if err != nil {
		return err
	}
	m, err := s.matchJob(ctx, j, bids)
	if err != nil {
		return err
	}
	view := matchView(m, bids)
	if m.Winner == nil {
		return s.noBids(ctx, j, view)
	}
	byProvider := map[string]bidRow{}
	for _, b := range bids {
		byProvider[common.BytesToAddress(b.Provider).Hex()] = b
	}
	// The winner first, then the backups: a bid the contract refuses (stake withdrawn since, nonce
	// cancelled) passes the award to the next best.
	order := append([]string{m.Winner.Bid.Provider}, providersOf(view.Backups)...)
	var refused []string
	for i, p := range order {
		b := byProvider[p]
		cb := b.chainBid(*j.ChainJobID, j.ChainTerms)
		sig := b.Signature
		t0 := time.Now()
		rc, err := s.sender.Send(ctx, s.k.EscrowC, s.k.Escrow.PackAward(cb.Binding(), sig))
		if err != nil {
			if !isRevert(err) {
				return err // RPC trouble: the lease expires and the award is retried
			}
			refused = append(refused, fmt.Sprintf("%s: %v", p, err))
			s.log.Warn("award refused by the escrow", "job", id, "provider", p, "err", err)
			continue
		}
		s.metrics.awardSeconds.Observe(time.Since(t0).Seconds())
		view.Backups = dropProvider(view.Backups, p)
		if i > 0 {
			view.Winner = nil
		}
		why := "lowest cost path: " + m.Winner.Breakdown.String()
		if i > 0 {
			why = fmt.Sprintf("the winner's bid was refused on chain (%v); awarded to the next best", refused)
		}
		return s.recordAward(ctx, j, cb.Provider, 1, rc.TxHash.Bytes(), &view, why)
	}
	view.Winner = nil
	return s.noBids(ctx, j, view)
}

func providersOf(c []apiScore) []string {
	out := make([]string, len(c))
	for i, x := range c {
		out[i] = x.Provider
	}
	return out
}

func dropProvider(c []apiScore, p string) []apiScore {
	out := c[:0:0]
	for _, x := range c {
		if x.Provider != p {
			out = append(out, x)
		}
	}
	return out
}

// recordAward moves the job to awarded with its match.
func (s *Server) recordAward(ctx context.Context, j *jobRow, provider common.Address, round int, tx []byte, view *apiMatch, why string) error {
	var match []byte
	if view != nil {
		match, _ = json.Marshal(view)
	}
	err := s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := db.Exec(`UPDATE market.jobs SET provider = ?, round = ?, award_tx = COALESCE( ?, award_tx), match = COALESCE( ?, match),
				failures = 0, lease_until = NULL WHERE id = ?`, provider.Bytes(), round, tx, match, j.ID).Error; err != nil {
			return fmt.Errorf("record award of job %d: %w", j.ID, err)
		}
		detail := map[string]any{"provider": provider.Hex(), "round": round}
		if tx != nil {
			detail["tx"] = common.BytesToHash(tx).Hex()
		}
		return record(ctx, db, j.ID, event{State: stateAwarded, Kind: "awarded",
			Reason: fmt.Sprintf("awarded to %s (round %d): %s", provider.Hex(), round, why), Detail: detail})
	})
	if err == nil {
		s.metrics.awards.Inc()
	}
	return err
}

// noBids explains a job without an eligible bid. Bidding stays open while there is time before
// the on-chain deadline; after that the job fails with the reasons, and the client is told how to
// get the budget back.
func (s *Server) noBids(ctx context.Context, j *jobRow, view apiMatch) error {
	match, _ := json.Marshal(view)
	why := fmt.Sprintf("no eligible bid: %d bids, %d eligible", view.Bids, view.Eligible)
	for _, e := range view.Excluded {
		why += fmt.Sprintf("; %s: %s", e.Provider, e.Detail)
	}
	if view.Bids == 0 {
		why = "no provider has bid on this job yet"
	}
	last := time.Unix(j.BiddingDeadline, 0).Add(-s.cfg.AwardMargin)
	next := s.now().Add(s.cfg.BiddingPeriod)
	return s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if next.After(last) {
			if err := db.Exec(`UPDATE market.jobs SET match = ?, lease_until = NULL WHERE id = ?`, match, j.ID).Error; err != nil {
				return err
			}
			return record(ctx, db, j.ID, event{State: stateFailed, Kind: "no_bids",
				Reason: why + "; bidding deadline reached — stop the job (POST /v1/jobs/" + fmt.Sprint(j.ID) + "/stop) to get the budget back"})
		}
		if err := db.Exec(`UPDATE market.jobs SET match = ?, bidding_closes_at = ?, lease_until = NULL WHERE id = ?`, match, next, j.ID).Error; err != nil {
			return err
		}
		// Say so once per change of circumstances, not every round.
		if strings.HasPrefix(j.Reason, why+";") {
			return nil
		}
		return record(ctx, db, j.ID, event{State: stateBidding, Kind: "no_bids",
			Reason: why + "; bidding stays open until " + next.UTC().Format(time.RFC3339)})
	})
}
