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
	// job's results; empty mounts nothing.
	OutputDir string

	GPUs      []string // NVIDIA GPU UUIDs (GPU-xxxxxxxx-...) assigned to this job
	Resources Resources
}

// Resources bounds what one container may use on the provider.
type Resources struct {
	MemoryBytes  int64 // hard memory limit (no swap beyond it)
	NanoCPUs     int64 // CPU quota in 1e-9 CPUs (2 CPUs = 2_000_000_000)
	PidsLimit    int64 // maximum number of processes and threads
	ScratchBytes int64 // size of the tmpfs mounted on /tmp; 0 means DefaultScratchBytes
}

// Limits applied when a deployment leaves them at zero: a container is never unbounded.
const (
	DefaultMemoryBytes  = 2 << 30
	DefaultNanoCPUs     = 1_000_000_000
	DefaultPidsLimit    = 512
	DefaultScratchBytes = 256 << 20
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
	if r.MemoryBytes < 0 || r.NanoCPUs < 0 || r.PidsLimit < 0 || r.ScratchBytes < 0 {
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
