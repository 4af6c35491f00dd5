package api

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
)

// ListMyBids implements apiv1.ServerInterface: a provider's own bids across jobs, newest first.
func (s *Server) ListMyBids(c *gin.Context, params apiv1.ListMyBidsParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	limit, err := limitParam(params.Limit)
	if err != nil {
		fail(c, err)
		return
	}
	var rows []struct {
		market.Bid
		ChainJobID *int64
		State      string
		Won        bool
	}
	err = s.db.WithContext(c.Request.Context()).Raw(`SELECT b.job_id, b.provider, b.price::text AS price, b.expiry, b.nonce::text AS nonce,
			b.signature, b.created_at, j.chain_job_id, j.state, coalesce(j.provider = b.provider, false) AS won
		FROM market.bids b JOIN market.jobs j ON j.id = b.job_id
		WHERE b.provider = ? ORDER BY b.created_at DESC, b.job_id DESC LIMIT ?`, addr.Bytes(), limit).Scan(&rows).Error
	if err != nil {
		fail(c, fmt.Errorf("list bids of %s: %w", addr.Hex(), err))
		return
	}
	out := make([]apiv1.ProviderBid, len(rows))
	for i, r := range rows {
		won := r.Won
		out[i] = apiv1.ProviderBid{Bid: bidView(r.Bid, r.ChainJobID), JobState: apiv1.JobState(r.State), Won: &won}
	}
	c.JSON(http.StatusOK, gin.H{"bids": out})
}
