package matching

import (
	"math"
	"math/big"
)

// Job is what a client asks for: where it is, which GPUs, and the most it pays.
type Job struct {
	ID                   uint64
	ClientRegion         string
	GPUModel             string // "" = any model
	MinGPUMemoryMiB      int
	GPUCount             int
	MaxPricePerGpuSecond *big.Int // wei
	MinProviderStake     *big.Int // wei; 0 for none
}

// Bid is a provider's open offer for a job.
type Bid struct {
	Provider          string
	JobID             uint64
	PricePerGpuSecond *big.Int // wei
	// Ref is the caller's handle on the bid (a bid ID, a nonce, a signature hash): it comes back
	// with the match untouched, and orders otherwise identical bids.
	Ref string
	// StartSeconds is how long the provider expects from award to running (a model download and
	// load); Warm says its cache holds the job's model. Zero: no estimate, no start cost.
	StartSeconds float64
	Warm         bool
}

func (j Job) validate() error {
	switch {
	case j.ClientRegion == "":
		return invalid("empty client region")
	case j.GPUCount < 1:
		return invalid("GPU count %d: a job needs at least one GPU", j.GPUCount)
	case j.MinGPUMemoryMiB < 0:
		return invalid("negative minimum GPU memory %d MiB", j.MinGPUMemoryMiB)
	case j.MaxPricePerGpuSecond == nil:
		return invalid("nil max price per GPU-second")
	case j.MaxPricePerGpuSecond.Sign() < 0:
		return invalid("negative max price per GPU-second %s", j.MaxPricePerGpuSecond)
	case j.MinProviderStake == nil:
		return invalid("nil minimum provider stake (use 0 for none)")
	case j.MinProviderStake.Sign() < 0:
		return invalid("negative minimum provider stake %s", j.MinProviderStake)
	}
	return nil
}

func (b Bid) validate(job uint64) error {
	switch {
	case b.Provider == "":
		return invalid("bid %q: empty provider", b.Ref)
	case b.JobID != job:
		return invalid("bid %q from %q is for job %d", b.Ref, b.Provider, b.JobID)
	case b.PricePerGpuSecond == nil:
		return invalid("bid %q from %q: nil price", b.Ref, b.Provider)
	case b.PricePerGpuSecond.Sign() < 0:
		return invalid("bid %q from %q: negative price %s", b.Ref, b.Provider, b.PricePerGpuSecond)
	case math.IsNaN(b.StartSeconds) || b.StartSeconds < 0 || b.StartSeconds > 86400:
		return invalid("bid %q from %q: expected start %v s is not in [0, 86400]", b.Ref, b.Provider, b.StartSeconds)
	}
	return nil
}
