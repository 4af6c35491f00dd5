//go:build bench

package runtime

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// TestBenchDeploy measures what the agent does once an award reaches it, with the image present
// on the machine (no pull): look the image up, start a hardened container of the reference model
// runtime (gintonic/runtime:dev, the image the dev stack and the marketplace e2e test deploy:
// gin-runtime alone, loading the TinyStories 260K GGUF mounted read-only as a job's model, with
// MODEL_PATH naming it, as the agent deploys a job of a model) and wait until it is healthy. Each run deploys 20 jobs one
// after the other, each removed before the next; a run's p50 and p95 are over its 20
// deployments, and the figures are the medians over bench.Runs(3) runs with the range.
//
// The runtime runs at its defaults, as gin-agent builds it: no HealthInterval override (5 s),
// default health timeout, start grace and stop grace; the per-job network (NetworkJob, as
// agent.Config.RuntimeConfig sets), and the resources the agent gives a one-GPU job that asks for
// nothing (2 CPUs, 8 GiB, 512 pids, 1 GiB /dev/shm and /tmp), port 8080 and GET /health as
// agent.deployment sets them. agent.deploy_p50_ms / agent.deploy_p95_ms run until the runtime
// emits EventHealthy, which is what makes the agent report the job running (agent/deploy.go).
// That event comes from Supervise, which checks every HealthInterval (5 s by default) and a
// starting container every 250 ms (startPoll): so the figure includes waiting for that check, as
// production does.
//
// Each deployment starts after a pause drawn uniformly from [0, 2 × startPoll) (not timed), so
// that it falls at a random moment of the supervision's polling, as awards do.
//
// Not included: the agent's job-list poll that discovers the award, its award check on chain and
// its status reports to the API (local HTTP calls), the model's fetch into the agent's cache
// (agent.TestBenchModelDeploy measures it), and any GPU device request (no GPU here).
func TestBenchDeploy(t *testing.T) {
	cli := requireDocker(t)
	ctx := t.Context()
	built := time.Now()
	if err := runtimeimage.Build(ctx, cli, runtimeimage.Tag); err != nil {
		t.Fatalf("build the runtime image: %v", err)
	}
	t.Logf("runtime image %s ready in %s (built or found up to date; not timed)", runtimeimage.Tag, time.Since(built).Round(time.Millisecond))
	modelDir := benchModelDir(t)

	var mu sync.Mutex
	healthy := map[Job]time.Time{}
	changed := make(chan struct{}, 1)
	rt, _ := newRuntime(t, func(c *Config) {
		// Back to the defaults newRuntime shortened for the functional tests.
		c.HealthInterval, c.HealthTimeout, c.RestartBackoff, c.StartGrace, c.StopGrace = 0, 0, 0, 0, 0
		c.Progress = func(e Event) {
			if e.Kind != EventHealthy {
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
		}
	})
	sup, stopSup := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { _ = rt.Supervise(sup) })
	defer func() { stopSup(); wg.Wait() }()

	const n = 20
	runs := bench.Runs(3)
	cfg := rt.cfg
	t.Logf("setup: %d runs of %d sequential deployments of %s, each after a random pause in [0, %s); Supervise every %s (default), starting containers every 250 ms, health timeout %s, start grace %s, network %s; resources 2 CPUs, 8 GiB",
		runs, n, runtimeimage.Tag, cfg.HealthInterval, cfg.HealthInterval, cfg.HealthTimeout, cfg.StartGrace, cfg.Network)
	var r bench.Report
	for run := range runs {
		var reported []time.Duration
		for i := range n {
			d := Deployment{
				Job:   Job{ID: uint64(9000 + run*n + i), Round: 1},
				Image: runtimeimage.Tag, ServicePort: DefaultServicePort, HealthPath: "/health", HealthFromImage: true,
				ModelDir: modelDir, Env: map[string]string{"MODEL_PATH": ModelPath + "/" + benchModelFile, "MODEL_NAME": "gintonic/tinystories-260k"},
				Resources: Resources{MemoryBytes: 8 << 30, NanoCPUs: 2_000_000_000, PidsLimit: DefaultPidsLimit, ShmBytes: 1 << 30,
					ScratchBytes: 1 << 30, VolumeBytes: 1 << 30},
			}
			// An award arrives at a random moment of the supervision's polling: without this
			// pause each deployment would start just after the check that ended the previous one.
			time.Sleep(rand.N(2 * startPoll))
			start := time.Now()
			if ok, err := rt.HasImage(ctx, d.Image); err != nil || !ok {
				t.Fatalf("image %s present: %v %v", d.Image, ok, err)
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
					reported = append(reported, at.Sub(start))
					break
				}
				select {
				case <-changed:
				case <-time.After(20 * time.Millisecond):
				case <-deadline:
					t.Fatalf("%s: no EventHealthy within 2 minutes", d.Job)
				}
			}
			if _, err := rt.Stop(ctx, d.Job); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("run %d: until EventHealthy p50 %s p95 %s max %s", run+1,
			bench.Quantile(reported, 0.5), bench.Quantile(reported, 0.95), bench.Quantile(reported, 1))
		r.Add("agent.deploy_p50_ms", "ms", float64(bench.Quantile(reported, 0.5).Milliseconds()))
		r.Add("agent.deploy_p95_ms", "ms", float64(bench.Quantile(reported, 0.95).Milliseconds()))
	}
	r.Print(nil)
}

// benchModelFile is the model's file name in its directory, as in the hub's repository.
const benchModelFile = "stories260K.gguf"

// benchModelDir is a directory holding the TinyStories GGUF alone, for Deployment.ModelDir: the
// runtime bind-mounts it read-only at ModelPath, as it does a job's snapshot of the model cache.
// The image holds no model of its own.
func benchModelDir(t *testing.T) string {
	t.Helper()
	gguf, err := runtimeimage.Model(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The container runs as nobody: the directory and file must be readable by others, as the
	// model cache's snapshots are.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, benchModelFile), gguf, 0o444); err != nil {
		t.Fatal(err)
	}
	return dir
}
