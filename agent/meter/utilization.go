package meter

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"
)

// The utilization cross-check is deliberately simple. A job round is billed for the time its
// containers run, whatever they do: the job holds its GPUs, so no one else can rent them. But a
// GPU that NVML saw at 0 % in every sample between two attestations suggests the workload is not
// using what it pays for (wrong image, CUDA not found), which the provider wants to know — so
// the meter bills as usual and records a warning.

// Warning is a finding of the utilization cross-check.
type Warning struct {
	JobID   uint64    `json:"jobId"`
	Round   uint8     `json:"round"`
	GPU     string    `json:"gpu"` // UUID
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
	Samples int       `json:"samples"`
	Message string    `json:"message"`
}

// gpuWatch is what was seen of one GPU of a job round since the last attestation.
type gpuWatch struct {
	samples  int
	peak     int
	from, to time.Time
}

// Utilization records one utilization reading of the GPUs assigned to a job round, in percent
// by GPU UUID: inventory's Sample, keeping only the round's GPUs. A GPU missing from a reading
// is unknown, not idle. Readings are kept in memory only: after a restart the cross-check starts
// over.
func (m *Meter) Utilization(jobID uint64, round uint8, at time.Time, percent map[string]int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := key{jobID, round}
	w := m.util[k]
	if w == nil {
		w = map[string]*gpuWatch{}
		m.util[k] = w
	}
	for gpu, p := range percent {
		g := w[gpu]
		if g == nil {
			g = &gpuWatch{from: at}
			w[gpu] = g
		}
		g.samples++
		g.peak = max(g.peak, p)
		g.from, g.to = minTime(g.from, at), maxTime(g.to, at)
	}
}

// idleGPUsLocked returns a warning for each GPU of k seen only at 0 % since the last
// attestation, and starts the next interval. Callers hold m.mu.
func (m *Meter) idleGPUsLocked(k key) []Warning {
	w := m.util[k]
	delete(m.util, k)
	var out []Warning
	for _, gpu := range slices.Sorted(maps.Keys(w)) {
		g := w[gpu]
		if g.samples == 0 || g.peak > 0 {
			continue
		}
		out = append(out, Warning{
			JobID: k.JobID, Round: k.Round, GPU: gpu, From: g.from, To: g.to, Samples: g.samples,
			Message: fmt.Sprintf("%s: GPU %s was idle (0%%) in all %d samples from %s to %s; billed anyway, as the job holds the GPU",
				k, gpu, g.samples, g.from.UTC().Format(time.RFC3339), g.to.UTC().Format(time.RFC3339)),
		})
	}
	return out
}

// sortedKeys returns the metered job rounds by job id, then round. Callers hold m.mu.
func (m *Meter) sortedKeys() []key {
	return slices.SortedFunc(maps.Keys(m.jobs), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.JobID, b.JobID), cmp.Compare(a.Round, b.Round))
	})
}

func minTime(a, b time.Time) time.Time {
	if a.IsZero() || b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
