package controller

import (
	"context"
	"encoding/json"
	"fmt"
)

// beat records this controller in the matching graph: its region, measured region latencies and
// load. Controllers not seen for a minute drop out of matching.
func (n *Node) beat(ctx context.Context) error {
	links := map[string]float64{n.cfg.Region: DefaultLocalLatencyMs}
	for r, ms := range n.cfg.RegionLatencyMs {
		links[r] = ms
	}
	b, _ := json.Marshal(links)
	load := min(n.load(), 1)
	if err := n.db.WithContext(ctx).Exec(`
		INSERT INTO market.controllers (id, region, load, region_links, seen_at) VALUES ( ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, load = EXCLUDED.load,
			region_links = EXCLUDED.region_links, seen_at = EXCLUDED.seen_at`,
		n.cfg.ControllerID, n.cfg.Region, load, b, n.now()).Error; err != nil {
		return fmt.Errorf("controller heartbeat: %w", err)
	}
	return nil
}
