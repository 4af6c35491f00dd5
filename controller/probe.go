package controller

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/netguard"
)

// Latency probes: the matching weighs the controller → provider latency, which providers used to
// report themselves (0 ms won every match). Each controller now measures it: a GET of the
// endpoint's /healthz through the same guarded, pinned transport the gateway uses, every
// ProbeInterval, kept as a moving average in market.providers.probed_latencies under this
// controller's id (-1: the probe failed, so the provider counts as unmeasured).

const (
	probeTimeout     = 3 * time.Second
	probeConcurrency = 16
	probeSmoothing   = 0.3 // weight of the newest measurement
)

// probeLoop probes the healthy providers' endpoints every ProbeInterval until ctx ends.
func (n *Node) probeLoop(ctx context.Context) {
	t := time.NewTicker(n.cfg.ProbeInterval)
	defer t.Stop()
	for {
		if err := n.ProbeLatencies(ctx); err != nil && ctx.Err() == nil {
			n.log.Warn("latency probes failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// ProbeLatencies measures this controller's latency to every healthy provider once (Run does it
// every ProbeInterval).
func (n *Node) ProbeLatencies(ctx context.Context) error {
	n.probeOnce.Do(func() { n.probes = netguard.NewProviderTransport(chain.IsDevChain(n.chainID.Uint64())) })
	tr := n.probes
	var ps []struct {
		Address  []byte
		Endpoint string
		TLSPin   *string
		Probed   []byte `gorm:"column:probed_latencies"`
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT address, endpoint, tls_pin, probed_latencies FROM market.providers WHERE last_heartbeat_at > ?`,
		n.now().Add(-n.cfg.HeartbeatTimeout)).Scan(&ps).Error; err != nil {
		return fmt.Errorf("read providers to probe: %w", err)
	}
	sem := make(chan struct{}, probeConcurrency)
	var wg sync.WaitGroup
	for _, p := range ps {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			pin := ""
			if p.TLSPin != nil {
				pin = *p.TLSPin
			}
			ms := n.probeOne(ctx, tr.For(pin), p.Endpoint)
			var old map[string]float64
			_ = json.Unmarshal(p.Probed, &old)
			if prev, ok := old[n.cfg.ControllerID]; ok && prev >= 0 && ms >= 0 {
				ms = prev + probeSmoothing*(ms-prev)
			}
			if err := n.db.WithContext(ctx).Exec(`UPDATE market.providers SET probed_latencies = probed_latencies || jsonb_build_object(?::text, ?::float8) WHERE address = ?`,
				n.cfg.ControllerID, ms, p.Address).Error; err != nil && ctx.Err() == nil {
				n.log.Warn("store a latency probe", "provider", common.BytesToAddress(p.Address).Hex(), "err", err)
			}
		})
	}
	wg.Wait()
	return nil
}

// probeOne is the round trip of one GET endpoint/healthz in milliseconds, or -1.
func (n *Node) probeOne(ctx context.Context, rt http.RoundTripper, endpoint string) float64 {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"/healthz", nil)
	if err != nil {
		return -1
	}
	t0 := time.Now()
	rsp, err := rt.RoundTrip(req)
	if err != nil {
		return -1
	}
	rsp.Body.Close()
	if rsp.StatusCode >= 300 {
		return -1
	}
	return float64(time.Since(t0).Microseconds()) / 1000
}
