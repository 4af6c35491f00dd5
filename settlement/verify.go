package settlement

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/money"
)

// SignedReport is a provider's UsageReport with its EIP-712 signature, as the agent sends it.
type SignedReport struct {
	chain.UsageReport
	Signature []byte
}

// Intake is what verification made of one usage entry.
type Intake string

// Intake outcomes. The escrow settles a report entry by entry — it clamps usage over the time cap
// or the budget and skips entries it cannot pay — so intake decides per entry too: one entry that
// cannot be paid never costs the report's other entries their payment.
const (
	Accepted Intake = "accepted" // the escrow will pay it in full, as of now
	Clamped  Intake = "clamped"  // the escrow will pay it up to the round's cap or budget
	Refused  Intake = "refused"  // the escrow cannot pay it (see the reason); it is not settled
)

// Verdict is intake's decision on one entry of a report.
type Verdict struct {
	Intake Intake
	Reason Reason // why it was clamped or refused; "" when accepted
	Detail string
	// Known is the highest cumulative GPU-seconds of the entry's round already settled on chain or
	// queued before this report, when intake read it: a refused not_increasing entry is below it.
	Known uint64
	// Limit is the most cumulative GPU-seconds the round can ever be paid for (its budget), as
	// intake read it; not kept.
	Limit uint64
	// running: the entry's round is the current round of a running job.
	running bool
}

// String is the verdict as the API shows it: accepted, clamped:<reason> or refused:<reason>.
func (v Verdict) String() string {
	if v.Reason == "" {
		return string(v.Intake)
	}
	return string(v.Intake) + ":" + string(v.Reason)
}

func refused(r Reason, format string, args ...any) Verdict {
	return Verdict{Intake: Refused, Reason: r, Detail: fmt.Sprintf(format, args...)}
}

func clamped(r Reason, format string, args ...any) Verdict {
	return Verdict{Intake: Clamped, Reason: r, Detail: fmt.Sprintf(format, args...)}
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
func (s *Service) checkSignature(ctx context.Context, r SignedReport) (common.Hash, error) {
	digest := s.domain.Digest(r.StructHash())
	signer, err := chain.Recover(digest, r.Signature)
	if err != nil {
		return digest, reject(ReasonBadSignature, 0, 0, "%v", err)
	}
	if signer == r.Provider {
		return digest, nil
	}
	// The provider's operator key (ProviderStaking.setOperator) signs for it too, as on chain.
	ok, err := s.signers.SignsFor(ctx, r.Provider, signer)
	if err != nil {
		return digest, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if !ok {
		return digest, reject(ReasonBadSignature, 0, 0, "signed by %s, neither the provider %s nor its operator key (sign with either, for escrow %s on chain %d)",
			signer, r.Provider, s.cfg.Deployment.Escrow, s.cfg.Deployment.ChainID)
	}
	return digest, nil
}

// checkUsages decides every entry of r. Entries whose round the database does not show awarded
// to the provider are refused before any chain read (see awarded), so a report naming other
// providers' jobs costs no RPC; the others are read from the chain a few at a time. An outage
// (chain or database) is an error, and nothing is decided.
func (s *Service) checkUsages(ctx context.Context, r SignedReport, now uint64) ([]Verdict, error) {
	verdicts := make([]Verdict, len(r.Usages))
	plausible := make([]bool, len(r.Usages))
	for i := range plausible {
		plausible[i] = true
	}
	if s.cfg.CheckMirror {
		var err error
		if plausible, err = s.awarded(ctx, r.Provider, r.Usages); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	errs := make([]error, len(r.Usages))
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, u := range r.Usages {
		if !plausible[i] {
			verdicts[i] = refused(ReasonNotAwarded, "round %d of job %d is not awarded to %s as far as the market knows yet; the entry is kept by the agent and sent again later",
				u.Round, u.JobID, r.Provider)
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			verdicts[i], errs[i] = s.checkUsage(ctx, r.Provider, u, now)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	return verdicts, nil
}

// awarded says, for each entry, whether the market's records (the controller's award or the
// indexer's mirror of JobAwarded) show its round awarded to provider. It reads the database only.
func (s *Service) awarded(ctx context.Context, provider common.Address, usages []chain.Usage) ([]bool, error) {
	jobs, rounds := make([]int64, len(usages)), make([]int32, len(usages))
	for i, u := range usages {
		jobs[i], rounds[i] = int64(u.JobID), int32(u.Round)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.i FROM unnest($1::bigint[], $2::int[]) WITH ORDINALITY AS v(job, round, i)
		WHERE EXISTS (SELECT 1 FROM market.jobs m WHERE m.chain_job_id = v.job AND m.round = v.round AND m.provider = $3)
		OR EXISTS (SELECT 1 FROM market.replicas r JOIN market.jobs m ON m.id = r.job_id
			WHERE m.chain_job_id = v.job AND r.round = v.round AND r.provider = $3)
		OR EXISTS (SELECT 1 FROM job_events e WHERE e.chain_id = $4 AND e.job_id = v.job AND e.name IN ('JobAwarded', 'ReplicaAdded')
			AND e.round = v.round AND e.provider = $3)`, jobs, rounds, provider.Bytes(), s.chainID)
	if err != nil {
		return nil, fmt.Errorf("look up the awards of %s: %w", provider, err)
	}
	defer rows.Close()
	ok := make([]bool, len(usages))
	for rows.Next() {
		var i int
		if err := rows.Scan(&i); err != nil {
			return nil, fmt.Errorf("look up the awards of %s: %w", provider, err)
		}
		ok[i-1] = true
	}
	return ok, rows.Err()
}

// checkUsage decides one entry against the escrow's view of its round at head time now, as
// _settleUsage would: refused when the round cannot pay it (none, closed, nothing above what was
// settled), clamped when it exceeds the round's time cap or budget (the escrow pays up to them),
// accepted otherwise. The error is an outage.
func (s *Service) checkUsage(ctx context.Context, provider common.Address, u chain.Usage, now uint64) (Verdict, error) {
	j, err := s.jobs.get(ctx, s.escrow, u.JobID)
	if err != nil {
		return Verdict{}, err
	}
	if j.State == jobNone {
		return refused(ReasonUnknownJob, "no such job on escrow %s", s.cfg.Deployment.Escrow), nil
	}
	// Every round keeps its own word: a failed-over round stays payable (for the time its provider
	// served) after the job has moved on to a backup.
	r, err := s.escrow.round(ctx, u.JobID, u.Round, provider)
	if err != nil {
		return Verdict{}, err
	}
	switch {
	case r.State == chain.RoundNone && (j.Round == 0 || u.Round == j.Round):
		return refused(ReasonForeignJob, "the job is not awarded to %s", provider), nil
	case r.State == chain.RoundNone:
		return refused(ReasonStaleRound, "the job is in round %d; %s holds no round %d of it", j.Round, provider, u.Round), nil
	case r.State == chain.RoundClosed && u.Round != j.Round:
		return refused(ReasonStaleRound, "round %d is closed; it can no longer be paid", u.Round), nil
	case r.State == chain.RoundClosed:
		return refused(ReasonNotSettleable, "the job is %s; it can no longer be paid", stateName(j.State)), nil
	}
	cum := u.CumulativeGpuSeconds
	if cum <= r.Settled {
		v := refused(ReasonNotIncreasing, "cumulative GPU-seconds %d is not above the %d already settled", cum, r.Settled)
		v.Known = r.Settled
		return v, nil
	}
	// The escrow pays (cum - settled) × price, at most what the round has left (an ended round's
	// budget was cut to what its time allowed), so no round can be paid beyond limit.
	limit := uint64(math.MaxUint64)
	if r.Price.Sign() > 0 {
		l := new(big.Int).Add(r.Remaining, new(big.Int).Sub(r.Price, big.NewInt(1)))
		l.Div(l, r.Price).Add(l, new(big.Int).SetUint64(r.Settled))
		if l.IsUint64() {
			limit = l.Uint64()
		}
	}
	running := j.State == jobRunning && u.Round == j.Round
	if limit <= r.Settled {
		v := refused(ReasonNothingDue, "round %d has nothing left to pay (its budget is spent, or it ended and was paid for its time)", u.Round)
		v.Known, v.running = r.Settled, running
		return v, nil
	}
	v := Verdict{Intake: Accepted, Known: r.Settled, Limit: limit}
	if r.State == chain.RoundEnded {
		if cum > limit {
			v = clamped(ReasonPastEnd, "cumulative GPU-seconds %d is more than the ended round can pay: it is paid up to %d, and nothing more can be paid for this round", cum, limit)
			v.Known, v.Limit = r.Settled, limit
		}
		return v, nil
	}
	end := now + uint64(s.cfg.ClockSkew.Seconds())
	var capSecs uint64
	if end > r.StartedAt {
		capSecs = r.GPUs * (end - r.StartedAt)
	}
	switch {
	case cum > limit && capSecs >= limit:
		cost := new(big.Int).Mul(new(big.Int).SetUint64(cum-r.Settled), r.Price)
		v = clamped(ReasonOverBudget, "the usage would cost %s, the round has %s left: it is paid that, and nothing more can be paid for this round", money.FormatGIN(cost), money.FormatGIN(r.Remaining))
	case cum > capSecs && capSecs <= r.Settled:
		v = refused(ReasonOverCap, "cumulative GPU-seconds %d exceeds the cap of %d (%d GPUs × %d s since the award), which is already paid: send it again later",
			cum, capSecs, r.GPUs, capSecs/max(r.GPUs, 1))
	case cum > capSecs:
		v = clamped(ReasonOverCap, "cumulative GPU-seconds %d exceeds the cap of %d (%d GPUs × %d s since the award, clock skew included): it is paid up to the cap when settled",
			cum, capSecs, r.GPUs, capSecs/max(r.GPUs, 1))
	}
	v.Known, v.Limit, v.running = r.Settled, limit, running
	return v, nil
}

// spends says whether the entry spends what is left of a running job's budget: the job is then
// ended on chain (finalizeJob, once the entry is settled), its unspent nothing refunded and its
// provider free to stop.
func (v Verdict) spends(u chain.Usage) bool {
	if !v.running {
		return false
	}
	return v.Reason == ReasonOverBudget || v.Reason == ReasonNothingDue || (v.Intake == Accepted && v.Limit > 0 && u.CumulativeGpuSeconds >= v.Limit)
}
