package api_test

import (
	"context"
	"math/big"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// modelJob is a job of model and no image: the engine's image serves it.
func modelJob(model string, gpu apiv1.GPUSpec) apiv1.JobRequest {
	return apiv1.JobRequest{Model: &model, Kind: apiv1.Service, Gpu: gpu,
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600}
}

var h100 = apiv1.GPUSpec{Model: "H100", MemoryMiB: 81920, Count: 1}

// submitProblem submits req and returns the problem the API answers with.
func (s *stack) submitProblem(c interface {
	SubmitJobWithResponse(context.Context, apiv1.SubmitJobJSONRequestBody, ...apiv1.RequestEditorFn) (*apiv1.SubmitJobResponse, error)
}, req apiv1.JobRequest) (int, apiv1.Problem) {
	s.t.Helper()
	rsp, err := c.SubmitJobWithResponse(ctx, req)
	if err != nil {
		s.t.Fatal(err)
	}
	if rsp.ApplicationproblemJSONDefault == nil {
		s.t.Fatalf("submit %s: want a problem, got %s", deref(req.Model), body(rsp))
	}
	return rsp.StatusCode(), *rsp.ApplicationproblemJSONDefault
}

var commitRef = regexp.MustCompile(`^hf://gintonic/tinystories-260k@[0-9a-f]{40}$`)

// TestSubmitModel: a job names a model by its Hugging Face id and nothing else about how to run
// it. The API reads the model from the Hub at submission: pins the branch to its commit, picks the
// engine for its format (and so the image), sizes it and says it fits the GPUs asked for.
func TestSubmitModel(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.provider(a, "provider", "eu", 8)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")

	job := s.submit(client, "client", modelJob(apitest.Model, h100))
	if !commitRef.MatchString(deref(job.Model)) || deref(job.Engine) != "gintonic" || job.Image != "gintonic/runtime:dev" {
		t.Fatalf("job of %s: model %q engine %q image %q", apitest.Model, deref(job.Model), deref(job.Engine), job.Image)
	}
	info := job.ModelInfo
	if info == nil || info.Format != "gguf" || deref(info.File) != "stories260K.gguf" || info.Files != 2 || info.Bytes < 1_000_000 ||
		deref(info.Architecture) != "llama" || !strings.HasPrefix(deref(info.Fit), "needs about 0.5 GiB of GPU memory; 1 × 80.0 GiB holds it") {
		t.Errorf("model info: %s", asJSON(info))
	}

	// The branch moves on; the job keeps serving the commit it was pinned to, and a job
	// submitted after the resolved model's cache expires gets the new one.
	first := deref(job.Model)
	s.Hub.AddRepo(apitest.ModelRepo, map[string][]byte{"stories260K.gguf": mustModel(t), "README.md": []byte("# TinyStories 260K, new card\n")})
	if got := s.getJob(client, job.Id); deref(got.Model) != first {
		t.Errorf("after the branch moved the job's model is %s, want %s", deref(got.Model), first)
	}
	s.clk.Advance(2 * time.Minute)
	later := modelJob(apitest.Model, h100)
	later.Insist = ptr(true) // the provider's heartbeats are two minutes old on the test clock
	again := s.submit(client, "client", later)
	if deref(again.Model) == first || !commitRef.MatchString(deref(again.Model)) {
		t.Errorf("a job submitted after the branch moved: %s (the first was %s)", deref(again.Model), first)
	}
	// A revision named by the client is pinned as given.
	rev := strings.TrimPrefix(first, apitest.Model+"@")
	at := modelJob(apitest.Model+"@"+rev, h100)
	at.Insist = ptr(true)
	pinned := s.submit(client, "client", at)
	if deref(pinned.Model) != first {
		t.Errorf("a job of %s@%s: %s", apitest.Model, rev, deref(pinned.Model))
	}
	// The engine list is public and names the image each engine runs.
	r, err := apiv1.NewClientWithResponses(a.url)
	if err != nil {
		t.Fatal(err)
	}
	el, err := r.ListEnginesWithResponse(ctx)
	if err != nil || el.JSON200 == nil {
		t.Fatalf("engines: %v %s", err, body(el))
	}
	names := []string{}
	for _, e := range el.JSON200.Engines {
		names = append(names, e.Name)
	}
	if strings.Join(names, ",") != "gintonic,llamacpp,trainer,vllm" {
		t.Errorf("engines: %v", names)
	}
}

// TestSubmitModelRefusals: each way a model can be wrong is refused before any money moves, with
// the field and what to do.
func TestSubmitModelRefusals(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	s.provider(a, "provider", "eu", 8)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	s.Hub.AddRepo("acme/gated", map[string][]byte{"m.gguf": mustModel(t)}, hubtest.Gated("hf_secret"))

	sixteen := apiv1.GPUSpec{Model: "H100", MemoryMiB: 16384, Count: 1}
	for _, c := range []struct {
		name   string
		req    apiv1.JobRequest
		status int
		field  string
		want   string
	}{
		{"too big for one 16 GiB GPU", modelJob(apitest.BigModel, sixteen), 422, "",
			"this model needs about 17.2 GiB at bf16 (weights 15.0 GiB, KV cache 0.2 GiB for 2048 tokens, overhead 2.0 GiB); 1 × 16 GiB cannot hold it"},
		{"not a model reference", modelJob("roneneldan/TinyStories-1M", h100), 422, "model", "hf://"},
		{"no such repository", modelJob("hf://acme/nothing-here", h100), 422, "model", "acme/nothing-here"},
		{"no such revision", modelJob(apitest.Model+"@v9", h100), 422, "model", "v9"},
		{"gated without a token", modelJob("hf://acme/gated", h100), 422, "secrets.HF_TOKEN", "HF_TOKEN"},
		{"an engine for another format", withEngine(modelJob(apitest.Model, h100), "vllm"), 422, "engine", "serves safetensors"},
		{"an unknown engine", withEngine(modelJob(apitest.Model, h100), "tgi"), 422, "engine", "gintonic"},
		{"a trainer for a service", withEngine(modelJob(apitest.Model, h100), "trainer"), 422, "kind", "the trainer engine runs batch jobs"},
		{"neither a model nor an image", apiv1.JobRequest{Kind: apiv1.Service, Gpu: h100, MaxPricePerGpuSecond: "1", Budget: "1000", DurationSeconds: 1}, 422, "model", "name a model"},
		{"an unknown secret", withSecret(modelJob(apitest.Model, h100), "AWS_KEY", "x"), 422, "secrets.AWS_KEY", "HF_TOKEN"},
	} {
		status, p := s.submitProblem(client, c.req)
		text := deref(p.Detail)
		if p.Errors != nil {
			for _, e := range *p.Errors {
				if e.Field == c.field {
					text = e.Message
				}
			}
		}
		if status != c.status || !strings.Contains(text, c.want) || (c.field != "" && (p.Errors == nil || !hasField(p, c.field))) {
			t.Errorf("%s: HTTP %d %s\nwant %d, field %q saying %q", c.name, status, asJSON(p), c.status, c.field, c.want)
		}
	}

	// With the token the gated model is accepted; the client's own view of the job never shows
	// the token back.
	job := s.submit(client, "client", withSecret(modelJob("hf://acme/gated", h100), "HF_TOKEN", "hf_secret"))
	if got := s.getJob(client, job.Id); got.Secrets != nil || strings.Contains(asJSON(got), "hf_secret") {
		t.Errorf("the client's view of its job shows its secrets: %s", asJSON(got))
	}
	// The provider awarded the job reads the token to fetch the model; a losing bidder does not.
	prov := s.Login(a.in, "provider")
	backup := s.provider(a, "backup", "eu", 30)
	s.sync()
	for name, c := range map[string]*apiclient.Client{"provider": prov, "backup": backup} {
		if r, err := c.PlaceBidWithResponse(ctx, job.Id, s.signBid(name, *job.ChainJobId, big.NewInt(1e17), 1)); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 30)
	s.tick()
	if got := s.getJob(prov, job.Id); got.State != apiv1.JobStateAwarded || got.Secrets == nil || (*got.Secrets)["HF_TOKEN"] != "hf_secret" {
		t.Errorf("the awarded provider's view: state %s, secrets %v", got.State, got.Secrets)
	}
	if got := s.getJob(backup, job.Id); got.Secrets != nil {
		t.Errorf("a losing bidder sees the job's secrets: %v", *got.Secrets)
	}
	// A job without secrets: its provider reads none (and no error).
	plain := s.submit(client, "client", modelJob(apitest.Model, h100))
	if r, err := prov.PlaceBidWithResponse(ctx, plain.Id, s.signBid("provider", *plain.ChainJobId, big.NewInt(1e17), 2)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 30)
	s.tick()
	if got := s.getJob(prov, plain.Id); got.State != apiv1.JobStateAwarded || got.Secrets != nil {
		t.Errorf("the provider's view of a job without secrets: state %s, secrets %v", got.State, got.Secrets)
	}

	// Big enough GPUs hold the big model.
	if j := s.submit(client, "client", modelJob(apitest.BigModel, h100)); deref(j.Engine) != "vllm" || j.ModelInfo.Format != "safetensors" {
		t.Errorf("the 8B model on an 80 GiB GPU: %s", asJSON(j))
	}
}

func hasField(p apiv1.Problem, field string) bool {
	for _, e := range *p.Errors {
		if e.Field == field {
			return true
		}
	}
	return false
}

func withEngine(r apiv1.JobRequest, e string) apiv1.JobRequest { r.Engine = &e; return r }

func withSecret(r apiv1.JobRequest, k, v string) apiv1.JobRequest {
	r.Secrets = &map[string]string{k: v}
	return r
}

func mustModel(t *testing.T) []byte {
	t.Helper()
	b, err := runtimeimage.Model(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestQuoteModel: a quote of a model asks for the GPUs that hold it (when the client names no
// memory), says how many of the providers that could serve it hold it warm, and refuses a GPU
// spec too small for it, with the numbers.
func TestQuoteModel(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	small := s.ProviderWith(a.in, "backup", "eu", 8, apiv1.GPUSpec{Model: "T4", MemoryMiB: 16384, Count: 8})
	big := s.ProviderWith(a.in, "provider", "eu", 8, apiv1.GPUSpec{Model: "H100", MemoryMiB: 81920, Count: 8})
	s.sync()

	q := s.quote(a, apiv1.JobQuoteRequest{Model: str(apitest.BigModel), Gpu: apiv1.GPUWant{Count: 1}})
	if !q.Servable || q.Providers != 1 || q.Cheapest == nil || q.Cheapest.Model != "H100" || q.Model == nil || q.Warm == nil || *q.Warm != 0 {
		t.Fatalf("quote of the 8B model on any one GPU: %s", asJSON(q))
	}
	// On two GPUs the T4s hold it too (tensor-parallel).
	q = s.quote(a, apiv1.JobQuoteRequest{Model: str(apitest.BigModel), Gpu: apiv1.GPUWant{Count: 2}})
	if !q.Servable || q.Providers != 2 || q.Cheapest.Model != "T4" {
		t.Errorf("quote of the 8B model on two GPUs: %s", asJSON(q))
	}
	// A spec too small is unservable, whoever is online, with the fit check's numbers.
	q = s.quote(a, apiv1.JobQuoteRequest{Model: str(apitest.BigModel), Gpu: gpus("T4", 16384, 1)})
	if q.Servable || q.Reasons == nil || (*q.Reasons)[0].Code != "model_too_big" || !strings.Contains(deref(q.Reason), "1 × 16 GiB cannot hold it") {
		t.Errorf("quote of the 8B model on one T4: %s", asJSON(q))
	}

	// The big provider reports the model in its cache: the quote counts it warm, and its view
	// lists it.
	ref := s.pinnedRef(a, apitest.BigModel)
	models := []apiv1.WarmModel{{Model: ref, Bytes: 16_060_556_376}}
	if r, err := big.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, Models: &models}); err != nil || r.JSON200 == nil {
		t.Fatalf("heartbeat with models: %v %s", err, body(r))
	}
	q = s.quote(a, apiv1.JobQuoteRequest{Model: str(apitest.BigModel), Gpu: apiv1.GPUWant{Count: 2}})
	if q.Warm == nil || *q.Warm != 1 {
		t.Errorf("warm providers after big reported the model: %s", asJSON(q))
	}
	_ = small // online, holding nothing

	// A heartbeat naming an unpinned model is refused.
	bad := []apiv1.WarmModel{{Model: apitest.BigModel, Bytes: 1}}
	if r, err := big.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, Models: &bad}); err != nil || r.StatusCode() != http.StatusUnprocessableEntity {
		t.Errorf("heartbeat with an unpinned model: %v %s", err, body(r))
	}
}

// pinnedRef is model pinned to the commit its main branch is at, as a submission would pin it.
func (s *stack) pinnedRef(in *instance, model string) string {
	s.t.Helper()
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(in, "client")
	j := s.submit(c, "client", modelJob(model, h100))
	return deref(j.Model)
}

// TestWarmBidsAreChecked: a bid's warm start counts only when its provider's heartbeat lists the
// job's model in its cache; the match shows the start term of each.
func TestWarmBidsAreChecked(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 8)
	backup := s.provider(a, "backup", "eu", 8)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	job := s.submit(client, "client", modelJob(apitest.Model, h100))
	// The backup holds the model and says so; the provider says warm without holding it.
	models := []apiv1.WarmModel{{Model: deref(job.Model), Bytes: 1185395}}
	if r, err := backup.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, Models: &models}); err != nil || r.JSON200 == nil {
		t.Fatalf("heartbeat: %v %s", err, body(r))
	}
	for name, c := range map[string]*apiclient.Client{"provider": prov, "backup": backup} {
		req := s.signBid(name, *job.ChainJobId, big.NewInt(1e17), 1)
		warm, secs := true, 2
		req.Warm, req.StartSeconds = &warm, &secs
		if r, err := c.PlaceBidWithResponse(ctx, job.Id, req); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	if r, err := backup.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, Models: &models, LatenciesMs: &map[string]float64{"ctl-eu": 8}}); err != nil || r.JSON200 == nil {
		t.Fatalf("heartbeat: %v %s", err, body(r))
	}
	s.tick()
	got := s.getJob(client, job.Id)
	if got.Match == nil || got.Match.Winner == nil || len(got.Match.Backups) != 1 {
		t.Fatalf("match: %s", asJSON(got.Match))
	}
	isWarm := func(b *bool) bool { return b != nil && *b }
	warmOf := map[string]bool{got.Match.Winner.Provider: isWarm(got.Match.Winner.Warm), got.Match.Backups[0].Provider: isWarm(got.Match.Backups[0].Warm)}
	if !warmOf[chaintest.Addr("backup").Hex()] || warmOf[chaintest.Addr("provider").Hex()] || got.Match.Winner.Provider != chaintest.Addr("backup").Hex() {
		t.Errorf("warm credited %v, winner %s; want the backup warm (and winning), the provider cold", warmOf, got.Match.Winner.Provider)
	}
}
