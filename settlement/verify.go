package settlement

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
)

// SignedReport is a provider's UsageReport with its EIP-712 signature, as the agent sends it.
type SignedReport struct {
	chain.UsageReport
	Signature []byte
}

// checkShape refuses reports the escrow could not settle whatever the chain says.
func (s *Service) checkShape(r SignedReport) error {
	if r.Provider == (common.Address{}) {
		return reject(ReasonMalformed, 0, 0, "provider is the zero address")
	}
	if len(r.Usages) == 0 {
		return reject(ReasonMalformed, 0, 0, "the report has no usage entries")
	}
	if len(r.Usages) > s.cfg.MaxReportSize {
		return reject(ReasonMalformed, 0, 0, "the report has %d usage entries, at most %d are accepted: split it", len(r.Usages), s.cfg.MaxReportSize)
	}
	seen := make(map[[2]uint64]bool, len(r.Usages))
	for _, u := range r.Usages {
		k := [2]uint64{u.JobID, uint64(u.Round)}
		if seen[k] {
			return reject(ReasonMalformed, u.JobID, u.Round, "the job and round appear twice in one report")
		}
		seen[k] = true
		if u.JobID == 0 || u.Round == 0 {
			return reject(ReasonMalformed, u.JobID, u.Round, "job ids and rounds start at 1")
		}
		if u.CumulativeGpuSeconds > 1<<40 {
			return reject(ReasonMalformed, u.JobID, u.Round, "cumulative GPU-seconds %d is beyond any job's length", u.CumulativeGpuSeconds)
		}
	}
	return nil
}

// checkSignature recovers the signer of r and refuses a report not signed by its provider.
func (s *Service) checkSignature(r SignedReport) (common.Hash, error) {
	digest := s.domain.Digest(r.StructHash())
	signer, err := chain.Recover(digest, r.Signature)
	if err != nil {
		return digest, reject(ReasonBadSignature, 0, 0, "%v", err)
	}
	if signer != r.Provider {
		return digest, reject(ReasonBadSignature, 0, 0, "signed by %s, not by the provider %s (sign with the provider key, for escrow %s on chain %d)",
			signer, r.Provider, s.cfg.Deployment.Escrow, s.cfg.Deployment.ChainID)
	}
	return digest, nil
}

// checkUsages verifies every entry of r, reading their jobs a few at a time; the first rejection
// (in entry order) or outage wins.
func (s *Service) checkUsages(ctx context.Context, r SignedReport, now uint64) error {
	errs := make([]error, len(r.Usages))
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, u := range r.Usages {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = s.checkUsage(ctx, r.Provider, u, now)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkUsage verifies one entry against the escrow's view of its job at head time now: awarded to
// the provider in that round, settleable, above what was paid, within the time cap and the budget.
// It returns an error that is either a *RejectError or an outage.
func (s *Service) checkUsage(ctx context.Context, provider common.Address, u chain.Usage, now uint64) error {
	j, err := s.escrow.job(ctx, u.JobID)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if j.State == jobNone {
		return reject(ReasonUnknownJob, u.JobID, u.Round, "no such job on escrow %s", s.cfg.Deployment.Escrow)
	}
	// Every round keeps its own word: a failed-over round stays payable (for the time its provider
	// served) after the job has moved on to a backup.
	r, err := s.escrow.round(ctx, u.JobID, u.Round, provider)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	switch {
	case r.State == chain.RoundNone && (j.Round == 0 || u.Round == j.Round):
		return reject(ReasonForeignJob, u.JobID, u.Round, "the job is not awarded to %s", provider)
	case r.State == chain.RoundNone:
		return reject(ReasonStaleRound, u.JobID, u.Round, "the job is in round %d; %s holds no round %d of it", j.Round, provider, u.Round)
	case r.State == chain.RoundClosed && u.Round != j.Round:
		return reject(ReasonStaleRound, u.JobID, u.Round, "round %d is closed; it can no longer be paid", u.Round)
	case r.State == chain.RoundClosed:
		return reject(ReasonNotSettleable, u.JobID, u.Round, "the job is %s", stateName(j.State))
	}
	cum := u.CumulativeGpuSeconds
	if cum <= r.Settled {
		return reject(ReasonNotIncreasing, u.JobID, u.Round, "cumulative GPU-seconds %d is not above the %d already settled", cum, r.Settled)
	}
	end := now + uint64(s.cfg.ClockSkew.Seconds())
	if r.State == chain.RoundEnded {
		end = r.EndedAt
	}
	var capSecs uint64
	if end > r.StartedAt {
		capSecs = r.GPUs * (end - r.StartedAt)
	}
	if cum > capSecs {
		return reject(ReasonOverCap, u.JobID, u.Round, "cumulative GPU-seconds %d exceeds the cap of %d (%d GPUs × %d s since the award, clock skew included)",
			cum, capSecs, r.GPUs, capSecs/max(r.GPUs, 1))
	}
	// The escrow pays (cum - settled) × price, at most what the round has left.
	if r.Price.Sign() > 0 {
		affordable := new(big.Int).Add(r.Remaining, new(big.Int).Sub(r.Price, big.NewInt(1)))
		affordable.Div(affordable, r.Price).Add(affordable, new(big.Int).SetUint64(r.Settled))
		if new(big.Int).SetUint64(cum).Cmp(affordable) > 0 {
			cost := new(big.Int).Mul(new(big.Int).SetUint64(cum-r.Settled), r.Price)
			return reject(ReasonOverBudget, u.JobID, u.Round, "the usage would cost %s wei, the round has %s wei left", cost, r.Remaining)
		}
	}
	return nil
}
