package agent

import (
	"context"
	"fmt"

	"github.com/gintonic/gintonic/agent/inventory"
	"github.com/gintonic/gintonic/api/apiv1"
)

// GPUReader is the part of the GPU inventory the agent uses; *inventory.Inventory is one.
type GPUReader interface {
	Read(ctx context.Context) (inventory.Snapshot, error)
}

// UseGPUs gives the agent the machine's NVIDIA GPUs (call it before Run): each deployment then
// gets its own GPUs, passed to its container by UUID, and every heartbeat samples their
// utilization, temperature and power (Prometheus metrics, and the meter's utilization
// cross-check). Without it, as in CPU-only mode, containers get no GPU.
func (a *Agent) UseGPUs(inv GPUReader) {
	a.mu.Lock()
	a.inv = inv
	a.mu.Unlock()
}

// assignGPUs picks spec.Count healthy GPUs of the job's model and memory that no other job of
// this agent holds, and records them for the job; a job that has GPUs keeps them.
func (a *Agent) assignGPUs(jobID uint64, spec apiv1.GPUSpec) ([]string, error) {
	a.mu.Lock()
	inv := a.inv
	if have := a.uuids[jobID]; len(have) > 0 || inv == nil {
		a.mu.Unlock()
		return have, nil
	}
	a.mu.Unlock()
	snap, err := inv.Read(context.Background())
	if err != nil {
		return nil, fmt.Errorf("read GPUs: %w", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	held := map[string]bool{}
	for id, us := range a.uuids {
		if _, running := a.running[id]; running && id != jobID {
			for _, u := range us {
				held[u] = true
			}
		}
	}
	var got []string
	for _, g := range snap.Healthy() {
		if len(got) == spec.Count {
			break
		}
		if held[g.UUID] || (spec.Model != "" && g.Model != spec.Model) || int(g.MemoryTotalMiB) < spec.MemoryMiB {
			continue
		}
		got = append(got, g.UUID)
	}
	if len(got) < spec.Count {
		return nil, fmt.Errorf("%w: the job needs %d %s GPU(s) with %d MiB, %d are free on this provider",
			errNoGPUs, spec.Count, spec.Model, spec.MemoryMiB, len(got))
	}
	a.uuids[jobID] = got
	return got, nil
}

// sampleGPUs reads the GPUs' telemetry into the metrics, feeds the utilization of each running
// job's GPUs to the meter's cross-check, and returns it for the heartbeat (nil without NVML).
func (a *Agent) sampleGPUs(ctx context.Context) []apiv1.GPUTelemetry {
	a.mu.Lock()
	inv := a.inv
	a.mu.Unlock()
	if inv == nil {
		return nil
	}
	snap, err := inv.Read(ctx)
	if err != nil {
		a.log.Warn("read GPU telemetry", "err", err)
		return nil
	}
	util := map[string]int{}
	var tel []apiv1.GPUTelemetry
	for _, g := range snap.Healthy() {
		tel = append(tel, apiv1.GPUTelemetry{Uuid: g.UUID, Model: g.Model, UtilizationPercent: g.UtilizationPercent,
			TemperatureC: g.TemperatureC, PowerW: g.PowerW, MemoryUsedMiB: int64(g.MemoryUsedMiB), MemoryTotalMiB: int64(g.MemoryTotalMiB)})
		a.metrics.gpuUtil.WithLabelValues(g.UUID, g.Model).Set(float64(g.UtilizationPercent))
		a.metrics.gpuTemp.WithLabelValues(g.UUID, g.Model).Set(float64(g.TemperatureC))
		a.metrics.gpuPower.WithLabelValues(g.UUID, g.Model).Set(g.PowerW)
		util[g.UUID] = g.UtilizationPercent
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for id, us := range a.uuids {
		round, ok := a.running[id]
		if !ok || round > 255 {
			continue
		}
		mine := map[string]int{}
		for _, u := range us {
			if p, ok := util[u]; ok {
				mine[u] = p
			}
		}
		if len(mine) > 0 {
			a.meter.Utilization(id, uint8(round), snap.At, mine)
		}
	}
	return tel
}
