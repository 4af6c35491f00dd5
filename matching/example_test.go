package matching_test

import (
	"fmt"
	"math/big"

	"github.com/gintonic/gintonic/matching"
)

// A client in eu-west wants one H100. The provider next door asks 50% of the maximum price more
// than the one across the Atlantic, which is worth less than the 69 ms further and the half-busy
// controller on the way there; a third provider is out of free GPUs.
func ExampleNetwork_Match() {
	h100 := []matching.GPU{{Model: "H100", MemoryMiB: 81920, Count: 8}}
	provider := func(id string, free int) matching.Provider {
		return matching.Provider{ID: id, GPUs: h100, FreeGPUs: free, Availability: 1, Performance: 1, Stake: big.NewInt(100), Healthy: true}
	}
	n, err := matching.NewNetwork(matching.Snapshot{
		Controllers: []matching.Controller{{ID: "ctrl-fra", Region: "eu-west"}, {ID: "ctrl-nyc", Region: "us-east", Load: 0.5}},
		Providers:   []matching.Provider{provider("0xparis", 8), provider("0xboston", 8), provider("0xberlin", 0)},
		RegionLinks: []matching.RegionLink{{Region: "eu-west", Controller: "ctrl-fra", LatencyMs: 4}},
		ControllerLinks: []matching.ControllerLink{
			{A: "ctrl-fra", B: "ctrl-nyc", LatencyMs: 70},
		},
		ProviderLinks: []matching.ProviderLink{
			{Controller: "ctrl-fra", Provider: "0xparis", LatencyMs: 6},
			{Controller: "ctrl-fra", Provider: "0xberlin", LatencyMs: 9},
			{Controller: "ctrl-nyc", Provider: "0xboston", LatencyMs: 5},
		},
	}, matching.DefaultConfig())
	if err != nil {
		panic(err)
	}
	job := matching.Job{ID: 42, ClientRegion: "eu-west", GPUModel: "H100", GPUCount: 1,
		MaxPricePerGpuSecond: big.NewInt(1000), MinProviderStake: big.NewInt(0)}
	m, err := n.Match(job, []matching.Bid{
		{Provider: "0xparis", JobID: 42, PricePerGpuSecond: big.NewInt(700), Ref: "bid-1"},
		{Provider: "0xboston", JobID: 42, PricePerGpuSecond: big.NewInt(200), Ref: "bid-2"},
		{Provider: "0xberlin", JobID: 42, PricePerGpuSecond: big.NewInt(100), Ref: "bid-3"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Print(m)
	// Output:
	// job 42 (eu-west): awarded to 0xparis
	//             provider  price per GPU-second    cost    latency        price               load                 base   availability  performance    path
	//   winner    0xparis   0.0000000000000007 GIN  90.00   10.00 (10 ms)  70.00 (70% of max)  0.00 (0.00 + 0.00)   10.00  +0.00 (1.00)  +0.00 (×1.00)  eu-west → ctrl-fra → 0xparis
	//   backup 1  0xboston  0.0000000000000002 GIN  119.00  79.00 (79 ms)  20.00 (20% of max)  10.00 (0.50 + 0.00)  10.00  +0.00 (1.00)  +0.00 (×1.00)  eu-west → ctrl-fra → ctrl-nyc → 0xboston
	//   (cost = the sum of the terms after it; the lowest cost wins)
	// excluded 1 of 3 bids:
	//   0xberlin (bid "bid-3"): insufficient free GPUs: 0 < 1
}
