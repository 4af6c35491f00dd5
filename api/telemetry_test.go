package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestGPUTelemetry: a heartbeat carries each GPU's NVML telemetry, the provider's page shows the
// latest, and impossible readings are refused with the field named.
func TestGPUTelemetry(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	p := s.provider(a, "provider", "eu", 5)
	gpus := []apiv1.GPUTelemetry{
		{Uuid: "GPU-11111111-2222-3333-4444-555555555555", Model: "H100", UtilizationPercent: 87, TemperatureC: 71, PowerW: 612.5, MemoryUsedMiB: 60000, MemoryTotalMiB: 81920},
		{Uuid: "GPU-66666666-7777-8888-9999-000000000000", Model: "H100", UtilizationPercent: 0, TemperatureC: 34, PowerW: 70, MemoryUsedMiB: 0, MemoryTotalMiB: 81920},
	}
	if r, err := p.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.5, FreeGpus: 7, Gpus: &gpus}); err != nil || r.JSON200 == nil {
		t.Fatalf("heartbeat: %v %s", err, body(r))
	}
	r, err := p.GetProviderWithResponse(ctx, chaintest.Addr("provider").Hex())
	if err != nil || r.JSON200 == nil || r.JSON200.Telemetry == nil {
		t.Fatalf("provider: %v %s", err, body(r))
	}
	if got := *r.JSON200.Telemetry; len(got) != 2 || got[0] != gpus[0] || got[1] != gpus[1] {
		t.Fatalf("telemetry %+v, want %+v", got, gpus)
	}
	for _, tc := range []struct {
		g     apiv1.GPUTelemetry
		field string
	}{
		{apiv1.GPUTelemetry{Model: "H100"}, "gpus[0].uuid"},
		{apiv1.GPUTelemetry{Uuid: "GPU-1", Model: "H100", UtilizationPercent: 101}, "gpus[0].utilizationPercent"},
		{apiv1.GPUTelemetry{Uuid: "GPU-1", Model: "H100", TemperatureC: -5}, "gpus[0].temperatureC"},
		{apiv1.GPUTelemetry{Uuid: "GPU-1", Model: "H100", MemoryUsedMiB: 10, MemoryTotalMiB: 5}, "gpus[0].memoryUsedMiB"},
	} {
		bad := []apiv1.GPUTelemetry{tc.g}
		r, err := p.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.5, FreeGpus: 7, Gpus: &bad})
		if err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), tc.field) {
			t.Errorf("%+v: %v %d %s, want 422 naming %s", tc.g, err, r.StatusCode(), r.Body, tc.field)
		}
	}
}
