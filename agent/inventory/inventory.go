package inventory

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// ErrNoDriver means the NVML library could not be loaded: the machine has no NVIDIA driver.
var ErrNoDriver = errors.New("NVIDIA driver library (libnvidia-ml.so.1) not found: this machine has no NVIDIA GPU driver; run the agent with -cpu-only, or install the driver and the NVIDIA Container Toolkit")

// NVML is the part of go-nvml the inventory calls. nvml.New() satisfies it on a real machine and
// go-nvml's mocks (pkg/nvml/mock/dgxa100 and friends) satisfy it in tests.
type NVML interface {
	Init() nvml.Return
	Shutdown() nvml.Return
	SystemGetDriverVersion() (string, nvml.Return)
	DeviceGetCount() (int, nvml.Return)
	DeviceGetHandleByIndex(index int) (nvml.Device, nvml.Return)
}

// Inventory reads the machine's GPUs through NVML, or reports none in CPU-only mode. It is safe
// for concurrent use (NVML itself is thread-safe).
type Inventory struct {
	lib      NVML // nil in CPU-only mode
	procRoot string
	now      func() time.Time
}

// Open loads the NVIDIA driver library and initialises NVML. It returns ErrNoDriver when the
// library is not installed. Close releases NVML.
func Open(ctx context.Context) (*Inventory, error) {
	return FromNVML(ctx, nvml.New())
}

// FromNVML initialises lib and reads GPUs through it (tests pass a go-nvml mock).
func FromNVML(ctx context.Context, lib NVML) (*Inventory, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open GPU inventory: %w", err)
	}
	switch ret := lib.Init(); ret {
	case nvml.SUCCESS:
	case nvml.ERROR_LIBRARY_NOT_FOUND:
		return nil, ErrNoDriver
	case nvml.ERROR_DRIVER_NOT_LOADED:
		return nil, fmt.Errorf("initialise NVML: %w: the NVIDIA kernel driver is not loaded; check `nvidia-smi`, or run the agent with -cpu-only", ret)
	case nvml.ERROR_NO_PERMISSION:
		return nil, fmt.Errorf("initialise NVML: %w: the agent may not open /dev/nvidia*; run it as a user in the video group", ret)
	default:
		return nil, fmt.Errorf("initialise NVML: %w", ret)
	}
	return &Inventory{lib: lib, procRoot: "/proc", now: time.Now}, nil
}

// CPUOnly is an inventory without GPUs: it reports only the host's CPUs and memory. The agent
// uses it with -cpu-only; tests and the demo use it on machines without a GPU.
func CPUOnly() *Inventory {
	return &Inventory{procRoot: "/proc", now: time.Now}
}

// CPUOnly reports whether the inventory runs without NVML.
func (inv *Inventory) CPUOnly() bool { return inv.lib == nil }

// Close shuts NVML down; it does nothing in CPU-only mode.
func (inv *Inventory) Close() error {
	if inv.lib == nil {
		return nil
	}
	if ret := inv.lib.Shutdown(); ret != nvml.SUCCESS {
		return fmt.Errorf("shut down NVML: %w", ret)
	}
	return nil
}

// Snapshot is what the machine looked like at one moment.
type Snapshot struct {
	At     time.Time
	Driver string // NVIDIA driver version; empty in CPU-only mode
	Host   Host
	GPUs   []GPU // by NVML index; GPUs that failed to read are included with Err set
}

// Read takes a snapshot of the host and every GPU. A GPU whose NVML calls fail is reported
// unhealthy with its error; only a failure to list the GPUs at all fails the whole read.
func (inv *Inventory) Read(ctx context.Context) (Snapshot, error) {
	host, err := readHost(inv.procRoot)
	if err != nil {
		return Snapshot{}, err
	}
	s := Snapshot{At: inv.now(), Host: host}
	if inv.lib == nil {
		return s, nil
	}
	if v, ret := inv.lib.SystemGetDriverVersion(); ret == nvml.SUCCESS {
		s.Driver = v
	}
	n, ret := inv.lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return Snapshot{}, fmt.Errorf("count GPUs: %w", ret)
	}
	s.GPUs = make([]GPU, 0, n)
	for i := range n {
		if err := ctx.Err(); err != nil {
			return Snapshot{}, fmt.Errorf("read GPU %d: %w", i, err)
		}
		s.GPUs = append(s.GPUs, inv.readGPU(i))
	}
	return s, nil
}

// Healthy returns the GPUs that read without error: the ones the agent can offer.
func (s Snapshot) Healthy() []GPU {
	var out []GPU
	for _, g := range s.GPUs {
		if g.Healthy() {
			out = append(out, g)
		}
	}
	return out
}
