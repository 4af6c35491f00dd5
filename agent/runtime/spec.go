package runtime

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/go-connections/nat"
)

// Labels put on every container, so that a restarted agent finds its containers again and the
// operator can tell whose container is whose with `docker ps --filter label=io.gintonic.job`.
const (
	LabelAgent      = "io.gintonic.agent"
	LabelJob        = "io.gintonic.job"
	LabelRound      = "io.gintonic.round"
	LabelAttempt    = "io.gintonic.attempt"    // 0 for the first container of a job round, then 1, 2...
	LabelRestarts   = "io.gintonic.restarts"   // supervisor restarts before this container since the last Ensure
	LabelPort       = "io.gintonic.port"       // host port on 127.0.0.1 that reaches the service
	LabelDeployment = "io.gintonic.deployment" // the Deployment as JSON: what a restart recreates
)

// NetworkMode is how a job's service is reached from the provider.
//
// Production providers use NetworkBridge: the container gets its own network namespace and
// its ServicePort is published on 127.0.0.1 only, so nothing but the agent's gateway on the same
// host reaches it. NetworkHost exists for hosts without a bridge network (dockerd
// --bridge=none, as in this project's CI): the container shares the host's network and the
// service is told to listen on HOST=127.0.0.1 and PORT=<allocated port>; a service that ignores
// HOST and binds 0.0.0.0 is then reachable from outside, which is why host networking is not the
// production choice.
type NetworkMode string

const (
	NetworkHost   NetworkMode = "host"
	NetworkBridge NetworkMode = "bridge"
)

// Environment variables the runtime sets in every container (the deployment cannot override them).
const (
	EnvPort = "PORT"
	EnvHost = "HOST"
)

// OutputPath is where a batch job's OutputDir appears in its container; EnvOutput names it.
const (
	OutputPath = "/out"
	EnvOutput  = "OUTPUT_DIR"
)

// DefaultUser runs containers as nobody when the image does not name a non-root user itself.
const DefaultUser = "65534:65534"

// placement is what the runtime decides for one container of a deployment.
type placement struct {
	agentID  string
	network  NetworkMode
	user     string // already resolved: the image's own non-root user or DefaultUser
	hostPort uint16 // on 127.0.0.1
	attempt  int
	restarts int
}

// spec is everything ContainerCreate needs.
type spec struct {
	name   string
	config *container.Config
	host   *container.HostConfig
}

var unsafeName = regexp.MustCompile(`[^a-zA-Z0-9_.-]+`)

// containerName is unique per agent, job round and attempt, so that a duplicate create fails
// in Docker instead of silently running a job twice.
func containerName(agentID string, j Job, attempt int) string {
	return fmt.Sprintf("gintonic-%s-j%d-r%d-a%d", unsafeName.ReplaceAllString(agentID, "_"), j.ID, j.Round, attempt)
}

// buildSpec turns a deployment into a hardened container: no privileges, no capabilities, no
// new privileges, read-only root filesystem with a tmpfs scratch on /tmp, bounded memory, CPU and
// processes, no mounts at all (in particular never the Docker socket), non-root user, and the
// service reachable on 127.0.0.1 only.
func buildSpec(d Deployment, p placement) (spec, error) {
	if p.agentID == "" {
		return spec{}, fmt.Errorf("container spec for %s: agent id is empty", d.Job)
	}
	if p.hostPort == 0 {
		return spec{}, fmt.Errorf("container spec for %s: no host port allocated", d.Job)
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return spec{}, fmt.Errorf("container spec for %s: encode deployment label: %w", d.Job, err)
	}
	res := d.Resources.withDefaults()
	pids := res.PidsLimit

	cfg := &container.Config{
		Image: d.Image,
		Cmd:   slices.Clone(d.Cmd),
		User:  p.user,
		Labels: map[string]string{
			LabelAgent:      p.agentID,
			LabelJob:        strconv.FormatUint(d.Job.ID, 10),
			LabelRound:      strconv.FormatUint(d.Job.Round, 10),
			LabelAttempt:    strconv.Itoa(p.attempt),
			LabelRestarts:   strconv.Itoa(p.restarts),
			LabelPort:       strconv.Itoa(int(p.hostPort)),
			LabelDeployment: string(raw),
		},
	}
	host := &container.HostConfig{
		Privileged:     false,
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges:true"},
		ReadonlyRootfs: true,
		// exec stays allowed on /tmp: ML stacks (Triton, torch.compile) build and load .so files there.
		Tmpfs:   map[string]string{"/tmp": fmt.Sprintf("rw,exec,nosuid,nodev,size=%d", res.ScratchBytes)},
		IpcMode: container.IPCModePrivate,
		// The supervisor restarts containers itself (bounded, with backoff, as new containers so
		// their run times stay apart); Docker must not restart them behind its back.
		RestartPolicy: container.RestartPolicy{Name: container.RestartPolicyDisabled},
		LogConfig: container.LogConfig{Type: "json-file", Config: map[string]string{
			"max-size": "10m", "max-file": "2",
		}},
		Resources: container.Resources{
			Memory:     res.MemoryBytes,
			MemorySwap: res.MemoryBytes, // equal to Memory: no swap
			NanoCPUs:   res.NanoCPUs,
			PidsLimit:  &pids,
		},
	}
	if len(d.GPUs) > 0 {
		host.DeviceRequests = []container.DeviceRequest{{
			Driver:       "nvidia",
			DeviceIDs:    slices.Clone(d.GPUs),
			Capabilities: [][]string{{"gpu"}},
		}}
	}

	env := map[string]string{}
	for k, v := range d.Env {
		env[k] = v
	}
	if d.OutputDir != "" {
		host.Mounts = append(host.Mounts, mount.Mount{Type: mount.TypeBind, Source: d.OutputDir, Target: OutputPath})
		env[EnvOutput] = OutputPath
	}
	switch p.network {
	case NetworkHost:
		host.NetworkMode = "host"
		env[EnvHost] = "127.0.0.1"
		env[EnvPort] = strconv.Itoa(int(p.hostPort))
	case NetworkBridge:
		if d.ServicePort == 0 {
			return spec{}, fmt.Errorf("container spec for %s: bridge networking needs the deployment's service port", d.Job)
		}
		port := nat.Port(fmt.Sprintf("%d/tcp", d.ServicePort))
		host.NetworkMode = "bridge"
		host.PortBindings = nat.PortMap{port: {{HostIP: "127.0.0.1", HostPort: strconv.Itoa(int(p.hostPort))}}}
		cfg.ExposedPorts = nat.PortSet{port: {}}
		env[EnvHost] = "0.0.0.0" // inside its own namespace; only 127.0.0.1 of the host is published
		env[EnvPort] = strconv.Itoa(int(d.ServicePort))
	default:
		return spec{}, fmt.Errorf("container spec for %s: unknown network mode %q (want %q or %q)", d.Job, p.network, NetworkHost, NetworkBridge)
	}
	cfg.Env = make([]string, 0, len(env))
	for k, v := range env {
		cfg.Env = append(cfg.Env, k+"="+v)
	}
	slices.Sort(cfg.Env)

	return spec{name: containerName(p.agentID, d.Job, p.attempt), config: cfg, host: host}, nil
}

// resolveUser keeps the image's own user when it is not root and falls back to the given
// numeric user otherwise, so images built to run as an unprivileged user keep working and the
// rest never run as root.
func resolveUser(imageUser, fallback string) string {
	u := strings.TrimSpace(imageUser)
	name, _, _ := strings.Cut(u, ":")
	if u == "" || name == "root" || name == "0" {
		return fallback
	}
	return u
}
