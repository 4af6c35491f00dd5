package api

import (
	"crypto/rand"
	"encoding/hex"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// jobSpec is what a client asked for, as hashed into the on-chain specHash. Field order is fixed,
// so the hash is reproducible from the stored spec.
type jobSpec struct {
	Client               string            `json:"client"`
	Salt                 string            `json:"salt"`
	Image                string            `json:"image"`
	Model                string            `json:"model,omitempty"`
	Engine               string            `json:"engine,omitempty"`
	ModelInfo            *apiv1.ModelInfo  `json:"modelInfo,omitempty"`
	Kind                 string            `json:"kind"`
	GPU                  apiv1.GPUSpec     `json:"gpu"`
	Region               string            `json:"region"`
	MaxPricePerGpuSecond string            `json:"maxPricePerGpuSecond"`
	Budget               string            `json:"budget"`
	MinProviderStake     string            `json:"minProviderStake"`
	DurationSeconds      int               `json:"durationSeconds"`
	Replicas             int               `json:"replicas,omitempty"`          // providers serving at once (0 and 1: one)
	MinReplicas          int               `json:"minReplicas,omitempty"`       // autoscaling's least (0: no autoscaling)
	TargetConcurrency    float64           `json:"targetConcurrency,omitempty"` // autoscaling's requests in flight per provider
	DistinctRegions      bool              `json:"distinctRegions,omitempty"`   // replicas each in a region of its own
	ScaleToZeroAfter     int               `json:"scaleToZeroAfter,omitempty"`  // minReplicas 0: seconds idle before it stops (0: never)
	Env                  map[string]string `json:"env,omitempty"`
	Resources            *apiv1.Resources  `json:"resources,omitempty"`
}

// validateJob checks a client's job request, naming every bad field at once (422), and returns
// the spec to store and hash with its amounts.
func (s *Server) validateJob(client common.Address, req *apiv1.JobRequest) (spec jobSpec, maxPrice, budget, minStake *big.Int, err error) {
	var f fields
	image, model, engine := deref(req.Image), deref(req.Model), deref(req.Engine)
	switch {
	case len(image) > 512:
		f.add("image", "must be a container image reference of at most 512 characters")
	case image == "" && model == "":
		f.add("model", "name a model (hf://<org>/<name>[@<revision>]) or an image: a job runs one of them")
	}
	if len(model) > 256 {
		f.add("model", "must be at most 256 characters")
	}
	if len(deref(req.WebhookUrl)) > 512 {
		f.add("webhookUrl", "must be at most 512 characters")
	}
	if engine != "" && model == "" {
		f.add("engine", "serves a model: name one (hf://<org>/<name>) or leave the engine out")
	}
	checkSecrets(&f, req.Secrets)
	if req.Kind != apiv1.Service && req.Kind != apiv1.Batch {
		f.add("kind", "must be \"service\" (long-running) or \"batch\" (e.g. fine-tuning), got %q", market.Truncate(string(req.Kind), 40))
	}
	checkGPU(&f, "gpu", req.Gpu)
	region := s.cfg.Region
	if req.Region != nil {
		checkName(&f, "region", *req.Region, true)
		region = *req.Region
	}
	maxPrice = amount(&f, "maxPricePerGpuSecond", req.MaxPricePerGpuSecond, 64, true)
	budget = amount(&f, "budget", req.Budget, 96, true)
	minStake = new(big.Int)
	if req.MinProviderStake != nil {
		if minStake = amount(&f, "minProviderStake", *req.MinProviderStake, 96, false); minStake == nil {
			minStake = new(big.Int)
		}
	}
	if req.DurationSeconds < 1 || req.DurationSeconds > 31536000 {
		f.add("durationSeconds", "must be between 1 and 31536000 (a year)")
	}
	if req.Env != nil {
		if len(*req.Env) > 64 {
			f.add("env", "at most 64 variables")
		}
		for k, v := range *req.Env {
			if k == "" || len(k) > 128 || len(v) > 4096 {
				f.add("env."+market.Truncate(k, 64), "names are 1–128 characters, values at most 4096")
			}
		}
	}
	checkResources(&f, req.Resources)
	sc := s.validateScaling(&f, req)
	if maxPrice != nil && budget != nil && req.Gpu.Count > 0 {
		// One GPU-second at the maximum price is the least a job can be worth.
		least := new(big.Int).Mul(maxPrice, big.NewInt(int64(req.Gpu.Count)))
		if budget.Cmp(least) < 0 {
			f.add("budget", "must cover at least one second of the job at its maximum price (%s)", money.FormatGIN(least))
		}
	}
	if err := f.err(); err != nil {
		return spec, nil, nil, nil, err
	}
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	spec = jobSpec{
		Client: client.Hex(), Salt: hex.EncodeToString(salt), Image: image, Model: model, Engine: engine, Kind: string(req.Kind), GPU: req.Gpu,
		Region: region, MaxPricePerGpuSecond: maxPrice.String(), Budget: budget.String(), MinProviderStake: minStake.String(),
		DurationSeconds: req.DurationSeconds,
	}
	if sc.replicas > 1 {
		spec.Replicas = sc.replicas
		spec.DistinctRegions = sc.distinct
	}
	if sc.autoscaled {
		spec.MinReplicas, spec.TargetConcurrency, spec.ScaleToZeroAfter = sc.minReplicas, sc.target, sc.toZero
	}
	if req.Env != nil {
		spec.Env = *req.Env
	}
	spec.Resources = req.Resources
	return spec, maxPrice, budget, minStake, nil
}

// scaling is how many providers a job asks to serve it, and how they are scaled.
type scaling struct {
	replicas, minReplicas int
	target                float64 // requests in flight per provider to aim for
	toZero                int     // seconds idle before scaling to zero (0: never)
	autoscaled, distinct  bool
}

// validateScaling reads the request's replicas and autoscaling, naming each bad field in f.
func (s *Server) validateScaling(f *fields, req *apiv1.JobRequest) scaling {
	replicas := 1
	if req.Replicas != nil {
		replicas = *req.Replicas
		switch {
		case replicas < 1 || replicas > 8:
			f.add("replicas", "must be between 1 and 8 providers serving at once")
		case replicas > 1 && req.Kind != apiv1.Service:
			f.add("replicas", "only a service has replicas: a batch job's work runs once, on one provider")
		}
	}
	minReplicas, target, toZero := 0, 0.0, 0
	if req.MinReplicas != nil {
		minReplicas = *req.MinReplicas
		switch {
		case minReplicas < 0 || minReplicas > replicas:
			f.add("minReplicas", "must be between 0 (scale to zero when idle) and replicas (%d)", replicas)
		case minReplicas == 0 && req.Kind != apiv1.Service:
			f.add("minReplicas", "only a service scales to zero: a batch job runs once, to its end")
		case minReplicas == 0:
			toZero = defaultScaleToZeroAfter
		}
	}
	if req.ScaleToZeroAfter != nil {
		least := max(int(s.cfg.MinScaleToZeroAfter/time.Second), 1)
		switch {
		case req.MinReplicas == nil || *req.MinReplicas != 0:
			f.add("scaleToZeroAfter", "is the idle time before scaling to zero: give minReplicas 0 too")
		case *req.ScaleToZeroAfter < least || *req.ScaleToZeroAfter > 604800:
			f.add("scaleToZeroAfter", "must be between %d and 604800 seconds (a week) without a request", least)
		default:
			toZero = *req.ScaleToZeroAfter
		}
	}
	if req.TargetConcurrency != nil {
		target = float64(*req.TargetConcurrency)
		switch {
		case !(target >= 0.1 && target <= 1000):
			f.add("targetConcurrency", "must be between 0.1 and 1000 requests in flight per provider")
		case req.MinReplicas == nil:
			f.add("targetConcurrency", "scales replicas: give minReplicas (below replicas) too")
		}
	}
	autoscaled := toZero > 0 || (req.MinReplicas != nil && minReplicas < replicas)
	distinct := req.DistinctRegions != nil && *req.DistinctRegions
	if distinct && replicas < 2 {
		f.add("distinctRegions", "places replicas: ask for replicas (2 or more) too")
	}
	if autoscaled && target == 0 {
		target = defaultTargetConcurrency
	}
	return scaling{replicas: replicas, minReplicas: minReplicas, target: target, toZero: toZero, autoscaled: autoscaled, distinct: distinct}
}

// checkResources bounds what a job may ask for its container (each provider then applies its own
// policy): whole, non-negative figures within the schema's maxima.
func checkResources(f *fields, r *apiv1.Resources) {
	if r == nil {
		return
	}
	whole := func(name string, v *int64, most int64) {
		if v != nil && (*v < 0 || *v > most) {
			f.add("resources."+name, "must be between 0 and %d", most)
		}
	}
	whole("memoryMiB", r.MemoryMiB, 4<<20)
	whole("pids", r.Pids, 1<<20)
	whole("shmMiB", r.ShmMiB, 1<<20)
	whole("diskMiB", r.DiskMiB, 16<<20)
	if r.Cpus != nil && !(*r.Cpus >= 0 && *r.Cpus <= 1024) {
		f.add("resources.cpus", "must be between 0 and 1024")
	}
}
