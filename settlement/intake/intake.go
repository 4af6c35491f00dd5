// Package intake connects the API to the settlement service: it adapts settlement.Service to the
// api.Settlement interface, so that providers' usage reports posted to the API are verified and
// queued by the settlement service, and their outcome reads back in the API's types.
package intake

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	rc, err := in.S.Submit(ctx, settlement.SignedReport{UsageReport: r, Signature: sig})
	var rej *settlement.RejectError
	switch {
	case errors.As(err, &rej):
		out := &api.RejectedReport{Reason: string(rej.Reason), JobID: rej.JobID, Detail: rej.Detail}
		for _, v := range rej.Entries {
			out.Entries = append(out.Entries, api.EntryVerdict{Intake: v.String(), Detail: v.Detail, Known: v.Known})
		}
		return 0, out
	case errors.Is(err, settlement.ErrUnavailable):
		return 0, errors.Join(api.ErrSettlementUnavailable, err)
	}
	return rc.ID, err
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
		in, known := e.Intake.String(), int64(e.Intake.Known)
		u.Intake, u.KnownGpuSeconds = &in, &known
		a.Usages[i] = u
	}
	return a, nil
}

// Ledger implements api.Settlement.
func (in Intake) Ledger(ctx context.Context, address common.Address, p apiv1.GetLedgerParams) (apiv1.Ledger, error) {
	var before *settlement.Cursor
	if p.Before != nil {
		c, err := settlement.ParseCursor(*p.Before)
		if err != nil {
			return apiv1.Ledger{}, errors.Join(api.ErrBadCursor, err)
		}
		before = &c
	}
	kind, limit := "", 100
	if p.Kind != nil {
		kind = string(*p.Kind)
	}
	if p.Limit != nil {
		limit = *p.Limit
	}
	page, err := in.S.Ledger(ctx, address, kind, before, limit)
	if err != nil {
		return apiv1.Ledger{}, err
	}
	t := page.Totals
	l := apiv1.Ledger{Address: address.Hex(), Entries: make([]apiv1.LedgerEntry, len(page.Entries)), Totals: apiv1.LedgerTotals{
		Payout: t[settlement.KindPayout].String(), Fee: t[settlement.KindFee].String(), Slash: t[settlement.KindSlash].String(),
		Usage: t[settlement.KindUsage].String(), Refund: t[settlement.KindRefund].String(), Compensation: t[settlement.KindCompensation].String(),
	}}
	for i, e := range page.Entries {
		en := apiv1.LedgerEntry{Kind: apiv1.LedgerKind(e.Kind), JobId: int64(e.JobID), Amount: e.Amount.String(), TxHash: e.TxHash.Hex(), Block: int64(e.Block)}
		if e.Round != 0 {
			r := int(e.Round)
			en.Round = &r
		}
		if e.Counterparty != (common.Address{}) {
			cp := e.Counterparty.Hex()
			en.Counterparty = &cp
		}
		if !e.Time.IsZero() {
			tm := e.Time
			en.Time = &tm
		}
		if e.Reason != "" {
			r := e.Reason
			en.Reason = &r
		}
		l.Entries[i] = en
	}
	if page.Next != nil {
		n := page.Next.String()
		l.Next = &n
	}
	return l, nil
}

// JobSplit implements api.Settlement.
func (in Intake) JobSplit(ctx context.Context, chainJobID uint64) (apiv1.JobSettlement, error) {
	sp, err := in.S.Split(ctx, chainJobID)
	if errors.Is(err, settlement.ErrJobNotIndexed) {
		return apiv1.JobSettlement{}, errors.Join(api.ErrJobNotOnChain, err)
	}
	if err != nil {
		return apiv1.JobSettlement{}, err
	}
	out := apiv1.JobSettlement{ChainJobId: int64(sp.JobID), Client: sp.Client.Hex(), ChainState: apiv1.JobSettlementChainState(sp.State),
		Closed: sp.Closed, FeeBps: int(sp.FeeBps), Budget: sp.Budget.String(), Settled: sp.Settled.String(), Fees: sp.Fees.String(),
		Refunded: sp.Refunded.String(), Remaining: sp.Remaining.String(),
		Payouts: make([]apiv1.ProviderPayout, len(sp.Payouts)), Slashes: make([]apiv1.JobSlash, len(sp.Slashes))}
	for i, p := range sp.Payouts {
		out.Payouts[i] = apiv1.ProviderPayout{Provider: p.Provider.Hex(), Round: int(p.Round), PricePerGpuSecond: p.Price.String(),
			GpuSeconds: p.GpuSeconds.String(), Gross: p.Gross.String(), Fee: p.Fee.String(), Net: p.Net.String()}
	}
	for i, sl := range sp.Slashes {
		h := sl.TxHash.Hex()
		out.Slashes[i] = apiv1.JobSlash{Provider: sl.Provider.Hex(), Round: int(sl.Round), Amount: sl.Amount.String(), Reason: sl.Reason, TxHash: &h}
	}
	return out, nil
}
