package runtime

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/network"

	"github.com/gintonic/gintonic/imagebuild"
)

// dialResult is testsrv's /dial answer: what a hostile container reached.
type dialResult struct {
	Connected bool   `json:"connected"`
	Answered  bool   `json:"answered"`
	Err       string `json:"err"`
}

// dialFrom makes the container c try to reach addr.
func dialFrom(t *testing.T, c Container, addr string) dialResult {
	t.Helper()
	var r dialResult
	if err := json.Unmarshal([]byte(get(t, c, "/dial?addr="+url.QueryEscape(addr))), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// hostService serves HTTP on ln until the test ends.
func hostService(t *testing.T, ln net.Listener) uint16 {
	t.Helper()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "host secret") })}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return uint16(ln.Addr().(*net.TCPAddr).Port)
}

func listen(t *testing.T, addr string) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

// defaultGateway is the host's default route's gateway (its LAN router), if it has one.
func defaultGateway() (netip.Addr, bool) {
	f, err := os.Open("/proc/net/route")
	if err != nil {
		return netip.Addr{}, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fl := strings.Fields(sc.Text())
		if len(fl) > 2 && fl[1] == "00000000" {
			v, err := strconv.ParseUint(fl[2], 16, 32)
			if err == nil && v != 0 {
				return netip.AddrFrom4([4]byte{byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24)}), true
			}
		}
	}
	return netip.Addr{}, false
}

// TestHostileTenantReachesNothingButItself runs a hostile container on its job network and has
// it try every target a tenant must not reach. On host networking (the runtime's old default)
// the host's loopback service and the other tenant answer, so this test fails there.
func TestHostileTenantReachesNothingButItself(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	loopback := hostService(t, listen(t, "127.0.0.1:0"))
	wildcard := hostService(t, listen(t, "0.0.0.0:0"))
	guarded := hostService(t, rt.RefuseJobNetworks(listen(t, "0.0.0.0:0")))

	victim := ensureHealthy(t, rt, testDeployment(201))
	attacker := ensureHealthy(t, rt, testDeployment(202))
	get(t, victim, "/") // the host reaches both services on their job networks

	netOf := func(c Container) jobNetwork {
		n, err := docker.NetworkInspect(t.Context(), jobNetworkName(rt.cfg.AgentID, c.Job), network.InspectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		jn, err := networkOf(n)
		if err != nil {
			t.Fatal(err)
		}
		return jn
	}
	own, other := netOf(attacker), netOf(victim)
	if own.Subnet.Overlaps(other.Subnet) {
		t.Fatalf("two jobs share a subnet: %s and %s", own.Subnet, other.Subnet)
	}
	port := func(a netip.Addr, p uint16) string { return netip.AddrPortFrom(a, p).String() }

	// The control: the probe does reach what is there to reach, its own service.
	if r := dialFrom(t, attacker, "127.0.0.1:"+strconv.Itoa(DefaultServicePort)); !r.Answered {
		t.Fatalf("the container cannot reach its own service (%s): the probe proves nothing", r.Err)
	}

	type target struct{ what, addr string }
	targets := []target{
		{"another tenant's service", victim.Addr},
		{"a service on the host's 127.0.0.1", "127.0.0.1:" + strconv.Itoa(int(loopback))},
		{"the host's 127.0.0.1 service through the job network's gateway", port(own.Gateway, loopback)},
		{"the cloud metadata service", "169.254.169.254:80"},
		{"the Internet", "1.1.1.1:443"},
		{"a LAN address", "192.168.1.1:80"},
		{"a LAN address", "10.0.0.1:80"},
	}
	if gw, ok := defaultGateway(); ok {
		targets = append(targets, target{"the host's LAN router", port(gw, 80)})
	}
	for _, p := range hostNetworks(true) {
		if p.Addr().IsLoopback() || p.Addr() == own.Gateway {
			continue
		}
		// The host answers on all its addresses (see the gateway below): what must not get
		// through are its loopback-only services, and the agent's own listeners.
		targets = append(targets, target{"the host's 127.0.0.1 service through its address " + p.String(), port(p.Addr(), loopback)})
		if r := dialFrom(t, attacker, port(p.Addr(), guarded)); r.Answered {
			t.Errorf("an agent listener (RefuseJobNetworks) answered the job network at %s", port(p.Addr(), guarded))
		}
	}
	for _, tg := range targets {
		r := dialFrom(t, attacker, tg.addr)
		if r.Connected || r.Answered {
			t.Errorf("the hostile container reached %s at %s (answered=%v)", tg.what, tg.addr, r.Answered)
			continue
		}
		t.Logf("%s at %s: %s", tg.what, tg.addr, r.Err)
	}

	// The host's own addresses are the one thing a container can connect to. The agent's own
	// listeners refuse those connections; any other service of the provider's that listens on
	// every interface must be firewalled (README: iptables -I INPUT -i gin+ ...).
	if r := dialFrom(t, attacker, port(own.Gateway, guarded)); r.Answered {
		t.Errorf("an agent listener (RefuseJobNetworks) answered the job network at %s", port(own.Gateway, guarded))
	}
	r := dialFrom(t, attacker, port(own.Gateway, wildcard))
	t.Logf("known limit, see the README: a host service on 0.0.0.0 seen through the job network's gateway %s: answered=%v %s",
		own.Gateway, r.Answered, r.Err)
}

// TestHostNetworkIsNoIsolation shows the probe above detects a reachable target: on the unsafe
// host network the same container reaches the host's loopback service.
func TestHostNetworkIsNoIsolation(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, func(c *Config) { c.Network = NetworkHost })
	loopback := hostService(t, listen(t, "127.0.0.1:0"))
	c := ensureHealthy(t, rt, testDeployment(203))
	if r := dialFrom(t, c, "127.0.0.1:"+strconv.Itoa(int(loopback))); !r.Answered {
		t.Fatalf("on host networking the container did not reach the host's loopback service: %s", r.Err)
	}
}

// TestRootImagesAreRefused builds images whose USER is root spelled every way runc accepts, and
// checks that none is started and that each error says why and whose fault it is.
func TestRootImagesAreRefused(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	passwd := "root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0:alias:/:/bin/sh\napp:x:1000:1000::/:/bin/false\n"
	group := "root:x:0:\napp:x:1000:\n"
	for i, user := range []string{"0", "00", "+0", "0:0", "root", "toor", "1000:0", "ghost"} {
		tag := fmt.Sprintf("gintonic/testsrv:root-%d", i)
		buildImageWithUsers(t, tag, user, passwd, group)
		d := testDeployment(uint64(210 + i))
		d.Image = tag
		_, err := rt.Ensure(t.Context(), d)
		if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), strconv.Quote(user)) {
			t.Errorf("USER %s: %v, want the deployment refused naming the user", user, err)
		}
		if n := len(jobContainers(t, rt, d.Job)); n != 0 {
			t.Errorf("USER %s: %d containers created", user, n)
		}
	}
	// A named non-root user runs as its uid.
	buildImageWithUsers(t, "gintonic/testsrv:app", "app", passwd, group)
	d := testDeployment(219)
	d.Image = "gintonic/testsrv:app"
	c := ensureHealthy(t, rt, d)
	var info struct{ UID, GID int }
	if err := json.Unmarshal([]byte(get(t, c, "/info")), &info); err != nil || info.UID != 1000 || info.GID != 1000 {
		t.Errorf("USER app runs as %+v (%v), want uid 1000 gid 1000", info, err)
	}
}

func buildImageWithUsers(t *testing.T, tag, user, passwd, group string) {
	t.Helper()
	err := buildFiles(t, tag, "FROM "+testImage+"\nCOPY passwd /etc/passwd\nCOPY group /etc/group\nUSER "+user+"\n",
		map[string]string{"passwd": passwd, "group": group})
	if err != nil {
		t.Fatal(err)
	}
}

// TestImageVolumesGetBoundedTmpfs: an image VOLUME gets a size-limited tmpfs, not a writable
// anonymous volume of unbounded size.
func TestImageVolumesGetBoundedTmpfs(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	if err := buildFiles(t, "gintonic/testsrv:volume", "FROM "+testImage+"\nVOLUME /data /var/cache\n", nil); err != nil {
		t.Fatal(err)
	}
	d := testDeployment(220)
	d.Image = "gintonic/testsrv:volume"
	d.Resources.VolumeBytes = 4 << 20
	c := ensureHealthy(t, rt, d)
	got, err := docker.ContainerInspect(t.Context(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.Mounts {
		t.Errorf("container has a %s mount %s -> %s (an image VOLUME became a volume)", m.Type, m.Name, m.Destination)
	}
	for _, v := range []string{"/data", "/var/cache"} {
		if o := got.HostConfig.Tmpfs[v]; !strings.Contains(o, "size=4194304") {
			t.Errorf("VOLUME %s: tmpfs %q, want one of 4 MiB", v, o)
		}
	}
}

// TestCompletedBatchNeverRunsAgain: a batch whose container exited 0 is reported completed by a
// restarted agent's Ensure, never started a second time.
func TestCompletedBatchNeverRunsAgain(t *testing.T) {
	t.Parallel()
	first, rec := newRuntime(t, nil)
	d := testDeployment(230)
	d.Batch, d.HealthPath = true, ""
	d.OutputDir = t.TempDir() + "/out"
	d.Env["TESTSRV_EXIT_AFTER"], d.Env["TESTSRV_EXIT_CODE"] = "200ms", "0"
	if _, err := first.Ensure(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	go first.Supervise(t.Context())
	rec.waitFor(t, EventCompleted, 1, 20*time.Second)

	fi, err := os.Stat(d.OutputDir)
	if err != nil {
		t.Fatal(err)
	}
	if st := fi.Sys().(*syscall.Stat_t); fi.Mode().Perm() != 0o700 || st.Uid != 65534 || st.Gid != 65534 {
		t.Errorf("output directory mode %v owner %d:%d, want 0700 owned by the container's 65534:65534", fi.Mode().Perm(), st.Uid, st.Gid)
	}

	// The agent restarts and, the job still running in the API, ensures it again.
	second, _ := newRuntime(t, func(c *Config) { c.AgentID = first.cfg.AgentID })
	for range 2 {
		c, err := second.Ensure(t.Context(), d)
		if err != nil {
			t.Fatal(err)
		}
		if !c.Completed {
			t.Fatalf("Ensure after completion returned %+v, want it completed", c)
		}
	}
	if n := len(jobContainers(t, second, d.Job)); n != 1 {
		t.Fatalf("%d containers of the completed batch, want the one that ran", n)
	}
}

// buildFiles builds tag from a Dockerfile and the named files.
func buildFiles(t *testing.T, tag, dockerfile string, files map[string]string) error {
	t.Helper()
	ctx := []imagebuild.File{{Name: "Dockerfile", Mode: 0o644, Body: []byte(dockerfile)}}
	for name, body := range files {
		ctx = append(ctx, imagebuild.File{Name: name, Mode: 0o644, Body: []byte(body)})
	}
	return imagebuild.Build(t.Context(), docker, ctx, build.ImageBuildOptions{Tags: []string{tag}})
}

// TestPrivateRegistriesAreRefused: an image on a registry in the provider's LAN or on its
// loopback is refused before the engine is asked to pull it (the engine would connect there as
// root and report what it found); a dev chain's agent may allow them.
func TestPrivateRegistriesAreRefused(t *testing.T) {
	t.Parallel()
	rt, rec := newRuntime(t, nil)
	for i, ref := range []string{"10.0.0.5:5000/x", "localhost:5000/x", "127.0.0.1/x", "169.254.169.254/latest/meta-data"} {
		d := testDeployment(uint64(240 + i))
		d.Image = ref
		_, err := rt.Ensure(t.Context(), d)
		if !errors.Is(err, ErrRefused) || errors.Is(err, ErrPull) {
			t.Errorf("image %s: %v, want it refused without a pull", ref, err)
		}
	}
	if n := rec.count(EventPull); n != 0 {
		t.Errorf("%d pull events: the engine was asked to pull", n)
	}
	dev, _ := newRuntime(t, func(c *Config) { c.AllowPrivateRegistries = true })
	d := testDeployment(245)
	d.Image = "127.0.0.1:1/x"
	if _, err := dev.Ensure(t.Context(), d); !errors.Is(err, ErrPull) {
		t.Errorf("with private registries allowed: %v, want a pull (that fails)", err)
	}
}

// TestEgressNetworkAndEngineFacts: a deployment the provider lets reach the Internet gets a
// network that is not internal and keeps forwarding; the runtime reports the engine's uid
// remapping as the engine does.
func TestEgressNetworkAndEngineFacts(t *testing.T) {
	t.Parallel()
	rt, _ := newRuntime(t, nil)
	d := testDeployment(250)
	d.Egress = true
	c := ensureHealthy(t, rt, d)
	name := jobNetworkName(rt.cfg.AgentID, c.Job)
	n, err := docker.NetworkInspect(t.Context(), name, network.InspectOptions{})
	if err != nil || n.Internal {
		t.Errorf("egress network %s: internal=%v %v, want not internal", name, n.Internal, err)
	}
	if b, err := os.ReadFile("/proc/sys/net/ipv4/conf/" + bridgeName(name) + "/forwarding"); err != nil || strings.TrimSpace(string(b)) != "1" {
		t.Errorf("egress bridge forwarding %q %v, want on", b, err)
	}
	own := testDeployment(251)
	c2 := ensureHealthy(t, rt, own)
	b, err := os.ReadFile("/proc/sys/net/ipv4/conf/" + bridgeName(jobNetworkName(rt.cfg.AgentID, c2.Job)) + "/forwarding")
	if err != nil || strings.TrimSpace(string(b)) != "0" {
		t.Errorf("isolated bridge forwarding %q %v, want off", b, err)
	}

	info, err := docker.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	userns := false
	for _, o := range info.SecurityOptions {
		userns = userns || strings.Contains(o, "name=userns")
	}
	if got := rt.Isolation(); got.UserNamespaces != userns || got.Network != NetworkJob {
		t.Errorf("isolation %+v, engine security options %v", got, info.SecurityOptions)
	}
}

// TestJobFirewallClosesTheHost: with the firewall rule, even a host service that listens on
// every interface is out of a job container's reach, while the host still reaches the container.
func TestJobFirewallClosesTheHost(t *testing.T) {
	t.Parallel()
	had := exec.Command("iptables", append([]string{"-w", "-C"}, firewallRule...)...).Run() == nil
	rt, _ := newRuntime(t, func(c *Config) { c.Firewall = true })
	if !had {
		t.Cleanup(func() { exec.Command("iptables", append([]string{"-w", "-D"}, firewallRule...)...).Run() })
	}
	wildcard := hostService(t, listen(t, "0.0.0.0:0"))
	c := ensureHealthy(t, rt, testDeployment(260)) // the host reaches it: health checks pass
	n, err := docker.NetworkInspect(t.Context(), jobNetworkName(rt.cfg.AgentID, c.Job), network.InspectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	jn, err := networkOf(n)
	if err != nil {
		t.Fatal(err)
	}
	if r := dialFrom(t, c, netip.AddrPortFrom(jn.Gateway, wildcard).String()); r.Connected || r.Answered {
		t.Errorf("with the firewall a host service on 0.0.0.0 still answered the container at %s", jn.Gateway)
	}
	if r := dialFrom(t, c, "127.0.0.1:"+strconv.Itoa(DefaultServicePort)); !r.Answered {
		t.Errorf("the container cannot reach its own service: %s", r.Err)
	}
}
