package matching_test

import (
	"math/big"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

func wei(n int64) *big.Int { return big.NewInt(n) }

// world is a small network of three regions, readable at a glance:
//
//	eu ─5ms─ ctrl-eu ──70ms── ctrl-us ──100ms── ctrl-ap ─5ms─ ap
//	 └────────80ms─────────────┘  └─5ms─ us
//
// Providers hang off the controllers; each is an H100×8 box in good shape unless its name says
// otherwise.
func world() matching.Snapshot {
	p := func(id, region string, edit func(*matching.Provider)) matching.Provider {
		pr := matching.Provider{
			ID: id, Region: region, GPUs: []matching.GPU{{Model: "H100", MemoryMiB: 81920, Count: 8}},
			FreeGPUs: 8, Availability: 1, Performance: 1, Stake: wei(1000), Healthy: true,
		}
		if edit != nil {
			edit(&pr)
		}
		return pr
	}
	return matching.Snapshot{
		Controllers: []matching.Controller{
			{ID: "ctrl-eu", Region: "eu"}, {ID: "ctrl-us", Region: "us"}, {ID: "ctrl-ap", Region: "ap"},
		},
		Providers: []matching.Provider{
			p("p-eu-near", "eu", nil),
			p("p-eu-near2", "eu", nil),
			p("p-eu-busy", "eu", func(p *matching.Provider) { p.Load = 1 }),
			p("p-eu-flaky", "eu", func(p *matching.Provider) { p.Availability = 0.5 }),
			p("p-eu-fast", "eu", func(p *matching.Provider) { p.Performance = 2 }),
			p("p-us", "us", nil),
			p("p-ap", "ap", nil),
			p("p-a100", "eu", func(p *matching.Provider) {
				p.GPUs = []matching.GPU{{Model: "A100", MemoryMiB: 40960, Count: 1}}
				p.FreeGPUs = 1
			}),
			p("p-full", "eu", func(p *matching.Provider) { p.FreeGPUs = 1 }),
			p("p-sick", "eu", func(p *matching.Provider) { p.Healthy = false }),
			p("p-down", "eu", func(p *matching.Provider) { p.Availability = 0.01 }),
			p("p-poor", "eu", func(p *matching.Provider) { p.Stake = wei(1) }),
			p("p-orphan", "eu", nil),
		},
		RegionLinks: []matching.RegionLink{
			{Region: "eu", Controller: "ctrl-eu", LatencyMs: 5},
			{Region: "eu", Controller: "ctrl-us", LatencyMs: 80},
			{Region: "us", Controller: "ctrl-us", LatencyMs: 5},
			{Region: "ap", Controller: "ctrl-ap", LatencyMs: 5},
		},
		ControllerLinks: []matching.ControllerLink{
			{A: "ctrl-eu", B: "ctrl-us", LatencyMs: 70},
			{A: "ctrl-us", B: "ctrl-ap", LatencyMs: 100},
		},
		ProviderLinks: []matching.ProviderLink{
			{Controller: "ctrl-eu", Provider: "p-eu-near", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-eu-near2", LatencyMs: 4},
			{Controller: "ctrl-eu", Provider: "p-eu-busy", LatencyMs: 4},
			{Controller: "ctrl-eu", Provider: "p-eu-flaky", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-eu-fast", LatencyMs: 3},
			{Controller: "ctrl-us", Provider: "p-us", LatencyMs: 3},
			{Controller: "ctrl-ap", Provider: "p-ap", LatencyMs: 2},
			{Controller: "ctrl-eu", Provider: "p-a100", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-full", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-sick", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-down", LatencyMs: 3},
			{Controller: "ctrl-eu", Provider: "p-poor", LatencyMs: 3},
		},
	}
}

// euJob asks from eu for 2 H100s with 80 GB at up to 100 wei/GPU-s from providers staking ≥ 10.
func euJob() matching.Job {
	return matching.Job{
		ID: 1, ClientRegion: "eu", GPUModel: "H100", MinGPUMemoryMiB: 81920, GPUCount: 2,
		MaxPricePerGpuSecond: wei(100), MinProviderStake: wei(10),
	}
}

// bid is provider's bid on job 1 at price, with a ref naming both.
func bid(provider string, price int64) matching.Bid {
	return matching.Bid{Provider: provider, JobID: 1, PricePerGpuSecond: wei(price), Ref: provider + "@" + big.NewInt(price).String()}
}

func network(t testing.TB, s matching.Snapshot, cfg matching.Config) *matching.Network {
	t.Helper()
	n, err := matching.NewNetwork(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func providers(cs []matching.Candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Bid.Provider
	}
	return out
}
