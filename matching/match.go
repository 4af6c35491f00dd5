package matching

import (
	"cmp"
	"fmt"
	"slices"
)

// Match is the outcome of matching one job: who gets it, who takes over when it fails, and why
// every other bid cannot. A job without a winner has its reasons in Excluded.
type Match struct {
	JobID        uint64
	ClientRegion string
	Winner       *Candidate  // nil when no bid is eligible
	Backups      []Candidate // next best, best first, each from a different provider
	Eligible     int         // providers that could serve the job: Winner, Backups and the rest
	Bids         int         // bids considered
	Excluded     []Exclusion // sorted by provider, price, bid ref
}

// Candidate is an eligible bid with the path that reaches it and its score.
type Candidate struct {
	Bid       Bid
	Breakdown Breakdown
}

// Cost is the candidate's score: the length of its path, lower is better.
func (c Candidate) Cost() float64 { return c.Breakdown.Total }

// Matched reports whether the job has a winner.
func (m Match) Matched() bool { return m.Winner != nil }

// Match awards job among bids (the job's open bids, in any order): the provider at the end of the
// shortest path wins, and the next Config.Backups providers are ranked for failover. Ties go to
// the lower price, then the lower provider ID, so the same input in any order gives the same
// match. Malformed input is an error wrapping ErrInvalidInput; bids that merely cannot win are
// reported in Match.Excluded.
func (n *Network) Match(job Job, bids []Bid) (Match, error) {
	return n.match(job, bids, 1+n.cfg.Backups)
}

// Rank is Match with every eligible provider ranked: Winner, then all the others as Backups. It
// is for explanations ("why not me?") and checks, not for awards.
func (n *Network) Rank(job Job, bids []Bid) (Match, error) {
	return n.match(job, bids, 0)
}

func (n *Network) match(job Job, bids []Bid, limit int) (Match, error) {
	if err := job.validate(); err != nil {
		return Match{}, fmt.Errorf("match job %d: %w", job.ID, err)
	}
	for _, b := range bids {
		if err := b.validate(job.ID); err != nil {
			return Match{}, fmt.Errorf("match job %d: %w", job.ID, err)
		}
	}
	sorted := slices.Clone(bids)
	slices.SortFunc(sorted, func(a, b Bid) int {
		return cmp.Or(
			cmp.Compare(a.Provider, b.Provider),
			a.PricePerGpuSecond.Cmp(b.PricePerGpuSecond),
			cmp.Compare(a.Ref, b.Ref),
		)
	})
	routes := n.routes[job.ClientRegion]
	cands, excluded := n.screen(job, sorted, routes)
	m := Match{JobID: job.ID, ClientRegion: job.ClientRegion, Eligible: len(cands), Bids: len(bids), Excluded: excluded}
	for i, r := range n.search(cands, routes, limit) {
		c := n.candidate(cands[r.cand], r, routes)
		if i == 0 {
			m.Winner = &c
		} else {
			m.Backups = append(m.Backups, c)
		}
	}
	return m, nil
}

func (n *Network) candidate(c candidate, r reached, routes []route) Candidate {
	w := n.cfg.Weights
	p := &n.providers[c.prov]
	ids, clientMs, hopsMs, ctrlLoad := via(routes, r.ctrl, n.controllers)
	return Candidate{Bid: c.bid, Breakdown: Breakdown{
		Via:                    ids,
		ClientToControllerMs:   clientMs,
		ControllerHopsMs:       hopsMs,
		ControllerToProviderMs: r.ctrlM,
		ControllerLoad:         ctrlLoad,
		ProviderLoad:           p.Load,
		Availability:           p.Availability,
		Performance:            p.Performance,
		PriceRatio:             c.ratio,
		LatencyCost:            w.LatencyPerMs * (clientMs + hopsMs + r.ctrlM),
		ControllerLoadCost:     w.ControllerLoad * ctrlLoad,
		BaseCost:               c.terms.base,
		ProviderLoadCost:       c.terms.load,
		PriceCost:              c.terms.price,
		AvailabilityCost:       c.terms.availability,
		PerformanceCost:        c.terms.perf,
		StartSeconds:           c.bid.StartSeconds,
		Warm:                   c.bid.Warm,
		StartCost:              c.terms.start,
		Total:                  r.cost,
	}}
}
