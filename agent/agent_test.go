package agent

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// testImage builds the small FROM scratch HTTP server image the runtime's tests use, so this
// package never depends on another package's tests having run first.
func testImage(t *testing.T, cli *client.Client) string {
	t.Helper()
	if err := runtimetest.BuildImage(context.Background(), cli); err != nil {
		t.Fatalf("build the test image: %v", err)
	}
	return runtimetest.Image
}

func dockerClient(t *testing.T) *client.Client {
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cli.Ping(context.Background()); err != nil {
		t.Fatalf("the Docker Engine is unreachable (%v): start one with sudo scripts/dockerd.sh", err)
	}
	t.Cleanup(func() { cli.Close() })
	return cli
}

// logBuf is a concurrency-safe log sink the test reads.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type running struct {
	agent *Agent
	stop  context.CancelFunc
	done  chan error
	log   *logBuf
	once  sync.Once
	err   error
}

// startAgent runs an agent for the named chaintest account; tune adjusts its configuration and
// its runtime's.
func startAgent(t *testing.T, s *apitest.Stack, in *apitest.Instance, name, stateDir string, tune ...func(*Config, *runtime.Config)) *running {
	t.Helper()
	cfg := Config{Key: hexutil.Encode(crypto.FromECDSA(chaintest.Key(name)))[2:], APIURL: in.URL, Region: "eu",
		Endpoint: "http://127.0.0.1:9/" + name, StateDir: stateDir, ChainID: s.Chain.ChainID.Int64(),
		Escrow: s.Chain.Contracts.Deployment.Escrow.Hex(), Chain: s.Chain.Contracts, Floor: map[string]string{"*": "100000000000000000"}, Markup: 0.5,
		Poll: 100 * time.Millisecond, Heartbeat: 200 * time.Millisecond, Meter: 500 * time.Millisecond, Retry: 10 * time.Millisecond}
	lb := &logBuf{}
	log := slog.New(slog.NewTextHandler(io.MultiWriter(lb, t.Output()), nil))
	var a *Agent
	rc := runtime.Config{AgentID: "agent-test-" + name, Logger: log, StartGrace: 30 * time.Second,
		HealthInterval: 200 * time.Millisecond, Progress: func(e runtime.Event) {
			if a != nil {
				a.Event(e)
			}
		}}
	for _, f := range tune {
		f(&cfg, &rc)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rt, err := runtime.New(ctx, rc)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	a, err = New(ctx, cfg, []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}, rt, log)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	r := &running{agent: a, stop: cancel, done: make(chan error, 1), log: lb}
	go func() { r.done <- a.Run(ctx); rt.Close() }()
	t.Cleanup(func() { _ = r.halt() })
	return r
}

// halt stops the agent and returns what Run returned; it may be called again.
func (r *running) halt() error {
	r.once.Do(func() {
		r.stop()
		select {
		case r.err = <-r.done:
		case <-time.After(10 * time.Second):
			r.err = errors.New("the agent did not stop within 10s")
		}
	})
	return r.err
}

func submit(t *testing.T, s *apitest.Stack, c *apiclient.Client, name string, req apiv1.JobRequest) apiv1.Job {
	t.Helper()
	ctx := context.Background()
	// The agent may not have registered yet (or, in TestAgentRefusesWithoutStake, ever): the API
	// would refuse a job nobody can serve now.
	insist := true
	req.Insist = &insist
	rsp, err := c.SubmitJobWithResponse(ctx, req)
	if err != nil || rsp.JSON201 == nil {
		t.Fatalf("submit: %v %s", err, rsp.Body)
	}
	rc := s.Chain.Send(t, name, s.Chain.Contracts.EscrowC, hexutil.MustDecode(rsp.JSON201.CreateJobTx.Data))
	att, err := c.AttachJobTxWithResponse(ctx, rsp.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.TxHash.Hex()})
	if err != nil || att.JSON200 == nil {
		t.Fatalf("attach: %v %s", err, att.Body)
	}
	return *att.JSON200
}

func jobRequest(image string) apiv1.JobRequest {
	return apiv1.JobRequest{Image: ptr(image), Kind: apiv1.Service,
		Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 2},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600}
}

func eventually(t *testing.T, what string, d time.Duration, f func() bool) {
	t.Helper()
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if f() {
			return
		}
	}
	t.Fatalf("timed out after %s waiting for %s", d, what)
}

func getJob(t *testing.T, c *apiclient.Client, id int64) apiv1.Job {
	t.Helper()
	r, err := c.GetJobWithResponse(context.Background(), id)
	if err != nil || r.JSON200 == nil {
		t.Fatalf("get job: %v", err)
	}
	return *r.JSON200
}

// removeContainers removes what an earlier, interrupted run of a test agent left behind.
func removeContainers(t *testing.T, agentID string) {
	cli := dockerClient(t)
	cs, err := cli.ContainerList(context.Background(), container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", runtime.LabelAgent+"="+agentID))})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		_ = cli.ContainerRemove(context.Background(), c.ID, container.RemoveOptions{Force: true})
	}
}

func containers(t *testing.T, cli *client.Client, job int64) []container.Summary {
	t.Helper()
	cs, err := cli.ContainerList(context.Background(), container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", runtime.LabelJob+"="+strconv.FormatInt(job, 10)))})
	if err != nil {
		t.Fatal(err)
	}
	// Only this package's agents: other tests (the dev stack's) may share the engine.
	return slices.DeleteFunc(cs, func(c container.Summary) bool {
		return !strings.HasPrefix(c.Labels[runtime.LabelAgent], "agent-test-")
	})
}

// market starts an API with a staked controller, stakes each of providers, funds the client's
// escrow, and removes the providers' test agents' containers now and when the test ends.
func market(t *testing.T, providers ...string) (*apitest.Stack, *apitest.Instance) {
	t.Helper()
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	for _, p := range providers {
		s.Chain.Stake(t, p, chain.Tokens(100_000))
	}
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	for _, p := range providers {
		removeContainers(t, "agent-test-"+p)
		t.Cleanup(func() { removeContainers(t, "agent-test-"+p) })
	}
	return s, in
}

// TestAgentWinsAndRuns: an agent registers, bids on a submitted job, wins it, runs its container
// until it answers HTTP, and the job reaches running; a restarted agent re-attaches to the
// container instead of starting another.
func TestAgentWinsAndRuns(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s, in := market(t, "provider")
	state := t.TempDir()
	ag := startAgent(t, s, in, "provider", state)

	client := s.Login(in, "client")
	job := submit(t, s, client, "client", jobRequest(img))
	eventually(t, "the agent's bid", 10*time.Second, func() bool { return strings.Contains(ag.log.String(), "msg=bid") })
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond) // a heartbeat at the new time
	s.Tick()
	eventually(t, "job running", 40*time.Second, func() bool {
		j := getJob(t, client, job.Id)
		if j.State == apiv1.JobStateFailed {
			t.Fatalf("job failed: %v", *j.Reason)
		}
		return j.State == apiv1.JobStateRunning
	})
	addr := ag.agent.Addr(uint64(*job.ChainJobId))
	rsp, err := http.Get("http://" + addr + "/health")
	if err != nil || rsp.StatusCode != http.StatusOK || !strings.HasPrefix(addr, "10.213.") { // its own job network
		t.Fatalf("service at %q: %v %v", addr, err, rsp)
	}
	rsp.Body.Close()
	if n := len(containers(t, cli, *job.ChainJobId)); n != 1 {
		t.Fatalf("%d containers for the job, want 1", n)
	}
	// Requests the service served reach the meter from its /usage counters.
	for range 3 {
		rsp, err := http.Get("http://" + addr + "/")
		if err != nil {
			t.Fatal(err)
		}
		rsp.Body.Close()
	}
	served := func(a *Agent) bool {
		c, _ := a.meter.Counters(uint64(*job.ChainJobId), 1)
		return c.Requests == 3 && c.PromptTokens == 9 && c.CompletionTokens == 15
	}
	eventually(t, "the served requests metered", 5*time.Second, func() bool { return served(ag.agent) })
	rec := httptest.NewRecorder()
	ag.agent.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, want := range []string{`gintonic_agent_bids_total{outcome="placed"} 1`, "gintonic_agent_bids_won_total 1",
		`gintonic_agent_deployments_total{outcome="healthy"} 1`, "gintonic_agent_deploy_seconds_count 1"} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}

	// The container's output reaches its client through the API, tagged with the provider.
	listening := func() (n int, line apiv1.ContainerLogLine) {
		r, err := client.ListJobLogsWithResponse(context.Background(), job.Id, nil)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("read container logs: %v", err)
		}
		for _, l := range r.JSON200.Lines {
			if strings.HasPrefix(l.Text, "testsrv: listening on ") {
				n, line = n+1, l
			}
		}
		return n, line
	}
	eventually(t, "the container's first line readable by the client", 10*time.Second, func() bool { n, _ := listening(); return n == 1 })
	if _, l := listening(); l.Stream != apiv1.ContainerLogLineStreamStdout || l.Provider != chaintest.Addr("provider").Hex() || l.Round != 1 {
		t.Errorf("log line %+v", l)
	}

	// Usage is metered and signed; this API instance has no settlement, so the agent retries
	// and then logs why the report was not taken, keeping the counters unsent.
	eventually(t, "a usage report", 10*time.Second, func() bool {
		return strings.Contains(ag.log.String(), "Settlement is not configured")
	})
	if c, ok := ag.agent.meter.Counters(uint64(*job.ChainJobId), 1); !ok || c.Attested == 0 || c.Sent != 0 {
		t.Fatalf("meter counters %+v (seen %v): want attested, not sent", c, ok)
	}

	// Restart: the new agent adopts the container.
	if err := ag.halt(); err != nil {
		t.Fatalf("agent stops: %v", err)
	}
	again := startAgent(t, s, in, "provider", state)
	eventually(t, "reattach", 10*time.Second, func() bool { return again.agent.Addr(uint64(*job.ChainJobId)) == addr })
	time.Sleep(500 * time.Millisecond) // a few deployment rounds
	if n := len(containers(t, cli, *job.ChainJobId)); n != 1 {
		t.Fatalf("after restart %d containers for the job, want 1", n)
	}
	if j := getJob(t, client, job.Id); j.State != apiv1.JobStateRunning {
		t.Fatalf("after restart the job is %s", j.State)
	}
	time.Sleep(time.Second) // two meter periods: the same /usage figures are read again
	if n, _ := listening(); n != 1 {
		t.Errorf("after restart the container's first line is stored %d times, want once (the new agent resends it)", n)
	}
	if !served(again.agent) {
		c, _ := again.agent.meter.Counters(uint64(*job.ChainJobId), 1)
		t.Fatalf("after restart the meter counts %+v, want the 3 requests once", c)
	}
	_ = again.halt()
}

// TestAgentRefusesWithoutStake: a provider with no stake is told how much to stake.
func TestAgentRefusesWithoutStake(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	req := jobRequest(img)
	need := chain.Tokens(500).String()
	req.MinProviderStake = &need
	submit(t, s, s.Login(in, "client"), "client", req)

	ag := startAgent(t, s, in, "poor", t.TempDir())
	select {
	case err := <-ag.done:
		if err == nil || !strings.Contains(err.Error(), "stake 500 GIN more (gin stake 500)") {
			t.Fatalf("want a refusal naming the 500 GIN to stake, got %v", err)
		}
		ag.done <- nil
	case <-time.After(10 * time.Second):
		t.Fatal("the agent runs without stake")
	}
}

func ptr[T any](v T) *T { return &v }
