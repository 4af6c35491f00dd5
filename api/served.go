package api

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
)

// maxServed bounds each served counter: far beyond what any deployment serves, and small enough
// that sums over rounds stay within int64.
const maxServed = 1 << 50

// cleanServed makes the served counts sent with a usage report safe to record: entries that
// name no job round are dropped, counts are clamped to [0, maxServed], and at most 1000 entries
// are kept. The counts are unsigned and informational (the escrow pays GPU-seconds), so they never
// fail the signed report they ride with: a runtime that reports absurd figures (its GET /usage is
// the client's code) must not stop its provider's payments.
func cleanServed(served []apiv1.ServedUsage) []apiv1.ServedUsage {
	clamp := func(n int64) int64 { return min(max(n, 0), maxServed) }
	out := make([]apiv1.ServedUsage, 0, min(len(served), 1000))
	for _, u := range served {
		if len(out) == 1000 {
			break
		}
		if u.JobId < 1 || u.Round < 1 || u.Round > 255 {
			continue
		}
		u.Requests, u.PromptTokens, u.CompletionTokens = clamp(u.Requests), clamp(u.PromptTokens), clamp(u.CompletionTokens)
		out = append(out, u)
	}
	return out
}

// recordServed keeps what the provider says it served, for the rounds awarded to it: counters
// only grow, so a late or repeated report changes nothing.
func (s *Server) recordServed(ctx context.Context, provider common.Address, served []apiv1.ServedUsage) error {
	for _, u := range served {
		err := s.db.WithContext(ctx).Exec(`INSERT INTO market.served_usage AS s (job_id, round, provider, requests, prompt_tokens, completion_tokens)
			SELECT j.id, ?, ?, ?, ?, ? FROM market.jobs j WHERE j.chain_job_id = ? AND j.provider = ? AND j.round = ?
			ON CONFLICT (job_id, round) DO UPDATE SET requests = GREATEST(s.requests, excluded.requests),
				prompt_tokens = GREATEST(s.prompt_tokens, excluded.prompt_tokens),
				completion_tokens = GREATEST(s.completion_tokens, excluded.completion_tokens), updated_at = now()
			WHERE s.provider = excluded.provider`,
			u.Round, provider.Bytes(), u.Requests, u.PromptTokens, u.CompletionTokens, u.JobId, provider.Bytes(), u.Round).Error
		if err != nil {
			return fmt.Errorf("record what %s served for job %d: %w", provider.Hex(), u.JobId, err)
		}
	}
	return nil
}

// jobUsage is the deployment's requests and tokens as the gateway metered them (this instance's
// pending counts written first) and as its providers report serving them, all rounds together.
func (s *Server) jobUsage(ctx context.Context, id int64) (*apiv1.JobUsage, error) {
	if err := s.gw.Flush(ctx); err != nil {
		s.log.Warn("gateway meter flush failed", "err", err)
	}
	var u struct {
		GwRequests, GwPrompt, GwCompletion int64
		PRequests, PPrompt, PCompletion    int64
	}
	err := s.db.WithContext(ctx).Raw(`SELECT
			COALESCE((SELECT requests FROM market.deployment_usage WHERE job_id = ?), 0) AS gw_requests,
			COALESCE((SELECT prompt_tokens FROM market.deployment_usage WHERE job_id = ?), 0) AS gw_prompt,
			COALESCE((SELECT completion_tokens FROM market.deployment_usage WHERE job_id = ?), 0) AS gw_completion,
			COALESCE((SELECT sum(requests) FROM market.served_usage WHERE job_id = ?), 0) AS p_requests,
			COALESCE((SELECT sum(prompt_tokens) FROM market.served_usage WHERE job_id = ?), 0) AS p_prompt,
			COALESCE((SELECT sum(completion_tokens) FROM market.served_usage WHERE job_id = ?), 0) AS p_completion`,
		id, id, id, id, id, id).Scan(&u).Error
	if err != nil {
		return nil, fmt.Errorf("usage of job %d: %w", id, err)
	}
	return &apiv1.JobUsage{
		Gateway:  apiv1.RequestCounts{Requests: u.GwRequests, PromptTokens: u.GwPrompt, CompletionTokens: u.GwCompletion},
		Provider: apiv1.RequestCounts{Requests: u.PRequests, PromptTokens: u.PPrompt, CompletionTokens: u.PCompletion},
	}, nil
}
