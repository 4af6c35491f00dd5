package api

import (
	"errors"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/controller"
)

// ListDisputes implements apiv1.ServerInterface: the fault reports the controllers filed, as
// FaultDisputes holds them (public, like the chain).
func (s *Server) ListDisputes(c *gin.Context, params apiv1.ListDisputesParams) {
	q := `SELECT dispute_id, job_id, round, provider, silent_since, observed_at, amount::text AS amount, compensation::text AS compensation,
		execute_after, state FROM market.disputes WHERE true`
	var args []any
	if params.Provider != nil {
		a, err := address(*params.Provider)
		if err != nil {
			var f fields
			f.add("provider", "%v", err)
			fail(c, f.err())
			return
		}
		q += ` AND provider = ?`
		args = append(args, a.Bytes())
	}
	if params.State != nil {
		if !params.State.Valid() {
			var f fields
			f.add("state", "must be pending, voided or executed")
			fail(c, f.err())
			return
		}
		q += ` AND state = ?`
		args = append(args, string(*params.State))
	}
	var rows []struct {
		DisputeID    int64
		JobID        int64
		Round        int
		Provider     []byte
		SilentSince  int64
		ObservedAt   int64
		Amount       string
		Compensation string
		ExecuteAfter int64
		State        string
	}
	if err := s.db.WithContext(c.Request.Context()).Raw(q+` ORDER BY dispute_id DESC LIMIT 200`, args...).Scan(&rows).Error; err != nil {
		fail(c, err)
		return
	}
	out := apiv1.DisputeList{Disputes: []apiv1.Dispute{}}
	for _, r := range rows {
		out.Disputes = append(out.Disputes, apiv1.Dispute{Id: r.DisputeID, JobId: r.JobID, Round: r.Round,
			Provider: common.BytesToAddress(r.Provider).Hex(), SilentSince: r.SilentSince, ObservedAt: r.ObservedAt, Amount: r.Amount,
			Compensation: r.Compensation, ExecuteAfter: r.ExecuteAfter, State: apiv1.DisputeState(r.State)})
	}
	c.JSON(http.StatusOK, out)
}

// ChallengeDispute implements apiv1.ServerInterface: relays a provider's heartbeat
// acknowledgement to FaultDisputes.challenge (anyone may; the evidence speaks for itself).
func (s *Server) ChallengeDispute(c *gin.Context, id int64) {
	var req apiv1.ChallengeRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	prov, err := address(req.Provider)
	if err != nil {
		f.add("provider", "%v", err)
	}
	sig, err := signature(req.Signature)
	if err != nil {
		f.add("signature", "%v", err)
	}
	if req.Timestamp <= 0 {
		f.add("timestamp", "must be the acknowledgement's unix time")
	}
	if id <= 0 {
		f.add("id", "must be a dispute id")
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	if s.faults == nil {
		fail(c, problem(http.StatusServiceUnavailable, "read-only", "Read-only instance",
			"this API instance has no controller key to relay the challenge; send FaultDisputes.challenge yourself or ask another instance"))
		return
	}
	tx, err := s.faults.Challenge(c.Request.Context(), uint64(id), chain.HeartbeatAck{Provider: prov, Timestamp: uint64(req.Timestamp)}, sig)
	if errors.Is(err, controller.ErrEvidence) {
		fail(c, problem(http.StatusUnprocessableEntity, "bad-evidence", "The acknowledgement does not void this report", "%v", err))
		return
	}
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, apiv1.ChallengeResult{DisputeId: id, Tx: tx.Hex()})
}
