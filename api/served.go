package api

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
)

// checkServed validates the served counts sent with a usage report.
func checkServed(f *fields, served *[]apiv1.ServedUsage) {
	if served == nil {
		return
	}
	if len(*served) > 1000 {
		f.add("served", "at most 1000 entries, got %d", len(*served))
	}
	for i, u := range *served {
		field := fmt.Sprintf("served[%d]", i)
		switch {
		case u.JobId < 1:
			f.add(field+".jobId", "must be an escrow job id (≥ 1)")
		case u.Round < 1 || u.Round > 255:
			f.add(field+".round", "must be between 1 and 255")
		case u.Requests < 0 || u.PromptTokens < 0 || u.CompletionTokens < 0:
			f.add(field, "requests and token counts must be ≥ 0")
		}
	}
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
