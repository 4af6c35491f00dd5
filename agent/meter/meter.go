package meter

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/chain"
)

// Config is what a meter needs: where it keeps its state and how it signs.
type Config struct {
	StatePath string            // JSON state file; created on first save
	Key       *ecdsa.PrivateKey // the provider's key, or its operator key: signs usage reports
	// Provider is the provider the reports are for; zero means Key's own address. With an
	// operator key (ProviderStaking.setOperator) it is the staking account.
	Provider common.Address
	Domain   chain.Domain // the escrow's EIP-712 domain (chain.EscrowDomain or Deployment.EscrowDomain)
}

func (c Config) validate() error {
	var errs []error
	if c.StatePath == "" {
		errs = append(errs, errors.New("state file path is required"))
	}
	if c.Key == nil {
		errs = append(errs, errors.New("provider key is required to sign usage reports"))
	}
	if c.Domain.ChainID == nil || c.Domain.ChainID.Sign() <= 0 || c.Domain.Contract == (common.Address{}) {
		errs = append(errs, errors.New("escrow domain needs a chain id and the escrow address"))
	}
	return errors.Join(errs...)
}

// Meter meters job rounds for one provider. It is safe for concurrent use.
type Meter struct {
	cfg      Config
	provider common.Address

	mu    sync.Mutex
	st    *state
	jobs  map[key]*jobState
	util  map[key]map[string]*gpuWatch // utilization seen since the last attestation; not persisted
	dirty bool                         // counters changed since the last save
}

// key names a job round.
type key struct {
	JobID uint64
	Round uint8
}

func (k key) String() string { return fmt.Sprintf("job %d round %d", k.JobID, k.Round) }

// Open loads the meter's state file, or starts empty when there is none. A state file of
// another provider, or one that cannot be parsed, is an error naming the file.
func Open(ctx context.Context, cfg Config) (*Meter, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("meter config: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open meter: %w", err)
	}
	provider := cfg.Provider
	if provider == (common.Address{}) {
		provider = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	}
	st, err := load(cfg.StatePath, provider)
	if err != nil {
		return nil, err
	}
	m := &Meter{cfg: cfg, provider: provider, st: st, jobs: map[key]*jobState{}, util: map[key]map[string]*gpuWatch{}}
	for _, j := range st.Jobs {
		if j.Runs == nil {
			j.Runs = map[string]*runState{}
		}
		m.jobs[key{j.JobID, j.Round}] = j
	}
	return m, nil
}

// Provider is the address the meter attests for.
func (m *Meter) Provider() common.Address { return m.provider }

// Observe records the runtime's view of a job round: every container it still lists, with the
// engine's start and finish times. gpus is the round's GPU count (the job's on-chain gpuCount).
// Containers seen before but missing now keep the run time last seen, so usage never drops when
// the runtime reaps a container; feed Observe the Usage that runtime's Stop and Reap return to
// lose nothing. The state is saved before Observe returns.
func (m *Meter) Observe(ctx context.Context, u runtime.Usage, gpus int, now time.Time) error {
	if u.Job.Round < 1 || u.Job.Round > math.MaxUint8 {
		return fmt.Errorf("observe %s: the escrow numbers rounds 1 to 255", u.Job)
	}
	if gpus < 1 {
		return fmt.Errorf("observe %s: GPU count %d, want at least 1", u.Job, gpus)
	}
	k := key{u.Job.ID, uint8(u.Job.Round)}
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.job(k)
	if j.GPUs != 0 && j.GPUs != gpus {
		return fmt.Errorf("observe %s: GPU count changed from %d to %d; a round's GPU count is fixed at award", k, j.GPUs, gpus)
	}
	j.GPUs = gpus
	listed := map[string]bool{}
	for _, r := range u.Runs {
		listed[r.ContainerID] = true
		rs := j.Runs[r.ContainerID]
		if rs == nil {
			rs = &runState{}
			j.Runs[r.ContainerID] = rs
		}
		rs.Attempt, rs.StartedAt, rs.FinishedAt, rs.Running, rs.Gone = r.Attempt, r.StartedAt, r.FinishedAt, r.Running, false
		rs.RunTime = max(rs.RunTime, r.Duration(now))
	}
	for id, rs := range j.Runs {
		if !listed[id] && !rs.Gone {
			// It ended some time since we last looked; bill only the time we saw it run.
			rs.Gone, rs.Running = true, false
		}
	}
	j.GPUSeconds = max(j.GPUSeconds, j.cumulative(now))
	return m.saveLocked(ctx)
}

// Add counts requests and tokens the job round served (the runtime's proxy feeds it). The
// counters are kept in memory until the next Observe, Attest, MarkSent or Flush saves them.
func (m *Meter) Add(jobID uint64, round uint8, requests, promptTokens, completionTokens uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.job(key{jobID, round})
	j.Requests += requests
	j.PromptTokens += promptTokens
	j.CompletionTokens += completionTokens
	m.dirty = true
}

// Served records the cumulative requests and tokens one container of the job round reports
// having served since it started (the reference runtime's GET /usage). Only growth since the
// last reading of that container is added to the round's counters, and both are saved
// together, so readings repeated after an agent restart never count twice and a replacement
// container, which starts from zero, adds to what its predecessors served.
func (m *Meter) Served(ctx context.Context, jobID uint64, round uint8, containerID string, requests, promptTokens, completionTokens uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.job(key{jobID, round})
	rs := j.Runs[containerID]
	if rs == nil {
		rs = &runState{}
		j.Runs[containerID] = rs
	}
	grow := func(seen *uint64, now uint64, total *uint64) bool {
		if now <= *seen {
			return false
		}
		*total += now - *seen
		*seen = now
		return true
	}
	changed := grow(&rs.Requests, requests, &j.Requests)
	changed = grow(&rs.PromptTokens, promptTokens, &j.PromptTokens) || changed
	changed = grow(&rs.CompletionTokens, completionTokens, &j.CompletionTokens) || changed
	if !changed {
		return nil
	}
	return m.saveLocked(ctx)
}

// Flush saves counters that Add changed; call it periodically and on shutdown.
func (m *Meter) Flush(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.dirty {
		return nil
	}
	return m.saveLocked(ctx)
}

// Counters are a job round's cumulative figures.
type Counters struct {
	GPUSeconds       uint64 // metered so far (as of the last Observe or Attest)
	Attested         uint64 // in the last signed report
	Sent             uint64 // in the last report marked sent
	Requests         uint64
	PromptTokens     uint64
	CompletionTokens uint64
}

// Counters returns a job round's counters; false when the meter has never seen it.
func (m *Meter) Counters(jobID uint64, round uint8) (Counters, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.jobs[key{jobID, round}]
	if !ok {
		return Counters{}, false
	}
	return Counters{
		GPUSeconds: j.GPUSeconds, Attested: j.Attested, Sent: j.Sent,
		Requests: j.Requests, PromptTokens: j.PromptTokens, CompletionTokens: j.CompletionTokens,
	}, true
}

// job returns the job round's state, creating it. Callers hold m.mu.
func (m *Meter) job(k key) *jobState {
	j, ok := m.jobs[k]
	if !ok {
		j = &jobState{JobID: k.JobID, Round: k.Round, Runs: map[string]*runState{}}
		m.jobs[k] = j
	}
	return j
}

// saveLocked writes the state file. Callers hold m.mu.
func (m *Meter) saveLocked(ctx context.Context) error {
	m.st.Jobs = slices.SortedFunc(maps.Values(m.jobs), func(a, b *jobState) int {
		return cmp.Or(cmp.Compare(a.JobID, b.JobID), cmp.Compare(a.Round, b.Round))
	})
	if err := save(ctx, m.cfg.StatePath, m.st); err != nil {
		return err
	}
	m.dirty = false
	return nil
}

// duration is the container's run time as of now, never less than already seen.
func (r *runState) duration(now time.Time) time.Duration {
	if r.Gone {
		return r.RunTime
	}
	run := runtime.Run{StartedAt: r.StartedAt, FinishedAt: r.FinishedAt, Running: r.Running}
	return max(r.RunTime, run.Duration(now))
}

// cumulative is the round's GPU-seconds as of now: the summed run time of its containers times
// its GPUs, rounded down to whole GPU-seconds, and never more than its GPUs times the time since
// its first container started (the escrow's cap counts from the award, which came before): two
// containers of one round that overlap, say a replacement started before the old one was reaped,
// are not paid twice, and a report never claims what the escrow would refuse.
func (j *jobState) cumulative(now time.Time) uint64 {
	var total time.Duration
	var first time.Time
	for _, r := range j.Runs {
		total += r.duration(now)
		if !r.StartedAt.IsZero() && (first.IsZero() || r.StartedAt.Before(first)) {
			first = r.StartedAt
		}
	}
	if !first.IsZero() {
		total = min(total, max(now.Sub(first), 0))
	}
	gpus := uint64(j.GPUs)
	secs, frac := uint64(total/time.Second), uint64(total%time.Second)
	return min(secs*gpus+frac*gpus/uint64(time.Second), j.bound(now))
}

// bound is the most the escrow can pay for the round, as far as Bound told: what its budget allows.
func (j *jobState) bound(time.Time) uint64 {
	if j.MaxGPUSeconds > 0 {
		return j.MaxGPUSeconds
	}
	return math.MaxUint64
}

// Bound caps what the meter counts for a job round at what the escrow can pay for it:
// maxGPUSeconds, what its settled counter and remaining budget allow (0 for no cap). Usage beyond
// would only be clamped by the escrow. (The time cap, GPUs × the time since the award, the meter
// keeps by itself from the round's first container start, on the agent's own clock: the chain's
// may differ.)
func (m *Meter) Bound(ctx context.Context, jobID uint64, round uint8, maxGPUSeconds uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.jobs[key{jobID, round}]
	if !ok || j.MaxGPUSeconds == maxGPUSeconds {
		return nil
	}
	j.MaxGPUSeconds = maxGPUSeconds
	return m.saveLocked(ctx)
}
