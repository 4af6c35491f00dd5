package meter

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// MaxReportEntries is the most job rounds one report carries (the settlement service's limit):
// a provider with more rounds to report sends the rest in the next report.
const MaxReportEntries = 256

// ErrNothingToAttest means no job round's usage grew since the last report marked sent.
var ErrNothingToAttest = errors.New("no usage to attest: nothing grew since the last report sent")

// Attestation is a signed usage report, ready for the escrow's settle or settleBatch (use
// Report.Binding(Signature)).
type Attestation struct {
	Report    chain.UsageReport
	Signature []byte // 65-byte EIP-712 signature by the provider over Report in the escrow's domain
	At        time.Time
	Warnings  []Warning // utilization cross-check findings for the rounds in Report
}

// Attest signs one report of every job round whose cumulative GPU-seconds grew beyond what was
// last marked sent, as of now: containers that were running when last observed count up to now,
// so Observe the runtime's fresh Usage first. Rounds signed before but never marked sent are
// included again (a report nobody delivered is worth nothing). The new values are saved before
// Attest returns; it returns ErrNothingToAttest when there is nothing new.
func (m *Meter) Attest(ctx context.Context, now time.Time) (Attestation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	report := chain.UsageReport{Provider: m.provider}
	var included []*jobState
	for _, k := range m.sortedKeys() {
		j := m.jobs[k]
		if j.Closed != "" {
			continue
		}
		for _, r := range j.Runs {
			r.RunTime = r.duration(now)
		}
		j.GPUSeconds = max(j.GPUSeconds, j.cumulative(now))
		cum := min(j.GPUSeconds, j.bound(now)) // metered before the bound was known
		if cum > j.Sent {
			report.Usages = append(report.Usages, chain.Usage{JobID: j.JobID, Round: j.Round, CumulativeGpuSeconds: cum})
			included = append(included, j)
		}
	}
	if len(included) > MaxReportEntries {
		// The rounds with the most usage not yet sent go first: none waits for ever.
		idx := make([]int, len(included))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool {
			return report.Usages[idx[a]].CumulativeGpuSeconds-included[idx[a]].Sent > report.Usages[idx[b]].CumulativeGpuSeconds-included[idx[b]].Sent
		})
		idx = idx[:MaxReportEntries]
		sort.Ints(idx)
		usages, kept := make([]chain.Usage, 0, len(idx)), make([]*jobState, 0, len(idx))
		for _, i := range idx {
			usages, kept = append(usages, report.Usages[i]), append(kept, included[i])
		}
		report.Usages, included = usages, kept
	}
	if len(included) == 0 {
		if err := m.saveLocked(ctx); err != nil {
			return Attestation{}, err
		}
		return Attestation{}, ErrNothingToAttest
	}
	sig, err := chain.Sign(m.cfg.Domain.Digest(report.StructHash()), m.cfg.Key)
	if err != nil {
		return Attestation{}, fmt.Errorf("sign usage report of %d job rounds: %w", len(included), err)
	}
	a := Attestation{Report: report, Signature: sig, At: now}
	for i, j := range included {
		j.Attested = report.Usages[i].CumulativeGpuSeconds
		a.Warnings = append(a.Warnings, m.idleGPUsLocked(key{j.JobID, j.Round})...)
	}
	m.st.Warnings = append(m.st.Warnings, a.Warnings...)
	if n := len(m.st.Warnings); n > maxWarnings {
		m.st.Warnings = m.st.Warnings[n-maxWarnings:]
	}
	if err := m.saveLocked(ctx); err != nil {
		return Attestation{}, err
	}
	return a, nil
}

// MarkSent records that report reached the escrow (or a relayer that will settle it): its values
// are no longer included in new attestations until they grow.
func (m *Meter) MarkSent(ctx context.Context, report chain.UsageReport) error {
	if report.Provider != m.provider {
		return fmt.Errorf("mark report sent: it is provider %s's, this meter attests for %s", report.Provider, m.provider)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range report.Usages {
		j, ok := m.jobs[key{u.JobID, u.Round}]
		if !ok {
			return fmt.Errorf("mark report sent: %s is not metered here", key{u.JobID, u.Round})
		}
		if u.CumulativeGpuSeconds > j.GPUSeconds {
			return fmt.Errorf("mark report sent: %s reports %d GPU-seconds, more than the %d metered", key{u.JobID, u.Round}, u.CumulativeGpuSeconds, j.GPUSeconds)
		}
	}
	for _, u := range report.Usages {
		j := m.jobs[key{u.JobID, u.Round}]
		j.Sent = max(j.Sent, u.CumulativeGpuSeconds)
	}
	return m.saveLocked(ctx)
}

// Drop stops reporting a job round for good: the escrow can pay nothing more for it (intake
// said why). Its counters stay in the state file for the record.
func (m *Meter) Drop(ctx context.Context, jobID uint64, round uint8, why string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.jobs[key{jobID, round}]
	if !ok || j.Closed != "" {
		return nil
	}
	if why == "" {
		why = "dropped"
	}
	j.Closed = why
	return m.saveLocked(ctx)
}

// Advance records that the escrow or the settlement queue already holds known cumulative
// GPU-seconds for a job round (intake refused a report at or below it: the answer to an earlier
// report was lost, or the state file is older than what was sent). The round is reported again
// once its metered usage grows beyond known.
func (m *Meter) Advance(ctx context.Context, jobID uint64, round uint8, known uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.jobs[key{jobID, round}]
	if !ok || known <= j.Sent {
		return nil
	}
	j.Sent = known
	j.Attested = max(j.Attested, known)
	return m.saveLocked(ctx)
}

// Warnings returns the most recent utilization warnings (at most 100, oldest first).
func (m *Meter) Warnings() []Warning {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Warning(nil), m.st.Warnings...)
}
