package runtime

import (
	"encoding/json"
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
	for _, tc := range []struct{ image, want string }{
		{"", DefaultUser}, {"root", DefaultUser}, {"0", DefaultUser}, {"0:0", DefaultUser}, {"root:wheel", DefaultUser},
		{"1000", "1000"}, {"app:app", "app:app"}, {"65532:65532", "65532:65532"},
	} {
		if got := resolveUser(tc.image, DefaultUser); got != tc.want {
			t.Errorf("image user %q: runs as %q, want %q", tc.image, got, tc.want)
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
