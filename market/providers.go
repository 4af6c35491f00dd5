package market

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// Provider is a provider as stored in market.providers: its registration and what its
// heartbeats last said.
type Provider struct {
	Address          []byte
	Region           string
	Endpoint         string
	Gpus             []byte
	Performance      float64
	FreeGpus         int
	Load             float64
	Latencies        []byte // what the provider reports, by controller id (display only once probed)
	ProbedLatencies  []byte // what each controller measured, by controller id (-1: the probe failed)
	Telemetry        []byte
	Models           []byte // the models in its cache, []apiv1.WarmModel as JSON (its last heartbeat's list)
	Heartbeats       int64
	FirstHeartbeatAt *time.Time
	LastHeartbeatAt  *time.Time
	RegisteredAt     time.Time
}

// ProviderCols selects a Provider from market.providers.
const ProviderCols = `address, region, endpoint, gpus, performance, free_gpus, load, latencies, probed_latencies, telemetry, models, heartbeats,
	first_heartbeat_at, last_heartbeat_at, registered_at`

// LoadProvider reads the provider at addr; ok is false when none is registered there.
func LoadProvider(ctx context.Context, db *gorm.DB, addr common.Address) (p *Provider, ok bool, err error) {
	p = new(Provider)
	res := db.WithContext(ctx).Raw(`SELECT `+ProviderCols+` FROM market.providers WHERE address = ?`, addr.Bytes()).Scan(p)
	if res.Error != nil {
		return nil, false, fmt.Errorf("read provider %s: %w", addr, res.Error)
	}
	return p, res.RowsAffected > 0, nil
}

// Heartbeats are what providers are told (Interval) and how long a silence makes one unhealthy
// (Timeout).
type Heartbeats struct {
	Interval time.Duration
	Timeout  time.Duration
}

// Healthy: the provider answered a heartbeat recently enough.
func (h Heartbeats) Healthy(p *Provider, now time.Time) bool {
	return p.LastHeartbeatAt != nil && now.Sub(*p.LastHeartbeatAt) <= h.Timeout
}

// Availability is the share of the heartbeats expected since the first one that arrived.
func (h Heartbeats) Availability(p *Provider, now time.Time) float64 {
	if p.FirstHeartbeatAt == nil || p.Heartbeats == 0 {
		return 0
	}
	expected := now.Sub(*p.FirstHeartbeatAt).Seconds()/h.Interval.Seconds() + 1
	a := float64(p.Heartbeats) / expected
	if !h.Healthy(p, now) {
		// Silent now: what it answered before says little about whether it answers now.
		a = math.Min(a, 0.05)
	}
	return math.Min(1, a)
}
