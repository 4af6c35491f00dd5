//go:build bench

package matching_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/matching"
)

// TestBenchMatch measures matching and how its cost grows with the market (target: p99 ≤ 5 ms
// for one job among 10,000 providers, on 2 cores), in memory:
//
//   - match.p99_ms.<n>_providers: one job's match over its 100 bids on a network of 1k, 10k and
//     100k providers built once (the route caches warmed over 1,000 jobs first), p99 of 2,000;
//   - match.build_ms.<n>_providers: building that network from a snapshot;
//   - match.per_job_p99_ms.<n>_bids: what the controller does for each job — a network of just
//     the job's bidders built and matched — for 100, 1k and 10k bids (distinct providers of the
//     100k market), p99 of 200 jobs. The controller also reads those bidders from Postgres first;
//     that read is not in this figure.
func TestBenchMatch(t *testing.T) {
	cfg := matching.DefaultConfig()
	var r bench.Report
	var huge market
	for _, size := range []int{1_000, 10_000, 100_000} {
		m := marketOf(1, size)
		if size == 100_000 {
			huge = m
		}
		name := fmt.Sprintf("%dk_providers", size/1000)
		for run := range bench.Runs(5) {
			start := time.Now()
			n := network(t, m.snapshot, cfg)
			build := time.Since(start)
			for _, job := range m.jobs { // warm the route caches
				if _, err := n.Match(job, m.bids[job.ID]); err != nil {
					t.Fatal(err)
				}
			}
			const runs = 2_000
			took := make([]time.Duration, 0, runs)
			matched := 0
			for i := range runs {
				job := m.jobs[i%len(m.jobs)]
				t0 := time.Now()
				res, err := n.Match(job, m.bids[job.ID])
				took = append(took, time.Since(t0))
				if err != nil {
					t.Fatal(err)
				}
				if res.Matched() {
					matched++
				}
			}
			r.AddMs("match.build_ms."+name, build)
			r.Add("match.p99_ms."+name, "ms", bench.Ms(bench.Quantile(took, 0.99)))
			t.Logf("%s run %d: network of %d providers, %d controllers built in %v; %d matches: p50 %v p99 %v, %d matched",
				name, run+1, len(m.snapshot.Providers), len(m.snapshot.Controllers), build.Round(time.Microsecond), runs,
				bench.Quantile(took, 0.5), bench.Quantile(took, 0.99), matched)
		}
	}

	// Per job, as the controller matches: the bidders' sub-network, built and matched.
	links := map[string][]matching.ProviderLink{}
	for _, l := range huge.snapshot.ProviderLinks {
		links[l.Provider] = append(links[l.Provider], l)
	}
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, bids := range []int{100, 1_000, 10_000} {
		type jobBids struct {
			job  matching.Job
			snap matching.Snapshot
			bids []matching.Bid
		}
		jobs := make([]jobBids, 200)
		for i := range jobs {
			job := huge.jobs[i%len(huge.jobs)]
			snap := matching.Snapshot{Controllers: huge.snapshot.Controllers, RegionLinks: huge.snapshot.RegionLinks, ControllerLinks: huge.snapshot.ControllerLinks}
			var bs []matching.Bid
			for k, pi := range rnd.Perm(len(huge.snapshot.Providers))[:bids] {
				p := huge.snapshot.Providers[pi]
				snap.Providers = append(snap.Providers, p)
				snap.ProviderLinks = append(snap.ProviderLinks, links[p.ID]...)
				maxPrice := job.MaxPricePerGpuSecond.Int64()
				bs = append(bs, matching.Bid{Provider: p.ID, JobID: job.ID, PricePerGpuSecond: big.NewInt(maxPrice/2 + rnd.Int64N(maxPrice*7/10)), Ref: fmt.Sprintf("bid-%d", k)})
			}
			jobs[i] = jobBids{job, snap, bs}
		}
		name := fmt.Sprintf("match.per_job_p99_ms.%s_bids", map[int]string{100: "100", 1_000: "1k", 10_000: "10k"}[bids])
		for run := range bench.Runs(5) {
			took := make([]time.Duration, 0, len(jobs))
			for _, j := range jobs {
				t0 := time.Now()
				n, err := matching.NewNetwork(j.snap, cfg)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := n.Match(j.job, j.bids); err != nil {
					t.Fatal(err)
				}
				took = append(took, time.Since(t0))
			}
			r.Add(name, "ms", bench.Ms(bench.Quantile(took, 0.99)))
			t.Logf("%s run %d: %d jobs, p50 %v p99 %v", name, run+1, len(jobs), bench.Quantile(took, 0.5), bench.Quantile(took, 0.99))
		}
	}
	r.Print(nil)
}
