package controller

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
)

// Escrow job states (the contract's JobState enum).
const (
	chainOpen     = 1
	chainRunning  = 2
	chainFailover = 3
)

// awardDue awards the jobs whose bidding closed.
func (n *Node) awardDue(ctx context.Context) error {
	if n.sender == nil {
		return nil // a read-only instance leaves awards to instances with a controller key
	}
	ids, err := n.claim(ctx, `market.jobs j`, `j.state = ? AND j.bidding_closes_at <= ?`, market.StateBidding, n.now())
	if err != nil {
		return err
	}
	return n.each(ctx, ids, "award", n.award)
}

func (n *Node) award(ctx context.Context, id int64) error {
	j, err := market.LoadJob(ctx, n.db, id, false)
	if err != nil {
		return err
	}
	if j.State != market.StateBidding || j.ChainJobID == nil {
		return n.release(ctx, n.db, id)
	}
	onChain, err := n.k.Job(ctx, uint64(*j.ChainJobID))
	if err != nil {
		return fmt.Errorf("read escrow job %d: %w", *j.ChainJobID, err)
	}
	if onChain.State == chainRunning {
		// Awarded already: by this job's client, or by an instance that died before recording it.
		// The backups must survive either way: without a stored match, rank the bids now.
		var view *apiMatch
		if j.Match == nil {
			if v, err := n.adoptedMatch(ctx, j, onChain.Provider); err != nil {
				n.log.Warn("rank the backups of an award made elsewhere", "job", id, "err", err)
			} else {
				view = v
			}
		}
		return n.recordAward(ctx, j, onChain.Provider, int(onChain.Round), nil, view, "the escrow shows the job awarded already")
	}
	if onChain.State != chainOpen {
		return n.release(ctx, n.db, id) // stopped or cancelled on chain: the chain follower records it
	}
	bids, err := market.Bids(ctx, n.db, id)
	if err != nil {
		return err
	}
	m, err := n.matchJob(ctx, j, bids)
	if err != nil {
		return err
	}
	view := matchView(m, bids)
	if m.Winner == nil {
		return n.noBids(ctx, j, view)
	}
	// The match is stored before any award is sent: an instance that dies between the award and
	// recording it leaves the backups for whoever adopts the award (recordAward keeps this match).
	if err := n.db.WithContext(ctx).Exec(`UPDATE market.jobs SET match = ? WHERE id = ?`, mustJSON(view), id).Error; err != nil {
		return fmt.Errorf("store the match of job %d: %w", id, err)
	}
	defer n.keepLease(ctx, id)()
	byProvider := map[string]market.Bid{}
	for _, b := range bids {
		byProvider[common.BytesToAddress(b.Provider).Hex()] = b
	}
	// The winner first, then the backups: a bid the contract refuses (stake withdrawn since, nonce
	// cancelled) passes the award to the next best.
	order := append([]string{m.Winner.Bid.Provider}, providersOf(view.Backups)...)
	var refused []string
	for i, p := range order {
		b := byProvider[p]
		cb := b.Chain(*j.ChainJobID, j.ChainTerms)
		sig := b.Signature
		t0 := time.Now()
		rc, err := n.sender.Send(ctx, n.k.EscrowC, n.k.Escrow.PackAward(cb.Binding(), sig))
		if err != nil {
			if !isRevert(err) {
				return err // RPC trouble: the lease expires and the award is retried
			}
			refused = append(refused, fmt.Sprintf("%s: %v", p, err))
			n.log.Warn("award refused by the escrow", "job", id, "provider", p, "err", err)
			continue
		}
		n.metrics.awardSeconds.Observe(time.Since(t0).Seconds())
		view.Backups = dropProvider(view.Backups, p)
		if i > 0 {
			view.Winner = nil
		}
		why := "lowest cost path: " + m.Winner.Breakdown.String()
		if i > 0 {
			why = fmt.Sprintf("the winner's bid was refused on chain (%v); awarded to the next best", refused)
		}
		return n.recordAward(ctx, j, cb.Provider, 1, rc.TxHash.Bytes(), &view, why)
	}
	view.Winner = nil
	return n.noBids(ctx, j, view)
}

// adoptedMatch ranks a job's bids for an award this instance did not make, with the awarded
// provider taken out of the backups.
func (n *Node) adoptedMatch(ctx context.Context, j *market.Job, awarded common.Address) (*apiMatch, error) {
	bids, err := market.Bids(ctx, n.db, j.ID)
	if err != nil {
		return nil, err
	}
	m, err := n.matchJob(ctx, j, bids)
	if err != nil {
		return nil, err
	}
	view := matchView(m, bids)
	view.Backups = dropProvider(view.Backups, awarded.Hex())
	if view.Winner != nil && view.Winner.Provider != awarded.Hex() {
		view.Winner = nil // the escrow's choice, not this ranking's
	}
	return &view, nil
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs of strings and numbers
	}
	return b
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
func (n *Node) recordAward(ctx context.Context, j *market.Job, provider common.Address, round int, tx []byte, view *apiMatch, why string) error {
	var match []byte
	if view != nil {
		match, _ = json.Marshal(view)
	}
	err := n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := db.Exec(`UPDATE market.jobs SET provider = ?, round = ?, award_tx = COALESCE( ?, award_tx), match = COALESCE( ?, match),
				failures = 0, lease_until = NULL WHERE id = ?`, provider.Bytes(), round, tx, match, j.ID).Error; err != nil {
			return fmt.Errorf("record award of job %d: %w", j.ID, err)
		}
		detail := map[string]any{"provider": provider.Hex(), "round": round}
		if tx != nil {
			detail["tx"] = common.BytesToHash(tx).Hex()
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateAwarded, Kind: "awarded",
			Reason: fmt.Sprintf("awarded to %s (round %d): %s", provider.Hex(), round, why), Detail: detail})
	})
	if err == nil {
		n.metrics.awards.Inc()
	}
	return err
}

// noBids explains a job without an eligible bid. Bidding stays open while there is time before
// the on-chain deadline; after that the job fails with the reasons, and the client is told how to
// get the budget back.
func (n *Node) noBids(ctx context.Context, j *market.Job, view apiMatch) error {
	match, _ := json.Marshal(view)
	why := fmt.Sprintf("no eligible bid: %d bids, %d eligible", view.Bids, view.Eligible)
	for _, e := range view.Excluded {
		why += fmt.Sprintf("; %s: %s", e.Provider, e.Detail)
	}
	if view.Bids == 0 {
		why = "no provider has bid on this job yet"
	}
	// Bidding stays open until the last moment an award can still reach the chain before the
	// job's on-chain deadline; the controller matches again every bidding period until then, and
	// once more at that moment. The trail names that moment, so what it says is what happens.
	now := n.now()
	last := time.Unix(j.BiddingDeadline, 0).Add(-n.cfg.AwardMargin)
	next := now.Add(n.cfg.BiddingPeriod)
	if next.After(last) {
		next = last
	}
	return n.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if !now.Before(last) {
			if err := db.Exec(`UPDATE market.jobs SET match = ?, lease_until = NULL WHERE id = ?`, match, j.ID).Error; err != nil {
				return err
			}
			return market.Record(ctx, db, j.ID, market.Event{State: market.StateFailed, Kind: "no_bids",
				Reason: why + "; bidding deadline reached — stop the job (POST /v1/jobs/" + fmt.Sprint(j.ID) + "/stop) to get the budget back"})
		}
		if err := db.Exec(`UPDATE market.jobs SET match = ?, bidding_closes_at = ?, lease_until = NULL WHERE id = ?`, match, next, j.ID).Error; err != nil {
			return err
		}
		// Say so once per change of circumstances, not every round.
		if strings.HasPrefix(j.Reason, why+";") {
			return nil
		}
		return market.Record(ctx, db, j.ID, market.Event{State: market.StateBidding, Kind: "no_bids",
			Reason: fmt.Sprintf("%s; bidding stays open until %s (the job's deadline, less the time an award needs), matched again every %s; then the job fails and its budget can be refunded",
				why, last.UTC().Format(time.RFC3339), n.cfg.BiddingPeriod)})
	})
}

// isRevert: the contract refused the transaction (as opposed to the RPC failing).
func isRevert(err error) bool {
	var r *chain.RevertError
	return errors.As(err, &r)
}
