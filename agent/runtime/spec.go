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
	"github.com/docker/docker/api/types/network"
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
// NetworkJob (the default) gives each job round a Docker network of its own, created with
// --internal: the container's only interface is on it, it has no route to anything but the host's
// address on that network (no default route: no Internet, LAN, cloud metadata address or other
// tenant), and the agent reaches the service at the container's address on it. A deployment with
// Egress gets a network that is not internal (see Deployment.Egress).
//
// NetworkBridge publishes the ServicePort on 127.0.0.1 of the host from Docker's default bridge,
// where every container of the engine shares one network. NetworkHost shares the host's network:
// the service is told to listen on HOST=127.0.0.1 and PORT=<allocated port>, and every loopback
// service of the machine, every other tenant, the LAN and the cloud metadata address are within
// its reach. The agent uses it only behind -unsafe-host-network.
type NetworkMode string

const (
	NetworkJob    NetworkMode = "job"
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

// ModelPath is where a job's model (Deployment.ModelDir) appears, read-only, in its container, as
// in Hugging Face's custom containers; EnvModelDir names it.
const (
	ModelPath   = "/repository"
	EnvModelDir = "MODEL_DIR"
)

// DefaultUser runs containers as nobody when the image does not name a non-root user itself.
const DefaultUser = "65534:65534"

// DefaultServicePort is what a service listens on in its job network when the deployment names
// no ServicePort.
const DefaultServicePort = 8080

// placement is what the runtime decides for one container of a deployment.
type placement struct {
	agentID  string
	network  NetworkMode
	netName  string // NetworkJob: the job round's network
	user     string // already resolved: numeric uid:gid, never 0
	volumes  []string
	hostPort uint16 // on 127.0.0.1 (NetworkHost, NetworkBridge)
	attempt  int
	restarts int
}

// spec is everything ContainerCreate needs.
type spec struct {
	name   string
	config *container.Config
	host   *container.HostConfig
	net    *network.NetworkingConfig
}

// droppedEnv are prefixes of job environment variables that never reach a container: the
// NVIDIA Container Toolkit's hooks run privileged with the container's environment
// (CVE-2025-23266: LD_PRELOAD), and NVIDIA_*/CUDA_* choose driver capabilities and devices.
var droppedEnv = []string{"LD_", "NVIDIA_", "CUDA_"}

// DroppedEnv says whether a job environment variable is withheld from containers.
func DroppedEnv(key string) bool {
	k := strings.ToUpper(key)
	for _, p := range droppedEnv {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// maxImageVolumes bounds the image VOLUMEs a container may have (each becomes a tmpfs).
const maxImageVolumes = 16

var unsafeName = regexp.MustCompile(`[^a-zA-Z0-9_.-]+`)

// containerName is unique per agent, job round and attempt, so that a duplicate create fails
// in Docker instead of silently running a job twice.
func containerName(agentID string, j Job, attempt int) string {
	return fmt.Sprintf("gintonic-%s-j%d-r%d-a%d", unsafeName.ReplaceAllString(agentID, "_"), j.ID, j.Round, attempt)
}

// buildSpec turns a deployment into a hardened container: no privileges, no capabilities, no
// new privileges, read-only root filesystem with a bounded tmpfs scratch on /tmp and on every
// image VOLUME, bounded memory, CPU, processes and shared memory, no mounts but a batch job's
// output directory (in particular never the Docker socket), a numeric non-root user, the job's
// own network (or, in the older modes, the service on 127.0.0.1 only) and no job environment
// variable the GPU runtime's hooks would read.
func buildSpec(d Deployment, p placement) (spec, error) {
	if p.agentID == "" {
		return spec{}, fmt.Errorf("container spec for %s: agent id is empty", d.Job)
	}
	if p.hostPort == 0 && p.network != NetworkJob {
		return spec{}, fmt.Errorf("container spec for %s: no host port allocated", d.Job)
	}
	if p.user == "" {
		return spec{}, fmt.Errorf("container spec for %s: no user resolved", d.Job)
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
			LabelPort:       strconv.Itoa(int(p.hostPort)), // the service port with NetworkJob (below)
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
		ShmSize: res.ShmBytes,
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

	// An image VOLUME would get a writable anonymous volume of unbounded size despite the
	// read-only root: a tmpfs of bounded size on the same path takes its place.
	if len(p.volumes) > maxImageVolumes {
		return spec{}, fmt.Errorf("container spec for %s: %w: the image declares %d VOLUMEs, more than the %d this provider allows",
			d.Job, ErrRefused, len(p.volumes), maxImageVolumes)
	}
	for _, v := range p.volumes {
		if v == "/tmp" || v == OutputPath {
			continue // already a bounded tmpfs, or the batch output
		}
		host.Tmpfs[v] = fmt.Sprintf("rw,noexec,nosuid,nodev,size=%d", res.VolumeBytes)
	}

	env := map[string]string{}
	for k, v := range d.Env {
		if !DroppedEnv(k) {
			env[k] = v
		}
	}
	if d.OutputDir != "" {
		host.Mounts = append(host.Mounts, mount.Mount{Type: mount.TypeBind, Source: d.OutputDir, Target: OutputPath})
		env[EnvOutput] = OutputPath
	}
	if d.ModelDir != "" {
		host.Mounts = append(host.Mounts, mount.Mount{Type: mount.TypeBind, Source: d.ModelDir, Target: ModelPath, ReadOnly: true,
			BindOptions: &mount.BindOptions{NonRecursive: true}})
		env[EnvModelDir] = ModelPath
	}
	switch p.network {
	case NetworkJob:
		if p.netName == "" {
			return spec{}, fmt.Errorf("container spec for %s: no job network", d.Job)
		}
		port := d.ServicePort
		if port == 0 {
			port = DefaultServicePort
		}
		host.NetworkMode = container.NetworkMode(p.netName)
		cfg.Labels[LabelPort] = strconv.Itoa(int(port))
		env[EnvHost] = "0.0.0.0" // its own network namespace, reached only by the host
		env[EnvPort] = strconv.Itoa(int(port))
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
		return spec{}, fmt.Errorf("container spec for %s: unknown network mode %q (want %q, %q or %q)", d.Job, p.network, NetworkJob, NetworkHost, NetworkBridge)
	}
	cfg.Env = make([]string, 0, len(env))
	for k, v := range env {
		cfg.Env = append(cfg.Env, k+"="+v)
	}
	slices.Sort(cfg.Env)

	sp := spec{name: containerName(p.agentID, d.Job, p.attempt), config: cfg, host: host}
	if p.network == NetworkJob {
		sp.net = &network.NetworkingConfig{EndpointsConfig: map[string]*network.EndpointSettings{p.netName: {}}}
	}
	return sp, nil
}
