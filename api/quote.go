package api

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/controller"
	"github.com/gintonic/gintonic/matching"
)

// quoteWindow is how far back the prices and deploy times of a quote look.
const quoteWindow = 24 * time.Hour

// quoteSpec is what a quote is for: a job spec whose GPU model ("" any), memory (0 any), price,
// budget and duration (nil or 0: not given) may be left out.
type quoteSpec struct {
	Model     string
	MemoryMiB int
	Count     int
	Region    string
	MaxPrice  *big.Int
	Budget    *big.Int
	MinStake  *big.Int
	Duration  int

	// HF is the spec's model as read from the Hub (nil: none named).
	HF              *resolvedModel
	MemoryFromModel bool // MemoryMiB is the model's need, not the client's
}

// QuoteJob implements apiv1.ServerInterface: public, as it shows no more than the provider list
// and the market figures do, and it needs no balance: it is what a client reads before paying.
func (s *Server) QuoteJob(c *gin.Context) {
	var req apiv1.JobQuoteRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	q, err := s.quoteRequest(&req)
	if err != nil {
		fail(c, err)
		return
	}
	if m := deref(req.Model); m != "" {
		viewer, _ := caller(c) // a job's results (hf://gintonic-jobs/…) are quoted for their client only
		if q.HF, err = s.resolveModel(c.Request.Context(), m, deref(req.Engine), deref(req.Image), secret(req.Secrets, "HF_TOKEN"), viewer); err != nil {
			fail(c, err)
			return
		}
		if q.MemoryMiB == 0 {
			// Any GPU model, but only the GPUs that hold the model.
			q.MemoryMiB, q.MemoryFromModel = q.HF.needPerGPUMiB(q.Count), true
		}
	}
	out, err := s.quote(c.Request.Context(), q)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}

// quoteRequest checks a quote's body with the rules of a submission, for the fields it has.
func (s *Server) quoteRequest(req *apiv1.JobQuoteRequest) (quoteSpec, error) {
	var f fields
	q := quoteSpec{Count: req.Gpu.Count, Region: s.cfg.Region, MinStake: new(big.Int)}
	checkSecrets(&f, req.Secrets)
	if req.Gpu.Model != nil {
		checkName(&f, "gpu.model", *req.Gpu.Model, false)
		q.Model = *req.Gpu.Model
	}
	if req.Gpu.MemoryMiB != nil {
		if *req.Gpu.MemoryMiB < 0 || *req.Gpu.MemoryMiB > 4<<20 {
			f.add("gpu.memoryMiB", "must be between 0 (any) and 4194304 MiB")
		}
		q.MemoryMiB = *req.Gpu.MemoryMiB
	}
	if q.Count < 1 || q.Count > 255 {
		f.add("gpu.count", "must be between 1 and 255")
	}
	if req.Region != nil {
		checkName(&f, "region", *req.Region, true)
		q.Region = *req.Region
	}
	if req.MaxPricePerGpuSecond != nil {
		q.MaxPrice = amount(&f, "maxPricePerGpuSecond", *req.MaxPricePerGpuSecond, 64, true)
	}
	if req.Budget != nil {
		q.Budget = amount(&f, "budget", *req.Budget, 96, true)
	}
	if req.MinProviderStake != nil {
		if v := amount(&f, "minProviderStake", *req.MinProviderStake, 96, false); v != nil {
			q.MinStake = v
		}
	}
	if req.DurationSeconds != nil {
		if *req.DurationSeconds < 1 || *req.DurationSeconds > 31536000 {
			f.add("durationSeconds", "must be between 1 and 31536000 (a year)")
		}
		q.Duration = *req.DurationSeconds
	}
	return q, f.err()
}

// quoteOf is the quote spec of a job being submitted.
func quoteOf(spec jobSpec, maxPrice, budget, minStake *big.Int) quoteSpec {
	return quoteSpec{Model: spec.GPU.Model, MemoryMiB: spec.GPU.MemoryMiB, Count: spec.GPU.Count, Region: spec.Region,
		MaxPrice: maxPrice, Budget: budget, MinStake: minStake, Duration: spec.DurationSeconds}
}

// quote answers for q: who could serve it now (controller.Reach, the award's own checks), at what
// recent prices, for how much over its duration, how soon it would run, and why not when nobody can.
func (s *Server) quote(ctx context.Context, q quoteSpec) (apiv1.JobQuote, error) {
	out := apiv1.JobQuote{Gpus: []apiv1.QuoteGPU{}, Regions: []string{}, Excluded: []apiv1.Exclusion{}}
	r, err := s.node.Reach(ctx, matching.Job{ClientRegion: q.Region, GPUModel: q.Model, MinGPUMemoryMiB: q.MemoryMiB,
		GPUCount: q.Count, MinProviderStake: q.MinStake})
	if err != nil {
		return out, err
	}
	bids, err := s.lowestBids(ctx)
	if err != nil {
		return out, err
	}
	eligible := eligibleProviders(r)
	out.Providers = len(eligible)
	out.Gpus = quoteGPUs(q, eligible, bids)
	out.Cheapest = cheapestFit(q, eligible, out.Gpus)
	for _, p := range eligible {
		if !slices.Contains(out.Regions, p.Region) {
			out.Regions = append(out.Regions, p.Region)
		}
	}
	slices.Sort(out.Regions)
	for _, e := range r.Excluded {
		out.Excluded = append(out.Excluded, apiv1.Exclusion{Provider: e.Bid.Provider, Reason: string(e.Reason), Detail: e.Detail})
	}
	model := q.Model
	if model == "" && out.Cheapest != nil {
		model = out.Cheapest.Model
	}
	if out.Prices, err = s.quotePrices(ctx, model); err != nil {
		return out, err
	}
	out.Cost = quoteCost(q, out.Prices.Bids)
	if out.TimeToRunning, err = s.timeToRunning(ctx, model); err != nil {
		return out, err
	}
	why := whyNot(q, r, s.cfg.HeartbeatTimeout)
	if why == nil {
		why = priceTooLow(q, eligible, bids)
	}
	if q.HF != nil {
		mem := q.MemoryMiB
		if q.MemoryFromModel {
			mem = 0
		}
		info, err := checkFit(q.HF, mem, q.Count)
		out.Model = &info
		if err != nil {
			// Not the providers: the spec itself cannot hold the model.
			detail := err.(*Problem).Detail
			why = &unservable{sentence: detail, codes: []apiv1.QuoteReason{{Code: "model_too_big", Providers: out.Providers, Detail: detail}}}
		}
		warm, err := s.warmProviders(ctx, q.HF.Ref.String(), eligible)
		if err != nil {
			return out, err
		}
		out.Warm = &warm
	}
	out.Servable = why == nil
	if why != nil {
		out.Reason = &why.sentence
		out.Reasons = &why.codes
	}
	return out, nil
}

// checkServable refuses, with the quote's reason, a job spec that no provider can serve now: no
// provider online, or none with the GPUs, the free capacity, the stake or the reach it asks for.
// It is on every submission's path, so it reads only the network (controller.Reach, whose
// snapshot is shared for a moment): the price history a quote shows is advice — a provider may
// bid lower than it did — and is not read here.
func (s *Server) checkServable(ctx context.Context, q quoteSpec) error {
	r, err := s.node.Reach(ctx, matching.Job{ClientRegion: q.Region, GPUModel: q.Model, MinGPUMemoryMiB: q.MemoryMiB,
		GPUCount: q.Count, MinProviderStake: q.MinStake})
	if err != nil {
		return err
	}
	why := whyNot(q, r, s.cfg.HeartbeatTimeout)
	if why == nil {
		return nil
	}
	p := problem(http.StatusUnprocessableEntity, "unservable", "No provider can serve this job now",
		"%s; POST /v1/jobs/quote shows what is on offer, and \"insist\": true submits the job anyway", why.sentence)
	if len(why.codes) > 0 {
		if f := quoteField(why.codes[0].Code); f != "" {
			p.Fields = []FieldError{{Field: f, Message: why.codes[0].Detail}}
		}
	}
	return p
}

// eligibleProviders are the providers of r that could serve the job, best first.
func eligibleProviders(r controller.Reach) []matching.Provider {
	byID := make(map[string]matching.Provider, len(r.Providers))
	for _, p := range r.Providers {
		byID[p.ID] = p
	}
	out := make([]matching.Provider, 0, len(r.Eligible))
	for _, c := range r.Eligible {
		out = append(out, byID[c.Bid.Provider])
	}
	return out
}

// fits: GPU kind g is of the spec's model and has its memory.
func fits(q quoteSpec, g matching.GPU) bool {
	return g.Count > 0 && (q.Model == "" || strings.EqualFold(g.Model, q.Model)) && g.MemoryMiB >= q.MemoryMiB
}

// servesFit: provider p has count GPUs of model with at least memMiB each, counted as matching
// counts them (kinds summed).
func servesFit(p matching.Provider, model string, memMiB, count int) bool {
	n := 0
	for _, g := range p.GPUs {
		if strings.EqualFold(g.Model, model) && g.MemoryMiB >= memMiB {
			n += g.Count
		}
	}
	return n >= count
}

// quoteGPUs groups the eligible providers' GPUs that fit q by model and memory, each with the
// lowest recent bid of the providers that have it on jobs of its model.
func quoteGPUs(q quoteSpec, eligible []matching.Provider, bids lowestBids) []apiv1.QuoteGPU {
	out := []apiv1.QuoteGPU{}
	for _, p := range eligible {
		for _, g := range p.GPUs {
			if !fits(q, g) {
				continue
			}
			i := slices.IndexFunc(out, func(v apiv1.QuoteGPU) bool { return strings.EqualFold(v.Model, g.Model) && v.MemoryMiB == g.MemoryMiB })
			if i < 0 {
				out = append(out, apiv1.QuoteGPU{Model: g.Model, MemoryMiB: g.MemoryMiB})
				i = len(out) - 1
			}
			v := &out[i]
			v.Count += g.Count
			v.Free += min(p.FreeGPUs, g.Count)
			v.Providers++
			if low := bids.of(p.ID, g.Model); low != nil && (v.LowestBid == nil || low.Cmp(amountOf(*v.LowestBid)) < 0) {
				s := low.String()
				v.LowestBid = &s
			}
		}
	}
	slices.SortFunc(out, func(a, b apiv1.QuoteGPU) int {
		if c := strings.Compare(a.Model, b.Model); c != 0 {
			return c
		}
		return a.MemoryMiB - b.MemoryMiB
	})
	return out
}

// cheapestFit is the GPU kind a client that names none is best served by, among those that some
// provider has enough of by itself: the lowest recent bid, then (no bids to go by) the least
// memory, then the most providers.
func cheapestFit(q quoteSpec, eligible []matching.Provider, gpus []apiv1.QuoteGPU) *apiv1.QuoteGPU {
	var best *apiv1.QuoteGPU
	for i, g := range gpus {
		if !slices.ContainsFunc(eligible, func(p matching.Provider) bool { return servesFit(p, g.Model, g.MemoryMiB, q.Count) }) {
			continue
		}
		if best == nil || cheaper(g, *best) {
			best = &gpus[i]
		}
	}
	if best == nil {
		return nil
	}
	v := *best
	return &v
}

func cheaper(a, b apiv1.QuoteGPU) bool {
	switch {
	case a.LowestBid != nil && b.LowestBid == nil:
		return true
	case a.LowestBid == nil && b.LowestBid != nil:
		return false
	case a.LowestBid != nil:
		if c := amountOf(*a.LowestBid).Cmp(amountOf(*b.LowestBid)); c != 0 {
			return c < 0
		}
	}
	if a.MemoryMiB != b.MemoryMiB {
		return a.MemoryMiB < b.MemoryMiB
	}
	return a.Providers > b.Providers
}

// quoteCost is the job's GPUs × duration × the lowest and highest recent bid.
func quoteCost(q quoteSpec, bids apiv1.PriceRange) *apiv1.QuoteCost {
	if q.Duration == 0 || bids.Count == 0 {
		return nil
	}
	gpuSeconds := big.NewInt(int64(q.Count) * int64(q.Duration))
	lo := new(big.Int).Mul(gpuSeconds, amountOf(*bids.Min))
	hi := new(big.Int).Mul(gpuSeconds, amountOf(*bids.Max))
	c := &apiv1.QuoteCost{DurationSeconds: q.Duration, Min: lo.String(), Max: hi.String()}
	if q.Budget != nil {
		covers := q.Budget.Cmp(hi) >= 0
		c.BudgetCovers = &covers
	}
	return c
}

// amountOf reads a decimal wei string this package wrote.
func amountOf(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return orZero(v)
}

// warmProviders counts the providers among eligible whose cache holds model, as their last
// heartbeats listed them.
func (s *Server) warmProviders(ctx context.Context, model string, eligible []matching.Provider) (int, error) {
	if len(eligible) == 0 {
		return 0, nil
	}
	keys := make([][]byte, len(eligible))
	for i, p := range eligible {
		keys[i] = common.HexToAddress(p.ID).Bytes()
	}
	want, _ := json.Marshal([]map[string]string{{"model": model}})
	var n int
	if err := s.db.WithContext(ctx).Raw(`SELECT count(*) FROM market.providers WHERE address IN ? AND models @> ?::jsonb`,
		keys, string(want)).Scan(&n).Error; err != nil {
		return 0, fmt.Errorf("count providers holding %s: %w", model, err)
	}
	return n, nil
}
