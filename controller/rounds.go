package controller

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/money"
)

// CloseRounds closes the rounds this marketplace failed over, and the replica rounds that ended,
// once their settlement window passed:
// closeRound refunds to the client what the failed provider did not settle for the time it served,
// and frees the provider's collateral unless a fault report holds it. Nobody else has a reason to
// call it (the failed provider loses nothing by waiting), so the controller keeps it moving.
func (f *Faults) CloseRounds(ctx context.Context) error {
	var due []struct {
		JobID      int64
		ChainJobID int64
		Round      int
		Provider   string
		At         time.Time
	}
	// Failed-over rounds and ended replica rounds (theirs too wait for closeRound: what they did not
	// settle, and their collateral).
	if err := f.db.WithContext(ctx).Raw(`SELECT d.* FROM (
			SELECT e.job_id, j.chain_job_id, (e.detail->>'round')::int AS round, e.detail->>'provider' AS provider, e.at
			FROM market.job_events e JOIN market.jobs j ON j.id = e.job_id
			WHERE e.kind = 'provider_failed' AND j.chain_job_id IS NOT NULL AND e.detail->>'tx' IS NOT NULL
			UNION ALL
			SELECT r.job_id, j.chain_job_id, r.round, '0x' || encode(r.provider, 'hex'), r.updated_at
			FROM market.replicas r JOIN market.jobs j ON j.id = r.job_id
			WHERE r.state = 'ended' AND j.chain_job_id IS NOT NULL) d
		WHERE NOT EXISTS (SELECT 1 FROM market.job_events c WHERE c.job_id = d.job_id AND c.kind = 'round_closed'
			AND c.detail->>'round' = d.round::text AND lower(c.detail->>'provider') = lower(d.provider))
		ORDER BY d.at LIMIT 16`).Scan(&due).Error; err != nil {
		return fmt.Errorf("load failed rounds: %w", err)
	}
	if len(due) == 0 {
		return nil
	}
	head, err := f.sender.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	var errs []error
	for _, d := range due {
		if err := f.closeRound(ctx, d.JobID, d.ChainJobID, d.Round, common.HexToAddress(d.Provider), head.Time); err != nil {
			errs = append(errs, fmt.Errorf("close round %d of job %d: %w", d.Round, d.JobID, err))
		}
	}
	return errors.Join(errs...)
}

func (f *Faults) closeRound(ctx context.Context, jobID, chainJobID int64, n int, prov common.Address, now uint64) error {
	job, round := uint64(chainJobID), uint8(n)
	terms, err := bind.Call(f.k.EscrowC, &bind.CallOpts{Context: ctx}, f.k.Escrow.PackJobTerms(big.NewInt(chainJobID)), f.k.Escrow.UnpackJobTerms)
	if err != nil {
		return err
	}
	r, err := f.k.Round(ctx, job, round, prov)
	if err != nil {
		return err
	}
	if r.EndedAt == 0 || now < r.EndedAt+uint64(terms.Terms.SettlementWindow) {
		return nil // not over yet
	}
	unpaid := r.Remaining
	detail := map[string]any{"round": n, "provider": prov.Hex()}
	locked, err := f.k.Locked(ctx, job, round, prov)
	if err != nil {
		return err
	}
	if r.State != chain.RoundClosed || unpaid.Sign() != 0 || locked {
		rc, err := f.sender.Send(ctx, f.k.EscrowC, f.k.Escrow.PackCloseRound(big.NewInt(chainJobID), big.NewInt(int64(n)), prov))
		var re *chain.RevertError
		switch {
		case errors.As(err, &re):
			detail["refused"] = re.Error() // another instance (or the provider) closed it first
		case err != nil:
			return err
		default:
			detail["tx"] = rc.TxHash.Hex()
		}
	}
	return f.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		return trail(ctx, db, jobID, "round_closed", fmt.Sprintf(
			"round %d of %s closed after its settlement window: %s it did not settle went back to the client, and its collateral is free unless a fault report holds it",
			n, prov.Hex(), money.FormatGIN(unpaid)), detail)
	})
}
