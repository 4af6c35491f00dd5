package agent

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"net/netip"
	"strconv"
	"strings"

	"github.com/docker/go-units"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// Isolation is the provider's policy for job containers: how they are networked and the most
// one job may use. Sizes are strings such as "16GiB" or "512m" (docker's units).
type Isolation struct {
	// UnsafeHostNetwork runs containers on the host's network: no isolation between tenants or
	// from the machine's loopback services, LAN and cloud metadata. Only for a machine that runs
	// nothing else and trusts every client.
	UnsafeHostNetwork bool `json:"unsafeHostNetwork"`
	// AllowEgress lets job containers reach the Internet through a per-job network that is not
	// internal. It needs dockerd with its iptables rules (the default) and a firewall for the
	// LAN and metadata addresses: see the README.
	AllowEgress bool `json:"allowEgress"`
	// JobFirewall drops every connection a job container opens to this host (an iptables rule
	// on the job networks' bridges): without it, host services that listen on every interface
	// answer containers at the host's addresses.
	JobFirewall bool `json:"jobFirewall"`
	// JobSubnets is the pool of per-job network subnets (default runtime.DefaultJobSubnets).
	JobSubnets string `json:"jobSubnets"`

	MaxMemory      string  `json:"maxMemory"`      // per job; default 64GiB
	MaxCPUs        float64 `json:"maxCpus"`        // per job; default 16
	MaxPids        int64   `json:"maxPids"`        // per job; default 4096
	MaxShm         string  `json:"maxShm"`         // /dev/shm; default 8GiB
	MaxDisk        string  `json:"maxDisk"`        // each tmpfs: /tmp and every image VOLUME; default 8GiB
	MaxOutput      string  `json:"maxOutput"`      // a batch job's results, all files; default 1GiB
	MaxOutputFiles int     `json:"maxOutputFiles"` // a batch job's result files; default 256
}

// limits is Isolation parsed.
type limits struct {
	memory, nanoCPUs, pids, shm, disk, output int64
	outputFiles                               int
	subnets                                   netip.Prefix
}

// orDefaults is l, or the default policy for an agent whose Config was never validated (tests).
func (l limits) orDefaults() limits {
	if l == (limits{}) {
		l, _ = Isolation{}.parse()
	}
	return l
}

// What a job gets when its spec asks for nothing, per GPU it holds (at least one), within the
// provider's maxima.
const (
	memoryPerGPU  = 8 << 30
	nanoCPUsPerGP = 2_000_000_000
)

func isolationFlags(fs *flag.FlagSet, iso *Isolation, getenv func(string) string) {
	str := func(name string, dst *string) { fromEnv(getenv, name, dst) }
	str("MAX_MEMORY", &iso.MaxMemory)
	str("MAX_SHM", &iso.MaxShm)
	str("MAX_DISK", &iso.MaxDisk)
	str("MAX_OUTPUT", &iso.MaxOutput)
	str("JOB_SUBNETS", &iso.JobSubnets)
	if v, err := strconv.ParseBool(getenv("GIN_AGENT_UNSAFE_HOST_NETWORK")); err == nil {
		iso.UnsafeHostNetwork = v
	}
	if v, err := strconv.ParseBool(getenv("GIN_AGENT_ALLOW_EGRESS")); err == nil {
		iso.AllowEgress = v
	}
	if v, err := strconv.ParseBool(getenv("GIN_AGENT_JOB_FIREWALL")); err == nil {
		iso.JobFirewall = v
	}
	fs.BoolVar(&iso.UnsafeHostNetwork, "unsafe-host-network", iso.UnsafeHostNetwork,
		"UNSAFE: run job containers on this machine's network (every tenant then reaches its loopback services, the other tenants, the LAN and the cloud metadata address)")
	fs.BoolVar(&iso.AllowEgress, "allow-egress", iso.AllowEgress, "let job containers reach the Internet (needs dockerd's iptables rules and a firewall, see the README)")
	fs.BoolVar(&iso.JobFirewall, "job-firewall", iso.JobFirewall, "add an iptables rule that drops connections job containers open to this host (needs root and iptables)")
	fs.StringVar(&iso.JobSubnets, "job-subnets", iso.JobSubnets, "address pool of the per-job networks (default "+runtime.DefaultJobSubnets.String()+")")
	fs.StringVar(&iso.MaxMemory, "max-memory", iso.MaxMemory, "most memory one job's container may use (default 64GiB)")
	fs.Float64Var(&iso.MaxCPUs, "max-cpus", iso.MaxCPUs, "most CPUs one job's container may use (default 16)")
	fs.Int64Var(&iso.MaxPids, "max-pids", iso.MaxPids, "most processes and threads in one job's container (default 4096)")
	fs.StringVar(&iso.MaxShm, "max-shm", iso.MaxShm, "largest /dev/shm of a job's container (default 8GiB)")
	fs.StringVar(&iso.MaxDisk, "max-disk", iso.MaxDisk, "largest tmpfs (/tmp, each image VOLUME) of a job's container (default 8GiB)")
	fs.StringVar(&iso.MaxOutput, "max-output", iso.MaxOutput, "most bytes of results a batch job may deliver (default 1GiB)")
	fs.IntVar(&iso.MaxOutputFiles, "max-output-files", iso.MaxOutputFiles, "most result files a batch job may deliver (default 256)")
}

// parse checks the policy; each error names the setting and what to give.
func (iso Isolation) parse() (limits, []error) {
	var errs []error
	size := func(name, v string, def int64) int64 {
		if strings.TrimSpace(v) == "" {
			return def
		}
		n, err := units.RAMInBytes(v)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("%s %q: want a size such as 16GiB or 512m", name, v))
			return def
		}
		return n
	}
	l := limits{
		memory: size("max memory", iso.MaxMemory, 64<<30),
		shm:    size("max shm", iso.MaxShm, 8<<30),
		disk:   size("max disk", iso.MaxDisk, 8<<30),
		output: size("max output", iso.MaxOutput, 1<<30),
		pids:   iso.MaxPids, outputFiles: iso.MaxOutputFiles, nanoCPUs: int64(math.Round(iso.MaxCPUs * 1e9)),
		subnets: runtime.DefaultJobSubnets,
	}
	if l.memory < runtime.DefaultMemoryBytes {
		errs = append(errs, fmt.Errorf("max memory %q: want at least %s", iso.MaxMemory, units.BytesSize(runtime.DefaultMemoryBytes)))
	}
	switch {
	case iso.MaxCPUs == 0:
		l.nanoCPUs = 16_000_000_000
	case iso.MaxCPUs < 0.01:
		errs = append(errs, fmt.Errorf("max cpus %g: want a positive number such as 8", iso.MaxCPUs))
	}
	switch {
	case l.pids == 0:
		l.pids = 4096
	case l.pids < 16:
		errs = append(errs, fmt.Errorf("max pids %d: want at least 16", l.pids))
	}
	switch {
	case l.outputFiles == 0:
		l.outputFiles = 256
	case l.outputFiles < 0:
		errs = append(errs, fmt.Errorf("max output files %d: must not be negative", l.outputFiles))
	}
	if iso.JobSubnets != "" {
		p, err := netip.ParsePrefix(iso.JobSubnets)
		if err != nil || !p.Addr().Is4() || p.Bits() > runtime.JobSubnetBits {
			errs = append(errs, fmt.Errorf("job subnets %q: want an IPv4 prefix of /%d or wider, such as %s", iso.JobSubnets, runtime.JobSubnetBits, runtime.DefaultJobSubnets))
		} else {
			l.subnets = p.Masked()
		}
	}
	if iso.UnsafeHostNetwork && iso.AllowEgress {
		errs = append(errs, errors.New("allow-egress: has no meaning with -unsafe-host-network, where containers reach everything already"))
	}
	return l, errs
}

// RuntimeConfig sets the container runtime's isolation from the policy: the network mode and
// the job subnet pool. Private registries are allowed only on a dev chain.
func (c *Config) RuntimeConfig(rc runtime.Config) runtime.Config {
	rc.Network = runtime.NetworkJob
	if c.Isolation.UnsafeHostNetwork {
		rc.Network = runtime.NetworkHost
	}
	rc.JobSubnets = c.limits.orDefaults().subnets
	rc.Firewall = c.Isolation.JobFirewall
	rc.AllowPrivateRegistries = c.ChainID > 0 && chain.IsDevChain(uint64(c.ChainID))
	return rc
}

// ResourceRequest is what a job's spec asks for its container (the job's resources; see
// requestOf); a zero field is its GPU count's share (see resources).
type ResourceRequest struct {
	MemoryBytes, NanoCPUs, Pids, ShmBytes, DiskBytes int64
}

// requestOf is what the job's spec asks for its container (apiv1.Resources); zero is "the
// provider's share per GPU".
func requestOf(j apiv1.Job) ResourceRequest {
	var r ResourceRequest
	if j.Resources == nil {
		return r
	}
	mib := func(v *int64) int64 {
		if v == nil {
			return 0
		}
		return *v << 20
	}
	r.MemoryBytes, r.ShmBytes, r.DiskBytes = mib(j.Resources.MemoryMiB), mib(j.Resources.ShmMiB), mib(j.Resources.DiskMiB)
	if j.Resources.Pids != nil {
		r.Pids = *j.Resources.Pids
	}
	if j.Resources.Cpus != nil {
		r.NanoCPUs = int64(*j.Resources.Cpus * 1e9)
	}
	return r
}

// resources is what the job's container gets: what it asked for, or its GPUs' share when it
// asked nothing, never beyond the provider's maxima. Asking beyond them is refused: the job's
// fault (runtime.ErrRefused), with what the provider allows.
func (l limits) resources(req ResourceRequest, gpus int) (runtime.Resources, error) {
	n := int64(max(gpus, 1))
	var errs []error
	pick := func(what string, asked, share, most int64, show func(int64) string) int64 {
		switch {
		case asked < 0:
			errs = append(errs, fmt.Errorf("%s %s: must not be negative", what, show(asked)))
		case asked > most:
			errs = append(errs, fmt.Errorf("%s %s is more than this provider allows (%s)", what, show(asked), show(most)))
		case asked > 0:
			return asked
		}
		return min(share, most)
	}
	bytes := func(v int64) string { return units.BytesSize(float64(v)) }
	cpus := func(v int64) string { return strconv.FormatFloat(float64(v)/1e9, 'f', -1, 64) + " CPUs" }
	count := func(v int64) string { return strconv.FormatInt(v, 10) }
	r := runtime.Resources{
		MemoryBytes:  pick("memory", req.MemoryBytes, memoryPerGPU*n, l.memory, bytes),
		NanoCPUs:     pick("cpus", req.NanoCPUs, nanoCPUsPerGP*n, l.nanoCPUs, cpus),
		PidsLimit:    pick("pids", req.Pids, runtime.DefaultPidsLimit*n, l.pids, count),
		ShmBytes:     pick("shared memory", req.ShmBytes, 1<<30*n, l.shm, bytes),
		ScratchBytes: pick("disk", req.DiskBytes, 1<<30*n, l.disk, bytes),
	}
	r.VolumeBytes = r.ScratchBytes
	if err := errors.Join(errs...); err != nil {
		return runtime.Resources{}, fmt.Errorf("%w: the job asks for more than this provider runs: %w; ask for less or choose another provider",
			runtime.ErrRefused, err)
	}
	return r, nil
}
