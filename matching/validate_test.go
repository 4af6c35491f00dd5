package matching_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

func TestBadNetworkIsAnError(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*matching.Snapshot, *matching.Config)
		error string
	}{
		{"negative region latency", func(s *matching.Snapshot, _ *matching.Config) { s.RegionLinks[0].LatencyMs = -1 },
			`region link "eu"→"ctrl-eu": latency -1 ms is not in [0, 1e+06]`},
		{"NaN controller latency", func(s *matching.Snapshot, _ *matching.Config) { s.ControllerLinks[0].LatencyMs = math.NaN() },
			`controller link "ctrl-eu"–"ctrl-us": latency NaN ms`},
		{"infinite provider latency", func(s *matching.Snapshot, _ *matching.Config) { s.ProviderLinks[0].LatencyMs = math.Inf(1) },
			`provider link "ctrl-eu"→"p-eu-near": latency +Inf ms`},
		{"duplicate provider", func(s *matching.Snapshot, _ *matching.Config) { s.Providers = append(s.Providers, s.Providers[3]) },
			`duplicate provider ID "p-eu-flaky"`},
		{"duplicate controller", func(s *matching.Snapshot, _ *matching.Config) { s.Controllers[2].ID = "ctrl-eu" },
			`duplicate controller ID "ctrl-eu"`},
		{"empty provider ID", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].ID = "" }, "provider with empty ID"},
		{"nil stake", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].Stake = nil }, `provider "p-eu-near": nil stake`},
		{"negative stake", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].Stake = wei(-1) }, "negative stake -1"},
		{"zero performance", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].Performance = 0 }, "performance 0 is not in"},
		{"load above 1", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].Load = 1.5 }, "load 1.5 is not in [0, 1]"},
		{"NaN availability", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].Availability = math.NaN() }, "availability NaN"},
		{"more free GPUs than GPUs", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].FreeGPUs = 9 }, "free GPUs 9 is not in [0, 8 GPUs]"},
		{"negative GPU count", func(s *matching.Snapshot, _ *matching.Config) { s.Providers[0].GPUs[0].Count = -1 }, "negative count -1"},
		{"controller load NaN", func(s *matching.Snapshot, _ *matching.Config) { s.Controllers[0].Load = math.NaN() }, `controller "ctrl-eu": load NaN`},
		{"link to unknown controller", func(s *matching.Snapshot, _ *matching.Config) { s.ProviderLinks[0].Controller = "ctrl-x" }, "unknown controller"},
		{"link to unknown provider", func(s *matching.Snapshot, _ *matching.Config) { s.ProviderLinks[0].Provider = "p-x" }, "unknown provider"},
		{"controller linked to itself", func(s *matching.Snapshot, _ *matching.Config) { s.ControllerLinks[0].B = "ctrl-eu" }, "cannot link to itself"},
		{"duplicate controller link", func(s *matching.Snapshot, _ *matching.Config) {
			s.ControllerLinks = append(s.ControllerLinks, matching.ControllerLink{A: "ctrl-us", B: "ctrl-eu", LatencyMs: 1})
		}, `duplicate controller link "ctrl-us"–"ctrl-eu"`},
		{"duplicate provider link", func(s *matching.Snapshot, _ *matching.Config) {
			s.ProviderLinks = append(s.ProviderLinks, s.ProviderLinks[0])
		}, "duplicate provider link"},
		{"duplicate region link", func(s *matching.Snapshot, _ *matching.Config) {
			s.RegionLinks = append(s.RegionLinks, s.RegionLinks[0])
		}, "duplicate region link"},
		{"negative weight", func(_ *matching.Snapshot, c *matching.Config) { c.Weights.Price = -1 }, "weight Price -1 is not in"},
		{"negative backups", func(_ *matching.Snapshot, c *matching.Config) { c.Backups = -1 }, "backups -1 is negative"},
		{"zero min availability", func(_ *matching.Snapshot, c *matching.Config) { c.MinAvailability = 0 }, "min availability 0 is not in (0, 1]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, cfg := world(), matching.DefaultConfig()
			tc.edit(&s, &cfg)
			_, err := matching.NewNetwork(s, cfg)
			if err == nil || !errors.Is(err, matching.ErrInvalidInput) || !strings.Contains(err.Error(), tc.error) {
				t.Errorf("err = %v, want ErrInvalidInput saying %q", err, tc.error)
			}
		})
	}
}

func TestBadJobOrBidIsAnError(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	cases := []struct {
		name  string
		job   func(*matching.Job)
		bid   func(*matching.Bid)
		error string
	}{
		{name: "zero GPU count", job: func(j *matching.Job) { j.GPUCount = 0 }, error: "match job 1: GPU count 0: a job needs at least one GPU"},
		{name: "nil max price", job: func(j *matching.Job) { j.MaxPricePerGpuSecond = nil }, error: "nil max price"},
		{name: "negative max price", job: func(j *matching.Job) { j.MaxPricePerGpuSecond = wei(-5) }, error: "negative max price per GPU-second -5"},
		{name: "nil min stake", job: func(j *matching.Job) { j.MinProviderStake = nil }, error: "nil minimum provider stake"},
		{name: "empty region", job: func(j *matching.Job) { j.ClientRegion = "" }, error: "empty client region"},
		{name: "negative memory", job: func(j *matching.Job) { j.MinGPUMemoryMiB = -1 }, error: "negative minimum GPU memory"},
		{name: "nil price", bid: func(b *matching.Bid) { b.PricePerGpuSecond = nil }, error: `bid "p-eu-near@10" from "p-eu-near": nil price`},
		{name: "negative price", bid: func(b *matching.Bid) { b.PricePerGpuSecond = wei(-1) }, error: "negative price -1"},
		{name: "bid for another job", bid: func(b *matching.Bid) { b.JobID = 2 }, error: "is for job 2"},
		{name: "bid without provider", bid: func(b *matching.Bid) { b.Provider = "" }, error: "empty provider"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			job, b := euJob(), bid("p-eu-near", 10)
			if tc.job != nil {
				tc.job(&job)
			}
			if tc.bid != nil {
				tc.bid(&b)
			}
			_, err := n.Match(job, []matching.Bid{bid("p-us", 1), b})
			if err == nil || !errors.Is(err, matching.ErrInvalidInput) || !strings.Contains(err.Error(), tc.error) {
				t.Errorf("err = %v, want ErrInvalidInput saying %q", err, tc.error)
			}
		})
	}
}

func TestNetworkKeepsItsOwnCopy(t *testing.T) {
	s := world()
	n := network(t, s, matching.DefaultConfig())
	s.Providers[0].Stake.SetInt64(0)
	s.Providers[0].GPUs[0].Count = 0
	p, _ := n.Provider("p-eu-near")
	if p.Stake.Int64() != 1000 || p.GPUs[0].Count != 8 {
		t.Errorf("network changed with the caller's snapshot: %+v", p)
	}
}
