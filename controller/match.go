package controller

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/matching"
)

// unmeasuredLatencyMs stands in for a latency nobody measured yet (a provider that has not
// reported its latency to a controller, a client region no controller has a figure for): high
// enough that measured paths win, finite so that such a provider can still serve.
const unmeasuredLatencyMs = 250

// snapshot assembles the matching graph for jobs from client regions to the providers that bid
// on them: the live controllers with their measured region latencies and load, and each bidder
// with its inventory, heartbeat figures and stake at finality.
func (n *Node) snapshot(ctx context.Context, regions []string, bidders []common.Address) (matching.Snapshot, error) {
	var snap matching.Snapshot
	var ctls []struct {
		ID          string
		Region      string
		Load        float64
		RegionLinks []byte
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT id, region, load, region_links FROM market.controllers WHERE seen_at > ? ORDER BY id`,
		n.now().Add(-time.Minute)).Scan(&ctls).Error; err != nil {
		return snap, fmt.Errorf("read controllers: %w", err)
	}
	linked := map[string]bool{}
	for _, c := range ctls {
		snap.Controllers = append(snap.Controllers, matching.Controller{ID: c.ID, Region: c.Region, Load: min(max(c.Load, 0), 1)})
		var links map[string]float64
		_ = json.Unmarshal(c.RegionLinks, &links)
		for r, ms := range links {
			snap.RegionLinks = append(snap.RegionLinks, matching.RegionLink{Region: r, Controller: c.ID, LatencyMs: ms})
			linked[r] = true
		}
	}
	for _, r := range regions {
		if linked[r] {
			continue
		}
		linked[r] = true
		for _, c := range ctls {
			snap.RegionLinks = append(snap.RegionLinks, matching.RegionLink{Region: r, Controller: c.ID, LatencyMs: unmeasuredLatencyMs})
		}
	}
	if len(bidders) == 0 {
		return snap, nil
	}
	keys := make([][]byte, len(bidders))
	for i, b := range bidders {
		keys[i] = b.Bytes()
	}
	var rows []market.Provider
	if err := n.db.WithContext(ctx).Raw(`SELECT `+market.ProviderCols+` FROM market.providers WHERE address IN ?`, keys).Scan(&rows).Error; err != nil {
		return snap, fmt.Errorf("read bidders: %w", err)
	}
	for i := range rows {
		p := &rows[i]
		addr := common.BytesToAddress(p.Address)
		var gpus []apiv1.GPUSpec
		_ = json.Unmarshal(p.Gpus, &gpus)
		stake, err := n.mirror.Balance(ctx, addr, "stake_active", indexer.Finalized)
		if err != nil {
			return snap, err
		}
		mp := matching.Provider{ID: addr.Hex(), Region: p.Region, FreeGPUs: p.FreeGpus, Load: min(max(p.Load, 0), 1),
			Availability: n.beats.Availability(p, n.now()), Performance: p.Performance, Stake: stake, Healthy: n.healthy(p)}
		models := make([]string, 0, len(gpus))
		for _, g := range gpus {
			mp.GPUs = append(mp.GPUs, matching.GPU{Model: g.Model, MemoryMiB: g.MemoryMiB, Count: g.Count})
			models = append(models, g.Model)
		}
		mp.Performance = min(mp.Performance, matching.PerformanceCeiling(models))
		snap.Providers = append(snap.Providers, mp)
		lat := controllerLatencies(p)
		measured := false
		for _, c := range ctls {
			if ms, ok := lat[c.ID]; ok {
				snap.ProviderLinks = append(snap.ProviderLinks, matching.ProviderLink{Controller: c.ID, Provider: mp.ID, LatencyMs: ms})
				measured = true
			}
		}
		if !measured {
			for _, c := range ctls {
				snap.ProviderLinks = append(snap.ProviderLinks, matching.ProviderLink{Controller: c.ID, Provider: mp.ID, LatencyMs: unmeasuredLatencyMs})
			}
		}
	}
	return snap, nil
}

// matchJob runs matching for one job over its bids.
func (n *Node) matchJob(ctx context.Context, j *market.Job, bids []market.Bid) (matching.Match, error) {
	bidders := make([]common.Address, len(bids))
	mb := make([]matching.Bid, len(bids))
	for i, b := range bids {
		bidders[i] = common.BytesToAddress(b.Provider)
		price, _ := new(big.Int).SetString(b.Price, 10)
		mb[i] = matching.Bid{Provider: bidders[i].Hex(), JobID: uint64(j.ID), PricePerGpuSecond: price, Ref: bidders[i].Hex(),
			StartSeconds: float64(b.StartSeconds), Warm: b.Warm}
	}
	if err := n.checkWarmClaims(ctx, j, mb); err != nil {
		return matching.Match{}, err
	}
	snap, err := n.snapshot(ctx, []string{j.Region}, bidders)
	if err != nil {
		return matching.Match{}, err
	}
	net, err := matching.NewNetwork(snap, matching.DefaultConfig())
	if err != nil {
		return matching.Match{}, fmt.Errorf("matching graph: %w", err)
	}
	maxPrice, _ := new(big.Int).SetString(j.MaxPrice, 10)
	minStake, _ := new(big.Int).SetString(j.MinProviderStake, 10)
	t0 := time.Now()
	m, err := net.Match(matching.Job{ID: uint64(j.ID), ClientRegion: j.Region, GPUModel: j.GpuModel, MinGPUMemoryMiB: j.GpuMemoryMib,
		GPUCount: j.GpuCount, MaxPricePerGpuSecond: maxPrice, MinProviderStake: minStake}, mb)
	n.metrics.matchSeconds.Observe(time.Since(t0).Seconds())
	if err != nil {
		return m, fmt.Errorf("match job %d: %w", j.ID, err)
	}
	return m, nil
}

// matchView is the match as the API shows it (stored in market.jobs.match and served as is):
// winner and backups with their score breakdown, every excluded bid with its reason, and the
// whole explanation in words.
func matchView(m matching.Match, bids []market.Bid) apiv1.MatchResult {
	price := map[string]string{}
	for _, b := range bids {
		price[common.BytesToAddress(b.Provider).Hex()] = b.Price
	}
	score := func(c matching.Candidate) apiv1.ScoreBreakdown {
		b := c.Breakdown
		lat := b.ClientToControllerMs + b.ControllerHopsMs + b.ControllerToProviderMs
		via := append([]string(nil), b.Via...)
		v := apiv1.ScoreBreakdown{
			Provider: c.Bid.Provider, Price: price[c.Bid.Provider], Via: &via, LatencyMs: &lat,
			LatencyCost: b.LatencyCost, ControllerLoadCost: &b.ControllerLoadCost, BaseCost: &b.BaseCost,
			ProviderLoadCost: &b.ProviderLoadCost, PriceCost: b.PriceCost, AvailabilityCost: &b.AvailabilityCost,
			PerformanceCost: &b.PerformanceCost, Total: b.Total, Explanation: b.String(),
		}
		if b.StartSeconds > 0 || b.Warm {
			v.Warm, v.StartSeconds, v.StartCost = &b.Warm, &b.StartSeconds, &b.StartCost
		}
		return v
	}
	v := apiv1.MatchResult{Bids: m.Bids, Eligible: m.Eligible, Backups: []apiv1.ScoreBreakdown{}, Excluded: []apiv1.Exclusion{}, Explanation: m.String()}
	if m.Winner != nil {
		w := score(*m.Winner)
		v.Winner = &w
	}
	for _, c := range m.Backups {
		v.Backups = append(v.Backups, score(c))
	}
	for _, e := range m.Excluded {
		v.Excluded = append(v.Excluded, apiv1.Exclusion{Provider: e.Bid.Provider, Reason: string(e.Reason), Detail: e.Detail})
	}
	return v
}

type (
	apiScore = apiv1.ScoreBreakdown
	apiMatch = apiv1.MatchResult
)

// controllerLatencies is the latency from each controller to p that matching may trust: what the
// controllers measured themselves. A provider's own report stands only while no controller has
// probed it yet (a new registration, or probes turned off); a failed probe leaves that link
// unmeasured.
func controllerLatencies(p *market.Provider) map[string]float64 {
	var probed, reported map[string]float64
	_ = json.Unmarshal(p.ProbedLatencies, &probed)
	if len(probed) == 0 {
		_ = json.Unmarshal(p.Latencies, &reported)
		return reported
	}
	out := make(map[string]float64, len(probed))
	for id, ms := range probed {
		if ms >= 0 {
			out[id] = ms
		}
	}
	return out
}

// What a start claimed warm without the model in the provider's cache counts as at least: its
// download at 100 MiB/s and 3 s to load.
const (
	coldRate        = 100 << 20
	coldLoadSeconds = 3.0
)

// checkWarmClaims credits a bid's warm start only when its provider's last heartbeat listed the
// job's model (pinned) in its cache: a provider saying warm without it is counted cold.
func (n *Node) checkWarmClaims(ctx context.Context, j *market.Job, bids []matching.Bid) error {
	var spec struct {
		Model     string `json:"model"`
		ModelInfo *struct {
			Bytes int64 `json:"bytes"`
		} `json:"modelInfo"`
	}
	_ = json.Unmarshal(j.Spec, &spec)
	claims := [][]byte{}
	for _, b := range bids {
		if b.Warm {
			claims = append(claims, common.HexToAddress(b.Provider).Bytes())
		}
	}
	if len(claims) == 0 {
		return nil
	}
	warm := map[common.Address]bool{}
	if spec.Model != "" {
		want, _ := json.Marshal([]map[string]string{{"model": spec.Model}})
		var rows []struct{ Address []byte }
		if err := n.db.WithContext(ctx).Raw(`SELECT address FROM market.providers WHERE address IN ? AND models @> ?::jsonb`, claims, string(want)).
			Scan(&rows).Error; err != nil {
			return fmt.Errorf("read the caches of job %d's bidders: %w", j.ID, err)
		}
		for _, r := range rows {
			warm[common.BytesToAddress(r.Address)] = true
		}
	}
	// A start it claimed warm is not believed either: at least the model's download at
	// coldRate and a load.
	cold := coldLoadSeconds
	if spec.ModelInfo != nil {
		cold += float64(spec.ModelInfo.Bytes) / coldRate
	}
	for i := range bids {
		if bids[i].Warm && !warm[common.HexToAddress(bids[i].Provider)] {
			n.log.Warn("a bid says warm but its provider's heartbeat does not list the model: counted cold", "job", j.ID, "provider", bids[i].Provider)
			bids[i].Warm = false
			bids[i].StartSeconds = max(bids[i].StartSeconds, cold)
		}
	}
	return nil
}
