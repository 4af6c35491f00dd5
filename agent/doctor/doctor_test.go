package doctor

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/agent/inventory"
)

// TestGPUsWithoutDriver: on a machine without the NVIDIA driver (this one, and CI) the real NVML
// check fails and names the driver; with a driver it lists the GPUs.
func TestGPUsWithoutDriver(t *testing.T) {
	c := (&Machine{}).checkGPUs(context.Background())
	if _, err := inventory.Open(context.Background()); errors.Is(err, inventory.ErrNoDriver) {
		if c.Status != Fail || !strings.Contains(c.Detail, "driver is missing") || !strings.Contains(c.Fix, "nvidia-driver") {
			t.Fatalf("without a driver: %+v", c)
		}
		return
	}
	if c.Status != OK || !strings.Contains(c.Detail, "NVML reads") {
		t.Fatalf("with a driver: %+v", c)
	}
}

// TestToolkitVersions: a toolkit with a known container-escape CVE fails, naming each CVE and the
// version that fixed it; a missing toolkit fails with the install step; a current one passes (or
// warns that Docker does not list the nvidia runtime, as on this machine).
func TestToolkitVersions(t *testing.T) {
	version := func(out string, err error) *Machine {
		return &Machine{Command: func(_ context.Context, name string, _ ...string) ([]byte, error) {
			if name != "nvidia-ctk" {
				return nil, errNotInstalled
			}
			return []byte(out), err
		}}
	}
	ctx := context.Background()
	c := version("NVIDIA Container Toolkit CLI version 1.17.3\ncommit: 1234", nil).checkToolkit(ctx)
	if c.Status != Fail || !strings.Contains(c.Detail, "CVE-2025-23266 (fixed in 1.17.8)") || strings.Contains(c.Detail, "CVE-2024-0132") ||
		!strings.Contains(c.Fix, "1.17.8 or later") {
		t.Errorf("1.17.3: %+v", c)
	}
	c = version("NVIDIA Container Toolkit CLI version 1.14.6", nil).checkToolkit(ctx)
	if c.Status != Fail || !strings.Contains(c.Detail, "CVE-2024-0132 (fixed in 1.16.2)") {
		t.Errorf("1.14.6: %+v", c)
	}
	c = version("NVIDIA Container Toolkit CLI version 1.18.0", nil).checkToolkit(ctx)
	if c.Status == Fail || !strings.Contains(c.Detail, "1.18.0") {
		t.Errorf("1.18.0: %+v", c)
	}
	c = version("", errNotInstalled).checkToolkit(ctx)
	if c.Status != Fail || !strings.Contains(c.Detail, "not installed") || !strings.Contains(c.Fix, "nvidia-ctk runtime configure") {
		t.Errorf("missing: %+v", c)
	}
	if c := (&Machine{CPUOnly: true}).checkToolkit(ctx); c.Status != Skip {
		t.Errorf("cpu-only: %+v", c)
	}
}

// TestDisk: below 20 GiB free fails, below 100 GiB warns, with the directory and the fix.
func TestDisk(t *testing.T) {
	for free, want := range map[uint64]Status{5 * gib: Fail, 50 * gib: Warn, 500 * gib: OK} {
		m := &Machine{StateDir: t.TempDir(), FreeDisk: func(string) (uint64, uint64, error) { return free, 1000 * gib, nil }}
		if c := m.checkDisk(context.Background()); c.Status != want || !strings.Contains(c.Detail, "GiB free of 1000 GiB") {
			t.Errorf("%d GiB free: %+v, want %s", free/gib, c, want)
		}
	}
	// The real filesystem, from a state dir that does not exist yet: its nearest parent.
	m := &Machine{StateDir: t.TempDir() + "/not/yet"}
	if c := m.checkDisk(context.Background()); c.Status == Fail && strings.Contains(c.Detail, "cannot read") {
		t.Errorf("real disk: %+v", c)
	}
}

// TestReport: a failed prerequisite skips what depends on it, and the verdict counts failures.
func TestReport(t *testing.T) {
	m := &Machine{CPUOnly: true, StateDir: t.TempDir()} // no key, API or RPC
	r := Run(context.Background(), m)
	byName := map[string]Check{}
	for _, c := range r {
		byName[c.Name] = c
	}
	if byName["chain"].Status != Fail || byName["stake"].Status != Skip || byName["api"].Status != Fail || byName["endpoint"].Status != Skip {
		t.Errorf("checks: %+v", r)
	}
	var out bytes.Buffer
	if err := r.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "checks failed: fix them (→) and run gin-agent doctor again") ||
		!strings.Contains(out.String(), "→ set -rpc to a node of the escrow's chain") {
		t.Errorf("report:\n%s", out.String())
	}
}
