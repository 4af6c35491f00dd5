//go:build bench

package matching_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/gintonic/gintonic/matching"
)

// TestBenchMatch measures the latency of matching one job among 10,000 providers and 100,000
// open bids (target: p99 ≤ 5 ms on 2 cores), over 2,000 matches after a warm-up pass.
func TestBenchMatch(t *testing.T) {
	m := bigMarket(1)
	start := time.Now()
	n := network(t, m.snapshot, matching.DefaultConfig())
	build := time.Since(start)

	match := func(job matching.Job) (matching.Match, time.Duration) {
		start := time.Now()
		res, err := n.Match(job, m.bids[job.ID])
		d := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		return res, d
	}
	for _, job := range m.jobs {
		match(job)
	}
	const runs = 2_000
	took := make([]time.Duration, 0, runs)
	matched, eligible := 0, 0
	for i := range runs {
		res, d := match(m.jobs[i%len(m.jobs)])
		took = append(took, d)
		eligible += res.Eligible
		if res.Matched() {
			matched++
		}
	}
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	p99 := ms(took[len(took)*99/100])
	t.Logf("%d providers, %d controllers, %d bids over %d jobs; network built in %v", len(m.snapshot.Providers),
		len(m.snapshot.Controllers), m.total, len(m.jobs), build.Round(time.Millisecond))
	t.Logf("%d matches: p50 %.3f ms, p99 %.3f ms, max %.3f ms; %d matched, %.1f eligible providers per job",
		runs, ms(took[len(took)/2]), p99, ms(took[len(took)-1]), matched, float64(eligible)/runs)
	fmt.Printf("metric: match.p99_ms.10k_providers %.3f ms\n", p99)
	if p99 > 5 {
		t.Errorf("p99 %.3f ms, target ≤ 5 ms", p99)
	}
}
