package matching

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/gintonic/gintonic/money"
)

// Reason says, in a stable code the API can count and translate, why a bid was left out.
type Reason string

// The reasons, in the order the checks run: a bid gets the first that applies.
const (
	ReasonUnknownProvider Reason = "unknown_provider" // the provider is not in the snapshot
	ReasonUnhealthy       Reason = "unhealthy"        // its controllers marked it unhealthy
	ReasonUnavailable     Reason = "unavailable"      // availability below Config.MinAvailability
	ReasonGPUModel        Reason = "gpu_model"        // no GPU of the job's model
	ReasonGPUMemory       Reason = "gpu_memory"       // GPUs of the model, but none with enough memory
	ReasonGPUCount        Reason = "gpu_count"        // fewer matching GPUs than the job needs
	ReasonFreeGPUs        Reason = "free_gpus"        // fewer free GPUs than the job needs
	ReasonStake           Reason = "stake"            // stake below the job's minimum
	ReasonPrice           Reason = "price"            // price above the job's maximum
	ReasonUnreachable     Reason = "unreachable"      // no path from the client's region
	ReasonSuperseded      Reason = "superseded"       // the same provider bid less on this job
)

// Exclusion is a bid that cannot win, and why.
type Exclusion struct {
	Bid    Bid
	Reason Reason
	Detail string // for people: "insufficient free GPUs: 1 < 2"
}

func (e Exclusion) String() string {
	return fmt.Sprintf("%s (bid %q): %s", e.Bid.Provider, e.Bid.Ref, e.Detail)
}

// candidate is a bid that passed every check: a provider node of the job's graph.
type candidate struct {
	bid   Bid
	prov  int32 // index in Network.providers
	ratio float64
	terms providerTerms
}

// screen splits a job's bids, sorted by provider then price, into one candidate per eligible
// provider (its cheapest eligible bid) and exclusions with reasons.
func (n *Network) screen(job Job, bids []Bid, routes []route) ([]candidate, []Exclusion) {
	var (
		cands    []candidate
		excluded []Exclusion
		lastProv = ""
		provWhy  Exclusion // the provider-level verdict for lastProv; Reason "" = passes
		maxPrice string    // formatted once: most excluded bids are excluded for price
	)
	exclude := func(b Bid, r Reason, detail string) {
		excluded = append(excluded, Exclusion{Bid: b, Reason: r, Detail: detail})
	}
	for _, b := range bids {
		i, known := n.provIndex[b.Provider]
		if !known {
			exclude(b, ReasonUnknownProvider, "unknown provider: not in the network snapshot")
			continue
		}
		if b.Provider != lastProv {
			lastProv = b.Provider
			provWhy = n.checkProvider(job, i, routes)
		}
		if provWhy.Reason != "" {
			exclude(b, provWhy.Reason, provWhy.Detail)
			continue
		}
		if b.PricePerGpuSecond.Cmp(job.MaxPricePerGpuSecond) > 0 {
			if maxPrice == "" {
				maxPrice = money.FormatPrice(job.MaxPricePerGpuSecond)
			}
			exclude(b, ReasonPrice, "price above max: "+money.FormatPrice(b.PricePerGpuSecond)+" > "+maxPrice)
			continue
		}
		if len(cands) > 0 && cands[len(cands)-1].bid.Provider == b.Provider {
			exclude(b, ReasonSuperseded, fmt.Sprintf("superseded by the same provider's cheaper bid %q", cands[len(cands)-1].bid.Ref))
			continue
		}
		ratio := priceRatio(b.PricePerGpuSecond, job.MaxPricePerGpuSecond)
		cands = append(cands, candidate{bid: b, prov: i, ratio: ratio, terms: n.cfg.Weights.provider(&n.providers[i], ratio, b.StartSeconds)})
	}
	return cands, excluded
}

// checkProvider runs the checks that depend on the provider, not on the bid's price. The
// reachability check is last, after everything a provider can fix itself.
func (n *Network) checkProvider(job Job, i int32, routes []route) Exclusion {
	p := &n.providers[i]
	why := func(r Reason, format string, args ...any) Exclusion {
		return Exclusion{Reason: r, Detail: fmt.Sprintf(format, args...)}
	}
	if !p.Healthy {
		return why(ReasonUnhealthy, "provider unhealthy")
	}
	if p.Availability < n.cfg.MinAvailability {
		return why(ReasonUnavailable, "unavailable: availability %.2f < %.2f", p.Availability, n.cfg.MinAvailability)
	}
	ofModel, bestMiB, matching := false, 0, 0
	for _, g := range p.GPUs {
		if g.Count == 0 {
			continue
		}
		if job.GPUModel != "" && !strings.EqualFold(g.Model, job.GPUModel) {
			continue
		}
		ofModel, bestMiB = true, max(bestMiB, g.MemoryMiB)
		if g.MemoryMiB >= job.MinGPUMemoryMiB {
			matching += g.Count
		}
	}
	switch {
	case !ofModel && job.GPUModel == "":
		return why(ReasonGPUModel, "no GPUs")
	case !ofModel:
		return why(ReasonGPUModel, "no %s GPUs (has %s)", job.GPUModel, models(p))
	case matching == 0:
		return why(ReasonGPUMemory, "not enough GPU memory: %d MiB < %d MiB", bestMiB, job.MinGPUMemoryMiB)
	case matching < job.GPUCount:
		return why(ReasonGPUCount, "too few matching GPUs: %d < %d", matching, job.GPUCount)
	case p.FreeGPUs < job.GPUCount:
		return why(ReasonFreeGPUs, "insufficient free GPUs: %d < %d", p.FreeGPUs, job.GPUCount)
	case p.Stake.Cmp(job.MinProviderStake) < 0:
		return why(ReasonStake, "stake below job minimum: %s < %s", money.FormatGIN(p.Stake), money.FormatGIN(job.MinProviderStake))
	}
	return n.checkReachable(job, i, routes)
}

// checkReachable finds whether any controller that hears provider i is reachable from the job's
// region; the search then finds how well.
func (n *Network) checkReachable(job Job, i int32, routes []route) Exclusion {
	links := n.provLinks[i]
	switch {
	case len(links) == 0:
		return Exclusion{Reason: ReasonUnreachable, Detail: "unreachable: no controller has a heartbeat from it"}
	case routes == nil:
		return Exclusion{Reason: ReasonUnreachable, Detail: fmt.Sprintf("unreachable: no controller serves region %q", job.ClientRegion)}
	}
	for _, l := range links {
		if !math.IsInf(routes[l.to].cost, 1) {
			return Exclusion{}
		}
	}
	return Exclusion{Reason: ReasonUnreachable, Detail: fmt.Sprintf("unreachable: no controller path from region %q", job.ClientRegion)}
}

// models lists the GPU models a provider has, for an exclusion's detail.
func models(p *Provider) string {
	var ms []string
	for _, g := range p.GPUs {
		if g.Count > 0 {
			ms = append(ms, g.Model)
		}
	}
	slices.Sort(ms)
	return strings.Join(slices.Compact(ms), ", ")
}

// priceRatio is price/max as a float for scoring only (money itself stays exact). A zero max
// admits only free bids, which cost nothing.
func priceRatio(price, max *big.Int) float64 {
	if max.Sign() == 0 {
		return 0
	}
	if price.IsInt64() && max.IsInt64() {
		return float64(price.Int64()) / float64(max.Int64())
	}
	r, _ := new(big.Rat).SetFrac(price, max).Float64()
	return r
}
