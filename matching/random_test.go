package matching_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/gintonic/gintonic/matching"
)

// smallWorld is a random network small enough to enumerate every path: up to 3 regions, 5
// controllers, 8 providers and 12 bids. Latencies, loads and prices are often whole numbers so
// that equal costs, and with them the tie-break rules, come up.
func smallWorld(seed uint64) (matching.Snapshot, matching.Job, []matching.Bid) {
	r := rand.New(rand.NewPCG(seed, 0x6a09e667))
	coarse := r.IntN(4) == 0 // few distinct values: many equal costs
	num := func(max int) float64 {
		switch {
		case coarse:
			return float64(max / 2 * r.IntN(3))
		case r.IntN(2) == 0:
			return float64(r.IntN(max + 1))
		}
		return r.Float64() * float64(max)
	}
	regions := []string{"eu", "us", "ap"}[:1+r.IntN(3)]
	models := []string{"H100", "A100", "L4"}
	var s matching.Snapshot
	for i := range 1 + r.IntN(5) {
		s.Controllers = append(s.Controllers, matching.Controller{ID: fmt.Sprintf("c%d", i), Region: regions[r.IntN(len(regions))], Load: num(1)})
	}
	for _, reg := range regions {
		for _, c := range s.Controllers {
			if r.IntN(5) < 3 {
				s.RegionLinks = append(s.RegionLinks, matching.RegionLink{Region: reg, Controller: c.ID, LatencyMs: num(100)})
			}
		}
	}
	for i, a := range s.Controllers {
		for _, b := range s.Controllers[i+1:] {
			if r.IntN(5) < 2 {
				s.ControllerLinks = append(s.ControllerLinks, matching.ControllerLink{A: a.ID, B: b.ID, LatencyMs: num(100)})
			}
		}
	}
	for i := range 1 + r.IntN(8) {
		p := matching.Provider{
			ID: fmt.Sprintf("p%d", i), Region: regions[r.IntN(len(regions))],
			Load: num(1), Availability: 0.05 + 0.95*r.Float64(), Performance: 0.5 + 1.5*r.Float64(),
			Stake: big.NewInt(r.Int64N(10)), Healthy: r.IntN(10) > 0,
		}
		if coarse || r.IntN(3) == 0 {
			p.Availability, p.Performance = 1, 1
		}
		total := 0
		for range 1 + r.IntN(2) {
			g := matching.GPU{Model: models[r.IntN(len(models))], MemoryMiB: 1024 * 16 * (1 + r.IntN(4)), Count: r.IntN(9)}
			if r.IntN(4) > 0 {
				g.Count = 1 + r.IntN(8)
			}
			p.GPUs = append(p.GPUs, g)
			total += g.Count
		}
		p.FreeGPUs = total - r.IntN(total/2+1)
		s.Providers = append(s.Providers, p)
		for _, c := range s.Controllers {
			if r.IntN(10) < 5 {
				s.ProviderLinks = append(s.ProviderLinks, matching.ProviderLink{Controller: c.ID, Provider: p.ID, LatencyMs: num(50)})
			}
		}
	}
	job := matching.Job{
		ID: 7, ClientRegion: regions[r.IntN(len(regions))], MinGPUMemoryMiB: 1024 * 16 * r.IntN(3), GPUCount: 1 + r.IntN(2),
		MaxPricePerGpuSecond: big.NewInt(r.Int64N(101)), MinProviderStake: big.NewInt(r.Int64N(3)),
	}
	if r.IntN(3) == 0 {
		job.GPUModel = models[r.IntN(len(models))]
	}
	if r.IntN(20) == 0 {
		job.ClientRegion = "mars"
	}
	price := func() *big.Int {
		if coarse {
			return big.NewInt(job.MaxPricePerGpuSecond.Int64() / 2 * r.Int64N(3))
		}
		return big.NewInt(r.Int64N(121))
	}
	var bids []matching.Bid
	for i := range r.IntN(13) {
		p := fmt.Sprintf("p%d", r.IntN(len(s.Providers)))
		if r.IntN(20) == 0 {
			p = "p-unknown"
		}
		bids = append(bids, matching.Bid{Provider: p, JobID: job.ID, PricePerGpuSecond: price(), Ref: fmt.Sprintf("b%02d", i)})
	}
	return s, job, bids
}

// shuffled is the same network and bids in another order.
func shuffled(seed uint64, s matching.Snapshot, bids []matching.Bid) (matching.Snapshot, []matching.Bid) {
	r := rand.New(rand.NewPCG(seed, 0xbb67ae85))
	shuffle := func(n int, swap func(i, j int)) { r.Shuffle(n, swap) }
	out := matching.Snapshot{
		Controllers:     append([]matching.Controller(nil), s.Controllers...),
		Providers:       append([]matching.Provider(nil), s.Providers...),
		RegionLinks:     append([]matching.RegionLink(nil), s.RegionLinks...),
		ControllerLinks: append([]matching.ControllerLink(nil), s.ControllerLinks...),
		ProviderLinks:   append([]matching.ProviderLink(nil), s.ProviderLinks...),
	}
	shuffle(len(out.Controllers), func(i, j int) { out.Controllers[i], out.Controllers[j] = out.Controllers[j], out.Controllers[i] })
	shuffle(len(out.Providers), func(i, j int) { out.Providers[i], out.Providers[j] = out.Providers[j], out.Providers[i] })
	shuffle(len(out.RegionLinks), func(i, j int) { out.RegionLinks[i], out.RegionLinks[j] = out.RegionLinks[j], out.RegionLinks[i] })
	shuffle(len(out.ControllerLinks), func(i, j int) {
		out.ControllerLinks[i], out.ControllerLinks[j] = out.ControllerLinks[j], out.ControllerLinks[i]
	})
	for i := range out.ControllerLinks {
		if r.IntN(2) == 0 { // links are symmetric: either end may come first
			out.ControllerLinks[i].A, out.ControllerLinks[i].B = out.ControllerLinks[i].B, out.ControllerLinks[i].A
		}
	}
	shuffle(len(out.ProviderLinks), func(i, j int) {
		out.ProviderLinks[i], out.ProviderLinks[j] = out.ProviderLinks[j], out.ProviderLinks[i]
	})
	b := append([]matching.Bid(nil), bids...)
	shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	return out, b
}
