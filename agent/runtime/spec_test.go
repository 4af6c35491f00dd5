package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/go-connections/nat"
)

func TestBuildSpecHardensEveryContainer(t *testing.T) {
	d := testDeployment(42)
	d.Job.Round = 3
	d.Env[EnvPort] = "1" // the runtime's own values win
	s, err := buildSpec(d, placement{agentID: "prov-1", network: NetworkHost, user: DefaultUser, hostPort: 31000, attempt: 2, restarts: 1})
	if err != nil {
		t.Fatal(err)
	}
	h := s.host
	if h.Privileged || !h.ReadonlyRootfs {
		t.Errorf("privileged=%v readonly rootfs=%v, want false/true", h.Privileged, h.ReadonlyRootfs)
	}
	if !slices.Equal(h.CapDrop, []string{"ALL"}) || len(h.CapAdd) > 0 {
		t.Errorf("capabilities: drop %v add %v, want drop ALL add none", h.CapDrop, h.CapAdd)
	}
	if !slices.Contains(h.SecurityOpt, "no-new-privileges:true") {
		t.Errorf("security options %v lack no-new-privileges", h.SecurityOpt)
	}
	if len(h.Binds) > 0 || len(h.Mounts) > 0 || len(h.VolumesFrom) > 0 {
		t.Errorf("container gets host paths: binds %v mounts %v volumes-from %v", h.Binds, h.Mounts, h.VolumesFrom)
	}
	if opts, ok := h.Tmpfs["/tmp"]; !ok || !strings.Contains(opts, "size=16777216") {
		t.Errorf("tmpfs %v, want /tmp of 16 MiB", h.Tmpfs)
	}
	if h.Memory != 64<<20 || h.MemorySwap != h.Memory || h.NanoCPUs != 500_000_000 || h.PidsLimit == nil || *h.PidsLimit != 64 {
		t.Errorf("resources memory=%d swap=%d cpus=%d pids=%v", h.Memory, h.MemorySwap, h.NanoCPUs, h.PidsLimit)
	}
	if h.RestartPolicy.Name != container.RestartPolicyDisabled {
		t.Errorf("restart policy %q: the supervisor restarts, not the engine", h.RestartPolicy.Name)
	}
	if h.NetworkMode != "host" || len(h.PortBindings) > 0 {
		t.Errorf("network %q bindings %v, want host without bindings", h.NetworkMode, h.PortBindings)
	}
	if len(h.DeviceRequests) != 0 {
		t.Errorf("device requests %v without GPUs", h.DeviceRequests)
	}
	if s.config.User != DefaultUser {
		t.Errorf("user %q, want %q", s.config.User, DefaultUser)
	}
	for _, want := range []string{"GREETING=hi", "HOST=127.0.0.1", "PORT=31000"} {
		if !slices.Contains(s.config.Env, want) {
			t.Errorf("env %v lacks %s", s.config.Env, want)
		}
	}
	if slices.Contains(s.config.Env, "PORT=1") {
		t.Errorf("deployment overrode PORT: %v", s.config.Env)
	}
	wantLabels := map[string]string{LabelAgent: "prov-1", LabelJob: "42", LabelRound: "3", LabelAttempt: "2", LabelRestarts: "1", LabelPort: "31000"}
	for k, v := range wantLabels {
		if s.config.Labels[k] != v {
			t.Errorf("label %s=%q, want %q", k, s.config.Labels[k], v)
		}
	}
	var back Deployment
	if err := json.Unmarshal([]byte(s.config.Labels[LabelDeployment]), &back); err != nil || back.Image != d.Image || back.Job != d.Job {
		t.Errorf("deployment label does not round-trip: %v %+v", err, back)
	}
	if s.name != "gintonic-prov-1-j42-r3-a2" {
		t.Errorf("name %q", s.name)
	}
}

func TestBuildSpecGPUsAndBridge(t *testing.T) {
	d := testDeployment(7)
	d.GPUs = []string{"GPU-0a1b2c3d-0000-1111-2222-333344445555", "GPU-ffffffff-0000-1111-2222-333344445555"}
	d.ServicePort = 8000
	s, err := buildSpec(d, placement{agentID: "a/b c", network: NetworkBridge, user: "1000", hostPort: 32000})
	if err != nil {
		t.Fatal(err)
	}
	want := []container.DeviceRequest{{Driver: "nvidia", DeviceIDs: d.GPUs, Capabilities: [][]string{{"gpu"}}}}
	got := s.host.DeviceRequests
	if len(got) != 1 || got[0].Driver != want[0].Driver || !slices.Equal(got[0].DeviceIDs, d.GPUs) ||
		len(got[0].Capabilities) != 1 || !slices.Equal(got[0].Capabilities[0], []string{"gpu"}) || got[0].Count != 0 {
		t.Errorf("device requests %+v, want %+v", got, want)
	}
	if s.host.NetworkMode != "bridge" {
		t.Errorf("network %q, want bridge", s.host.NetworkMode)
	}
	b := s.host.PortBindings[nat.Port("8000/tcp")]
	if len(b) != 1 || b[0].HostIP != "127.0.0.1" || b[0].HostPort != "32000" {
		t.Errorf("port bindings %v, want 8000/tcp on 127.0.0.1:32000 only", s.host.PortBindings)
	}
	if _, ok := s.config.ExposedPorts[nat.Port("8000/tcp")]; !ok {
		t.Errorf("exposed ports %v lack 8000/tcp", s.config.ExposedPorts)
	}
	if !slices.Contains(s.config.Env, "PORT=8000") || s.config.User != "1000" {
		t.Errorf("env %v user %q", s.config.Env, s.config.User)
	}
	if s.name != "gintonic-a_b_c-j7-r1-a0" {
		t.Errorf("name %q is not a valid container name", s.name)
	}

	d.ServicePort = 0
	if _, err := buildSpec(d, placement{agentID: "a", network: NetworkBridge, user: "1000", hostPort: 32000}); err == nil {
		t.Error("bridge networking without a service port was accepted")
	}
}

func TestResolveUserNeverRoot(t *testing.T) {
	passwd := []byte("root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/:/bin/sh\napp:x:1000:1000::/app:/bin/false\n" +
		"wheelie:x:1001:0::/:/bin/false\n0x:x:1002:1002::/:/bin/false\n")
	group := []byte("root:x:0:app\nwheel:x:0:\napp:x:1000:\nstaff:x:50:\n")
	files := func(context.Context) ([]byte, []byte, error) { return passwd, group, nil }
	for _, tc := range []struct{ image, want, refused string }{
		{image: "", want: DefaultUser},
		{image: "1000", want: "1000:1000"}, // its passwd group
		{image: "4242", want: "4242:4242"}, // not in passwd: its own group, never the engine's 0
		{image: "app", want: "1000:1000"},
		{image: "app:staff", want: "1000:50"},
		{image: "65532:65532", want: "65532:65532"},
		{image: "0x", want: "1002:1002"}, // a name, not a number
		{image: "0", refused: "uid 0"},
		{image: "00", refused: "uid 0"},
		{image: "+0", refused: "uid 0"},
		{image: "-0", refused: "uid 0"},
		{image: "000:1000", refused: "uid 0"},
		{image: "0:0", refused: "uid 0"},
		{image: "root", refused: "uid 0 in the image's /etc/passwd"},
		{image: "root:wheel", refused: "uid 0"},
		{image: "toor", refused: "uid 0 in the image's /etc/passwd"}, // an alias of root
		{image: "1000:0", refused: "group 0"},
		{image: "1000:+0", refused: "group 0"},
		{image: "app:root", refused: "group 0"},
		{image: "app:wheel", refused: "group 0"},
		{image: "wheelie", refused: "group 0"}, // primary group root
		{image: "-1", refused: "not a valid uid"},
		{image: "99999999999", refused: "not a valid uid"},
		{image: "ghost", refused: "does not have"},
		{image: "app:ghosts", refused: "does not have"},
	} {
		got, err := resolveUser(t.Context(), tc.image, DefaultUser, files)
		switch {
		case tc.refused == "" && (err != nil || got != tc.want):
			t.Errorf("image user %q: runs as %q (%v), want %q", tc.image, got, err, tc.want)
		case tc.refused != "" && (!errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tc.refused)):
			t.Errorf("image user %q: runs as %q (%v), want it refused for %q", tc.image, got, err, tc.refused)
		}
	}
	// An image without /etc/passwd: names cannot be resolved, numbers can.
	none := func(context.Context) ([]byte, []byte, error) { return nil, nil, nil }
	if got, err := resolveUser(t.Context(), "toor", DefaultUser, none); !errors.Is(err, ErrRefused) {
		t.Errorf("a name without /etc/passwd runs as %q (%v), want refused", got, err)
	}
	if got, err := resolveUser(t.Context(), "1000", DefaultUser, none); err != nil || got != "1000:1000" {
		t.Errorf("uid 1000 without /etc/passwd: %q %v", got, err)
	}
}

func TestBuildSpecJobNetworkVolumesAndEnv(t *testing.T) {
	d := testDeployment(9)
	d.Env["LD_PRELOAD"] = "/tmp/evil.so"
	d.Env["NVIDIA_DRIVER_CAPABILITIES"] = "all"
	d.Env["cuda_visible_devices"] = "0"
	d.Resources.ShmBytes = 32 << 20
	d.Resources.VolumeBytes = 8 << 20
	s, err := buildSpec(d, placement{agentID: "p", network: NetworkJob, netName: "gintonic-p-j9-r1", user: "1000:1000",
		volumes: []string{"/data", "/tmp", "/var/cache"}})
	if err != nil {
		t.Fatal(err)
	}
	if s.host.NetworkMode != "gintonic-p-j9-r1" || len(s.host.PortBindings) > 0 || s.net == nil || s.net.EndpointsConfig["gintonic-p-j9-r1"] == nil {
		t.Errorf("network %q bindings %v endpoints %+v, want the job network only", s.host.NetworkMode, s.host.PortBindings, s.net)
	}
	for _, want := range []string{"HOST=0.0.0.0", "PORT=8080", "GREETING=hi"} {
		if !slices.Contains(s.config.Env, want) {
			t.Errorf("env %v lacks %s", s.config.Env, want)
		}
	}
	for _, e := range s.config.Env {
		if k, _, _ := strings.Cut(e, "="); DroppedEnv(k) {
			t.Errorf("env %s reaches the container", e)
		}
	}
	if s.host.ShmSize != 32<<20 {
		t.Errorf("shm %d, want 32 MiB", s.host.ShmSize)
	}
	for _, v := range []string{"/data", "/var/cache"} {
		if o := s.host.Tmpfs[v]; !strings.Contains(o, "size=8388608") || !strings.Contains(o, "nosuid") {
			t.Errorf("volume %s: tmpfs %q, want 8 MiB nosuid", v, o)
		}
	}
	if !strings.Contains(s.host.Tmpfs["/tmp"], "size=16777216") {
		t.Errorf("/tmp tmpfs %q was replaced by the volume's", s.host.Tmpfs["/tmp"])
	}
	many := make([]string, maxImageVolumes+1)
	for i := range many {
		many[i] = fmt.Sprintf("/v%d", i)
	}
	if _, err := buildSpec(d, placement{agentID: "p", network: NetworkJob, netName: "n", user: "1000:1000", volumes: many}); !errors.Is(err, ErrRefused) {
		t.Errorf("%d volumes: %v, want refused", len(many), err)
	}
}

func TestImageReferences(t *testing.T) {
	private := func(context.Context, string) ([]netip.Addr, error) {
		return []netip.Addr{netip.MustParseAddr("10.1.2.3")}, nil
	}
	public := func(context.Context, string) ([]netip.Addr, error) {
		return []netip.Addr{netip.MustParseAddr("140.82.112.34")}, nil
	}
	for _, tc := range []struct {
		ref     string
		lookup  func(context.Context, string) ([]netip.Addr, error)
		refused bool
	}{
		{"gintonic/runtime:dev", private, false}, // built here: no registry host at all
		{"ubuntu", private, false},
		{"ghcr.io/gintonic/runtime:latest", public, false},
		{"docker.io/library/nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000", private, false},
		{"10.0.0.5:5000/x", nil, true},
		{"localhost:5000/x", nil, true},
		{"LOCALHOST/x", nil, true},
		{"127.0.0.1/x", nil, true},
		{"169.254.169.254/latest", nil, true},
		{"[::1]:5000/x", nil, true},
		{"192.168.1.10:443/x:1", nil, true},
		{"registry.internal/x", nil, true},
		{"evil.example.com/x", private, true}, // resolves into the provider's LAN
		{"Not A Reference", nil, true},
	} {
		err := checkImageRef(t.Context(), tc.ref, tc.lookup)
		if tc.refused != errors.Is(err, ErrRefused) {
			t.Errorf("image %q: %v, want refused=%v", tc.ref, err, tc.refused)
		}
	}
}

func TestDeploymentValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Deployment)
		want string // substring of the error; empty: valid
	}{
		{"valid", func(*Deployment) {}, ""},
		{"no job", func(d *Deployment) { d.Job.ID = 0 }, "job id is missing"},
		{"no image", func(d *Deployment) { d.Image = " " }, "image is missing"},
		{"health path", func(d *Deployment) { d.HealthPath = "health" }, "must start with /"},
		{"negative", func(d *Deployment) { d.Resources.PidsLimit = -1 }, "must not be negative"},
		{"tiny memory", func(d *Deployment) { d.Resources.MemoryBytes = 1 << 20 }, "minimum of 6 MiB"},
		{"gpu id", func(d *Deployment) { d.GPUs = []string{"0"} }, "not an NVIDIA UUID"},
		{"env name", func(d *Deployment) { d.Env["A=B"] = "x" }, "is invalid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := testDeployment(1)
			tc.edit(&d)
			err := d.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("valid deployment rejected: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

// A job's model is mounted read-only at /repository (the cache is shared by every job on the
// machine), and only there: the rest of the container stays as hardened as without one.
func TestModelDirMountedReadOnly(t *testing.T) {
	d := testDeployment(42)
	d.ModelDir = "/var/lib/gintonic/models/snapshots/acme--m/0123"
	d.GPUs = []string{"GPU-aaaa"}
	s, err := buildSpec(d, placement{agentID: "prov-1", network: NetworkHost, user: DefaultUser, hostPort: 31000})
	if err != nil {
		t.Fatal(err)
	}
	h := s.host
	if len(h.Mounts) != 1 || len(h.Binds) > 0 {
		t.Fatalf("mounts %+v binds %v, want the model alone", h.Mounts, h.Binds)
	}
	m := h.Mounts[0]
	if m.Source != d.ModelDir || m.Target != ModelPath || !m.ReadOnly || m.Type != "bind" {
		t.Errorf("model mount %+v, want %s read-only at %s", m, d.ModelDir, ModelPath)
	}
	if !slices.Contains(s.config.Env, EnvModelDir+"="+ModelPath) {
		t.Errorf("env %v lacks %s=%s", s.config.Env, EnvModelDir, ModelPath)
	}
	if !h.ReadonlyRootfs || len(h.DeviceRequests) != 1 || !slices.Equal(h.DeviceRequests[0].DeviceIDs, []string{"GPU-aaaa"}) {
		t.Errorf("rootfs read-only %v, device requests %+v", h.ReadonlyRootfs, h.DeviceRequests)
	}
}
