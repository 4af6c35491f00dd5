package matching_test

import (
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

// oracle answers the matching question the slow, obvious way: every bid along every simple path
// through the controllers. The package must agree with it.
type oracle struct {
	s   matching.Snapshot
	cfg matching.Config
}

func (o oracle) provider(id string) *matching.Provider {
	for i := range o.s.Providers {
		if o.s.Providers[i].ID == id {
			return &o.s.Providers[i]
		}
	}
	return nil
}

// eligible restates the job's requirements, apart from reachability.
func (o oracle) eligible(job matching.Job, p *matching.Provider, b matching.Bid) bool {
	matching := 0
	for _, g := range p.GPUs {
		if (job.GPUModel == "" || strings.EqualFold(job.GPUModel, g.Model)) && g.MemoryMiB >= job.MinGPUMemoryMiB {
			matching += g.Count
		}
	}
	return p.Healthy && p.Availability >= o.cfg.MinAvailability && matching >= job.GPUCount && p.FreeGPUs >= job.GPUCount &&
		p.Stake.Cmp(job.MinProviderStake) >= 0 && b.PricePerGpuSecond.Cmp(job.MaxPricePerGpuSecond) <= 0
}

func (o oracle) nodeCost(job matching.Job, p *matching.Provider, b matching.Bid) float64 {
	w, ratio := o.cfg.Weights, 0.0
	if job.MaxPricePerGpuSecond.Sign() > 0 {
		ratio, _ = new(big.Rat).SetFrac(b.PricePerGpuSecond, job.MaxPricePerGpuSecond).Float64()
	}
	return (w.ProviderBase + w.ProviderLoad*p.Load + w.Price*ratio) / (p.Availability * p.Performance)
}

// pathCosts is the cheapest latency-and-load cost from the job's region to each provider, over
// every simple path; providers no path reaches are absent.
func (o oracle) pathCosts(job matching.Job) map[string]float64 {
	w := o.cfg.Weights
	load := map[string]float64{}
	for _, c := range o.s.Controllers {
		load[c.ID] = c.Load
	}
	out := map[string]float64{}
	var walk func(c string, cost float64, seen map[string]bool)
	walk = func(c string, cost float64, seen map[string]bool) {
		for _, l := range o.s.ProviderLinks {
			if l.Controller == c {
				if d := cost + w.LatencyPerMs*l.LatencyMs; !has(out, l.Provider) || d < out[l.Provider] {
					out[l.Provider] = d
				}
			}
		}
		seen[c] = true
		defer delete(seen, c)
		for _, l := range o.s.ControllerLinks {
			next := ""
			switch c {
			case l.A:
				next = l.B
			case l.B:
				next = l.A
			}
			if next != "" && !seen[next] {
				walk(next, cost+w.LatencyPerMs*l.LatencyMs+w.ControllerLoad*load[next], seen)
			}
		}
	}
	for _, l := range o.s.RegionLinks {
		if l.Region == job.ClientRegion {
			walk(l.Controller, w.LatencyPerMs*l.LatencyMs+w.ControllerLoad*load[l.Controller], map[string]bool{})
		}
	}
	return out
}

func has(m map[string]float64, k string) bool { _, ok := m[k]; return ok }

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(1, math.Abs(a), math.Abs(b)) }

// check holds a full ranking (from Network.Rank) to the oracle and to the package's promises.
func (o oracle) check(t *testing.T, job matching.Job, bids []matching.Bid, m matching.Match) {
	t.Helper()
	paths := o.pathCosts(job)
	best := map[string]float64{} // provider → cost of its best eligible bid on its best path
	for _, b := range bids {
		p := o.provider(b.Provider)
		if p == nil || !o.eligible(job, p, b) || !has(paths, p.ID) {
			continue
		}
		if c := paths[p.ID] + o.nodeCost(job, p, b); !has(best, p.ID) || c < best[p.ID] {
			best[p.ID] = c
		}
	}
	var ranked []matching.Candidate
	if m.Winner != nil {
		ranked = append([]matching.Candidate{*m.Winner}, m.Backups...)
	}
	if len(ranked) != len(best) || m.Eligible != len(best) {
		t.Fatalf("ranked %d providers (eligible %d), oracle finds %d: %v\n%s", len(ranked), m.Eligible, len(best), best, m)
	}
	if len(ranked)+len(m.Excluded) != len(bids) || m.Bids != len(bids) {
		t.Fatalf("%d ranked + %d excluded != %d bids", len(ranked), len(m.Excluded), len(bids))
	}
	seen := map[string]bool{}
	for i, c := range ranked {
		p := o.provider(c.Bid.Provider)
		if seen[p.ID] {
			t.Errorf("provider %s ranked twice", p.ID)
		}
		seen[p.ID] = true
		if !o.eligible(job, p, c.Bid) {
			t.Errorf("ineligible bid %q ranked", c.Bid.Ref)
		}
		if !near(c.Cost(), best[p.ID]) {
			t.Errorf("%s: cost %v, oracle %v\n%s", p.ID, c.Cost(), best[p.ID], m)
		}
		o.checkBreakdown(t, job, c)
		if i == 0 {
			continue
		}
		prev := ranked[i-1]
		switch {
		case prev.Cost() > c.Cost():
			t.Errorf("rank %d (%s, %v) costs less than rank %d (%s, %v)", i, p.ID, c.Cost(), i-1, prev.Bid.Provider, prev.Cost())
		case prev.Cost() == c.Cost():
			if pc := prev.Bid.PricePerGpuSecond.Cmp(c.Bid.PricePerGpuSecond); pc > 0 || pc == 0 && prev.Bid.Provider > c.Bid.Provider {
				t.Errorf("tie between %s and %s broken against price, then provider ID", prev.Bid.Provider, c.Bid.Provider)
			}
		}
	}
	for _, e := range m.Excluded {
		p := o.provider(e.Bid.Provider)
		var ok bool
		switch e.Reason {
		case matching.ReasonUnknownProvider:
			ok = p == nil
		case matching.ReasonUnreachable:
			ok = p != nil && !has(paths, p.ID)
		case matching.ReasonSuperseded:
			ok = seen[e.Bid.Provider]
		default:
			ok = p != nil && !o.eligible(job, p, e.Bid)
		}
		if !ok || e.Detail == "" {
			t.Errorf("bid %q excluded for %s (%q), which the oracle does not confirm", e.Bid.Ref, e.Reason, e.Detail)
		}
	}
}

// checkBreakdown walks the candidate's path through the snapshot: every link on it exists, and the
// latencies and terms it reports add up.
func (o oracle) checkBreakdown(t *testing.T, job matching.Job, c matching.Candidate) {
	t.Helper()
	b, w := c.Breakdown, o.cfg.Weights
	linked := func(ms float64, ok bool) float64 {
		if !ok {
			t.Errorf("%s: path %v uses a link the snapshot lacks", c.Bid.Provider, b.Via)
		}
		return ms
	}
	client := linked(find(o.s.RegionLinks, func(l matching.RegionLink) (float64, bool) {
		return l.LatencyMs, l.Region == job.ClientRegion && l.Controller == b.Via[0]
	}))
	hops := 0.0
	for i := 1; i < len(b.Via); i++ {
		hops += linked(find(o.s.ControllerLinks, func(l matching.ControllerLink) (float64, bool) {
			return l.LatencyMs, l.A == b.Via[i-1] && l.B == b.Via[i] || l.B == b.Via[i-1] && l.A == b.Via[i]
		}))
	}
	last := linked(find(o.s.ProviderLinks, func(l matching.ProviderLink) (float64, bool) {
		return l.LatencyMs, l.Controller == b.Via[len(b.Via)-1] && l.Provider == c.Bid.Provider
	}))
	if !near(client, b.ClientToControllerMs) || !near(hops, b.ControllerHopsMs) || !near(last, b.ControllerToProviderMs) ||
		!near(b.LatencyCost, w.LatencyPerMs*(client+hops+last)) {
		t.Errorf("%s: latencies %v, want %v + %v + %v ms", c.Bid.Provider, b, client, hops, last)
	}
	sum := b.LatencyCost + b.ControllerLoadCost + b.BaseCost + b.ProviderLoadCost + b.PriceCost + b.AvailabilityCost + b.PerformanceCost
	if !near(sum, b.Total) {
		t.Errorf("%s: terms add up to %v, total %v", c.Bid.Provider, sum, b.Total)
	}
}

func find[L any](links []L, match func(L) (float64, bool)) (float64, bool) {
	i := slices.IndexFunc(links, func(l L) bool { _, ok := match(l); return ok })
	if i < 0 {
		return 0, false
	}
	ms, _ := match(links[i])
	return ms, true
}
