package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
)

// Who sees money: a ledger is its own address's only, and a job's split its client's and its
// awarded providers'. Everything in them is public on chain, but the API ties escrow jobs to
// images, models and bids; answering only the parties keeps the API from being a directory of who
// pays whom for what, while a determined reader can still rebuild it from the chain.

// GetLedger implements apiv1.ServerInterface.
func (s *Server) GetLedger(c *gin.Context, address apiv1.Address, params apiv1.GetLedgerParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	if !common.IsHexAddress(address) {
		fail(c, badRequest("%q is not an address (0x and 40 hex digits)", address))
		return
	}
	if common.HexToAddress(address) != addr {
		fail(c, forbidden("a ledger is shown to its own address only; you are signed in as %s", addr.Hex()))
		return
	}
	if params.Kind != nil && !params.Kind.Valid() {
		fail(c, badRequest("kind %q is not one of payout, fee, slash, usage, refund, compensation", *params.Kind))
		return
	}
	limit, err := limitParam(params.Limit)
	if err != nil {
		fail(c, err)
		return
	}
	params.Limit = &limit
	if s.settlement == nil {
		fail(c, noSettlement())
		return
	}
	l, err := s.settlement.Ledger(c.Request.Context(), addr, params)
	if errors.Is(err, ErrBadCursor) {
		fail(c, badRequest("before: %v; pass the `next` of the previous page as it was", err))
		return
	}
	if err != nil {
		fail(c, fmt.Errorf("ledger of %s: %w", addr.Hex(), err))
		return
	}
	c.JSON(http.StatusOK, l)
}

// GetJobSettlement implements apiv1.ServerInterface.
func (s *Server) GetJobSettlement(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	if j.ChainJobID == nil {
		fail(c, conflict("job %d is not on chain yet: send its createJob transaction and post the hash to /v1/jobs/%d/chain-tx", id, id))
		return
	}
	if s.settlement == nil {
		fail(c, noSettlement())
		return
	}
	split, err := s.settlement.JobSplit(c.Request.Context(), uint64(*j.ChainJobID))
	if errors.Is(err, ErrJobNotOnChain) {
		fail(c, conflict("escrow job %d is not indexed yet; try again in a few seconds", *j.ChainJobID))
		return
	}
	if err != nil {
		fail(c, fmt.Errorf("settlement of job %d: %w", id, err))
		return
	}
	if common.HexToAddress(split.Client) != addr && !splitProvider(split, addr) {
		// A bidder sees the job but not its money.
		fail(c, forbidden("job %d's settlement is shown to its client and the providers it was awarded to", id))
		return
	}
	split.JobId = id
	if err := s.disputeSlashes(c.Request.Context(), id, &split); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, split)
}

// disputeSlashes adds the job's executed fault disputes (as the controllers recorded them) to its
// split: the provider's stake that paid for its silence, and the client's compensation out of it.
func (s *Server) disputeSlashes(ctx context.Context, id int64, split *apiv1.JobSettlement) error {
	var rows []struct {
		DisputeID    int64
		Round        int
		Provider     []byte
		SilentSince  int64
		Amount       string
		Compensation string
		CloseTx      []byte
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT dispute_id, round, provider, silent_since, amount::text AS amount,
		compensation::text AS compensation, close_tx FROM market.disputes WHERE job_id = ? AND state = 'executed' ORDER BY dispute_id`, id).Scan(&rows).Error; err != nil {
		return fmt.Errorf("job %d: read its disputes: %w", id, err)
	}
	for _, r := range rows {
		sl := apiv1.JobSlash{Provider: common.BytesToAddress(r.Provider).Hex(), Round: r.Round, Amount: r.Amount,
			Compensation: &r.Compensation, Dispute: &r.DisputeID,
			Reason: fmt.Sprintf("fault report %d: silent since %s, unchallenged", r.DisputeID, time.Unix(r.SilentSince, 0).UTC().Format(time.RFC3339))}
		if len(r.CloseTx) == 32 {
			h := common.BytesToHash(r.CloseTx).Hex()
			sl.TxHash = &h
		}
		split.Slashes = append(split.Slashes, sl)
	}
	return nil
}

func splitProvider(sp apiv1.JobSettlement, addr common.Address) bool {
	for _, p := range sp.Payouts {
		if strings.EqualFold(p.Provider, addr.Hex()) {
			return true
		}
	}
	return false
}

func noSettlement() *Problem {
	return problem(http.StatusServiceUnavailable, "no-settlement", "Settlement is not configured",
		"this API instance does not read settlements; ask one started with settlement enabled")
}
