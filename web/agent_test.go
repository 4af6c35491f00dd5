package web_test

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/devstack"
)

// startAgent runs the provider account as a real provider agent (it registers, heartbeats and
// bids by itself, and runs awarded jobs as Docker containers of devstack.DefaultImage, built with
// scripts/runtime-image.sh when missing). It returns false, starting nothing, when no Docker
// Engine answers outside CI.
func (s *stack) startAgent(t *testing.T, ctx context.Context) bool {
	t.Helper()
	docker, err := devstack.DockerClient(ctx)
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Logf("no Docker Engine (%v): a Go provider bids instead, and the job stops at awarded", err)
			return false
		}
		t.Fatal(err)
	}
	t.Cleanup(func() { docker.Close() })
	if _, err := docker.ImageInspect(ctx, devstack.DefaultImage); err != nil {
		root := chaintest.RepoRoot(t)
		if out, err := exec.CommandContext(ctx, filepath.Join(root, "scripts", "runtime-image.sh"), devstack.DefaultImage).CombinedOutput(); err != nil {
			t.Fatalf("build %s: %v\n%s", devstack.DefaultImage, err, out)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg := agent.Config{Key: devstack.KeyHex(providerKey), APIURL: s.URL, Region: "local", Endpoint: "http://" + ln.Addr().String(),
		StateDir: t.TempDir(), ChainID: s.chainID.Int64(), Escrow: s.K.Deployment.Escrow.Hex(), Chain: s.K,
		Floor: map[string]string{"*": "500000000000000000"}, Markup: 0.5,
		Poll: 200 * time.Millisecond, Heartbeat: time.Second, Meter: 3 * time.Second,
		Models: agent.ModelCache{HubEndpoint: s.Hub.URL(), MaxGiB: 1}}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	var a *agent.Agent
	id := "gintonic-webtest-" + crypto.PubkeyToAddress(providerKey.PublicKey).Hex()[2:10]
	rt, err := runtime.New(ctx, runtime.Config{AgentID: id, Docker: docker, Logger: log,
		HealthInterval: 500 * time.Millisecond, RestartBackoff: 500 * time.Millisecond, StartGrace: time.Minute, StopGrace: 2 * time.Second,
		Progress: func(e runtime.Event) {
			if a != nil {
				a.Event(e)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if a, err = agent.New(ctx, cfg, devstack.SimulatedGPUs, rt, log); err != nil {
		rt.Close()
		t.Fatal(err)
	}
	run(t, ctx, func(ctx context.Context) error { return a.ServeEndpoint(ctx, ln) })
	run(t, ctx, func(ctx context.Context) error {
		defer rt.Close()
		return a.Run(ctx)
	})
	// The agent's containers go when the test ends (a stopped agent leaves them for its restart).
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		cs, err := docker.ContainerList(cctx, container.ListOptions{All: true,
			Filters: filters.NewArgs(filters.Arg("label", runtime.LabelAgent+"="+id))})
		if err != nil {
			return
		}
		for _, c := range cs {
			_ = docker.ContainerRemove(cctx, c.ID, container.RemoveOptions{Force: true})
		}
	})
	return true
}
