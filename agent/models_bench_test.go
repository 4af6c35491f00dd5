//go:build bench

package agent

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/agent/modelcache"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// TestBenchModelDeploy measures a job of a model from the moment its award reaches the agent to
// the engine's first healthy answer: deploy.model_cold_ms with an empty model cache (the model is
// fetched over HTTP from a local hub, each file checked against its hash, then linked into the
// snapshot), deploy.model_warm_ms with the model cached (nothing fetched). Both run the agent's own
// code: modelDeployment (fetch, engine container spec, read-only mount) then the runtime's Ensure
// until EventHealthy, with the runtime at gin-agent's defaults (5 s health interval, 250 ms for a
// starting container, per-job network) and the reference engine (gintonic/runtime:dev loading
// the mounted GGUF).
//
// The model is the TinyStories 260K GGUF (1.1 MiB): the cold figure is dominated by everything
// but the transfer, which grows with a model's size and the link to the Hub (a 4 GiB GGUF at
// 100 MB/s adds about 43 s). Each run deploys 10 cold and 10 warm jobs alternately, each removed
// before the next; the figures are the medians over bench.Runs(3) runs of each run's median.
func TestBenchModelDeploy(t *testing.T) {
	ctx := t.Context()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cli.Ping(ctx); err != nil {
		t.Fatalf("Docker engine: %v (scripts/dockerd.sh starts one)", err)
	}
	if err := runtimeimage.Build(ctx, cli, runtimeimage.Tag); err != nil {
		t.Fatalf("build the runtime image: %v", err)
	}
	gguf, err := runtimeimage.Model(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := hubtest.Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	commit := h.AddRepo("gintonic/tinystories-260k", map[string][]byte{"stories260K.gguf": gguf, "README.md": []byte("card")})
	job := modelJobOf("gintonic/tinystories-260k", commit, "gintonic", "stories260K.gguf", int64(len(gguf)))

	var mu sync.Mutex
	healthy := map[runtime.Job]time.Time{}
	changed := make(chan struct{}, 1)
	cfg := Config{}
	rt, err := runtime.New(ctx, cfg.RuntimeConfig(runtime.Config{AgentID: "bench-model-deploy", Docker: cli, Logger: slog.New(slog.DiscardHandler),
		Progress: func(e runtime.Event) {
			if e.Kind != runtime.EventHealthy {
				return
			}
			mu.Lock()
			if _, ok := healthy[e.Job]; !ok {
				healthy[e.Job] = time.Now()
			}
			mu.Unlock()
			select {
			case changed <- struct{}{}:
			default:
			}
		}}))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	sup, stopSup := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { _ = rt.Supervise(sup) })
	defer func() { stopSup(); wg.Wait() }()

	deploy := func(a *Agent, id uint64) time.Duration {
		d := runtime.Deployment{Job: runtime.Job{ID: id, Round: 1},
			Resources: runtime.Resources{MemoryBytes: 8 << 30, NanoCPUs: 2_000_000_000, PidsLimit: runtime.DefaultPidsLimit, ShmBytes: 1 << 30}}
		start := time.Now()
		if err := a.modelDeployment(ctx, job, d.Job, &d, "", func(string) {}); err != nil {
			t.Fatal(err)
		}
		if _, err := rt.Ensure(ctx, d); err != nil {
			t.Fatal(err)
		}
		deadline := time.After(2 * time.Minute)
		for {
			mu.Lock()
			at, ok := healthy[d.Job]
			mu.Unlock()
			if ok {
				if _, err := rt.Stop(ctx, d.Job); err != nil {
					t.Fatal(err)
				}
				a.releaseModel(d.Job)
				return at.Sub(start)
			}
			select {
			case <-changed:
			case <-time.After(20 * time.Millisecond):
			case <-deadline:
				t.Fatalf("%s: no EventHealthy within 2 minutes", d.Job)
			}
		}
	}

	const n = 10
	runs := bench.Runs(3)
	t.Logf("setup: %d runs of %d cold and %d warm deployments of %s (%d bytes) from a local hub at %s; runtime defaults, per-job network",
		runs, n, n, hub.Ref{Repo: "gintonic/tinystories-260k", Revision: commit}, len(gguf), h.URL())
	var r bench.Report
	id := uint64(7000)
	for run := range runs {
		var cold, warm []time.Duration
		for range n {
			c, err := modelcache.Open(t.TempDir(), 1<<30, hub.NewClient(h.URL()), slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			a := &Agent{cfg: Config{Models: ModelCache{MaxGiB: 1}}, models: c, snaps: map[uint64]*modelcache.Snapshot{}}
			id++
			cold = append(cold, deploy(a, id))
			id++
			warm = append(warm, deploy(a, id))
			c.Close()
		}
		t.Logf("run %d: cold p50 %s max %s; warm p50 %s max %s", run+1, bench.Quantile(cold, 0.5), bench.Quantile(cold, 1),
			bench.Quantile(warm, 0.5), bench.Quantile(warm, 1))
		r.AddMs("deploy.model_cold_ms", bench.Quantile(cold, 0.5))
		r.AddMs("deploy.model_warm_ms", bench.Quantile(warm, 0.5))
	}
	r.Print(nil)
}
