package api

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
)

// defaultDeploy is the deploy estimate when no job of the GPU model went from award to running
// within the quote window: an image pull and a container start on a provider's machine.
const defaultDeploy = time.Minute

// lowestBids is each provider's lowest bid in the quote window, by GPU model of the job.
type lowestBids map[[2]string]*big.Int

func (b lowestBids) of(provider, model string) *big.Int {
	return b[[2]string{provider, strings.ToLower(model)}]
}

// lowestBids reads every provider's lowest recent bid per GPU model. Times are the database's, as
// the bids' own are.
func (s *Server) lowestBids(ctx context.Context) (lowestBids, error) {
	var rows []struct {
		Provider []byte
		Model    string
		Price    string
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT b.provider, lower(j.gpu_model) AS model, min(b.price)::text AS price
		FROM market.bids b JOIN market.jobs j ON j.id = b.job_id
		WHERE b.created_at > now() - make_interval(secs => ?) GROUP BY 1, 2`, quoteWindow.Seconds()).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read recent bids: %w", err)
	}
	out := make(lowestBids, len(rows))
	for _, r := range rows {
		out[[2]string{common.BytesToAddress(r.Provider).Hex(), r.Model}] = amountOf(r.Price)
	}
	return out, nil
}

// quotePrices is the price range of the bids, and of the awarded bids among them, in the quote
// window on jobs of model ("" every model).
func (s *Server) quotePrices(ctx context.Context, model string) (apiv1.QuotePrices, error) {
	out := apiv1.QuotePrices{WindowSeconds: int(quoteWindow.Seconds())}
	if model != "" {
		out.GpuModel = &model
	}
	for _, r := range []struct {
		into  *apiv1.PriceRange
		where string
	}{{&out.Bids, ""}, {&out.Awards, " AND j.provider = b.provider"}} {
		var row struct {
			N              int
			Lo, Median, Hi *string
		}
		if err := s.db.WithContext(ctx).Raw(`SELECT count(*) AS n, min(b.price)::text AS lo,
				(percentile_disc(0.5) WITHIN GROUP (ORDER BY b.price))::text AS median, max(b.price)::text AS hi
			FROM market.bids b JOIN market.jobs j ON j.id = b.job_id
			WHERE b.created_at > now() - make_interval(secs => ?) AND (? = '' OR lower(j.gpu_model) = lower(?))`+r.where,
			quoteWindow.Seconds(), model, model).Scan(&row).Error; err != nil {
			return out, fmt.Errorf("read recent prices of %q: %w", model, err)
		}
		*r.into = apiv1.PriceRange{Count: row.N, Min: row.Lo, Median: row.Median, Max: row.Hi}
	}
	return out, nil
}

// timeToRunning is how long a job of model would take from its createJob transaction to running:
// the bidding period, then at most the award margin for the award transaction, then the median
// time from award to running of the model's recent jobs (defaultDeploy without any).
func (s *Server) timeToRunning(ctx context.Context, model string) (apiv1.QuoteTime, error) {
	var row struct {
		N       int
		Seconds float64
	}
	if err := s.db.WithContext(ctx).Raw(`SELECT count(*) AS n,
			COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - a.at)), 0) AS seconds
		FROM (SELECT job_id, min(at) AS at FROM market.job_events WHERE state = ? AND at > now() - make_interval(secs => ?) GROUP BY job_id) a
		JOIN (SELECT job_id, min(at) AS at FROM market.job_events WHERE state = ? AND at > now() - make_interval(secs => ?) GROUP BY job_id) r
			ON r.job_id = a.job_id AND r.at >= a.at
		JOIN market.jobs j ON j.id = a.job_id
		WHERE ? = '' OR lower(j.gpu_model) = lower(?)`,
		market.StateAwarded, quoteWindow.Seconds(), market.StateRunning, quoteWindow.Seconds(), model, model).Scan(&row).Error; err != nil {
		return apiv1.QuoteTime{}, fmt.Errorf("read recent deploy times of %q: %w", model, err)
	}
	deploy, basis := defaultDeploy, "a default: no such job went from award to running in the last 24 h"
	if row.N > 0 {
		deploy = time.Duration(math.Ceil(row.Seconds)) * time.Second
		basis = fmt.Sprintf("the median from award to running of %d recent job%s", row.N, plural(row.N))
	}
	if model != "" {
		basis = strings.Replace(basis, "job", model+" job", 1)
	}
	bid, award := s.cfg.BiddingPeriod.Round(time.Second), s.cfg.AwardMargin.Round(time.Second)
	n := row.N
	return apiv1.QuoteTime{
		Seconds: int((bid + award + deploy).Seconds()), BiddingSeconds: int(bid.Seconds()), AwardSeconds: int(award.Seconds()),
		DeploySeconds: int(deploy.Seconds()), DeploySamples: &n,
		Basis: fmt.Sprintf("%s of bidding + up to %s for the award transaction + %s to deploy (%s)", human(bid), human(award), human(deploy), basis),
	}, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// human writes a whole number of seconds as a person reads it: "45 s", "1 min 5 s", "2 h 10 min".
func human(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	var parts []string
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d h", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d min", m))
	}
	if sec > 0 && h == 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d s", sec))
	}
	return strings.Join(parts, " ")
}
