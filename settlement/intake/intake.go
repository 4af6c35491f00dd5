// Package intake connects the API to the settlement service: it adapts settlement.Service to the
// api.Settlement interface, so that providers' usage reports posted to the API are verified and
// queued by the settlement service, and their outcome reads back in the API's types.
package intake

import (
	"context"
	"errors"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/settlement"
)

// Intake is an api.Settlement backed by a settlement.Service.
type Intake struct{ S *settlement.Service }

var _ api.Settlement = Intake{}

// Submit implements api.Settlement.
func (in Intake) Submit(ctx context.Context, r chain.UsageReport, sig []byte) (int64, error) {
	id, err := in.S.Submit(ctx, settlement.SignedReport{UsageReport: r, Signature: sig})
	var rej *settlement.RejectError
	switch {
	case errors.As(err, &rej):
		return 0, &api.RejectedReport{Reason: string(rej.Reason), JobID: rej.JobID, Detail: rej.Detail}
	case errors.Is(err, settlement.ErrUnavailable):
		return 0, errors.Join(api.ErrSettlementUnavailable, err)
	}
	return id, err
}

// Report implements api.Settlement.
func (in Intake) Report(ctx context.Context, id int64) (apiv1.Attestation, error) {
	st, err := in.S.Report(ctx, id)
	if errors.Is(err, settlement.ErrNotFound) {
		return apiv1.Attestation{}, api.ErrAttestationNotFound
	}
	if err != nil {
		return apiv1.Attestation{}, err
	}
	a := apiv1.Attestation{Id: st.ID, Provider: st.Provider.Hex(), State: apiv1.AttestationState(st.State),
		ReceivedAt: st.ReceivedAt.UTC(), Usages: make([]apiv1.UsageEntry, len(st.Entries))}
	if st.SettledAt != nil {
		t := st.SettledAt.UTC().Truncate(time.Microsecond)
		a.SettledAt = &t
	}
	if st.TxHash != nil {
		h := st.TxHash.Hex()
		a.TxHash = &h
	}
	for i, e := range st.Entries {
		u := apiv1.UsageEntry{JobId: int64(e.JobID), Round: int(e.Round), CumulativeGpuSeconds: int64(e.CumulativeGpuSeconds)}
		if e.Outcome != "" {
			o := e.Outcome
			u.Outcome = &o
		}
		if e.Amount != nil {
			amt := e.Amount.String()
			u.Amount = &amt
		}
		a.Usages[i] = u
	}
	return a, nil
}
