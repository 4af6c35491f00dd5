package agent

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxa100"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/agent/inventory"
	"github.com/gintonic/gintonic/agent/meter"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestDeploymentsGetTheirOwnGPUs: on go-nvml's simulated DGX A100 (8 × A100 40 GB) each job gets
// GPUs no other running job holds, passed to its container by UUID; a job that does not fit is
// refused with the reason.
func TestDeploymentsGetTheirOwnGPUs(t *testing.T) {
	dgx := dgxa100.New()
	for i, d := range dgx.Devices { // telemetry the mock leaves out: GPU i is i×10 % busy
		dev := d.(*dgxa100.Device)
		dev.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) { return nvml.Utilization{Gpu: uint32(i * 10)}, nvml.SUCCESS }
		dev.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return uint32(30 + i), nvml.SUCCESS }
		dev.GetPowerUsageFunc = func() (uint32, nvml.Return) { return uint32(100_000 + 1000*i), nvml.SUCCESS }
	}
	inv, err := inventory.FromNVML(context.Background(), dgx)
	if err != nil {
		t.Fatal(err)
	}
	defer inv.Close()
	m, err := meter.Open(context.Background(), meter.Config{StatePath: filepath.Join(t.TempDir(), "meter.json"), Key: chaintest.Key("provider"),
		Domain: chain.EscrowDomain(big.NewInt(1337), common.Address{1})})
	if err != nil {
		t.Fatal(err)
	}
	a := &Agent{running: map[uint64]uint64{}, uuids: map[uint64][]string{}, metrics: newMetrics(), meter: m}
	a.UseGPUs(inv)
	spec := func(n int) apiv1.GPUSpec { return apiv1.GPUSpec{Model: "A100", MemoryMiB: 40000, Count: n} }

	first, err := a.assignGPUs(1, spec(2))
	if err != nil {
		t.Fatal(err)
	}
	a.running[1] = 1
	second, err := a.assignGPUs(2, spec(4))
	if err != nil {
		t.Fatal(err)
	}
	a.running[2] = 1
	if len(first) != 2 || len(second) != 4 {
		t.Fatalf("assigned %v and %v", first, second)
	}
	for _, u := range second {
		if slices.Contains(first, u) || !strings.HasPrefix(u, "GPU-") {
			t.Fatalf("GPU %s given twice or not a UUID: %v / %v", u, first, second)
		}
	}
	d, err := a.deployment(apiv1.Job{Image: "img", Env: &map[string]string{"MODEL_ID": "m"}}, runtimeJob(2), second)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.GPUs, second) || d.HealthPath != DefaultHealthPath || !d.HealthFromImage || d.Env["MODEL_ID"] != "m" {
		t.Errorf("deployment %+v", d)
	}
	if again, _ := a.assignGPUs(1, spec(2)); !slices.Equal(again, first) {
		t.Errorf("a redeployed job got %v, it holds %v", again, first)
	}
	if _, err := a.assignGPUs(3, spec(4)); !errors.Is(err, errNoGPUs) || !strings.Contains(err.Error(), "2 are free") {
		t.Errorf("a job that does not fit: %v", err)
	}
	if _, err := a.assignGPUs(4, apiv1.GPUSpec{Model: "H100", Count: 1}); !errors.Is(err, errNoGPUs) {
		t.Errorf("a model the machine lacks: %v", err)
	}

	// Heartbeats sample the telemetry into the metrics and send it along.
	tel := a.sampleGPUs(context.Background())
	snap, _ := inv.Read(context.Background())
	g := snap.GPUs[3]
	if len(tel) != 8 || tel[3].Uuid != g.UUID || tel[3].UtilizationPercent != 30 || tel[3].TemperatureC != 33 || tel[3].PowerW != 103 || tel[3].MemoryTotalMiB == 0 {
		t.Errorf("heartbeat telemetry %+v", tel)
	}
	if u, c, w := gauge(t, a, "gintonic_agent_gpu_utilization_percent", g.UUID), gauge(t, a, "gintonic_agent_gpu_temperature_celsius", g.UUID),
		gauge(t, a, "gintonic_agent_gpu_power_watts", g.UUID); u != 30 || c != 33 || w != 103 {
		t.Errorf("GPU 3 metrics: %v %% %v °C %v W, want 30 %% 33 °C 103 W", u, c, w)
	}
}

func runtimeJob(id uint64) runtime.Job { return runtime.Job{ID: id, Round: 1} }

// gauge reads one GPU's gauge from the agent's registry.
func gauge(t *testing.T, a *Agent, name, uuid string) float64 {
	t.Helper()
	mfs, err := a.metrics.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "uuid" && l.GetValue() == uuid {
					return m.GetGauge().GetValue()
				}
			}
		}
	}
	t.Fatalf("no %s for %s", name, uuid)
	return 0
}
