package api

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
)

// marketTTL is how long the public market figures are cached: every explorer visitor asks.
const marketTTL = 2 * time.Second

// marketLimit is how many settlements and awards the figures carry.
const marketLimit = 200

// GetMarketStats implements apiv1.ServerInterface: public figures for the explorer. Settlements
// and awards come from the indexer's mirror of the escrow's events at finality, jobs from the
// marketplace's own table.
func (s *Server) GetMarketStats(c *gin.Context) {
	now := s.now()
	if v, ok := s.stats.get(0, now); ok {
		c.JSON(http.StatusOK, v)
		return
	}
	v, err := s.marketStats(c.Request.Context())
	if err != nil {
		fail(c, err)
		return
	}
	s.stats.put(0, v, now)
	c.JSON(http.StatusOK, v)
}

func (s *Server) marketStats(ctx context.Context) (apiv1.MarketStats, error) {
	out := apiv1.MarketStats{JobsByState: map[string]int64{}, Settlements: []apiv1.MarketSettlement{}, Awards: []apiv1.MarketAward{}}
	var states []struct {
		State string
		N     int64
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT state, count(*) AS n FROM market.jobs GROUP BY state`).Scan(&states).Error; err != nil {
		return out, fmt.Errorf("count jobs by state: %w", err)
	}
	for _, r := range states {
		out.JobsByState[r.State] = r.N
	}
	final, err := s.mirror.FinalBlock(ctx)
	if err != nil {
		return out, fmt.Errorf("read the indexer's position: %w", err)
	}
	var rows []struct {
		Name       string
		BlockTime  int64
		BlockNo    int64
		JobID      int64
		Price      string
		Amount     string
		GPUSeconds int64
	}
	// The newest of each kind, returned oldest first.
	if err := s.db.WithContext(ctx).Raw(`SELECT * FROM (
			SELECT name, COALESCE(block_time, 0) AS block_time, block_number AS block_no, job_id, COALESCE(price, 0)::text AS price,
				COALESCE(amount, 0)::text AS amount, COALESCE(cumulative_gpu_seconds, 0)::bigint AS gpu_seconds, log_index
			FROM job_events WHERE chain_id = ? AND name = ? AND block_number <= ?
			ORDER BY block_number DESC, log_index DESC LIMIT ?) s
		UNION ALL SELECT * FROM (
			SELECT name, COALESCE(block_time, 0), block_number, job_id, COALESCE(price, 0)::text, COALESCE(amount, 0)::text,
				COALESCE(cumulative_gpu_seconds, 0)::bigint, log_index
			FROM job_events WHERE chain_id = ? AND name = ? AND block_number <= ?
			ORDER BY block_number DESC, log_index DESC LIMIT ?) a
		ORDER BY block_no, log_index`,
		s.chainID.Int64(), "UsageSettled", final, marketLimit, s.chainID.Int64(), "JobAwarded", final, marketLimit).Scan(&rows).Error; err != nil {
		return out, fmt.Errorf("read settlements and awards: %w", err)
	}
	for _, r := range rows {
		at := time.Unix(r.BlockTime, 0).UTC()
		switch r.Name {
		case "UsageSettled":
			out.Settlements = append(out.Settlements, apiv1.MarketSettlement{At: at, JobId: r.JobID, Amount: r.Amount, GpuSeconds: r.GPUSeconds, Block: r.BlockNo})
		case "JobAwarded":
			out.Awards = append(out.Awards, apiv1.MarketAward{At: at, JobId: r.JobID, Price: r.Price})
		}
	}
	return out, nil
}
