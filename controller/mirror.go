package controller

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/money"
)

// mirror copies into market.disputes the fault reports filed on chain by anyone (another
// controller set, a provider's own tooling): what a provider's agent watches to challenge, and
// what execute follows. Reports this controller filed are there already.
func (f *Faults) mirror(ctx context.Context) error {
	next, err := bind.Call(f.k.DisputesC, &bind.CallOpts{Context: ctx}, f.k.Disputes.PackNextDisputeId(), f.k.Disputes.UnpackNextDisputeId)
	if err != nil {
		return fmt.Errorf("read the next dispute id: %w", err)
	}
	// Ids below the cursor are mirrored (or belong to no job of this API); after a restart the
	// cursor starts over once, and the inserts below are idempotent.
	for id := f.mirrored + 1; id < next.Int64(); id++ {
		d, err := bind.Call(f.k.DisputesC, &bind.CallOpts{Context: ctx}, f.k.Disputes.PackGetDispute(big.NewInt(id)), f.k.Disputes.UnpackGetDispute)
		if err != nil {
			return fmt.Errorf("read dispute %d: %w", id, err)
		}
		var jobID int64
		if err := f.db.WithContext(ctx).Raw(`SELECT id FROM market.jobs WHERE chain_job_id = ?`, d.JobId.Int64()).Scan(&jobID).Error; err != nil {
			return err
		}
		if jobID == 0 {
			f.mirrored = id // not a job of this marketplace's API
			continue
		}
		state := "pending"
		switch d.State {
		case disputeVoided:
			state = "voided"
		case disputeExecuted:
			state = "executed"
		}
		err = f.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			res := tx.Exec(`INSERT INTO market.disputes (dispute_id, job_id, round, provider, silent_since, observed_at, amount, compensation, execute_after, state, report_tx)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '\x') ON CONFLICT DO NOTHING`, id, jobID, d.Round.Int64(), d.Provider.Bytes(), int64(d.SilentSince),
				int64(d.ObservedAt), d.Amount.String(), d.Compensation.String(), int64(d.ExecuteAfter), state)
			if res.Error != nil || res.RowsAffected == 0 {
				return res.Error
			}
			return trail(ctx, tx, jobID, "fault_reported", fmt.Sprintf(
				"fault report %d against %s is on chain (%d reporters): silent from %s until at least %s; it can be voided with a heartbeat acknowledgement within that time until %s, otherwise at most %s is slashed",
				id, d.Provider.Hex(), len(d.Reporters), time.Unix(int64(d.SilentSince), 0).UTC().Format(time.RFC3339),
				time.Unix(int64(d.ObservedAt), 0).UTC().Format(time.RFC3339), time.Unix(int64(d.ExecuteAfter), 0).UTC().Format(time.RFC3339), money.FormatGIN(d.Amount)),
				map[string]any{"dispute": id, "reporters": len(d.Reporters)})
		})
		if err != nil {
			return fmt.Errorf("mirror dispute %d: %w", id, err)
		}
		f.mirrored = id
	}
	return nil
}
