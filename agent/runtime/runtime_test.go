package runtime

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/network"

	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
)

func TestEnsureRunsHardenedHealthyService(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, nil)
	d := testDeployment(101)
	c := ensureHealthy(t, rt, d)

	if ap, err := netip.ParseAddrPort(c.Addr); err != nil || !DefaultJobSubnets.Contains(ap.Addr()) || ap.Port() != DefaultServicePort {
		t.Fatalf("service address %q is not on the job network (%s, port %d)", c.Addr, DefaultJobSubnets, DefaultServicePort)
	}
	if body := get(t, c, "/"); !strings.Contains(body, "hello from testsrv") {
		t.Fatalf("GET / = %q", body)
	}
	var info struct {
		UID          int    `json:"uid"`
		RootWritable bool   `json:"rootWritable"`
		TmpWritable  bool   `json:"tmpWritable"`
		Greeting     string `json:"greeting"`
	}
	if err := json.Unmarshal([]byte(get(t, c, "/info")), &info); err != nil {
		t.Fatal(err)
	}
	if info.UID != 65534 || info.RootWritable || !info.TmpWritable || info.Greeting != "hi" {
		t.Errorf("inside the container: %+v, want uid 65534, read-only /, writable /tmp, GREETING=hi", info)
	}
	if rec.count(EventStarted) != 1 {
		t.Errorf("%d started events, want 1", rec.count(EventStarted))
	}

	got, err := docker.ContainerInspect(t.Context(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	h := got.HostConfig
	if h.Privileged || !h.ReadonlyRootfs || !slices.Equal(h.CapDrop, []string{"ALL"}) {
		t.Errorf("privileged=%v readonly=%v capdrop=%v", h.Privileged, h.ReadonlyRootfs, h.CapDrop)
	}
	if !slices.Contains(h.SecurityOpt, "no-new-privileges:true") {
		t.Errorf("security options %v", h.SecurityOpt)
	}
	if h.PidsLimit == nil || *h.PidsLimit != 64 || h.Memory != 64<<20 || h.NanoCPUs != 500_000_000 {
		t.Errorf("limits pids=%v memory=%d cpus=%d", h.PidsLimit, h.Memory, h.NanoCPUs)
	}
	if _, ok := h.Tmpfs["/tmp"]; !ok {
		t.Errorf("no tmpfs on /tmp: %v", h.Tmpfs)
	}
	for _, m := range got.Mounts {
		t.Errorf("container has a mount %s -> %s", m.Source, m.Destination)
	}
	for _, b := range h.Binds {
		if strings.Contains(b, "docker.sock") {
			t.Errorf("Docker socket is mounted: %s", b)
		}
	}
	netName := jobNetworkName(rt.cfg.AgentID, d.Job)
	if got.Config.User != DefaultUser || string(h.NetworkMode) != netName || len(got.NetworkSettings.Networks) != 1 {
		t.Errorf("user %q network %q (%d networks), want %s on %s only", got.Config.User, h.NetworkMode, len(got.NetworkSettings.Networks), DefaultUser, netName)
	}
	if n, err := docker.NetworkInspect(t.Context(), netName, network.InspectOptions{}); err != nil || !n.Internal {
		t.Errorf("job network %s: internal=%v err=%v, want an internal network", netName, n.Internal, err)
	}
	if got.Config.Labels[LabelJob] != "101" || got.Config.Labels[LabelRound] != "1" || got.Config.Labels[LabelAgent] != rt.cfg.AgentID {
		t.Errorf("labels %v", got.Config.Labels)
	}
}

func TestRestartedAgentReattachesWithoutDuplicates(t *testing.T) {
	t.Parallel()
	first, _ := newRuntime(t, nil)
	d := testDeployment(102)
	c := ensureHealthy(t, first, d)

	// A job network whose container is gone (the agent was killed in between) is cleaned up.
	if _, err := first.ensureNetwork(t.Context(), testDeployment(107)); err != nil {
		t.Fatal(err)
	}

	// The agent restarts: a new Runtime with the same agent id and nothing in memory.
	second, rec := newRuntime(t, func(cfg *Config) { cfg.AgentID = first.cfg.AgentID })
	adopted, err := second.Reattach(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := jobNetworks(t, second), []string{jobNetworkName(first.cfg.AgentID, d.Job)}; !slices.Equal(got, want) {
		t.Errorf("job networks after reattach %v, want only %v", got, want)
	}
	if len(adopted) != 1 || adopted[0].ID != c.ID || adopted[0].Addr != c.Addr {
		t.Fatalf("reattach adopted %+v, want the running %+v", adopted, c)
	}
	if rec.count(EventAdopted) != 1 {
		t.Errorf("%d adopted events, want 1", rec.count(EventAdopted))
	}
	again, err := second.Ensure(t.Context(), d)
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != c.ID {
		t.Fatalf("Ensure after reattach started %s, want the existing %s", again.ID, c.ID)
	}
	// A third agent process that calls Ensure without Reattach still finds it.
	third, _ := newRuntime(t, func(cfg *Config) { cfg.AgentID = first.cfg.AgentID })
	if c3, err := third.Ensure(t.Context(), d); err != nil || c3.ID != c.ID {
		t.Fatalf("Ensure in a fresh runtime: %v, %s, want the existing %s", err, c3.ID, c.ID)
	}
	if n := len(jobContainers(t, second, d.Job)); n != 1 {
		t.Fatalf("%d containers for the job, want 1", n)
	}
	if err := second.WaitHealthy(t.Context(), d.Job); err != nil {
		t.Fatal(err)
	}
}

func TestStopRemovesContainersAndReportsRunTime(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, nil)
	d := testDeployment(103)
	c := ensureHealthy(t, rt, d)
	time.Sleep(300 * time.Millisecond)

	u, err := rt.Stop(t.Context(), d.Job)
	if err != nil {
		t.Fatal(err)
	}
	if len(u.Runs) != 1 || u.Runs[0].Running || u.Runs[0].FinishedAt.IsZero() {
		t.Fatalf("usage %+v, want one finished run", u)
	}
	if got := u.Duration(time.Now().Add(time.Hour)); got < 300*time.Millisecond || got > time.Minute {
		t.Errorf("run time %s, want between 300ms and a minute (and not growing after stop)", got)
	}
	if n := len(jobContainers(t, rt, d.Job)); n != 0 {
		t.Errorf("%d containers left after Stop", n)
	}
	// An HTTP answer, not a TCP connect: some networks accept every connection on the way.
	hc := &http.Client{Timeout: time.Second}
	if resp, err := hc.Get("http://" + c.Addr + "/"); err == nil {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "hello from testsrv") {
			t.Errorf("service still answers on %s after Stop", c.Addr)
		}
	}
	if rec.count(EventStopped) != 1 {
		t.Errorf("%d stopped events, want 1", rec.count(EventStopped))
	}
	if len(rt.Jobs()) != 0 {
		t.Errorf("still supervising %v", rt.Jobs())
	}
	if n := jobNetworks(t, rt); len(n) != 0 {
		t.Errorf("job networks left after Stop: %v", n)
	}
}

// jobNetworks lists the names of the runtime's job networks.
func jobNetworks(t *testing.T, rt *Runtime) []string {
	t.Helper()
	list, err := docker.NetworkList(t.Context(), network.ListOptions{Filters: filters.NewArgs(
		filters.Arg("label", LabelAgent+"="+rt.cfg.AgentID), filters.Arg("label", LabelNetwork))})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range list {
		names = append(names, n.Name)
	}
	slices.Sort(names)
	return names
}

func TestReapRemovesEndedJobs(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	keep, ended := testDeployment(104), testDeployment(105)
	ensureHealthy(t, rt, keep)
	ensureHealthy(t, rt, ended)
	// A network whose container never came (an agent killed between the two).
	if _, err := rt.ensureNetwork(t.Context(), testDeployment(106)); err != nil {
		t.Fatal(err)
	}

	usages, err := rt.Reap(t.Context(), []Job{keep.Job})
	if err != nil {
		t.Fatal(err)
	}
	if len(usages) != 1 || usages[0].Job != ended.Job || len(usages[0].Runs) != 1 {
		t.Fatalf("reaped %+v, want the one run of %s", usages, ended.Job)
	}
	if n := len(jobContainers(t, rt, ended.Job)); n != 0 {
		t.Errorf("%d containers of the ended job left", n)
	}
	if got, want := jobNetworks(t, rt), []string{jobNetworkName(rt.cfg.AgentID, keep.Job)}; !slices.Equal(got, want) {
		t.Errorf("job networks after reap %v, want only %v", got, want)
	}
	kept := jobContainers(t, rt, keep.Job)
	if len(kept) != 1 || kept[0].State != container.StateRunning {
		t.Errorf("active job's containers %+v, want one running", kept)
	}
	if slices.Contains(rt.Jobs(), ended.Job) || !slices.Contains(rt.Jobs(), keep.Job) {
		t.Errorf("supervised jobs %v", rt.Jobs())
	}
}

func TestPullOfUnknownImageFailsClearly(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, nil)
	d := testDeployment(106)
	d.Image = "gintonic/no-such-image:missing"
	_, err := rt.Ensure(t.Context(), d)
	if !errors.Is(err, ErrPull) {
		t.Fatalf("Ensure with an unknown image: %v, want ErrPull", err)
	}
	for _, want := range []string{d.Image, "not on this provider", "pulling it failed", "registry"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if rec.count(EventPull) == 0 {
		t.Error("no pull progress event")
	}
	if n := len(jobContainers(t, rt, d.Job)); n != 0 || len(rt.Jobs()) != 0 {
		t.Errorf("failed Ensure left %d containers, supervises %v", n, rt.Jobs())
	}
	t.Log(err)
}

func TestConcurrentEnsureStartsOneContainer(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	d := testDeployment(107)
	ids := make(chan string, 4)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			c, err := rt.Ensure(t.Context(), d)
			ids <- c.ID
			errs <- err
		}()
	}
	first := ""
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		id := <-ids
		if first == "" {
			first = id
		}
		if id != first {
			t.Errorf("concurrent Ensure returned %s and %s", first, id)
		}
	}
	if n := len(jobContainers(t, rt, d.Job)); n != 1 {
		t.Errorf("%d containers for one job, want 1", n)
	}
}

// TestImageLabelsSetTheHealthCheck: with HealthFromImage, an image's io.gintonic.health-path
// label replaces the deployment's health path (here /health never answers 200, /info does).
func TestImageLabelsSetTheHealthCheck(t *testing.T) {
	t.Parallel()
	const labelled = "gintonic/testsrv:labelled"
	if err := runtimetest.BuildVariant(t.Context(), requireDocker(t), labelled, "ENV TESTSRV_SICK=1", "LABEL "+LabelImageHealthPath+"=/info"); err != nil {
		t.Fatal(err)
	}
	rt, _ := newRuntime(t, nil)
	d := testDeployment(107)
	d.Image, d.HealthFromImage = labelled, true
	c := ensureHealthy(t, rt, d)
	got, err := docker.ContainerInspect(t.Context(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Config.Labels[LabelDeployment], `"HealthPath":"/info"`) {
		t.Errorf("deployment label %s: want the image's health path kept for re-attaching", got.Config.Labels[LabelDeployment])
	}
}
