package controller

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/matching"
)

// Reach is who could serve a job now: every provider heard from recently, screened by the checks
// an award goes by.
type Reach struct {
	Providers []matching.Provider  // the providers screened, by ID
	Eligible  []matching.Candidate // those that could serve the job, best first
	Excluded  []matching.Exclusion // the others, each with matching's reason
}

// Reach screens the providers that sent a heartbeat within the heartbeat timeout against job as
// though each had bid nothing: the same snapshot and the same matching checks as an award (health,
// availability, GPU model, memory and count, free GPUs, stake, reachability from the job's
// region), the price aside. A nil maximum price or minimum stake is none.
func (n *Node) Reach(ctx context.Context, job matching.Job) (Reach, error) {
	var out Reach
	snap, err := n.reach.get(job.ClientRegion, n.now(), n.cfg.ReachCache, func() (matching.Snapshot, error) { return n.reachSnapshot(ctx, job.ClientRegion) })
	if err != nil {
		return out, err
	}
	out.Providers = slices.Clone(snap.Providers)
	slices.SortFunc(out.Providers, func(a, b matching.Provider) int { return cmp.Compare(a.ID, b.ID) })
	net, err := matching.NewNetwork(snap, matching.DefaultConfig())
	if err != nil {
		return out, fmt.Errorf("matching graph: %w", err)
	}
	if job.MaxPricePerGpuSecond == nil {
		job.MaxPricePerGpuSecond = new(big.Int)
	}
	if job.MinProviderStake == nil {
		job.MinProviderStake = new(big.Int)
	}
	bids := make([]matching.Bid, len(snap.Providers))
	for i, p := range snap.Providers {
		bids[i] = matching.Bid{Provider: p.ID, JobID: job.ID, PricePerGpuSecond: new(big.Int), Ref: p.ID}
	}
	m, err := net.Rank(job, bids)
	if err != nil {
		return out, fmt.Errorf("screen providers: %w", err)
	}
	if m.Winner != nil {
		out.Eligible = append([]matching.Candidate{*m.Winner}, m.Backups...)
	}
	out.Excluded = m.Excluded
	return out, nil
}

// reachSnapshot is the network as matching sees it from region, with every provider heard from
// within the heartbeat timeout.
func (n *Node) reachSnapshot(ctx context.Context, region string) (matching.Snapshot, error) {
	// This node is answering, so it is part of the network now, though its row may not have been
	// written yet right after a start. Reach serves a public endpoint: read first, write rarely.
	var fresh bool
	if err := n.db.WithContext(ctx).Raw(`SELECT EXISTS (SELECT 1 FROM market.controllers WHERE id = ? AND seen_at > ?)`,
		n.cfg.ControllerID, n.now().Add(-30*time.Second)).Scan(&fresh).Error; err != nil {
		return matching.Snapshot{}, fmt.Errorf("read this controller's row: %w", err)
	}
	if !fresh {
		if err := n.beat(ctx); err != nil {
			return matching.Snapshot{}, err
		}
	}
	var keys [][]byte
	if err := n.db.WithContext(ctx).Raw(`SELECT address FROM market.providers WHERE last_heartbeat_at > ? ORDER BY address`,
		n.now().Add(-n.beats.Timeout)).Scan(&keys).Error; err != nil {
		return matching.Snapshot{}, fmt.Errorf("read providers heard from: %w", err)
	}
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = common.BytesToAddress(k)
	}
	snap, err := n.snapshot(ctx, []string{region}, addrs)
	if err != nil {
		return snap, err
	}
	for i := range snap.Providers {
		// A heartbeat may claim more free GPUs than the registration has; one such provider must
		// not make the whole graph invalid for everyone's quotes.
		p := &snap.Providers[i]
		total := 0
		for _, g := range p.GPUs {
			total += max(g.Count, 0)
		}
		p.FreeGPUs = min(max(p.FreeGPUs, 0), total)
	}
	return snap, nil
}

// reachCache holds the latest snapshot of each region for Config.ReachCache: every quote and
// every job submission screens the whole network, and without it each would read every provider
// and its stake from Postgres (a thousand providers, a thousand stake reads, per request). The
// default two seconds is well inside the heartbeat interval, so a quote is as fresh as the
// heartbeats it is built from. Concurrent misses for a region share one read.
type reachCache struct {
	mu    sync.Mutex
	byKey map[string]*reachEntry
}

type reachEntry struct {
	once sync.Once
	at   time.Time
	snap matching.Snapshot
	err  error
}

func (c *reachCache) get(region string, now time.Time, ttl time.Duration, read func() (matching.Snapshot, error)) (matching.Snapshot, error) {
	if ttl <= 0 {
		return read()
	}
	c.mu.Lock()
	if c.byKey == nil {
		c.byKey = map[string]*reachEntry{}
	}
	e := c.byKey[region]
	if e == nil || now.Sub(e.at) > ttl {
		e = &reachEntry{at: now}
		c.byKey[region] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.snap, e.err = read() })
	if e.err != nil {
		c.mu.Lock()
		if c.byKey[region] == e {
			delete(c.byKey, region) // a failed read is not remembered
		}
		c.mu.Unlock()
	}
	return e.snap, e.err
}
