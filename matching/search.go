package matching

import "math"

// reached is one path reaching the job (the sink) through one provider.
type reached struct {
	cand  int32   // index into the job's candidates
	cost  float64 // the whole path: region → controllers → provider → job
	ctrl  int32   // the controller the provider was reached from
	ctrlM float64 // its latency to the provider
}

// search continues Dijkstra from the region's settled controller layer (routes) through the
// candidates' provider nodes to the job. The first arrival at the job is the shortest path; each
// later arrival comes through another provider (one node per provider) and is the next best, so
// the arrivals in order are the ranking. It stops after limit arrivals (limit ≤ 0: all).
//
// The work is proportional to the candidates' controller links plus the controllers: the
// controller→provider edges are built here from the candidates, never from a controller's list
// of all the providers it reaches.
func (n *Network) search(cands []candidate, routes []route, limit int) []reached {
	if len(cands) == 0 || routes == nil {
		return nil
	}
	if limit <= 0 || limit > len(cands) {
		limit = len(cands)
	}
	w := n.cfg.Weights
	adj := make([][]link, len(n.controllers)) // controller → this job's provider nodes
	for i, c := range cands {
		for _, l := range n.provLinks[c.prov] {
			if !math.IsInf(routes[l.to].cost, 1) {
				adj[l.to] = append(adj[l.to], link{int32(i), l.ms})
			}
		}
	}
	dist := make([]float64, len(cands))
	from := make([]link, len(cands)) // controller and latency of the best edge into the provider
	done := make([]bool, len(cands))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	// Equal costs at the job go to the lower price, then to the lower provider ID (candidates are
	// sorted by provider).
	q := &queue{items: make([]item, 0, len(routes)+2*len(cands)), tie: func(a, b int32) int {
		if c := cands[a].bid.PricePerGpuSecond.Cmp(cands[b].bid.PricePerGpuSecond); c != 0 {
			return c
		}
		return int(a - b)
	}}
	for c, r := range routes {
		if len(adj[c]) > 0 {
			q.push(item{cost: r.cost, kind: controllerNode, idx: int32(c)})
		}
	}
	out := make([]reached, 0, limit)
	for q.Len() > 0 && len(out) < limit {
		it := q.pop()
		switch it.kind {
		case controllerNode:
			for _, e := range adj[it.idx] {
				if d := it.cost + w.LatencyPerMs*e.ms; d < dist[e.to] {
					dist[e.to], from[e.to] = d, link{it.idx, e.ms}
					q.push(item{cost: d, kind: providerNode, idx: e.to})
				}
			}
		case providerNode:
			if done[it.idx] || it.cost > dist[it.idx] {
				continue // a stale entry: a cheaper edge came later
			}
			done[it.idx] = true
			q.push(item{cost: it.cost + cands[it.idx].terms.cost, kind: arrival, idx: it.idx})
		case arrival:
			f := from[it.idx]
			out = append(out, reached{cand: it.idx, cost: it.cost, ctrl: f.to, ctrlM: f.ms})
		}
	}
	return out
}
