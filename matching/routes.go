package matching

import (
	"cmp"
	"math"
	"slices"
)

// route is the cheapest way from a client region to one controller. Together, the routes of a
// region are the settled first layer of every job's search from that region: no edge leads back
// from a provider to a controller, so the part of Dijkstra that runs before the first provider is
// the same for every job and is run once per region here.
type route struct {
	cost float64 // +Inf when no path reaches the controller
	prev int32   // previous controller on the path, or -1 when entered straight from the region
	ms   float64 // latency of the edge into this controller
}

func (n *Network) routeRegions(links []RegionLink) map[string][]route {
	byRegion := make(map[string][]link)
	for _, l := range links {
		byRegion[l.Region] = append(byRegion[l.Region], link{n.ctrlIndex[l.Controller], l.LatencyMs})
	}
	routes := make(map[string][]route, len(byRegion))
	for region, entries := range byRegion {
		routes[region] = n.route(entries)
	}
	return routes
}

// route runs Dijkstra from a region (the source) over the controllers.
func (n *Network) route(entries []link) []route {
	w := n.cfg.Weights
	rs := make([]route, len(n.controllers))
	for i := range rs {
		rs[i] = route{cost: math.Inf(1), prev: -1}
	}
	q := &queue{}
	// Relaxing entries in controller order keeps equal-cost choices independent of input order.
	entries = slices.Clone(entries)
	slices.SortFunc(entries, func(a, b link) int { return cmp.Compare(a.to, b.to) })
	for _, e := range entries {
		if c := w.controllerEdge(e.ms, &n.controllers[e.to]); c < rs[e.to].cost {
			rs[e.to] = route{cost: c, prev: -1, ms: e.ms}
			q.push(item{cost: c, kind: controllerNode, idx: e.to})
		}
	}
	done := make([]bool, len(rs))
	for q.Len() > 0 {
		it := q.pop()
		if done[it.idx] {
			continue
		}
		done[it.idx] = true
		for _, l := range n.ctrlLinks[it.idx] {
			if c := it.cost + w.controllerEdge(l.ms, &n.controllers[l.to]); c < rs[l.to].cost {
				rs[l.to] = route{cost: c, prev: it.idx, ms: l.ms}
				q.push(item{cost: c, kind: controllerNode, idx: l.to})
			}
		}
	}
	return rs
}

// via lists the controllers on the route to c, from the region's side, with the latencies:
// client→first controller and the controller↔controller hops after it.
func via(rs []route, c int32, controllers []Controller) (ids []string, clientMs, hopsMs, load float64) {
	for ; c >= 0; c = rs[c].prev {
		ids = append(ids, controllers[c].ID)
		load += controllers[c].Load
		if rs[c].prev < 0 {
			clientMs = rs[c].ms
		} else {
			hopsMs += rs[c].ms
		}
	}
	slices.Reverse(ids)
	return ids, clientMs, hopsMs, load
}
