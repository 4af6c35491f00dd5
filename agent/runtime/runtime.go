package runtime

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docker/docker/client"
)

// Config tunes a Runtime; zero values get the defaults named on each field.
type Config struct {
	// AgentID tells this agent's containers apart from other agents sharing the engine. Required.
	AgentID string
	// Network is how containers are networked: NetworkJob (default) gives each job round its
	// own internal network; NetworkBridge and NetworkHost are the older modes (see NetworkMode),
	// host networking only for a provider that asked for it explicitly (-unsafe-host-network).
	Network NetworkMode
	// JobSubnets is the pool the per-job networks take their /28 subnets from; default
	// DefaultJobSubnets. It must not overlap a network this machine reaches (LAN, VPN, cloud VPC).
	JobSubnets netip.Prefix
	// User runs containers whose image names no user: numeric uid:gid, not root. Default
	// DefaultUser (nobody).
	User string
	// Firewall adds an iptables rule that drops every connection a job container opens to the
	// host itself (firewall.go); without it, host services listening on every interface answer
	// job containers at the host's addresses.
	Firewall bool
	// AllowPrivateRegistries lets image references name registries on loopback or private
	// addresses (localhost:5000/x): for dev chains only.
	AllowPrivateRegistries bool

	MaxRestarts    int           // replacements of a failed container before the job fails; default 3, -1 for none
	RestartBackoff time.Duration // wait before the first replacement, doubled each time; default 2s
	MaxBackoff     time.Duration // cap of that wait; default 1m
	HealthInterval time.Duration // supervision period; default 5s
	HealthTimeout  time.Duration // one health check; default 2s
	HealthFailures int           // consecutive failed checks that make a container unhealthy; default 3
	StartGrace     time.Duration // time a new container has to become healthy; default 5m
	StopGrace      time.Duration // SIGTERM to SIGKILL on stop; default 10s
	LogTail        int           // log lines put in a failure reason; default 20

	// Progress receives every Event: pull progress and the containers' lifecycle, including
	// EventFailed with the reason. It is called synchronously, with the job locked: it must
	// not block for long nor call back into the Runtime (hand the event to a channel instead).
	Progress func(Event)
	Logger   *slog.Logger
	// Docker is the engine client to use; nil makes one from the environment (DOCKER_HOST...).
	Docker *client.Client
}

func (c Config) withDefaults() Config {
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if c.Network == "" {
		c.Network = NetworkJob
	}
	if !c.JobSubnets.IsValid() {
		c.JobSubnets = DefaultJobSubnets
	}
	if c.User == "" {
		c.User = DefaultUser
	}
	if c.MaxRestarts == 0 {
		c.MaxRestarts = 3
	}
	if c.MaxRestarts < 0 {
		c.MaxRestarts = 0
	}
	def(&c.RestartBackoff, 2*time.Second)
	def(&c.MaxBackoff, time.Minute)
	def(&c.HealthInterval, 5*time.Second)
	def(&c.HealthTimeout, 2*time.Second)
	def(&c.StartGrace, 5*time.Minute)
	def(&c.StopGrace, 10*time.Second)
	if c.HealthFailures == 0 {
		c.HealthFailures = 3
	}
	if c.LogTail == 0 {
		c.LogTail = 20
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

func (c Config) validate() error {
	var errs []error
	if c.AgentID == "" {
		errs = append(errs, errors.New("agent id is missing"))
	}
	if c.Network != NetworkJob && c.Network != NetworkHost && c.Network != NetworkBridge {
		errs = append(errs, fmt.Errorf("network mode %q is unknown (want %q, %q or %q)", c.Network, NetworkJob, NetworkHost, NetworkBridge))
	}
	if p := c.JobSubnets; !p.Addr().Is4() || p.Bits() > JobSubnetBits || p.Bits() < 8 {
		errs = append(errs, fmt.Errorf("job subnet pool %s: want an IPv4 prefix between /8 and /%d, such as %s", p, JobSubnetBits, DefaultJobSubnets))
	} else if c.Network == NetworkJob {
		for _, h := range hostNetworks(false) {
			if h.Overlaps(c.JobSubnets) && !h.Addr().IsLoopback() {
				errs = append(errs, fmt.Errorf("job subnet pool %s overlaps this machine's network %s: containers could not tell it from their own; choose another pool with -job-subnets", c.JobSubnets, h))
			}
		}
	}
	if u, err := resolveUser(context.Background(), c.User, "", nil); err != nil || u != c.User {
		errs = append(errs, fmt.Errorf("default container user %q: want a numeric non-root uid:gid such as %s", c.User, DefaultUser))
	}
	if c.HealthFailures < 1 || c.LogTail < 1 {
		errs = append(errs, errors.New("health failures and log tail must be positive"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("container runtime config: %w", err)
	}
	return nil
}

// Runtime runs deployments as containers on the local Docker Engine. Its methods are safe for
// concurrent use; Supervise runs in its own goroutine.
type Runtime struct {
	cfg       Config
	docker    *client.Client
	ownClient bool
	log       *slog.Logger
	http      *http.Client

	iso Isolation
	// cpus is the engine's CPU count: the engine refuses a CPU quota beyond it.
	cpus int

	mu   sync.Mutex
	jobs map[Job]*tracked
}

// tracked is the supervisor's view of one job round; the engine's labels are the durable copy.
type tracked struct {
	mu sync.Mutex // serialises engine operations on this job
	jobState
}

// jobState is reset as a whole when the job gets a new container or is adopted.
type jobState struct {
	dep         Deployment
	containerID string
	name        string
	attempt     int
	restarts    int
	port        uint16
	addr        string    // host:port where the agent reaches the service
	startedAt   time.Time // of the current container, for the start grace
	healthy     bool      // the current container passed a health check
	healthFails int
	restartAt   time.Time // non-zero: a replacement is due then
	failed      bool
	completed   bool // a batch job's container exited with code 0
	removed     bool
}

// New connects to the Docker Engine (unless cfg.Docker is given) and checks it answers.
func New(ctx context.Context, cfg Config) (*Runtime, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	r := &Runtime{cfg: cfg, docker: cfg.Docker, log: cfg.Logger.With("component", "runtime"),
		http: newHealthClient(cfg.HealthTimeout), jobs: map[Job]*tracked{}}
	if r.docker == nil {
		cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
		if err != nil {
			return nil, fmt.Errorf("docker client: %w", err)
		}
		r.docker, r.ownClient = cli, true
	}
	if _, err := r.docker.Ping(ctx); err != nil {
		r.Close()
		return nil, fmt.Errorf("docker engine at %s does not answer (is dockerd running? scripts/dockerd.sh starts one): %w",
			r.docker.DaemonHost(), err)
	}
	r.inspectEngine(ctx)
	if cfg.Network == NetworkJob {
		if cfg.Firewall {
			if err := ensureFirewall(ctx); err != nil {
				r.Close()
				return nil, err
			}
			r.log.Info("job containers cannot open connections to this host (iptables: " + strings.Join(firewallRule, " ") + ")")
		} else {
			r.log.Warn("job containers can connect to this host's services that listen on every interface (0.0.0.0), " +
				"at the host's addresses; the agent's own listeners refuse them. Pass -job-firewall (or add the README's iptables rule) to drop those connections")
		}
	}
	return r, nil
}

// Isolation is what this runtime does to keep tenants apart, for the agent's logs and reports.
type Isolation struct {
	Network NetworkMode
	// UserNamespaces: the engine remaps container uids (dockerd --userns-remap), so even a uid 0
	// that slipped through would be an unprivileged uid on the host.
	UserNamespaces bool
	// Rootless: the engine itself runs as an unprivileged user.
	Rootless bool
	// RemapUID and RemapGID are the host ids container id 0 maps to under userns-remap, read
	// from the engine's root directory (/var/lib/docker/<uid>.<gid>); 0 when unknown.
	RemapUID, RemapGID int
}

// Isolation reports how containers are isolated on this engine.
func (r *Runtime) Isolation() Isolation { return r.iso }

// inspectEngine reads the engine's security options and logs what they mean for tenants.
func (r *Runtime) inspectEngine(ctx context.Context) {
	r.iso.Network = r.cfg.Network
	if info, err := r.docker.Info(ctx); err == nil {
		r.cpus = info.NCPU
		for _, o := range info.SecurityOptions {
			r.iso.UserNamespaces = r.iso.UserNamespaces || strings.Contains(o, "name=userns")
			r.iso.Rootless = r.iso.Rootless || strings.Contains(o, "name=rootless")
		}
		if r.iso.UserNamespaces {
			u, g, _ := strings.Cut(filepath.Base(info.DockerRootDir), ".")
			r.iso.RemapUID, _ = strconv.Atoi(u)
			r.iso.RemapGID, _ = strconv.Atoi(g)
		}
	} else {
		r.log.Warn("cannot read the engine's security options", "err", err)
	}
	switch {
	case r.iso.UserNamespaces || r.iso.Rootless:
		r.log.Info("container uids are remapped on the host", "userns_remap", r.iso.UserNamespaces, "rootless", r.iso.Rootless,
			"uid0_is_host_uid", r.iso.RemapUID)
	default:
		r.log.Info("the engine does not remap container uids (no dockerd --userns-remap): containers run as their own non-root uid on the host; see the README's security section")
	}
	if r.cfg.Network == NetworkHost {
		r.log.Warn("UNSAFE: job containers share this machine's network (host networking): every tenant reaches " +
			"this machine's loopback services, the other tenants' services, the LAN and the cloud metadata address. " +
			"Use it only on a machine that runs nothing else and trusts every client")
	}
}

// Close releases the engine client when New created it. Containers keep running.
func (r *Runtime) Close() error {
	if r.ownClient {
		return r.docker.Close()
	}
	return nil
}

// Container is a running container of a job; its service answers on Addr.
type Container struct {
	ID      string
	Name    string
	Job     Job
	Attempt int
	// Addr is where the service answers: the container's address on its job network and the
	// service port (NetworkJob), or 127.0.0.1:port (NetworkBridge, NetworkHost).
	Addr string
	GPUs []string // the deployment's GPU UUIDs
	// Completed: a batch job whose last container exited with code 0. Ensure never runs it again.
	Completed bool
}

func (t *tracked) container() Container {
	return Container{ID: t.containerID, Name: t.name, Job: t.dep.Job, Attempt: t.attempt,
		Addr: t.addr, GPUs: t.dep.GPUs, Completed: t.completed}
}

// track returns the job's supervision entry, creating it when absent.
func (r *Runtime) track(job Job) *tracked {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.jobs[job]
	if !ok {
		t = &tracked{}
		r.jobs[job] = t
	}
	return t
}

// lockJob returns the job's supervision entry locked. An entry that Stop removed while we
// waited for it is dropped and a fresh one taken, so nothing is started on a forgotten entry.
func (r *Runtime) lockJob(job Job) *tracked {
	for {
		t := r.track(job)
		t.mu.Lock()
		if !t.removed {
			return t
		}
		t.mu.Unlock()
	}
}

func (r *Runtime) tracked(job Job) *tracked {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.jobs[job]
}

func (r *Runtime) forget(job Job, t *tracked) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.jobs[job] == t {
		delete(r.jobs, job)
	}
}

// Jobs lists the job rounds this runtime supervises.
func (r *Runtime) Jobs() []Job {
	r.mu.Lock()
	defer r.mu.Unlock()
	jobs := make([]Job, 0, len(r.jobs))
	for j := range r.jobs {
		jobs = append(jobs, j)
	}
	return jobs
}
