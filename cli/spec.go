package cli

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/gintonic/gintonic/api/apiv1"
)

// jobSpec is a job as the flags of gin jobs submit and gin jobs quote give it: the same flags, so
// that a submit command line quotes by changing one word.
type jobSpec struct {
	image, model, engine, kind, gpuModel, maxPrice, budget, minStake, region, webhook string
	gpuMemory, gpus, duration, replicas, minReplicas                                  int
	targetConcurrency                                                                 float64
	scaleToZeroAfter                                                                  time.Duration
	distinctRegions                                                                   bool
	env, secrets                                                                      []string
	flags                                                                             *pflag.FlagSet
	getenv                                                                            func(string) string
}

func (s *jobSpec) bind(f *pflag.FlagSet) {
	s.flags = f
	f.StringVar(&s.model, "model", "", "Hugging Face model, hf://<org>/<name>[@<revision>], e.g. hf://ggml-org/models; pinned to its commit at submission")
	f.StringVar(&s.engine, "engine", "", "serving engine for the model (gin engines lists them; default: the one for the model's format)")
	f.StringVar(&s.image, "image", "", "container image (default with --model: the engine's; required without)")
	f.StringArrayVar(&s.secrets, "secret", nil, "NAME of a secret for the provider, read from your environment variable NAME (HF_TOKEN for a gated model); repeat it")
	f.StringVar(&s.kind, "kind", "service", "service (long-running) or batch (e.g. fine-tuning)")
	f.StringVar(&s.gpuModel, "gpu-model", "", "GPU model, e.g. A100 (default: the cheapest fit on offer, from the quote)")
	f.IntVar(&s.gpuMemory, "gpu-memory", 0, "GPU memory in MiB, at least (default: the cheapest fit's)")
	f.IntVar(&s.gpus, "gpus", 1, "number of GPUs")
	f.StringVar(&s.maxPrice, "max-price", "", "most you pay per GPU-second, in GIN (required to submit)")
	f.StringVar(&s.budget, "budget", "", "budget in GIN, locked in the escrow (required to submit)")
	f.IntVar(&s.duration, "duration", 3600, "expected duration in seconds")
	f.IntVar(&s.replicas, "replicas", 1, "providers serving a service at once (1–8) behind one endpoint and key; the budget is shared")
	f.IntVar(&s.minReplicas, "min-replicas", 0, "autoscale between this many providers and --replicas, by load; 0 scales to zero when idle (a request then starts it again)")
	f.DurationVar(&s.scaleToZeroAfter, "scale-to-zero-after", 0, "with --min-replicas 0: idle time before the deployment stops, e.g. 15m (default 15m)")
	f.Float64Var(&s.targetConcurrency, "target-concurrency", 0, "autoscaling: requests in flight per provider to aim for (default 4)")
	f.BoolVar(&s.distinctRegions, "distinct-regions", false, "replicas only in regions where no other provider of the job serves")
	f.StringVar(&s.region, "region", "", "your region (default: the controller's)")
	f.StringVar(&s.minStake, "min-stake", "", "stake in GIN a provider must hold to win")
	f.StringVar(&s.webhook, "webhook", "", "https URL the job's warnings (budget 80/95 %, duration ending) and its failure are posted to, signed; the secret is shown once")
	f.StringArrayVar(&s.env, "env", nil, "NAME=value for the container's environment (repeat it); seen only by you and the provider that runs the job")
}

// picked: the user named the GPU model and memory, so there is nothing to take from a quote.
func (s *jobSpec) picked() bool { return s.flags.Changed("gpu-model") && s.flags.Changed("gpu-memory") }

// quote is the spec as a quote request; amounts not given are left out.
func (s *jobSpec) quote() (apiv1.JobQuoteRequest, error) {
	req := apiv1.JobQuoteRequest{Gpu: apiv1.GPUWant{Count: s.gpus}, DurationSeconds: &s.duration}
	if s.model != "" {
		req.Model = &s.model
	}
	if s.engine != "" {
		req.Engine = &s.engine
	}
	if s.image != "" {
		req.Image = &s.image
	}
	secrets, err := s.secretValues()
	if err != nil {
		return req, err
	}
	req.Secrets = secrets
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
	req := apiv1.JobRequest{Kind: apiv1.JobKind(s.kind), Gpu: gpu, DurationSeconds: s.duration}
	if s.image != "" {
		req.Image = &s.image
	}
	if s.engine != "" {
		req.Engine = &s.engine
	}
	if s.webhook != "" {
		req.WebhookUrl = &s.webhook
	}
	if s.flags != nil && s.flags.Changed("replicas") {
		req.Replicas = &s.replicas
	}
	if s.flags != nil && s.flags.Changed("min-replicas") {
		req.MinReplicas = &s.minReplicas
	}
	if s.flags != nil && s.flags.Changed("scale-to-zero-after") {
		if s.scaleToZeroAfter%time.Second != 0 {
			return req, fmt.Errorf("--scale-to-zero-after %s: give whole seconds, e.g. 15m or 90s", s.scaleToZeroAfter)
		}
		secs := int(s.scaleToZeroAfter / time.Second)
		req.ScaleToZeroAfter = &secs
	}
	if s.flags != nil && s.flags.Changed("target-concurrency") {
		c := float32(s.targetConcurrency)
		req.TargetConcurrency = &c
	}
	if s.distinctRegions {
		req.DistinctRegions = &s.distinctRegions
	}
	var err error
	if req.Secrets, err = s.secretValues(); err != nil {
		return req, err
	}
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

// secretValues reads each --secret NAME from the environment, so that no secret is on a command
// line (visible to every user of the machine).
func (s *jobSpec) secretValues() (*map[string]string, error) {
	if len(s.secrets) == 0 {
		return nil, nil
	}
	getenv := s.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	m := map[string]string{}
	for _, name := range s.secrets {
		if strings.Contains(name, "=") {
			return nil, fmt.Errorf("--secret %q: give the NAME of an environment variable holding the secret (e.g. --secret HF_TOKEN), not its value", strings.SplitN(name, "=", 2)[0]+"=…")
		}
		v := getenv(name)
		if v == "" {
			return nil, fmt.Errorf("--secret %s: the environment variable %s is empty or unset; export it first", name, name)
		}
		m[name] = v
	}
	return &m, nil
}
