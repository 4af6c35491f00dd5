package doctor

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"

	"github.com/docker/docker/api/types/system"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/agent/inventory"
	"github.com/gintonic/gintonic/api/apiv1"
)

// Machine is what the checks look at: the agent's configuration and the machine's parts. The
// zero values of the parts are the real ones (NVML, the PATH's nvidia-ctk, the Docker Engine of
// the environment, the filesystem); tests replace them.
type Machine struct {
	CPUOnly  bool
	StateDir string // where the agent keeps its state (and images and models live nearby)
	Key      *ecdsa.PrivateKey
	APIURL   string
	RPCURL   string
	ChainID  int64
	Escrow   string
	Endpoint string

	// GPUs reads the GPUs through NVML (default: inventory.Open).
	GPUs func(ctx context.Context) ([]inventory.GPUGroup, error)
	// Command runs a program and returns its output (default: os/exec).
	Command func(ctx context.Context, name string, args ...string) ([]byte, error)
	// Docker is the engine (default: client.FromEnv).
	Docker Engine
	// FreeDisk is the free and total bytes of the filesystem holding dir (default: statfs).
	FreeDisk func(dir string) (free, total uint64, err error)

	registered *apiv1.Provider // what the api check found, for the endpoint check
}

// Engine is the part of the Docker client the checks use.
type Engine interface {
	Info(ctx context.Context) (system.Info, error)
	DaemonHost() string
}

func (m *Machine) steps() []step {
	return []step{
		{"gpus", m.checkGPUs},
		{"container toolkit", m.checkToolkit},
		{"docker", m.checkDocker},
		{"disk", m.checkDisk},
		{"key", m.checkKey},
		{"chain", m.checkChain},
		{"stake", m.checkStake},
		{"api", m.checkAPI},
		{"endpoint", m.checkEndpoint},
	}
}

// needs names the check a check depends on ("" for none).
func (m *Machine) needs(name string) string {
	return map[string]string{"container toolkit": "docker", "stake": "chain", "endpoint": "api"}[name]
}

func (m *Machine) gpus(ctx context.Context) ([]inventory.GPUGroup, error) {
	if m.GPUs != nil {
		return m.GPUs(ctx)
	}
	inv, err := inventory.Open(ctx)
	if err != nil {
		return nil, err
	}
	defer inv.Close()
	snap, err := inv.Read(ctx)
	if err != nil {
		return nil, err
	}
	return snap.Summary(), nil
}

func (m *Machine) command(ctx context.Context, name string, args ...string) ([]byte, error) {
	if m.Command != nil {
		return m.Command(ctx, name, args...)
	}
	if _, err := exec.LookPath(name); err != nil {
		return nil, errNotInstalled
	}
	return exec.CommandContext(ctx, name, args...).CombinedOutput()
}

var errNotInstalled = errors.New("not installed")

func (m *Machine) docker() (Engine, func(), error) {
	if m.Docker != nil {
		return m.Docker, func() {}, nil
	}
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, nil, err
	}
	return cli, func() { _ = cli.Close() }, nil
}

// stateDir is the nearest existing directory at or above StateDir.
func (m *Machine) stateDir() string {
	dir := m.StateDir
	if dir == "" {
		dir = "."
	}
	for {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return dir
		}
		dir = parent
	}
}

// sorted returns s sorted.
func sorted(s []string) []string { slices.Sort(s); return s }
