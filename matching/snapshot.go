package matching

import (
	"math"
	"math/big"
)

// Controller is a controller node: clients reach providers through it, and it measures the
// providers' latency with heartbeats.
type Controller struct {
	ID     string
	Region string
	Load   float64 // 0 idle .. 1 saturated
}

// GPU is one kind of GPU a provider has, and how many.
type GPU struct {
	Model     string // compared case-insensitively, e.g. "H100"
	MemoryMiB int
	Count     int
}

// Provider is a provider cluster as the controllers last saw it.
type Provider struct {
	ID           string // the provider's address, in the same spelling its bids use
	Region       string
	GPUs         []GPU
	FreeGPUs     int
	Load         float64  // 0 idle .. 1 saturated
	Availability float64  // 0..1, e.g. the share of heartbeats answered
	Performance  float64  // relative throughput, 1.0 = the reference GPU
	Stake        *big.Int // wei of GIN staked
	Healthy      bool
}

// RegionLink is the latency from clients in a region to a controller.
type RegionLink struct {
	Region     string
	Controller string
	LatencyMs  float64
}

// ControllerLink is the latency between two controllers. It is symmetric: one link serves both
// directions, so a region whose own controller is down is still served through a neighbour.
type ControllerLink struct {
	A, B      string
	LatencyMs float64
}

// ProviderLink is the latency from a controller to a provider, as measured by its heartbeats.
type ProviderLink struct {
	Controller string
	Provider   string
	LatencyMs  float64
}

// Snapshot is everything NewNetwork needs: the network at one moment.
type Snapshot struct {
	Controllers     []Controller
	Providers       []Provider
	RegionLinks     []RegionLink
	ControllerLinks []ControllerLink
	ProviderLinks   []ProviderLink
}

// Bounds on measured values. They keep every score finite (no overflow to +Inf, never NaN), and
// anything outside them is a measurement bug rather than a slow link or a slow GPU.
const (
	MaxLatencyMs   = 1e6 // about 17 minutes
	MinPerformance = 1e-6
	MaxPerformance = 1e6
)

func checkLatency(ms float64) error {
	if math.IsNaN(ms) || ms < 0 || ms > MaxLatencyMs {
		return invalid("latency %v ms is not in [0, %g]", ms, float64(MaxLatencyMs))
	}
	return nil
}

func checkUnit(name string, v float64) error {
	if math.IsNaN(v) || v < 0 || v > 1 {
		return invalid("%s %v is not in [0, 1]", name, v)
	}
	return nil
}

func (c Controller) validate() error {
	if c.ID == "" {
		return invalid("controller with empty ID")
	}
	if err := checkUnit("load", c.Load); err != nil {
		return invalid("controller %q: %v", c.ID, err)
	}
	return nil
}

func (p Provider) validate() error {
	if p.ID == "" {
		return invalid("provider with empty ID")
	}
	fail := func(format string, args ...any) error {
		return invalid("provider %q: "+format, append([]any{p.ID}, args...)...)
	}
	total := 0
	for _, g := range p.GPUs {
		if g.Count < 0 || g.MemoryMiB < 0 {
			return fail("GPU %q has negative count %d or memory %d MiB", g.Model, g.Count, g.MemoryMiB)
		}
		total += g.Count
	}
	switch {
	case p.FreeGPUs < 0 || p.FreeGPUs > total:
		return fail("free GPUs %d is not in [0, %d GPUs]", p.FreeGPUs, total)
	case p.Stake == nil:
		return fail("nil stake (use 0 for none)")
	case p.Stake.Sign() < 0:
		return fail("negative stake %s", p.Stake)
	case math.IsNaN(p.Performance) || p.Performance < MinPerformance || p.Performance > MaxPerformance:
		return fail("performance %v is not in [%g, %g]", p.Performance, MinPerformance, MaxPerformance)
	}
	if err := checkUnit("load", p.Load); err != nil {
		return fail("%v", err)
	}
	if err := checkUnit("availability", p.Availability); err != nil {
		return fail("%v", err)
	}
	return nil
}
