package inventory

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxa100"

	"github.com/gintonic/gintonic/api/apiv1"
)

var ctx = context.Background()

// dgx is go-nvml's simulated DGX A100 (8× A100-SXM4-40GB) with the telemetry the mock leaves
// out filled in: GPU i is i*10 % busy, runs at 30+i °C and draws 100+i W, and uses 1 GiB.
func dgx(t *testing.T) *dgxa100.Server {
	t.Helper()
	s := dgxa100.New()
	for i, d := range s.Devices {
		dev := d.(*dgxa100.Device)
		dev.MemoryInfo.Used = 1 << 30
		dev.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
			return nvml.Utilization{Gpu: uint32(i * 10)}, nvml.SUCCESS
		}
		dev.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return uint32(30 + i), nvml.SUCCESS }
		dev.GetPowerUsageFunc = func() (uint32, nvml.Return) { return uint32(100_000 + 1000*i), nvml.SUCCESS }
	}
	return s
}

func open(t *testing.T, lib NVML) *Inventory {
	t.Helper()
	inv, err := FromNVML(ctx, lib)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = inv.Close() })
	return inv
}

func TestReadsEveryGPUOfADGXA100(t *testing.T) {
	inv := open(t, dgx(t))
	s, err := inv.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Driver != "550.54.15" {
		t.Errorf("driver = %q", s.Driver)
	}
	if len(s.GPUs) != 8 {
		t.Fatalf("%d GPUs, want 8", len(s.GPUs))
	}
	seen := map[string]bool{}
	for i, g := range s.GPUs {
		if !g.Healthy() {
			t.Fatalf("GPU %d unhealthy: %v", i, g.Err)
		}
		if g.Index != i || !strings.HasPrefix(g.UUID, "GPU-") || seen[g.UUID] {
			t.Errorf("GPU %d: index %d, UUID %q (seen before: %v)", i, g.Index, g.UUID, seen[g.UUID])
		}
		seen[g.UUID] = true
		if g.Model != "A100" || g.MemoryTotalMiB != 40960 || g.MemoryUsedMiB != 1024 {
			t.Errorf("GPU %d: model %q (from %q), memory %d/%d MiB", i, g.Model, g.Name, g.MemoryUsedMiB, g.MemoryTotalMiB)
		}
		if g.UtilizationPercent != i*10 || g.TemperatureC != 30+i || g.PowerW != float64(100+i) {
			t.Errorf("GPU %d telemetry: %d%%, %d°C, %gW", i, g.UtilizationPercent, g.TemperatureC, g.PowerW)
		}
	}
	if s.Host.CPUs < 1 || s.Host.MemoryMiB < 1 {
		t.Errorf("host = %+v", s.Host)
	}
	want := []GPUGroup{{Model: "A100", MemoryMiB: 40960, Count: 8}}
	if got := s.Summary(); len(got) != 1 || got[0] != want[0] {
		t.Fatalf("summary = %+v, want %+v", got, want)
	}
	// The summary is what the API's provider registration takes.
	if spec := apiv1.GPUSpec(s.Summary()[0]); spec.Model != "A100" || spec.Count != 8 || spec.MemoryMiB != 40960 {
		t.Fatalf("as apiv1.GPUSpec: %+v", spec)
	}
}

// A GPU that fails an NVML call is reported unhealthy with the error; the others are unaffected
// and it is left out of the summary the provider offers.
func TestAFailingGPUIsUnhealthyNotFatal(t *testing.T) {
	s := dgx(t)
	broken := s.Devices[3].(*dgxa100.Device)
	broken.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return 0, nvml.ERROR_GPU_IS_LOST }
	noPower := s.Devices[5].(*dgxa100.Device) // a missing sensor is not a fault
	noPower.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }

	inv := open(t, s)
	snap, err := inv.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g := snap.GPUs[3]
	if g.Healthy() || !errors.Is(g.Err, nvml.ERROR_GPU_IS_LOST) {
		t.Fatalf("GPU 3: healthy=%v err=%v, want ERROR_GPU_IS_LOST", g.Healthy(), g.Err)
	}
	if !strings.Contains(g.Err.Error(), "GPU 3: read temperature") {
		t.Errorf("error lacks context: %v", g.Err)
	}
	if g.UUID == "" || g.MemoryTotalMiB == 0 {
		t.Errorf("what could be read of GPU 3 is missing: %+v", g)
	}
	if !snap.GPUs[5].Healthy() || snap.GPUs[5].PowerW != 0 {
		t.Errorf("GPU 5 without power sensor: %+v", snap.GPUs[5])
	}
	if n := len(snap.Healthy()); n != 7 {
		t.Errorf("%d healthy GPUs, want 7", n)
	}
	if got := snap.Summary(); len(got) != 1 || got[0].Count != 7 {
		t.Errorf("summary = %+v, want 7× A100", got)
	}
}

func TestAGPUWhoseHandleFailsIsReported(t *testing.T) {
	s := dgx(t)
	get := s.DeviceGetHandleByIndexFunc
	s.DeviceGetHandleByIndexFunc = func(i int) (nvml.Device, nvml.Return) {
		if i == 7 {
			return nil, nvml.ERROR_UNKNOWN
		}
		return get(i)
	}
	snap, err := open(t, s).Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.GPUs) != 8 || snap.GPUs[7].Healthy() || snap.GPUs[7].Index != 7 {
		t.Fatalf("GPU 7 = %+v", snap.GPUs[7])
	}
}

func TestSampleIsUtilizationByUUID(t *testing.T) {
	s := dgx(t)
	s.Devices[2].(*dgxa100.Device).GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
		return nvml.Utilization{}, nvml.ERROR_UNKNOWN
	}
	inv := open(t, s)
	sample, err := inv.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sample.Utilization) != 7 {
		t.Fatalf("%d GPUs sampled, want 7 (GPU 2 fails, and unknown is not idle)", len(sample.Utilization))
	}
	for i, d := range s.Devices {
		uuid := d.(*dgxa100.Device).UUID
		got, ok := sample.Utilization[uuid]
		if i == 2 {
			if ok {
				t.Errorf("failing GPU 2 sampled as %d%%", got)
			}
			continue
		}
		if got != i*10 {
			t.Errorf("GPU %d: %d%%, want %d%%", i, got, i*10)
		}
	}
}

// This machine has no NVIDIA driver: opening the real library fails with the sentinel.
func TestOpenWithoutDriver(t *testing.T) {
	inv, err := Open(ctx)
	if err == nil {
		_ = inv.Close()
		t.Skip("an NVIDIA driver is installed here")
	}
	if !errors.Is(err, ErrNoDriver) {
		t.Fatalf("Open = %v, want ErrNoDriver", err)
	}
	for _, hint := range []string{"libnvidia-ml.so.1", "-cpu-only", "NVIDIA Container Toolkit"} {
		if !strings.Contains(err.Error(), hint) {
			t.Errorf("error %q does not mention %q", err, hint)
		}
	}
}

func TestInitFailures(t *testing.T) {
	for _, tc := range []struct {
		ret  nvml.Return
		want string
	}{
		{nvml.ERROR_LIBRARY_NOT_FOUND, "libnvidia-ml.so.1"},
		{nvml.ERROR_DRIVER_NOT_LOADED, "kernel driver is not loaded"},
		{nvml.ERROR_NO_PERMISSION, "/dev/nvidia"},
		{nvml.ERROR_UNKNOWN, "initialise NVML: ERROR_UNKNOWN"},
	} {
		s := dgx(t)
		s.InitFunc = func() nvml.Return { return tc.ret }
		_, err := FromNVML(ctx, s)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Init %v: error %v, want it to mention %q", tc.ret, err, tc.want)
		}
	}
}

func TestCPUOnly(t *testing.T) {
	inv := CPUOnly()
	inv.procRoot = "testdata/proc"
	s, err := inv.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !inv.CPUOnly() || len(s.GPUs) != 0 || len(s.Summary()) != 0 || s.Driver != "" {
		t.Fatalf("CPU-only snapshot has GPUs: %+v", s)
	}
	if want := (Host{CPUs: 4, MemoryMiB: 64300, MemoryAvailableMiB: 32150}); s.Host != want {
		t.Fatalf("host = %+v, want %+v", s.Host, want)
	}
	sample, err := inv.Sample(ctx)
	if err != nil || len(sample.Utilization) != 0 {
		t.Fatalf("CPU-only sample = %+v, %v", sample, err)
	}
	if err := inv.Close(); err != nil {
		t.Fatal(err)
	}

	// And on this machine's real /proc.
	real, err := CPUOnly().Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if real.Host.CPUs < 1 || real.Host.MemoryMiB < 64 {
		t.Fatalf("host from /proc = %+v", real.Host)
	}

	inv.procRoot = t.TempDir()
	if _, err := inv.Read(ctx); err == nil || !strings.Contains(err.Error(), "cpuinfo") {
		t.Fatalf("read without /proc: %v, want an error naming cpuinfo", err)
	}
}
