package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/gintonic/gintonic/api/apiv1"
)

// jobSpec is a job as the flags of gin jobs submit and gin jobs quote give it: the same flags, so
// that a submit command line quotes by changing one word.
type jobSpec struct {
	image, model, kind, gpuModel, maxPrice, budget, minStake, region string
	gpuMemory, gpus, duration                                        int
	env                                                              []string
	flags                                                            *pflag.FlagSet
}

func (s *jobSpec) bind(f *pflag.FlagSet) {
	s.flags = f
	f.StringVar(&s.image, "image", "", "container image (required to submit)")
	f.StringVar(&s.model, "model", "", "model, e.g. hf://roneneldan/TinyStories-1M")
	f.StringVar(&s.kind, "kind", "service", "service (long-running) or batch (e.g. fine-tuning)")
	f.StringVar(&s.gpuModel, "gpu-model", "", "GPU model, e.g. A100 (default: the cheapest fit on offer, from the quote)")
	f.IntVar(&s.gpuMemory, "gpu-memory", 0, "GPU memory in MiB, at least (default: the cheapest fit's)")
	f.IntVar(&s.gpus, "gpus", 1, "number of GPUs")
	f.StringVar(&s.maxPrice, "max-price", "", "most you pay per GPU-second, in GIN (required to submit)")
	f.StringVar(&s.budget, "budget", "", "budget in GIN, locked in the escrow (required to submit)")
	f.IntVar(&s.duration, "duration", 3600, "expected duration in seconds")
	f.StringVar(&s.region, "region", "", "your region (default: the controller's)")
	f.StringVar(&s.minStake, "min-stake", "", "stake in GIN a provider must hold to win")
	f.StringArrayVar(&s.env, "env", nil, "NAME=value for the container's environment (repeat it); seen only by you and the provider that runs the job")
}

// picked: the user named the GPU model and memory, so there is nothing to take from a quote.
func (s *jobSpec) picked() bool { return s.flags.Changed("gpu-model") && s.flags.Changed("gpu-memory") }

// quote is the spec as a quote request; amounts not given are left out.
func (s *jobSpec) quote() (apiv1.JobQuoteRequest, error) {
	req := apiv1.JobQuoteRequest{Gpu: apiv1.GPUWant{Count: s.gpus}, DurationSeconds: &s.duration}
	if s.gpuModel != "" {
		req.Gpu.Model = &s.gpuModel
	}
	if s.gpuMemory != 0 {
		req.Gpu.MemoryMiB = &s.gpuMemory
	}
	if s.region != "" {
		req.Region = &s.region
	}
	for _, a := range []struct {
		name, v string
		into    **string
	}{{"max-price", s.maxPrice, &req.MaxPricePerGpuSecond}, {"budget", s.budget, &req.Budget}, {"min-stake", s.minStake, &req.MinProviderStake}} {
		if a.v == "" {
			continue
		}
		wei, err := ginFlag(a.name, a.v)
		if err != nil {
			return req, err
		}
		*a.into = &wei
	}
	return req, nil
}

// job is the spec as a submission, with the GPU model and memory gpu (the flags' or a quote's).
func (s *jobSpec) job(gpu apiv1.GPUSpec, insist bool) (apiv1.JobRequest, error) {
	req := apiv1.JobRequest{Image: s.image, Kind: apiv1.JobKind(s.kind), Gpu: gpu, DurationSeconds: s.duration}
	var err error
	if req.MaxPricePerGpuSecond, err = ginFlag("max-price", s.maxPrice); err != nil {
		return req, err
	}
	if req.Budget, err = ginFlag("budget", s.budget); err != nil {
		return req, err
	}
	if s.minStake != "" {
		v, err := ginFlag("min-stake", s.minStake)
		if err != nil {
			return req, err
		}
		req.MinProviderStake = &v
	}
	if len(s.env) > 0 {
		m := map[string]string{}
		for _, kv := range s.env {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return req, fmt.Errorf("--env %q: want NAME=value", kv)
			}
			m[k] = v
		}
		req.Env = &m
	}
	if s.model != "" {
		req.Model = &s.model
	}
	if s.region != "" {
		req.Region = &s.region
	}
	if insist {
		req.Insist = &insist
	}
	return req, nil
}
