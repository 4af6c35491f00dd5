package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// Settlement is where providers' signed usage reports go: the settlement service's queue, which
// verifies a report before it keeps it. cmd/gin-api wires settlement.Service in through an adapter,
// so the API depends only on what it calls.
type Settlement interface {
	// Submit verifies and queues a report, returning its id. A report refused by verification is a
	// *RejectedReport; an outage is an error wrapping ErrSettlementUnavailable.
	Submit(ctx context.Context, report chain.UsageReport, signature []byte) (int64, error)
	// Report is the settlement of report id so far; ErrAttestationNotFound when there is none.
	Report(ctx context.Context, id int64) (apiv1.Attestation, error)
	// Ledger is one page of an address's money movements with its totals (see ledger.go);
	// a malformed params.Before is an error wrapping ErrBadCursor.
	Ledger(ctx context.Context, address common.Address, params apiv1.GetLedgerParams) (apiv1.Ledger, error)
	// JobSplit is where escrow job chainJobID's budget went; ErrJobNotOnChain until it is indexed.
	JobSplit(ctx context.Context, chainJobID uint64) (apiv1.JobSettlement, error)
}

// Errors a Settlement returns.
var (
	ErrSettlementUnavailable = errors.New("settlement is temporarily unavailable")
	ErrAttestationNotFound   = errors.New("no such attestation")
	ErrBadCursor             = errors.New("bad ledger cursor")
	ErrJobNotOnChain         = errors.New("job not on chain yet")
)

// RejectedReport is a usage report the settlement service refused, with its reason code
// (bad_signature, malformed, or the first entry's reason) for the provider to act on, and the
// verdict on each entry when the report was refused because none of them can be paid.
type RejectedReport struct {
	Reason  string
	JobID   uint64
	Detail  string
	Entries []EntryVerdict
}

// EntryVerdict is intake's decision on one entry: Intake is accepted, clamped:<reason> or
// refused:<reason>; Known the round's highest cumulative already settled or queued.
type EntryVerdict struct {
	Intake string
	Detail string
	Known  uint64
}

func (e *RejectedReport) Error() string {
	if e.JobID != 0 {
		return fmt.Sprintf("%s (job %d): %s", e.Reason, e.JobID, e.Detail)
	}
	return fmt.Sprintf("%s: %s", e.Reason, e.Detail)
}

// SubmitAttestation implements apiv1.ServerInterface.
func (s *Server) SubmitAttestation(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	if s.settlement == nil {
		fail(c, problem(http.StatusServiceUnavailable, "no-settlement", "Settlement is not configured", "this API instance takes no attestations; send them to one started with settlement enabled"))
		return
	}
	var req apiv1.AttestationRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	if len(req.Usages) == 0 || len(req.Usages) > 1000 {
		f.add("usages", "must hold 1 to 1000 entries, got %d", len(req.Usages))
	}
	report := chain.UsageReport{Provider: addr}
	for i, u := range req.Usages {
		field := fmt.Sprintf("usages[%d]", i)
		if u.JobId < 1 {
			f.add(field+".jobId", "must be an escrow job id (≥ 1)")
		}
		if u.Round < 1 || u.Round > 255 {
			f.add(field+".round", "must be between 1 and 255")
		}
		if u.CumulativeGpuSeconds < 0 {
			f.add(field+".cumulativeGpuSeconds", "must be ≥ 0")
		}
		report.Usages = append(report.Usages, chain.Usage{JobID: uint64(u.JobId), Round: uint8(u.Round), CumulativeGpuSeconds: uint64(u.CumulativeGpuSeconds)})
	}
	sig, err := signature(req.Signature)
	if err != nil {
		f.add("signature", "%v", err)
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	id, err := s.settlement.Submit(c.Request.Context(), report, sig)
	var rej *RejectedReport
	switch {
	case errors.As(err, &rej):
		p := &Problem{Status: http.StatusUnprocessableEntity, Type: "attestation-rejected", Title: "Usage report rejected: " + rej.Reason, Detail: rej.Error()}
		for i, v := range rej.Entries {
			p.Fields = append(p.Fields, FieldError{Field: fmt.Sprintf("usages[%d]", i), Message: fmt.Sprintf("%s: %s (known: %d)", v.Intake, v.Detail, v.Known)})
		}
		fail(c, p)
		return
	case errors.Is(err, ErrSettlementUnavailable):
		c.Header("Retry-After", "5")
		fail(c, problem(http.StatusServiceUnavailable, "unavailable", "Settlement temporarily unavailable", "nothing was stored; send the report again shortly"))
		return
	case err != nil:
		fail(c, err)
		return
	}
	if req.Served != nil {
		// Informational and after the report is queued: a failure here loses no payment, and
		// counts out of range are clamped, never a reason to refuse the signed report.
		if err := s.recordServed(c.Request.Context(), addr, cleanServed(*req.Served)); err != nil {
			s.log.Warn("served counts not recorded", "provider", addr.Hex(), "err", err)
		}
	}
	st, err := s.settlement.Report(c.Request.Context(), id)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusAccepted, st)
}

// GetAttestation implements apiv1.ServerInterface.
func (s *Server) GetAttestation(c *gin.Context, id int64) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	if s.settlement == nil {
		fail(c, problem(http.StatusServiceUnavailable, "no-settlement", "Settlement is not configured", "this API instance takes no attestations"))
		return
	}
	st, err := s.settlement.Report(c.Request.Context(), id)
	if errors.Is(err, ErrAttestationNotFound) || (err == nil && common.HexToAddress(st.Provider) != addr) {
		fail(c, notFound("no attestation %d among yours", id))
		return
	}
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, st)
}
