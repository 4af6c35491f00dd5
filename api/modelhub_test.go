package api_test

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/agent/modelcache"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// TestFineTunedModelDeploys: a fine-tuning job's result (its model.gguf artifact) is a model
// repository of the API, hf://gintonic-jobs/<id>, that deploys like any other: its client submits
// it by id (pinned, sized from its GGUF header, fit-checked), nobody else may read or deploy it,
// and the provider awarded the deployment fetches it with the Hub client into its model cache,
// each file checked against its sha256.
func TestFineTunedModelDeploys(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.provider(a, "provider2", "eu", 10)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client, stranger, prov, prov2 := s.login(a, "client"), s.login(a, "client2"), s.login(a, "provider"), s.login(a, "provider2")

	// The fine-tuning job ran and uploaded its tuned model (the trainer writes a GGUF; the
	// reference model's bytes stand in for it here).
	tuned := s.deployment("client", "provider", "http://127.0.0.1:9")
	batch(t, s, tuned)
	// Not on this chain: the escrow's job ids go to the deployment submitted below.
	if err := s.db.Exec(`UPDATE market.jobs SET chain_job_id = NULL WHERE id = ?`, tuned).Error; err != nil {
		t.Fatal(err)
	}
	weights, err := runtimeimage.Model(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := prov.UploadArtifactWithBodyWithResponse(ctx, tuned, "model.gguf", "application/octet-stream", bytes.NewReader(weights)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("upload the tuned model: %v %s", err, body(r))
	}

	hc := hub.NewClient(a.url + "/hub")
	ref := hub.Ref{Repo: hub.JobRepo(tuned)}
	repo, err := hc.Info(ctx, ref, client.Session.Token)
	if err != nil || len(repo.Files) != 1 || repo.Files[0].Path != "model.gguf" || repo.Files[0].Size != int64(len(weights)) || len(repo.Commit) != 40 {
		t.Fatalf("the client reads its job's results as a repository: %+v %v", repo, err)
	}
	for who, token := range map[string]string{"another client": stranger.Session.Token, "a provider serving none of it": prov2.Session.Token} {
		if _, err := hc.Info(ctx, ref, token); !errors.Is(err, hub.ErrNotFound) {
			t.Errorf("%s reads the results: %v, want not found", who, err)
		}
	}
	if _, err := hc.Info(ctx, ref, ""); !errors.Is(err, hub.ErrUnauthorized) {
		t.Errorf("reading without a session: %v, want unauthorized", err)
	}

	// Another client cannot deploy it; its own client deploys it by id, like a model of the Hub.
	model := "hf://" + hub.JobRepo(tuned)
	req := apiv1.JobRequest{Model: &model, Kind: apiv1.Service, Gpu: apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 1},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600}
	if r, err := stranger.SubmitJobWithResponse(ctx, req); err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "no job") {
		t.Errorf("another client deploys the tuned model: %v %s", err, body(r))
	}
	job := s.submit(client, "client", req)
	if job.Model == nil || *job.Model != model+"@"+repo.Commit || job.ModelInfo == nil || job.ModelInfo.Format != "gguf" ||
		deref(job.ModelInfo.File) != "model.gguf" || job.ModelInfo.NeedsBytes == nil || deref(job.Engine) != "gintonic" {
		t.Fatalf("the deployment of the tuned model: model %v engine %v info %+v", job.Model, job.Engine, job.ModelInfo)
	}

	// Awarded to provider2: now its agent reads the model, through its model cache.
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'awarded', provider = ?, round = 1 WHERE id = ?`, chaintest.Addr("provider2").Bytes(), job.Id).Error; err != nil {
		t.Fatal(err)
	}
	cache, err := modelcache.Open(t.TempDir(), 1<<30, hub.NewClient("http://127.0.0.1:9"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	cache.Route(hub.JobsOrg, hc)
	snap, err := cache.Fetch(ctx, hub.Ref{Repo: ref.Repo, Revision: repo.Commit}, prov2.Session.Token, nil)
	if err != nil {
		t.Fatalf("provider2's cache fetches the tuned model: %v", err)
	}
	defer snap.Release()
	f, err := os.Open(filepath.Join(snap.Dir, "model.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := io.ReadAll(f); !bytes.Equal(got, weights) {
		t.Errorf("the cached model differs from the uploaded one (%d bytes, want %d)", len(got), len(weights))
	}
	// Once the deployment is no longer its, the provider reads nothing more.
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'stopped' WHERE id = ?`, job.Id).Error; err != nil {
		t.Fatal(err)
	}
	if _, err := hc.ReadRange(ctx, ref.Repo, repo.Commit, "model.gguf", prov2.Session.Token, 0, 4); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("a provider whose deployment ended reads the model: %v", err)
	}
}
