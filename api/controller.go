package api

import (
	"context"
	"encoding/json"
	"fmt"
)

// beat records this controller in the matching graph: its region, measured region latencies and
// load. Controllers not seen for a minute drop out of matching.
func (s *Server) beat(ctx context.Context) error {
	links := map[string]float64{s.cfg.Region: DefaultLocalLatencyMs}
	for r, ms := range s.cfg.RegionLatencyMs {
		links[r] = ms
	}
	b, _ := json.Marshal(links)
	load := min(s.metrics.inflightNow()/64, 1)
	if err := s.db.WithContext(ctx).Exec(`
		INSERT INTO market.controllers (id, region, load, region_links, seen_at) VALUES ( ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, load = EXCLUDED.load,
			region_links = EXCLUDED.region_links, seen_at = EXCLUDED.seen_at`,
		s.cfg.ControllerID, s.cfg.Region, load, b, s.now()).Error; err != nil {
		return fmt.Errorf("controller heartbeat: %w", err)
	}
	return nil
}
