package api

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/engines"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/modelfit"
)

// Secrets a job may carry: read by its provider's agent, never passed to the container.
var jobSecrets = map[string]string{
	"HF_TOKEN": "a Hugging Face token for a gated or private model",
}

// maxConfigBytes bounds the config.json the fit check reads.
const maxConfigBytes = 1 << 20

// modelTTL is how long a resolved model (a branch pinned to its commit, its size and fit) is
// reused: quotes are asked as a client types, and a branch that moves is pinned at most this late.
const modelTTL = time.Minute

// resolvedModel is a job's model as the API read it from the Hub at submission.
type resolvedModel struct {
	Ref    hub.Ref // pinned to a commit
	Engine *engines.Engine
	Info   apiv1.ModelInfo
	fit    modelfit.Model
}

// needPerGPUMiB is the GPU memory each of count GPUs needs to hold the model (tensor-parallel
// split), rounded up to a MiB: what a spec that names no memory asks for.
func (m *resolvedModel) needPerGPUMiB(count int) int {
	if count < 1 {
		return 0
	}
	total := m.fit.NeedOn(modelfit.DefaultContext, count).Total
	per := (total + int64(count) - 1) / int64(count)
	return int((per + 1<<20 - 1) >> 20)
}

// resolveModel reads model (hf://org/name[@revision]) from the Hub: its commit, its files, the
// engine that serves it (engine, or the default for its format; none for a client's own image),
// and the GPU memory it needs. Every error is a problem a client can act on.
func (s *Server) resolveModel(ctx context.Context, model, engine, image, token string, viewer common.Address) (*resolvedModel, error) {
	ref, err := hub.ParseRef(model)
	if err != nil {
		return nil, invalidField("model", "%v", err)
	}
	src := s.sourceOf(ref, viewer)
	key := fmt.Sprintf("%s|%s|%s|%x|%s", ref, engine, image, sha256.Sum256([]byte(token)), viewer.Hex())
	if r, ok := s.models.get(key, s.now()); ok {
		return r, nil
	}
	repo, err := src.Info(ctx, ref, token)
	switch {
	case errors.Is(err, hub.ErrNotFound):
		return nil, invalidField("model", "%v", err)
	case errors.Is(err, hub.ErrUnauthorized):
		return nil, invalidField("secrets.HF_TOKEN", "%v", err)
	case err != nil:
		return nil, problem(http.StatusBadGateway, "model-hub-unreachable", "The model hub did not answer",
			"reading %s from %s: %v; try again in a moment", ref, s.hub.Endpoint, err)
	}
	if repo.Gated && token == "" {
		// Its card is public, its files are not: nothing of it can be read or run without a token.
		return nil, invalidField("secrets.HF_TOKEN", "%s is gated: pass a Hugging Face token whose account accepted its terms as the secret HF_TOKEN", ref)
	}
	paths := make([]string, len(repo.Files))
	for i, f := range repo.Files {
		paths[i] = f.Path
	}
	format, err := engines.FormatOf(paths)
	if err != nil {
		return nil, invalidField("model", "%s: %v", ref, err)
	}
	r := &resolvedModel{Ref: hub.Ref{Repo: repo.ID, Revision: repo.Commit}}
	if r.Ref.Repo == "" {
		r.Ref.Repo = ref.Repo
	}
	if image == "" || engine != "" {
		var e engines.Engine
		if engine != "" {
			e, err = engines.Lookup(engine)
		} else {
			e, err = engines.ForFormat(format)
		}
		if err != nil {
			return nil, invalidField("engine", "%v", err)
		}
		if !e.Serves(format) {
			return nil, invalidField("engine", "%s serves %s weights; %s holds %s: name another engine (GET /v1/engines)",
				e.Name, strings.Join(e.Formats, " or "), ref, format)
		}
		r.Engine = &e
	}
	// A provider fetches only what serving takes (one quantization, no other formats' copies).
	needed, err := engines.Needed(paths)
	if err != nil {
		return nil, invalidField("model", "%s: %v", ref, err)
	}
	var total int64
	for _, f := range repo.Files {
		if slices.Contains(needed, f.Path) {
			total += f.Size
		}
	}
	r.Info = apiv1.ModelInfo{Format: format, Bytes: total, Files: len(needed)}
	switch format {
	case "gguf":
		file, err := engines.PickGGUF(paths)
		if err != nil {
			return nil, invalidField("model", "%s: %v", ref, err)
		}
		r.Info.File = &file
		var size int64
		for _, f := range repo.Files {
			if f.Path == file {
				size = f.Size
			}
		}
		read := func(off, n int64) ([]byte, error) {
			return src.ReadRange(ctx, r.Ref.Repo, r.Ref.Revision, file, token, off, n)
		}
		if r.fit, err = modelfit.FromGGUFHeader(read, size); err != nil {
			if errors.Is(err, hub.ErrUnauthorized) {
				return nil, invalidField("secrets.HF_TOKEN", "%v", err)
			}
			return nil, invalidField("model", "%s: %s is not a GGUF model this network can size: %v", ref, file, err)
		}
	default:
		var weights int64
		for _, f := range repo.Files {
			if strings.HasSuffix(f.Path, ".safetensors") {
				weights += f.Size
			}
		}
		cfg, err := src.ReadRange(ctx, r.Ref.Repo, r.Ref.Revision, "config.json", token, 0, maxConfigBytes)
		if errors.Is(err, hub.ErrUnauthorized) {
			return nil, invalidField("secrets.HF_TOKEN", "%v", err)
		}
		if err != nil {
			return nil, invalidField("model", "%s: its config.json could not be read (%v): a safetensors model needs one for its size", ref, err)
		}
		if r.fit, err = modelfit.FromConfig(cfg, weights); err != nil {
			return nil, invalidField("model", "%s: config.json: %v", ref, err)
		}
	}
	if r.fit.Architecture != "" {
		r.Info.Architecture = &r.fit.Architecture
	}
	if r.fit.DType != "" {
		r.Info.Dtype = &r.fit.DType
	}
	need := r.fit.Need(modelfit.DefaultContext).Total
	r.Info.NeedsBytes = &need
	s.models.put(key, r, s.now())
	return r, nil
}

// checkFit refuses, with the numbers, GPUs that cannot hold the model; the check in words goes
// into info. memoryMiB 0: the client named no memory, so only the need is said.
func checkFit(r *resolvedModel, memoryMiB, count int) (apiv1.ModelInfo, error) {
	info := r.Info
	need := r.fit.NeedOn(modelfit.DefaultContext, count)
	words := fmt.Sprintf("needs about %s of GPU memory", modelfit.GiB(need.Total))
	if count > 1 {
		words += fmt.Sprintf(" on %d GPUs (%s each)", count, modelfit.GiB((need.Total+int64(count)-1)/int64(count)))
	}
	if memoryMiB > 0 {
		if err := modelfit.Check(r.fit, memoryMiB, count); err != nil {
			return info, problem(http.StatusUnprocessableEntity, "model-too-big", "The model does not fit these GPUs",
				"%v (POST /v1/jobs/quote with the model and no gpu.memoryMiB shows the GPUs that fit)", err)
		}
		words += fmt.Sprintf("; %d × %s holds it", count, modelfit.GiB(int64(memoryMiB)<<20))
	}
	info.Fit = &words
	return info, nil
}

// checkSecrets validates a job's secrets: known names only, bounded values.
func checkSecrets(f *fields, secrets *map[string]string) {
	if secrets == nil {
		return
	}
	if len(*secrets) > 8 {
		f.add("secrets", "at most 8 secrets")
	}
	for k, v := range *secrets {
		if _, ok := jobSecrets[k]; !ok {
			f.add("secrets."+market.Truncate(k, 64), "unknown secret; known: HF_TOKEN (%s)", jobSecrets["HF_TOKEN"])
			continue
		}
		if v == "" || len(v) > 4096 || strings.ContainsAny(v, "\r\n") {
			f.add("secrets."+k, "must be 1–4096 characters on one line")
		}
	}
}

func secret(secrets *map[string]string, name string) string {
	if secrets == nil {
		return ""
	}
	return (*secrets)[name]
}

// ListEngines implements apiv1.ServerInterface: the serving-engine catalogue (public).
func (s *Server) ListEngines(c *gin.Context) {
	var out []apiv1.Engine
	for _, e := range engines.Catalogue() {
		v := apiv1.Engine{Name: e.Name, Image: e.Image, Formats: e.Formats, Port: int(e.Port), HealthPath: e.HealthPath, NeedsGpu: e.NeedsGPU}
		if e.Description != "" {
			v.Description = &e.Description
		}
		if len(e.DefaultFor) > 0 {
			v.DefaultFor = &e.DefaultFor
		}
		if e.MetricsPath != "" {
			v.MetricsPath = &e.MetricsPath
		}
		if e.QueueMetric != "" {
			v.QueueMetric = &e.QueueMetric
		}
		out = append(out, v)
	}
	c.JSON(http.StatusOK, gin.H{"engines": out})
}

// invalidField is a 422 naming one field.
func invalidField(field, format string, a ...any) error {
	var f fields
	f.add(field, format, a...)
	return f.err()
}

// pinModel reads the spec's model from the Hub and rewrites the spec with what was read: the
// model pinned to its commit, the engine and its image (unless the client brought one), and the
// model's size and fit; GPUs too small for it are refused with the numbers.
func (s *Server) pinModel(ctx context.Context, spec *jobSpec, token string) error {
	m, err := s.resolveModel(ctx, spec.Model, spec.Engine, spec.Image, token, common.HexToAddress(spec.Client))
	if err != nil {
		return err
	}
	info, err := checkFit(m, spec.GPU.MemoryMiB, spec.GPU.Count)
	if err != nil {
		return err
	}
	spec.Model, spec.ModelInfo = m.Ref.String(), &info
	if m.Engine != nil {
		spec.Engine = m.Engine.Name
		if spec.Image == "" {
			spec.Image = m.Engine.Image
		}
		if want := m.Engine.Kind; want != "" && want != spec.Kind {
			return invalidField("kind", "the %s engine runs %s jobs, not %s ones", m.Engine.Name, want, spec.Kind)
		}
		if m.Engine.NeedsGPU && spec.GPU.Count < 1 {
			return invalidField("gpu.count", "the %s engine needs a GPU", m.Engine.Name)
		}
	}
	return nil
}
