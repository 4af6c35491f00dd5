package agent

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/network"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// isolatedAgent is the agent these tests run, apart from the package's other tests' agents
// (another test process may run those on the same engine at the same time).
const isolatedAgent = "agent-test-provider2"

func ownContainers(t *testing.T, cli *client.Client, job int64) []container.Summary {
	t.Helper()
	return slices.DeleteFunc(containers(t, cli, job), func(c container.Summary) bool {
		return c.Labels[runtime.LabelAgent] != isolatedAgent
	})
}

// removeNetworks removes an agent's job networks (the runtime removes them with its jobs; a
// test that force-removes containers leaves them).
func removeNetworks(t *testing.T, agentID string) {
	cli := dockerClient(t)
	nets, err := cli.NetworkList(context.Background(), network.ListOptions{Filters: filters.NewArgs(
		filters.Arg("label", runtime.LabelAgent+"="+agentID), filters.Arg("label", runtime.LabelNetwork))})
	if err != nil {
		t.Error(err)
		return
	}
	for _, n := range nets {
		_ = cli.NetworkRemove(context.Background(), n.ID)
	}
}

func TestResourcesComeFromTheJobWithinThePolicy(t *testing.T) {
	l, errs := Isolation{MaxMemory: "20GiB", MaxCPUs: 3, MaxPids: 2000, MaxShm: "2g", MaxDisk: "4g"}.parse()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// Nothing asked: the job's GPUs' share, capped by the policy.
	r, err := l.resources(ResourceRequest{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := runtime.Resources{MemoryBytes: 16 << 30, NanoCPUs: 3_000_000_000, PidsLimit: 1024, ShmBytes: 2 << 30, ScratchBytes: 2 << 30, VolumeBytes: 2 << 30}
	if r != want {
		t.Errorf("2 GPUs get %+v, want %+v", r, want)
	}
	if r, _ := l.resources(ResourceRequest{}, 8); r.MemoryBytes != 20<<30 || r.PidsLimit != 2000 {
		t.Errorf("8 GPUs get %+v, want the policy's 20 GiB and 2000 pids", r)
	}
	// Asked within the policy, in the job's spec: granted as asked.
	mem, pids, cpus := int64(1024), int64(64), 1.5
	req := requestOf(apiv1.Job{Resources: &apiv1.Resources{MemoryMiB: &mem, Pids: &pids, Cpus: &cpus}})
	if r, err := l.resources(req, 1); err != nil || r.MemoryBytes != 1<<30 || r.PidsLimit != 64 || r.NanoCPUs != 1_500_000_000 {
		t.Errorf("a modest job gets %+v, %v", r, err)
	}
	for _, tc := range []struct {
		req  ResourceRequest
		want string
	}{
		{ResourceRequest{MemoryBytes: 21 << 30}, "memory 21GiB is more than this provider allows (20GiB)"},
		{ResourceRequest{NanoCPUs: 4_000_000_000}, "cpus 4 CPUs is more than this provider allows (3 CPUs)"},
		{ResourceRequest{Pids: 2001}, "pids 2001"},
		{ResourceRequest{ShmBytes: 3 << 30}, "shared memory 3GiB"},
		{ResourceRequest{DiskBytes: 5 << 30}, "disk 5GiB"},
		{ResourceRequest{MemoryBytes: -1}, "must not be negative"},
	} {
		_, err := l.resources(tc.req, 1)
		if !errors.Is(err, runtime.ErrRefused) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("request %+v: %v, want refused saying %q", tc.req, err, tc.want)
		}
	}
}

func TestIsolationFlags(t *testing.T) {
	base := []string{"-key-file", "x", "-floor", "*=1", "-unsafe-host-network", "-max-memory", "bogus", "-job-subnets", "10.0.0.0/30"}
	_, err := ParseConfig(base, func(string) string { return "" })
	for _, want := range []string{`max memory "bogus"`, `job subnets "10.0.0.0/30"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("config error %v does not mention %s", err, want)
		}
	}
	var c Config
	c.Isolation.UnsafeHostNetwork = true
	if rc := c.RuntimeConfig(runtime.Config{}); rc.Network != runtime.NetworkHost {
		t.Errorf("-unsafe-host-network gives network %q", rc.Network)
	}
	c.Isolation.UnsafeHostNetwork, c.ChainID = false, 1
	if rc := c.RuntimeConfig(runtime.Config{}); rc.Network != runtime.NetworkJob || rc.AllowPrivateRegistries {
		t.Errorf("by default: network %q, private registries %v; want per-job networks and public registries only", rc.Network, rc.AllowPrivateRegistries)
	}
}

// TestBatchOutputsAreReadSafelyAndNeverRerun: a batch leaves a sparse 10 TiB file, a link to a
// host file, a directory and a real result in its output. The agent must deliver only the real
// result (the old agent's os.ReadFile of the sparse file crashed it out of memory), then remove
// the directory; after an agent restart the completed batch must not run again.
func TestBatchOutputsAreReadSafelyAndNeverRerun(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	s.Chain.Stake(t, "provider2", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	removeContainers(t, isolatedAgent)
	t.Cleanup(func() { removeContainers(t, isolatedAgent); removeNetworks(t, isolatedAgent) })
	state := t.TempDir()
	ag := startAgent(t, s, in, "provider2", state)
	client := s.Login(in, "client")

	hostile := jobRequest(img)
	hostile.Kind = apiv1.Batch
	hostile.Env = &map[string]string{"TESTSRV_EXIT_AFTER": "300ms", "TESTSRV_EXIT_CODE": "0",
		"TESTSRV_OUTPUT": "huge:10T,passwd>/etc/passwd,sub/,result.txt:12"}
	job := submit(t, s, client, "client", hostile)
	eventually(t, "the bid", 10*time.Second, func() bool { return strings.Contains(ag.log.String(), "msg=bid ") })
	award(s)

	var reason string
	eventually(t, "the batch's outcome in the trail", 40*time.Second, func() bool {
		for _, l := range trail(t, client, job.Id) {
			if strings.Contains(l, "the batch finished") {
				reason = l
				return true
			}
		}
		return false
	})
	if !strings.Contains(reason, "result huge is 10TiB, over the 64MiB one result may be") {
		t.Errorf("the trail says %q, want the sparse file refused by its size", reason)
	}
	select {
	case err := <-ag.done:
		t.Fatalf("the agent stopped: %v", err)
	default:
	}

	// A well-behaved batch: its result is delivered, the directory removed.
	good := jobRequest(img)
	good.Kind = apiv1.Batch
	good.Env = &map[string]string{"TESTSRV_EXIT_AFTER": "300ms", "TESTSRV_EXIT_CODE": "0", "TESTSRV_OUTPUT": "result.txt:12,link>/etc/passwd"}
	job2 := submit(t, s, client, "client", good)
	eventually(t, "the second bid", 10*time.Second, func() bool { return strings.Count(ag.log.String(), "msg=bid ") >= 2 })
	award(s)
	eventually(t, "completed", 40*time.Second, func() bool {
		for _, l := range trail(t, client, job2.Id) {
			if strings.Contains(l, "the batch finished; results: result.txt; not delivered: link (not a regular file)") {
				return true
			}
		}
		return false
	})
	arts, err := client.ListArtifactsWithResponse(context.Background(), job2.Id)
	if err != nil || arts.JSON200 == nil || len(arts.JSON200.Artifacts) != 1 || arts.JSON200.Artifacts[0].Name != "result.txt" {
		t.Fatalf("artifacts: %v %s", err, arts.Body)
	}
	id := uint64(*job2.ChainJobId)
	out := filepath.Join(state, "out", fmt.Sprintf("%d-1", id))
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the delivered batch's output directory %s is still there (%v)", out, err)
	}
	if n := len(ownContainers(t, cli, int64(id))); n != 1 {
		t.Fatalf("%d containers of the batch, want 1", n)
	}

	// The agent restarts while the API still lists the job as running: nothing runs again.
	if err := ag.halt(); err != nil {
		t.Fatal(err)
	}
	again := startAgent(t, s, in, "provider2", state)
	time.Sleep(3 * time.Second) // many deployment passes
	if n := len(ownContainers(t, cli, int64(id))); n != 1 {
		t.Fatalf("%d containers of the completed batch after a restart, want the one that ran", n)
	}
	if strings.Contains(again.log.String(), "msg=deployed") {
		t.Errorf("the restarted agent deployed again:\n%s", again.log.String())
	}
}

// TestRefusedDeploymentsAreTheJobsFault: an image whose USER is root (spelled 00) is refused and
// the trail says it is the job's fault and why; a job's LD_PRELOAD never reaches its container
// and the trail says so.
func TestRefusedDeploymentsAreTheJobsFault(t *testing.T) {
	cli := dockerClient(t)
	img := testImage(t, cli)
	rootImg := "gintonic/testsrv:user-00"
	if err := runtimetest.BuildVariant(context.Background(), cli, rootImg, "USER 00"); err != nil {
		t.Fatal(err)
	}
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	s.Chain.Stake(t, "provider2", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	removeContainers(t, isolatedAgent)
	t.Cleanup(func() { removeContainers(t, isolatedAgent); removeNetworks(t, isolatedAgent) })
	ag := startAgent(t, s, in, "provider2", t.TempDir(), func(c *Config, _ *runtime.Config) { c.Redeploy = time.Hour })
	client := s.Login(in, "client")
	root := submit(t, s, client, "client", jobRequest(rootImg))
	env := jobRequest(img)
	env.Env = &map[string]string{"LD_PRELOAD": "/tmp/x.so", "NVIDIA_DRIVER_CAPABILITIES": "all", "GREETING": "hi"}
	withEnv := submit(t, s, client, "client", env)
	eventually(t, "two bids", 10*time.Second, func() bool { return strings.Count(ag.log.String(), "msg=bid ") >= 2 })
	award(s)

	var f []string
	eventually(t, "the root image's refusal in the trail", 40*time.Second, func() bool {
		f = failures(trail(t, client, root.Id))
		return len(f) > 0
	})
	for _, want := range []string{"refused", "the job's image or spec, not the provider", `USER "00"`, "uid 0, that is root", "USER 1000:1000"} {
		if !strings.Contains(f[0], want) {
			t.Errorf("the trail's reason does not say %q:\n%s", want, f[0])
		}
	}
	if n := len(ownContainers(t, cli, *root.ChainJobId)); n != 0 {
		t.Errorf("%d containers of the root image", n)
	}

	eventually(t, "the other job running", 40*time.Second, func() bool { return getJob(t, client, withEnv.Id).State == apiv1.JobStateRunning })
	found := false
	for _, l := range trail(t, client, withEnv.Id) {
		found = found || strings.Contains(l, "withheld from the container: LD_PRELOAD, NVIDIA_DRIVER_CAPABILITIES")
	}
	if !found {
		t.Errorf("the trail does not say which variables were withheld: %v", trail(t, client, withEnv.Id))
	}
	cs := ownContainers(t, cli, *withEnv.ChainJobId)
	if len(cs) != 1 {
		t.Fatalf("%d containers", len(cs))
	}
	info, err := cli.ContainerInspect(context.Background(), cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range info.Config.Env {
		if strings.HasPrefix(e, "LD_PRELOAD=") || strings.HasPrefix(e, "NVIDIA_DRIVER_CAPABILITIES=") {
			t.Errorf("the container's environment has %s", e)
		}
	}
}
