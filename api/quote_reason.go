package api

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/controller"
	"github.com/gintonic/gintonic/matching"
	"github.com/gintonic/gintonic/money"
)

// unservable is why no provider can serve a spec: a sentence for a person and every reason as a
// code, the sentence's first.
type unservable struct {
	sentence string
	codes    []apiv1.QuoteReason
}

// checkOrder is matching's exclusion reasons in the order its checks run: a provider left out
// for a later one passed every earlier check, so it came nearer to serving the job.
var checkOrder = []matching.Reason{matching.ReasonUnknownProvider, matching.ReasonUnhealthy, matching.ReasonUnavailable,
	matching.ReasonGPUModel, matching.ReasonGPUMemory, matching.ReasonGPUCount, matching.ReasonFreeGPUs, matching.ReasonStake,
	matching.ReasonUnreachable}

// quoteField is the request field that a reason's code puts in question ("" none).
func quoteField(code string) string {
	return map[matching.Reason]string{
		matching.ReasonGPUModel: "gpu.model", matching.ReasonGPUMemory: "gpu.memoryMiB", matching.ReasonGPUCount: "gpu.count",
		matching.ReasonFreeGPUs: "gpu.count", matching.ReasonStake: "minProviderStake", matching.ReasonUnreachable: "region",
		matching.ReasonPrice: "maxPricePerGpuSecond",
	}[matching.Reason(code)]
}

// whyNot says why no provider of r can serve q (nil when one can), led by the reason of the
// providers that came nearest, with what is on offer when the GPUs are what does not fit.
func whyNot(q quoteSpec, r controller.Reach, heartbeatTimeout time.Duration) *unservable {
	if len(r.Eligible) > 0 {
		return nil
	}
	if len(r.Providers) == 0 {
		s := fmt.Sprintf("no provider is online: none has sent a heartbeat in the last %s", human(heartbeatTimeout))
		return &unservable{sentence: s, codes: []apiv1.QuoteReason{{Code: "no_providers", Detail: s}}}
	}
	by := map[matching.Reason][]matching.Exclusion{}
	for _, e := range r.Excluded {
		by[e.Reason] = append(by[e.Reason], e)
	}
	providers := map[string]matching.Provider{}
	var offering []matching.Provider // answering reliably: what they have is on offer
	for _, p := range r.Providers {
		providers[p.ID] = p
	}
	for _, p := range r.Providers {
		if !slices.ContainsFunc(r.Excluded, func(e matching.Exclusion) bool {
			return e.Bid.Provider == p.ID && (e.Reason == matching.ReasonUnhealthy || e.Reason == matching.ReasonUnavailable)
		}) {
			offering = append(offering, p)
		}
	}
	u := &unservable{}
	for i := len(checkOrder) - 1; i >= 0; i-- {
		reason, ex := checkOrder[i], by[checkOrder[i]]
		if len(ex) == 0 {
			continue
		}
		detail := fmt.Sprintf("%d provider%s: %s", len(ex), plural(len(ex)), ex[0].Detail)
		if u.sentence == "" {
			u.sentence = headline(q, reason, ex, providers, offering)
			detail = u.sentence
		}
		u.codes = append(u.codes, apiv1.QuoteReason{Code: string(reason), Providers: len(ex), Detail: detail})
	}
	return u
}

// headline is the sentence for the providers ex, all left out for reason.
func headline(q quoteSpec, reason matching.Reason, ex []matching.Exclusion, providers map[string]matching.Provider, offering []matching.Provider) string {
	model := q.Model
	if model == "" {
		model = "a GPU"
	}
	offer := onOffer(offering)
	most := func(f func(matching.Provider) int) int {
		n := 0
		for _, e := range ex {
			n = max(n, f(providers[e.Bid.Provider]))
		}
		return n
	}
	switch reason {
	case matching.ReasonGPUModel:
		return fmt.Sprintf("no provider offers %s; on offer: %s", model, offer)
	case matching.ReasonGPUMemory:
		return fmt.Sprintf("no provider offers %s with %s or more; on offer: %s", model, memory(q.MemoryMiB), offer)
	case matching.ReasonGPUCount:
		n := most(func(p matching.Provider) int {
			c := 0
			for _, g := range p.GPUs {
				if fits(q, g) {
					c += g.Count
				}
			}
			return c
		})
		return fmt.Sprintf("no provider has %d × %s: the most at one provider is %d; on offer: %s", q.Count, want(q), n, offer)
	case matching.ReasonFreeGPUs:
		n := most(func(p matching.Provider) int { return p.FreeGPUs })
		return fmt.Sprintf("not enough free GPUs now: the job needs %d × %s, and the %d provider%s that have them have at most %d free",
			q.Count, want(q), len(ex), plural(len(ex)), n)
	case matching.ReasonStake:
		top := new(big.Int)
		for _, e := range ex {
			if s := providers[e.Bid.Provider].Stake; s != nil && s.Cmp(top) > 0 {
				top = s
			}
		}
		return fmt.Sprintf("no provider that fits holds the minimum stake of %s: the most one holds is %s", money.FormatGIN(q.MinStake), money.FormatGIN(top))
	case matching.ReasonUnreachable:
		return fmt.Sprintf("no provider that fits can be reached from region %q (%s)", q.Region, ex[0].Detail)
	case matching.ReasonUnavailable:
		return fmt.Sprintf("no provider answers its heartbeats reliably enough now (%s)", ex[0].Detail)
	}
	return fmt.Sprintf("no provider can serve the job now (%s)", ex[0].Detail)
}

// priceTooLow: every provider that could serve q bid more than q's maximum price on each recent
// job of the GPU models it would serve q with. A provider with no recent bid to go by may still
// bid lower, so then it is nil.
func priceTooLow(q quoteSpec, eligible []matching.Provider, bids lowestBids) *unservable {
	if q.MaxPrice == nil || len(eligible) == 0 {
		return nil
	}
	var lowest *big.Int
	for _, p := range eligible {
		var low *big.Int
		for _, g := range p.GPUs {
			if b := bids.of(p.ID, g.Model); fits(q, g) && b != nil && (low == nil || b.Cmp(low) < 0) {
				low = b
			}
		}
		if low == nil || low.Cmp(q.MaxPrice) <= 0 {
			return nil
		}
		if lowest == nil || low.Cmp(lowest) < 0 {
			lowest = low
		}
	}
	s := fmt.Sprintf("the maximum price, %s, is below the recent bids of every provider that fits: the lowest in the last 24 h is %s",
		money.FormatPrice(q.MaxPrice), money.FormatPrice(lowest))
	return &unservable{sentence: s,
		codes: []apiv1.QuoteReason{{Code: string(matching.ReasonPrice), Providers: len(eligible), Detail: s}}}
}

// onOffer sums up providers' GPUs by model and memory: "16 × A100 40 GiB from 2 providers".
func onOffer(providers []matching.Provider) string {
	type kind struct {
		model string
		mib   int
	}
	gpus, provs := map[kind]int{}, map[kind]int{}
	var kinds []kind
	for _, p := range providers {
		for _, g := range p.GPUs {
			if g.Count == 0 {
				continue
			}
			k := kind{g.Model, g.MemoryMiB}
			if _, ok := gpus[k]; !ok {
				kinds = append(kinds, k)
			}
			gpus[k] += g.Count
			provs[k]++
		}
	}
	if len(kinds) == 0 {
		return "no GPUs"
	}
	slices.SortFunc(kinds, func(a, b kind) int {
		if c := strings.Compare(a.model, b.model); c != 0 {
			return c
		}
		return a.mib - b.mib
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d × %s %s from %d provider%s", gpus[k], k.model, memory(k.mib), provs[k], plural(provs[k]))
	}
	return strings.Join(parts, ", ")
}

// want names the GPUs q asks for: "H100 with 80 GiB or more", "A100", "GPU".
func want(q quoteSpec) string {
	model := q.Model
	if model == "" {
		model = "GPU"
	}
	if q.MemoryMiB > 0 {
		return fmt.Sprintf("%s with %s or more", model, memory(q.MemoryMiB))
	}
	return model
}

// memory writes MiB as GiB when it is a whole number of them: "40 GiB", "40000 MiB".
func memory(mib int) string {
	if mib%1024 == 0 {
		return fmt.Sprintf("%d GiB", mib/1024)
	}
	return fmt.Sprintf("%d MiB", mib)
}
