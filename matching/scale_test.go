package matching_test

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

// market is a marketplace at the scale the matching latency target is set for.
type market struct {
	snapshot matching.Snapshot
	jobs     []matching.Job
	bids     map[uint64][]matching.Bid // the bids index: each job's open bids
	total    int                       // bids over all jobs
}

// bigMarket is the 10,000-provider market of marketOf.
func bigMarket(seed uint64) market { return marketOf(seed, 10_000) }

// marketOf builds, deterministically from seed, a market of n providers (10,000 in bigMarket), 20 controllers in
// 8 regions and 100,000 open bids over 1,000 jobs. Regions sit on a plane, latency grows with the
// distance; each region's clients reach its 4 nearest controllers, controllers are fully meshed,
// and each provider is heard by 1–3 controllers. Most bids come from providers with the model the
// job asks for, as real providers bid only on what they can serve; the rest are noise that the
// screen must reject.
func marketOf(seed uint64, n int) market {
	r := rand.New(rand.NewPCG(seed, 0x3c6ef372))
	type region struct {
		name string
		x, y float64 // ms on a latency plane
	}
	regions := []region{
		{"eu-west", 0, 0}, {"eu-central", 12, 4}, {"us-east", -80, 5}, {"us-west", -140, 20},
		{"sa-east", -90, 110}, {"ap-south", 120, 60}, {"ap-northeast", 170, -20}, {"af-south", 30, 150},
	}
	dist := func(a, b region) float64 { return 2 + math.Hypot(a.x-b.x, a.y-b.y) }
	jitter := func(ms float64) float64 { return ms * (0.9 + 0.2*r.Float64()) }
	regionOf := map[string]region{}
	for _, g := range regions {
		regionOf[g.name] = g
	}

	var s matching.Snapshot
	for i := range 20 {
		g := regions[i%len(regions)]
		s.Controllers = append(s.Controllers, matching.Controller{ID: fmt.Sprintf("ctrl-%02d", i), Region: g.name, Load: 0.8 * r.Float64()})
	}
	for _, g := range regions {
		// the 4 nearest controllers
		near := make([]int, 0, 4)
		for range 4 {
			best := -1
			for i, c := range s.Controllers {
				if contains(near, i) {
					continue
				}
				if best < 0 || dist(g, regionOf[c.Region]) < dist(g, regionOf[s.Controllers[best].Region]) {
					best = i
				}
			}
			near = append(near, best)
		}
		for _, i := range near {
			c := s.Controllers[i]
			s.RegionLinks = append(s.RegionLinks, matching.RegionLink{Region: g.name, Controller: c.ID, LatencyMs: jitter(dist(g, regionOf[c.Region]))})
		}
	}
	for i, a := range s.Controllers {
		for _, b := range s.Controllers[i+1:] {
			s.ControllerLinks = append(s.ControllerLinks, matching.ControllerLink{A: a.ID, B: b.ID, LatencyMs: jitter(dist(regionOf[a.Region], regionOf[b.Region]))})
		}
	}

	catalogue := []struct {
		model string
		mib   int
		perf  float64
	}{
		{"H100", 81920, 2.0}, {"A100", 81920, 1.0}, {"A100", 40960, 0.9}, {"L40S", 49152, 0.8}, {"RTX4090", 24576, 0.6}, {"L4", 24576, 0.3},
	}
	byModel := map[string][]string{}
	gin := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i := range n {
		g := regions[r.IntN(len(regions))]
		kind := catalogue[r.IntN(len(catalogue))]
		count := []int{1, 2, 4, 8}[r.IntN(4)]
		p := matching.Provider{
			ID: fmt.Sprintf("0x%040x", i+1), Region: g.name,
			GPUs:     []matching.GPU{{Model: kind.model, MemoryMiB: kind.mib, Count: count}},
			FreeGPUs: r.IntN(count + 1), Load: r.Float64(), Availability: 0.7 + 0.3*r.Float64(),
			Performance: kind.perf * (0.9 + 0.2*r.Float64()),
			Stake:       new(big.Int).Mul(big.NewInt(r.Int64N(10_000)), gin), Healthy: r.IntN(100) >= 3,
		}
		s.Providers = append(s.Providers, p)
		byModel[kind.model] = append(byModel[kind.model], p.ID)
		heard := 0
		for _, c := range s.Controllers {
			if heard < 3 && (c.Region == g.name && heard == 0 || r.IntN(20) == 0) {
				heard++
				s.ProviderLinks = append(s.ProviderLinks, matching.ProviderLink{Controller: c.ID, Provider: p.ID, LatencyMs: jitter(dist(g, regionOf[c.Region]) + 1)})
			}
		}
	}

	m := market{snapshot: s, bids: map[uint64][]matching.Bid{}}
	for j := range 1_000 {
		job := matching.Job{
			ID: uint64(j + 1), ClientRegion: regions[r.IntN(len(regions))].name, GPUCount: []int{1, 1, 2, 4}[r.IntN(4)],
			MaxPricePerGpuSecond: big.NewInt(1e12 + r.Int64N(4e12)),
			MinProviderStake:     new(big.Int).Mul(big.NewInt(r.Int64N(1_000)), gin),
		}
		if r.IntN(5) < 3 {
			kind := catalogue[r.IntN(len(catalogue))]
			job.GPUModel, job.MinGPUMemoryMiB = kind.model, kind.mib
		}
		m.jobs = append(m.jobs, job)
		for k := range 100 {
			provider := s.Providers[r.IntN(len(s.Providers))].ID
			if pool := byModel[job.GPUModel]; len(pool) > 0 && r.IntN(5) > 0 {
				provider = pool[r.IntN(len(pool))]
			}
			max := job.MaxPricePerGpuSecond.Int64()
			m.bids[job.ID] = append(m.bids[job.ID], matching.Bid{
				Provider: provider, JobID: job.ID, PricePerGpuSecond: big.NewInt(max/2 + r.Int64N(max*7/10)), Ref: fmt.Sprintf("bid-%d-%d", job.ID, k),
			})
			m.total++
		}
	}
	return m
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// BenchmarkMatch is one job's match in the 10,000-provider market.
func BenchmarkMatch(b *testing.B) {
	m := bigMarket(1)
	n := network(b, m.snapshot, matching.DefaultConfig())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		job := m.jobs[i%len(m.jobs)]
		if _, err := n.Match(job, m.bids[job.ID]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkNetwork is building the 10,000-provider network: the price of a fresh snapshot.
func BenchmarkNetwork(b *testing.B) {
	m := bigMarket(1)
	b.ReportAllocs()
	for b.Loop() {
		network(b, m.snapshot, matching.DefaultConfig())
	}
}
