package runtime

import (
	"errors"
	"fmt"
	"strings"
)

// Job names one award round of a job on this provider: a job that fails over to another
// provider and comes back runs in a new round, and so in new containers.
type Job struct {
	ID    uint64
	Round uint64
}

func (j Job) String() string { return fmt.Sprintf("job %d round %d", j.ID, j.Round) }

// Deployment is what the client asked to run for a job: an image serving HTTP on one port.
type Deployment struct {
	Job   Job
	Image string            // image reference; used from the local store when present, else pulled
	Env   map[string]string // extra environment; PORT and HOST are set by the runtime
	Cmd   []string          // overrides the image's CMD when non-empty

	// ServicePort is the port the image listens on inside its own network namespace. It is only
	// used with a bridge network; with host networking the service must listen on $PORT.
	ServicePort uint16
	// HealthPath is polled with HTTP GET (2xx/3xx is healthy); empty means "the port accepts
	// TCP connections".
	HealthPath string
	// HealthFromImage lets the image's labels LabelImageHealthPath and LabelImagePort replace
	// HealthPath and ServicePort: the marketplace's job spec has no such fields, so an image
	// says itself where it answers.
	HealthFromImage bool `json:",omitempty"`

	// Batch runs the container to completion: no health check, an exit with code 0 completes the
	// job (EventCompleted), any other exit is a failure like a service's.
	Batch bool
	// OutputDir is a host directory mounted read-write at /out (env OUTPUT_DIR) for a batch
	// job's results; empty mounts nothing. The runtime creates it with mode 0700, owned by the
	// container's user. Whoever reads it must treat its contents as hostile (see agent/batch.go).
	OutputDir string

	// ModelDir is a host directory holding the job's model (a snapshot of the agent's model
	// cache), bind-mounted read-only at ModelPath; empty mounts nothing. The container cannot
	// change the cache other jobs share.
	ModelDir string `json:",omitempty"`

	// Egress lets the container reach beyond its job network (the Internet; see the README for
	// what else a provider must firewall then). The agent sets it only where its policy allows.
	Egress bool `json:",omitempty"`

	GPUs      []string // NVIDIA GPU UUIDs (GPU-xxxxxxxx-...) assigned to this job
	Resources Resources
}

// ErrRefused marks a deployment the provider will not run as asked: root in the image, a
// registry on a private network, more resources than its policy allows. It is the job's fault
// (its image or spec), never the provider's; the error text says what to change.
var ErrRefused = errors.New("deployment refused")

// Resources bounds what one container may use on the provider.
type Resources struct {
	MemoryBytes  int64 // hard memory limit (no swap beyond it)
	NanoCPUs     int64 // CPU quota in 1e-9 CPUs (2 CPUs = 2_000_000_000)
	PidsLimit    int64 // maximum number of processes and threads
	ScratchBytes int64 // size of the tmpfs mounted on /tmp; 0 means DefaultScratchBytes
	ShmBytes     int64 // size of /dev/shm; 0 means DefaultShmBytes
	VolumeBytes  int64 // size of the tmpfs on each image VOLUME; 0 means DefaultVolumeBytes
}

// Limits applied when a deployment leaves them at zero: a container is never unbounded.
const (
	DefaultMemoryBytes  = 2 << 30
	DefaultNanoCPUs     = 1_000_000_000
	DefaultPidsLimit    = 512
	DefaultScratchBytes = 256 << 20
	DefaultShmBytes     = 64 << 20
	DefaultVolumeBytes  = 256 << 20
)

func (r Resources) withDefaults() Resources {
	if r.MemoryBytes == 0 {
		r.MemoryBytes = DefaultMemoryBytes
	}
	if r.NanoCPUs == 0 {
		r.NanoCPUs = DefaultNanoCPUs
	}
	if r.PidsLimit == 0 {
		r.PidsLimit = DefaultPidsLimit
	}
	if r.ScratchBytes == 0 {
		r.ScratchBytes = DefaultScratchBytes
	}
	if r.ShmBytes == 0 {
		r.ShmBytes = DefaultShmBytes
	}
	if r.VolumeBytes == 0 {
		r.VolumeBytes = DefaultVolumeBytes
	}
	return r
}

// Validate reports every problem of the deployment at once, phrased for the client who sent it.
func (d Deployment) Validate() error {
	var errs []error
	if d.Job.ID == 0 {
		errs = append(errs, errors.New("job id is missing"))
	}
	if strings.TrimSpace(d.Image) == "" {
		errs = append(errs, errors.New("image is missing"))
	}
	if d.HealthPath != "" && !strings.HasPrefix(d.HealthPath, "/") {
		errs = append(errs, fmt.Errorf("health path %q must start with /", d.HealthPath))
	}
	r := d.Resources
	if r.MemoryBytes < 0 || r.NanoCPUs < 0 || r.PidsLimit < 0 || r.ScratchBytes < 0 || r.ShmBytes < 0 || r.VolumeBytes < 0 {
		errs = append(errs, errors.New("resource limits must not be negative"))
	}
	if r.MemoryBytes > 0 && r.MemoryBytes < 6<<20 {
		errs = append(errs, fmt.Errorf("memory limit %d bytes is below Docker's minimum of 6 MiB", r.MemoryBytes))
	}
	for _, u := range d.GPUs {
		if !strings.HasPrefix(u, "GPU-") && !strings.HasPrefix(u, "MIG-") {
			errs = append(errs, fmt.Errorf("GPU %q is not an NVIDIA UUID (GPU-... or MIG-...)", u))
		}
	}
	for k := range d.Env {
		if k == "" || strings.ContainsAny(k, "=\x00") {
			errs = append(errs, fmt.Errorf("environment variable name %q is invalid", k))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("deployment of %s: %w", d.Job, err)
	}
	return nil
}
