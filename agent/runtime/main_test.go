package runtime

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/network"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
)

// testImage is built once per test run (runtimetest.BuildImage), FROM scratch.
const testImage = runtimetest.Image

// docker is the engine the tests run against; dockerErr says why there is none.
var (
	docker    *client.Client
	dockerErr error
)

func TestMain(m *testing.M) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	dockerErr = setupDocker(ctx)
	cancel()
	code := m.Run()
	if docker != nil {
		docker.Close()
	}
	os.Exit(code)
}

// setupDocker connects to the engine, removes what earlier interrupted runs left and builds
// the test image. Tests that need Docker fail (never skip) with its error.
func setupDocker(ctx context.Context) error {
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return fmt.Errorf("docker client: %w", err)
	}
	if _, err := cli.Ping(ctx); err != nil {
		cli.Close()
		return fmt.Errorf("the Docker Engine at %s is unreachable (%v).\n"+
			"These tests run real containers: start an engine with `sudo scripts/dockerd.sh` "+
			"(installs docker.io when missing and starts dockerd; CI runs it before make test) "+
			"or point DOCKER_HOST at one", cli.DaemonHost(), err)
	}
	docker = cli
	removeTestContainers(ctx, "")
	if err := runtimetest.BuildImage(ctx, cli); err != nil {
		return fmt.Errorf("build test image %s: %w", testImage, err)
	}
	return nil
}

func requireDocker(t *testing.T) *client.Client {
	t.Helper()
	if dockerErr != nil {
		t.Fatal(dockerErr)
	}
	return docker
}

// removeTestContainers force-removes the containers of one test agent, or the stale ones of
// all test agents when agentID is empty.
func removeTestContainers(ctx context.Context, agentID string) {
	if docker == nil {
		return
	}
	label := LabelAgent
	if agentID != "" {
		label += "=" + agentID
	}
	list, err := docker.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", label))})
	if err != nil {
		return
	}
	for _, c := range list {
		// At start-up only old leftovers go: a test run in another process may be using the rest.
		stale := agentID != "" || time.Since(time.Unix(c.Created, 0)) > 10*time.Minute
		if strings.HasPrefix(c.Labels[LabelAgent], "test-") && stale {
			docker.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true})
		}
	}
	nets, err := docker.NetworkList(ctx, network.ListOptions{Filters: filters.NewArgs(filters.Arg("label", label), filters.Arg("label", LabelNetwork))})
	if err != nil {
		return
	}
	for _, n := range nets {
		stale := agentID != "" || time.Since(n.Created) > 10*time.Minute
		if strings.HasPrefix(n.Labels[LabelAgent], "test-") && stale {
			docker.NetworkRemove(ctx, n.ID)
		}
	}
}

var unsafeTestName = regexp.MustCompile(`[^a-zA-Z0-9]+`)

// newRuntime starts a runtime with a test-only agent id and fast supervision, and removes all
// its containers when the test ends.
func newRuntime(t *testing.T, tune func(*Config)) (*Runtime, *recorder) {
	t.Helper()
	cli := requireDocker(t)
	rec := &recorder{changed: make(chan struct{}, 1)}
	cfg := Config{
		AgentID:        fmt.Sprintf("test-%s-%d", unsafeTestName.ReplaceAllString(t.Name(), "-"), os.Getpid()),
		Docker:         cli,
		HealthInterval: 100 * time.Millisecond,
		HealthTimeout:  time.Second,
		RestartBackoff: 100 * time.Millisecond,
		StartGrace:     20 * time.Second,
		StopGrace:      2 * time.Second,
		Progress:       rec.add,
		Logger:         slog.New(slog.DiscardHandler), // the recorder shows the events when a test fails
	}
	if tune != nil {
		tune(&cfg)
	}
	rt, err := New(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		removeTestContainers(context.Background(), cfg.AgentID)
		rt.Close()
	})
	return rt, rec
}

// recorder collects the runtime's events.
type recorder struct {
	mu      sync.Mutex
	events  []Event
	changed chan struct{}
}

func (r *recorder) add(e Event) {
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
	select {
	case r.changed <- struct{}{}:
	default:
	}
}

func (r *recorder) count(kind EventKind) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range r.events {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

// waitFor returns the n-th event of a kind (1-based), failing the test after timeout.
func (r *recorder) waitFor(t *testing.T, kind EventKind, n int, timeout time.Duration) Event {
	t.Helper()
	deadline := time.After(timeout)
	for {
		r.mu.Lock()
		seen := 0
		for _, e := range r.events {
			if e.Kind == kind {
				if seen++; seen == n {
					r.mu.Unlock()
					return e
				}
			}
		}
		all := fmt.Sprint(r.events)
		r.mu.Unlock()
		select {
		case <-r.changed:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			t.Fatalf("no %s event #%d within %s; events: %s", kind, n, timeout, all)
		}
	}
}

func testDeployment(id uint64) Deployment {
	return Deployment{
		Job:        Job{ID: id, Round: 1},
		Image:      testImage,
		Env:        map[string]string{"GREETING": "hi"},
		HealthPath: "/health",
		Resources:  Resources{MemoryBytes: 64 << 20, NanoCPUs: 500_000_000, PidsLimit: 64, ScratchBytes: 16 << 20},
	}
}

// get fetches a URL of the service and returns the body.
func get(t *testing.T, c Container, path string) string {
	t.Helper()
	resp, err := http.Get("http://" + c.Addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %s", path, resp.Status, body)
	}
	return string(body)
}

// ensureHealthy starts a deployment and waits for its service.
func ensureHealthy(t *testing.T, rt *Runtime, d Deployment) Container {
	t.Helper()
	c, err := rt.Ensure(t.Context(), d)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := rt.WaitHealthy(ctx, d.Job); err != nil {
		t.Fatal(err)
	}
	return c
}

// jobContainers lists the engine's containers of one job round.
func jobContainers(t *testing.T, rt *Runtime, job Job) []container.Summary {
	t.Helper()
	list, err := rt.list(t.Context(), &job)
	if err != nil {
		t.Fatal(err)
	}
	return list
}
