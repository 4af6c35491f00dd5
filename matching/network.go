package matching

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
)

// Network is a validated, indexed snapshot of controllers, providers and latencies, with the
// routes from every client region through the controller layer computed once for all jobs.
type Network struct {
	cfg         Config
	controllers []Controller // sorted by ID: indexes are a stable tie-break
	providers   []Provider   // sorted by ID
	ctrlIndex   map[string]int32
	provIndex   map[string]int32
	ctrlLinks   [][]link // controller → neighbour controllers
	provLinks   [][]link // provider → the controllers that reach it, by controller index
	routes      map[string][]route
}

// link is an edge to node `to` of the other end's kind.
type link struct {
	to int32
	ms float64
}

// NewNetwork validates s and builds the matching graph with policy cfg (start from DefaultConfig).
// It copies what it keeps, so the caller may reuse s.
func NewNetwork(s Snapshot, cfg Config) (*Network, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("network config: %w", err)
	}
	n := &Network{
		cfg:         cfg,
		controllers: slices.Clone(s.Controllers),
		providers:   make([]Provider, len(s.Providers)),
		ctrlIndex:   make(map[string]int32, len(s.Controllers)),
		provIndex:   make(map[string]int32, len(s.Providers)),
	}
	slices.SortFunc(n.controllers, func(a, b Controller) int { return cmp.Compare(a.ID, b.ID) })
	for i, c := range n.controllers {
		if err := c.validate(); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		if _, dup := n.ctrlIndex[c.ID]; dup {
			return nil, fmt.Errorf("network: %w", invalid("duplicate controller ID %q", c.ID))
		}
		n.ctrlIndex[c.ID] = int32(i)
	}
	for i, p := range s.Providers {
		if err := p.validate(); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		p.GPUs = slices.Clone(p.GPUs)
		p.Stake = new(big.Int).Set(p.Stake)
		n.providers[i] = p
	}
	slices.SortFunc(n.providers, func(a, b Provider) int { return cmp.Compare(a.ID, b.ID) })
	for i, p := range n.providers {
		if _, dup := n.provIndex[p.ID]; dup {
			return nil, fmt.Errorf("network: %w", invalid("duplicate provider ID %q", p.ID))
		}
		n.provIndex[p.ID] = int32(i)
	}
	if err := n.link(s); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	n.routes = n.routeRegions(s.RegionLinks)
	return n, nil
}

// link validates and indexes the controller and provider links.
func (n *Network) link(s Snapshot) error {
	n.ctrlLinks = make([][]link, len(n.controllers))
	n.provLinks = make([][]link, len(n.providers))
	seen := make(map[[2]string]bool, len(s.ControllerLinks)+len(s.ProviderLinks))
	for _, l := range s.ControllerLinks {
		a, okA := n.ctrlIndex[l.A]
		b, okB := n.ctrlIndex[l.B]
		key := [2]string{min(l.A, l.B), max(l.A, l.B)}
		switch {
		case !okA || !okB:
			return invalid("controller link %q–%q: unknown controller", l.A, l.B)
		case a == b:
			return invalid("controller link %q–%q: a controller cannot link to itself", l.A, l.B)
		case seen[key]:
			return invalid("duplicate controller link %q–%q", l.A, l.B)
		}
		if err := checkLatency(l.LatencyMs); err != nil {
			return invalid("controller link %q–%q: %v", l.A, l.B, err)
		}
		seen[key] = true
		n.ctrlLinks[a] = append(n.ctrlLinks[a], link{b, l.LatencyMs})
		n.ctrlLinks[b] = append(n.ctrlLinks[b], link{a, l.LatencyMs})
	}
	for _, l := range s.ProviderLinks {
		c, okC := n.ctrlIndex[l.Controller]
		p, okP := n.provIndex[l.Provider]
		key := [2]string{"c:" + l.Controller, "p:" + l.Provider}
		switch {
		case !okC:
			return invalid("provider link %q→%q: unknown controller", l.Controller, l.Provider)
		case !okP:
			return invalid("provider link %q→%q: unknown provider", l.Controller, l.Provider)
		case seen[key]:
			return invalid("duplicate provider link %q→%q", l.Controller, l.Provider)
		}
		if err := checkLatency(l.LatencyMs); err != nil {
			return invalid("provider link %q→%q: %v", l.Controller, l.Provider, err)
		}
		seen[key] = true
		n.provLinks[p] = append(n.provLinks[p], link{c, l.LatencyMs})
	}
	byNode := func(a, b link) int { return cmp.Compare(a.to, b.to) }
	for _, ls := range n.ctrlLinks {
		slices.SortFunc(ls, byNode)
	}
	for _, ls := range n.provLinks {
		slices.SortFunc(ls, byNode)
	}
	return n.checkRegionLinks(s.RegionLinks)
}

func (n *Network) checkRegionLinks(links []RegionLink) error {
	seen := make(map[RegionLink]bool, len(links))
	for _, l := range links {
		if l.Region == "" {
			return invalid("region link to %q: empty region", l.Controller)
		}
		if _, ok := n.ctrlIndex[l.Controller]; !ok {
			return invalid("region link %q→%q: unknown controller", l.Region, l.Controller)
		}
		if err := checkLatency(l.LatencyMs); err != nil {
			return invalid("region link %q→%q: %v", l.Region, l.Controller, err)
		}
		key := RegionLink{Region: l.Region, Controller: l.Controller}
		if seen[key] {
			return invalid("duplicate region link %q→%q", l.Region, l.Controller)
		}
		seen[key] = true
	}
	return nil
}

// Config is the policy the network matches with.
func (n *Network) Config() Config { return n.cfg }

// Provider returns a copy of the provider with the given ID as the snapshot has it.
func (n *Network) Provider(id string) (Provider, bool) {
	i, ok := n.provIndex[id]
	if !ok {
		return Provider{}, false
	}
	p := n.providers[i]
	p.GPUs, p.Stake = slices.Clone(p.GPUs), new(big.Int).Set(p.Stake)
	return p, true
}
