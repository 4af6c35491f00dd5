package runtime

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/docker/docker/client"
)

// Config tunes a Runtime; zero values get the defaults named on each field.
type Config struct {
	// AgentID tells this agent's containers apart from other agents sharing the engine. Required.
	AgentID string
	// Network is NetworkBridge on production providers (port published on 127.0.0.1 only) and
	// NetworkHost (default) where the engine has no bridge network.
	Network NetworkMode
	// User runs containers whose image names no non-root user. Default DefaultUser (nobody).
	User string

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
		c.Network = NetworkHost
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
	if c.Network != NetworkHost && c.Network != NetworkBridge {
		errs = append(errs, fmt.Errorf("network mode %q is unknown (want %q or %q)", c.Network, NetworkHost, NetworkBridge))
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
	return r, nil
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
	Addr    string   // 127.0.0.1:port
	GPUs    []string // the deployment's GPU UUIDs
}

func (t *tracked) container() Container {
	return Container{ID: t.containerID, Name: t.name, Job: t.dep.Job, Attempt: t.attempt,
		Addr: fmt.Sprintf("127.0.0.1:%d", t.port), GPUs: t.dep.GPUs}
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
