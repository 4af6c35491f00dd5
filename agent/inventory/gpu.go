package inventory

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// GPU is one NVIDIA GPU as NVML reports it.
type GPU struct {
	Index          int
	UUID           string // "GPU-…"; stable across reboots, unlike the index
	Name           string // as NVML reports it, e.g. "NVIDIA A100-SXM4-40GB"
	Model          string // short model for the market, e.g. "A100" (see ModelOf)
	MemoryTotalMiB uint64
	MemoryUsedMiB  uint64
	// Telemetry; zero when the GPU does not support the reading (NVML ERROR_NOT_SUPPORTED).
	UtilizationPercent int // share of the last sample period a kernel ran
	TemperatureC       int
	PowerW             float64
	// Err is why the GPU could not be read; nil when it is healthy.
	Err error
}

// Healthy reports whether every NVML call for the GPU succeeded.
func (g GPU) Healthy() bool { return g.Err == nil }

const mib = 1 << 20

// readGPU reads one GPU. Identity and memory are required; telemetry the GPU does not support is
// left at zero; any other failure marks the GPU unhealthy with the first error.
func (inv *Inventory) readGPU(index int) GPU {
	g := GPU{Index: index}
	dev, ret := inv.lib.DeviceGetHandleByIndex(index)
	if ret != nvml.SUCCESS {
		g.Err = fmt.Errorf("GPU %d: get handle: %w", index, ret)
		return g
	}
	fail := func(what string, ret nvml.Return) {
		if g.Err == nil {
			g.Err = fmt.Errorf("GPU %d: %s: %w", index, what, ret)
		}
	}
	if g.UUID, ret = dev.GetUUID(); ret != nvml.SUCCESS {
		fail("read UUID", ret)
	}
	if g.Name, ret = dev.GetName(); ret != nvml.SUCCESS {
		fail("read name", ret)
	}
	g.Model = ModelOf(g.Name)
	if mem, ret := dev.GetMemoryInfo(); ret != nvml.SUCCESS {
		fail("read memory", ret)
	} else {
		g.MemoryTotalMiB, g.MemoryUsedMiB = mem.Total/mib, mem.Used/mib
	}
	if u, ret := dev.GetUtilizationRates(); optional(ret) {
		g.UtilizationPercent = int(u.Gpu)
	} else {
		fail("read utilization", ret)
	}
	if t, ret := dev.GetTemperature(nvml.TEMPERATURE_GPU); optional(ret) {
		g.TemperatureC = int(t)
	} else {
		fail("read temperature", ret)
	}
	if mw, ret := dev.GetPowerUsage(); optional(ret) {
		g.PowerW = float64(mw) / 1000
	} else {
		fail("read power", ret)
	}
	return g
}

// optional accepts success and "not supported": consumer and some virtual GPUs lack sensors,
// which makes them no less usable.
func optional(ret nvml.Return) bool {
	return ret == nvml.SUCCESS || ret == nvml.ERROR_NOT_SUPPORTED
}
