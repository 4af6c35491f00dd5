package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/market"
)

// healthy: the provider answered a heartbeat recently enough.
func (s *Server) healthy(p *market.Provider) bool { return s.heartbeats().Healthy(p, s.now()) }

// availability is the share of the heartbeats expected since the first one that arrived.
func (s *Server) availability(p *market.Provider) float64 {
	return s.heartbeats().Availability(p, s.now())
}

func (s *Server) heartbeats() market.Heartbeats {
	return market.Heartbeats{Interval: s.cfg.HeartbeatInterval, Timeout: s.cfg.HeartbeatTimeout}
}

func (s *Server) providerView(ctx context.Context, p *market.Provider) (apiv1.Provider, error) {
	addr := common.BytesToAddress(p.Address)
	var gpus []apiv1.GPUSpec
	if err := json.Unmarshal(p.Gpus, &gpus); err != nil {
		return apiv1.Provider{}, fmt.Errorf("provider %s: stored GPUs: %w", addr, err)
	}
	var lat map[string]float64
	_ = json.Unmarshal(p.Latencies, &lat)
	// Shown stakes may lag a few seconds: a public list of 500 providers is then not 1000
	// mirror reads per request.
	stake, ok := s.stakes.get(addr, s.now())
	if !ok {
		var err error
		if stake, err = s.mirror.Balance(ctx, addr, "stake_active", indexer.Latest); err != nil {
			return apiv1.Provider{}, err
		}
		s.stakes.put(addr, stake, s.now())
	}
	v := apiv1.Provider{
		Address: addr.Hex(), Region: p.Region, Endpoint: p.Endpoint, Gpus: gpus, FreeGpus: p.FreeGpus,
		Load: p.Load, Availability: s.availability(p), Performance: p.Performance, Healthy: s.healthy(p),
		Stake: stake.String(), RegisteredAt: p.RegisteredAt.UTC(), LastHeartbeatAt: p.LastHeartbeatAt,
	}
	if len(lat) > 0 {
		v.LatenciesMs = &lat
	}
	var probed map[string]float64
	if json.Unmarshal(p.ProbedLatencies, &probed) == nil && len(probed) > 0 {
		v.ProbedLatenciesMs = &probed
	}
	var tel []apiv1.GPUTelemetry
	if json.Unmarshal(p.Telemetry, &tel) == nil && len(tel) > 0 {
		v.Telemetry = &tel
	}
	var models []apiv1.WarmModel
	if json.Unmarshal(p.Models, &models) == nil && len(models) > 0 {
		v.Models = &models
	}
	return v, nil
}

// RegisterProvider implements apiv1.ServerInterface.
func (s *Server) RegisterProvider(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.ProviderRegistration
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	checkName(&f, "region", req.Region, true)
	s.checkEndpoint(c.Request.Context(), &f, req.Endpoint)
	if len(req.Gpus) == 0 || len(req.Gpus) > 64 {
		f.add("gpus", "must list 1 to 64 GPU kinds, got %d", len(req.Gpus))
	}
	for i, g := range req.Gpus {
		checkGPU(&f, fmt.Sprintf("gpus[%d]", i), g)
	}
	perf := 1.0
	if req.Performance != nil {
		perf = *req.Performance
		if !(perf >= 1e-6 && perf <= 1e6) {
			f.add("performance", "must be between 0.000001 and 1000000 (1.0 = the reference GPU)")
		}
	}
	pin := checkPin(&f, req.Endpoint, req.TlsPin, s.devEndpoints())
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	gpus, _ := json.Marshal(req.Gpus)
	total := 0
	for _, g := range req.Gpus {
		total += g.Count
	}
	ctx := c.Request.Context()
	var p market.Provider
	if err := s.db.WithContext(ctx).Raw(`
		INSERT INTO market.providers (address, region, endpoint, gpus, performance, free_gpus, tls_pin)
		VALUES ( ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (address) DO UPDATE SET region = EXCLUDED.region, endpoint = EXCLUDED.endpoint,
			gpus = EXCLUDED.gpus, performance = EXCLUDED.performance, tls_pin = EXCLUDED.tls_pin, updated_at = now()
		WHERE (providers.endpoint = EXCLUDED.endpoint AND providers.tls_pin IS NOT DISTINCT FROM EXCLUDED.tls_pin)
			OR NOT EXISTS (SELECT 1 FROM market.jobs WHERE provider = EXCLUDED.address AND state IN `+busyStates+`)
		RETURNING `+market.ProviderCols, addr.Bytes(), req.Region, req.Endpoint, gpus, perf, total, pin).Scan(&p).Error; err != nil {
		fail(c, fmt.Errorf("register provider %s: %w", addr, err))
		return
	}
	if len(p.Address) == 0 {
		// The update was refused: the provider serves a job (see the WHERE above).
		var busy int64
		_ = s.db.WithContext(ctx).Raw(`SELECT id FROM market.jobs WHERE provider = ? AND state IN `+busyStates+` ORDER BY id LIMIT 1`, addr.Bytes()).Scan(&busy).Error
		fail(c, endpointFrozen(busy))
		return
	}
	v, err := s.providerView(ctx, &p)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, v)
}

// Heartbeat implements apiv1.ServerInterface.
func (s *Server) Heartbeat(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.Heartbeat
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	if !(req.Load >= 0 && req.Load <= 1) {
		f.add("load", "must be between 0 (idle) and 1 (saturated)")
	}
	if req.FreeGpus < 0 || req.FreeGpus > 1<<16 {
		f.add("freeGpus", "must be between 0 and 65536")
	}
	lat := map[string]float64{}
	if req.LatenciesMs != nil {
		if len(*req.LatenciesMs) > 256 {
			f.add("latenciesMs", "at most 256 controllers")
		}
		for id, ms := range *req.LatenciesMs {
			if id == "" || len(id) > 64 || !(ms >= 0 && ms <= 1e6) {
				f.add("latenciesMs."+market.Truncate(id, 64), "must be a latency between 0 and 1000000 ms for a controller id")
				continue
			}
			lat[id] = ms
		}
	}
	tel := []apiv1.GPUTelemetry{}
	if req.Gpus != nil {
		if len(*req.Gpus) > 256 {
			f.add("gpus", "at most 256 GPUs")
		}
		for i, g := range *req.Gpus {
			switch {
			case g.Uuid == "" || len(g.Uuid) > 96:
				f.add(fmt.Sprintf("gpus[%d].uuid", i), "must be the GPU's NVML UUID (GPU-…), at most 96 characters")
			case g.Model == "" || len(g.Model) > 64:
				f.add(fmt.Sprintf("gpus[%d].model", i), "must name the GPU model, at most 64 characters")
			case g.UtilizationPercent < 0 || g.UtilizationPercent > 100:
				f.add(fmt.Sprintf("gpus[%d].utilizationPercent", i), "must be between 0 and 100")
			case g.TemperatureC < 0 || g.TemperatureC > 200:
				f.add(fmt.Sprintf("gpus[%d].temperatureC", i), "must be between 0 and 200 °C")
			case !(g.PowerW >= 0 && g.PowerW <= 10000):
				f.add(fmt.Sprintf("gpus[%d].powerW", i), "must be between 0 and 10000 W")
			case g.MemoryUsedMiB < 0 || g.MemoryTotalMiB < 0 || g.MemoryUsedMiB > g.MemoryTotalMiB:
				f.add(fmt.Sprintf("gpus[%d].memoryUsedMiB", i), "must be between 0 and memoryTotalMiB")
			default:
				tel = append(tel, g)
			}
		}
	}
	models := []apiv1.WarmModel{}
	if req.Models != nil {
		if len(*req.Models) > 1024 {
			f.add("models", "at most 1024 models")
		}
		for i, m := range *req.Models {
			ref, err := hub.ParseRef(m.Model)
			switch {
			case err != nil:
				f.add(fmt.Sprintf("models[%d].model", i), "%v", err)
			case !ref.Pinned():
				f.add(fmt.Sprintf("models[%d].model", i), "must name the commit a cached model was fetched at (hf://<org>/<name>@<40 hex>)")
			case m.Bytes < 0:
				f.add(fmt.Sprintf("models[%d].bytes", i), "must not be negative")
			default:
				models = append(models, apiv1.WarmModel{Model: ref.String(), Bytes: m.Bytes})
			}
		}
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	b, _ := json.Marshal(lat)
	tb, _ := json.Marshal(tel)
	mb, _ := json.Marshal(models)
	res := s.db.WithContext(c.Request.Context()).Exec(`
		UPDATE market.providers SET load = ?, free_gpus = ?, latencies = ?, telemetry = ?, models = ?,
			heartbeats = heartbeats + CASE WHEN last_heartbeat_at IS NULL OR last_heartbeat_at <= ? THEN 1 ELSE 0 END,
			first_heartbeat_at = COALESCE(first_heartbeat_at, ?), last_heartbeat_at = ?, updated_at = now()
		WHERE address = ?`, req.Load, req.FreeGpus, b, tb, mb,
		// A burst of heartbeats counts as one: availability (heartbeats over those expected since
		// the first) cannot be bought back after an outage by heartbeating fast.
		s.now().Add(-s.cfg.HeartbeatInterval/2), s.now(), s.now(), addr.Bytes())
	if res.Error != nil {
		fail(c, fmt.Errorf("heartbeat of %s: %w", addr, res.Error))
		return
	}
	if res.RowsAffected == 0 {
		fail(c, notFound("%s is not a registered provider; PUT /v1/providers/me first", addr.Hex()))
		return
	}
	ack := apiv1.HeartbeatAck{Controller: s.cfg.ControllerID, IntervalSeconds: int(s.cfg.HeartbeatInterval / time.Second)}
	var pending int
	if err := s.db.WithContext(c.Request.Context()).Raw(`SELECT count(*) FROM market.disputes WHERE provider = ? AND state = 'pending'`, addr.Bytes()).Scan(&pending).Error; err == nil && pending > 0 {
		ack.PendingDisputes = &pending
	}
	if s.faults != nil {
		// Evidence for the provider: this staked controller heard from it now.
		if a, sig, err := s.faults.Ack(addr, s.now()); err == nil {
			ack.Evidence = &apiv1.SignedHeartbeatAck{Controller: s.faults.Address().Hex(), Timestamp: int64(a.Timestamp), Signature: hexutil.Encode(sig)}
		}
	}
	c.JSON(http.StatusOK, ack)
}

// ListProviders implements apiv1.ServerInterface.
func (s *Server) ListProviders(c *gin.Context, params apiv1.ListProvidersParams) {
	limit := 100
	if params.Limit != nil {
		limit = *params.Limit
	}
	var f fields
	if limit < 1 || limit > 500 {
		f.add("limit", "must be between 1 and 500")
	}
	after := []byte{}
	if params.After != nil {
		a, err := address(*params.After)
		if err != nil {
			f.add("after", "%v", err)
		}
		after = a.Bytes()
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	q := s.db.WithContext(c.Request.Context())
	var rows []market.Provider
	var err error
	if params.Region != nil {
		err = q.Raw(`SELECT `+market.ProviderCols+` FROM market.providers WHERE region = ? AND address > ? ORDER BY address LIMIT ?`, *params.Region, after, limit).Scan(&rows).Error
	} else {
		err = q.Raw(`SELECT `+market.ProviderCols+` FROM market.providers WHERE address > ? ORDER BY address LIMIT ?`, after, limit).Scan(&rows).Error
	}
	if err != nil {
		fail(c, fmt.Errorf("list providers: %w", err))
		return
	}
	out := make([]apiv1.Provider, 0, len(rows))
	for i := range rows {
		v, err := s.providerView(c.Request.Context(), &rows[i])
		if err != nil {
			fail(c, err)
			return
		}
		out = append(out, v)
	}
	c.JSON(http.StatusOK, gin.H{"providers": out})
}

// GetProvider implements apiv1.ServerInterface.
func (s *Server) GetProvider(c *gin.Context, addrText string) {
	addr, err := address(addrText)
	if err != nil {
		fail(c, badRequest("address: %v", err))
		return
	}
	p, ok, err := s.provider(c.Request.Context(), addr)
	if err != nil {
		fail(c, err)
		return
	}
	if !ok {
		fail(c, notFound("no provider %s is registered", addr.Hex()))
		return
	}
	v, err := s.providerView(c.Request.Context(), p)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, v)
}

func (s *Server) provider(ctx context.Context, addr common.Address) (*market.Provider, bool, error) {
	return market.LoadProvider(ctx, s.db, addr)
}

func checkGPU(f *fields, field string, g apiv1.GPUSpec) {
	checkName(f, field+".model", g.Model, true)
	if g.MemoryMiB < 1 || g.MemoryMiB > 4<<20 {
		f.add(field+".memoryMiB", "must be between 1 and 4194304 MiB")
	}
	if g.Count < 1 || g.Count > 255 {
		f.add(field+".count", "must be between 1 and 255")
	}
}

// checkName accepts short printable names (regions, GPU models).
func checkName(f *fields, field, v string, required bool) {
	switch {
	case v == "" && required:
		f.add(field, "is required")
	case len(v) > 64:
		f.add(field, "must be at most 64 characters")
	case strings.IndexFunc(v, func(r rune) bool { return r < 0x21 || r == 0x7f }) >= 0:
		f.add(field, "must not contain spaces or control characters")
	}
}
