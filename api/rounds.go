package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"
)

// closeRoundsDue closes the rounds that were failed over once their settlement window passed:
// closeRound refunds to the client what the failed provider did not settle for the time it served,
// and frees the provider's collateral unless a fault report holds it. Nobody else has a reason to
// call it (the failed provider waives nothing by waiting), so the controller keeps it moving.
func (s *Server) closeRoundsDue(ctx context.Context) error {
	if s.sender == nil {
		return nil
	}
	var due []struct {
		JobID      int64
		ChainJobID int64
		Round      int
		Provider   string
		At         time.Time
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT e.job_id, j.chain_job_id, (e.detail->>'round')::int AS round, e.detail->>'provider' AS provider, e.at
		FROM market.job_events e JOIN market.jobs j ON j.id = e.job_id
		WHERE e.kind = 'provider_failed' AND j.chain_job_id IS NOT NULL AND e.detail->>'tx' IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM market.job_events c WHERE c.job_id = e.job_id AND c.kind = 'round_closed'
			AND c.detail->>'round' = e.detail->>'round')
		ORDER BY e.at LIMIT 16`).Scan(&due).Error; err != nil {
		return fmt.Errorf("load failed rounds: %w", err)
	}
	var errs []error
	for _, d := range due {
		job, round, prov := big.NewInt(d.ChainJobID), big.NewInt(int64(d.Round)), common.HexToAddress(d.Provider)
		terms, err := bind.Call(s.k.EscrowC, &bind.CallOpts{Context: ctx}, s.k.Escrow.PackJobTerms(job), s.k.Escrow.UnpackJobTerms)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r, err := bind.Call(s.k.EscrowC, &bind.CallOpts{Context: ctx}, s.k.Escrow.PackRoundOf(job, round, prov), s.k.Escrow.UnpackRoundOf)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r.EndedAt.Sign() == 0 {
			continue
		}
		head, err := s.chain.HeaderByNumber(ctx, nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if head.Time < r.EndedAt.Uint64()+uint64(terms.Terms.SettlementWindow) {
			continue
		}
		unpaid := new(big.Int).And(r.Word, mask96)
		detail := map[string]any{"round": d.Round, "provider": prov.Hex()}
		if r.Word.Rsh(r.Word, 248).Int64() != roundClosed || unpaid.Sign() != 0 || s.lockedRound(ctx, job, round, prov) {
			rc, err := s.sender.Send(ctx, s.k.EscrowC, s.k.Escrow.PackCloseRound(job, round, prov))
			if err != nil && !isRevert(err) {
				errs = append(errs, fmt.Errorf("close round %d of job %d: %w", d.Round, d.JobID, err))
				continue
			}
			if err == nil {
				detail["tx"] = rc.TxHash.Hex()
			}
		}
		errs = append(errs, s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
			return record(ctx, db, d.JobID, event{Kind: "round_closed", Detail: detail, Reason: fmt.Sprintf(
				"round %d of %s closed after its settlement window: %s GIN it did not settle went back to the client, and its collateral is free unless a fault report holds it",
				d.Round, prov.Hex(), ginText(unpaid))})
		}))
	}
	return errors.Join(errs...)
}

const roundClosed = 3 // RoundState.Closed

var mask96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// lockedRound says whether the round's collateral is still locked in staking.
func (s *Server) lockedRound(ctx context.Context, job, round *big.Int, prov common.Address) bool {
	key := roundKey(job, round, prov)
	l, err := bind.Call(s.k.StakingC, &bind.CallOpts{Context: ctx}, s.k.Staking.PackLocks(key), s.k.Staking.UnpackLocks)
	return err == nil && l.Account != (common.Address{})
}

func roundKey(job, round *big.Int, prov common.Address) [32]byte {
	var b [96]byte
	job.FillBytes(b[:32])
	round.FillBytes(b[32:64])
	copy(b[76:], prov[:])
	return crypto.Keccak256Hash(b[:])
}

// ginText formats wei as GIN with up to 6 decimals.
func ginText(wei *big.Int) string {
	r := new(big.Rat).SetFrac(wei, big.NewInt(1e18))
	s := r.FloatString(6)
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
