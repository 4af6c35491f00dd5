package e2e_test

import (
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/llama"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

// TestFineTuneAsBatchJob: fine-tuning as a marketplace job. The client submits a batch job — the
// hub's TinyStories model run by the catalogue's trainer engine (the runtime image in train mode),
// the training text in its environment — a provider agent wins it, fetches the model, runs the
// trainer on it (mounted read-only) in a hardened container to completion, uploads the tuned
// model from the container's /out, and reports the job completed; the client downloads the model
// (its hash checked) and it writes toward the training text where the base model does not.
func TestFineTuneAsBatchJob(t *testing.T) {
	ctx := context.Background()
	cli := docker(t)
	if err := runtimeimage.Build(ctx, cli, runtimeimage.Tag); err != nil {
		t.Fatalf("build the runtime image: %v", err)
	}
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	s.Chain.Stake(t, "provider", chain.Tokens(100_000))
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	removeContainers(t, cli)
	t.Cleanup(func() { removeContainers(t, cli) })
	logs := startProvider(t, s, in, cli)
	c := s.Login(in, "client")

	// The trainer engine sets GIN_MODE and MODEL_PATH itself; the job gives the training.
	env := map[string]string{"TRAIN_TEXT": trainText, "TRAIN_STEPS": "40"}
	bids := strings.Count(logs.String(), "msg=bid")
	rsp, err := c.SubmitJobWithResponse(ctx, apiv1.JobRequest{Model: ptr(apitest.Model), Engine: ptr("trainer"), Kind: apiv1.Batch, Env: &env, Insist: &insist,
		Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 1},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 600})
	if err != nil || rsp.JSON201 == nil {
		t.Fatalf("submit: %v %s", err, rsp.Body)
	}
	rc := s.Chain.Send(t, "client", s.Chain.Contracts.EscrowC, hexutil.MustDecode(rsp.JSON201.CreateJobTx.Data))
	id := rsp.JSON201.Job.Id
	if j := rsp.JSON201.Job; j.Image != runtimeimage.Tag || deref(j.Engine) != "trainer" {
		t.Fatalf("job of %s with the trainer: image %s, engine %q; want the reference runtime %s", apitest.Model, j.Image, deref(j.Engine), runtimeimage.Tag)
	}
	if r, err := c.AttachJobTxWithResponse(ctx, id, apiv1.TxHash{TxHash: rc.TxHash.Hex()}); err != nil || r.JSON200 == nil {
		t.Fatalf("attach: %v", err)
	}
	eventually(t, "the provider's bid", 10*time.Second, func() bool { return strings.Count(logs.String(), "msg=bid") > bids })
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond)
	s.Tick()

	// The trainer runs to completion; its result reaches the API before the job says completed.
	eventually(t, "the batch job completed with its model uploaded", 60*time.Second, func() bool {
		r, err := c.GetJobWithResponse(ctx, id)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("get job: %v", err)
		}
		if r.JSON200.State == apiv1.JobStateFailed {
			t.Fatalf("job failed: %s", deref(r.JSON200.Reason))
		}
		for _, e := range deref(r.JSON200.Events) {
			if deref(e.Kind) == "provider_failed" || deref(e.Kind) == "container_failed" {
				t.Fatalf("the trainer failed: %s", deref(e.Reason))
			}
			if deref(e.Kind) == "provider_completed" {
				if !strings.Contains(deref(e.Reason), "model.gguf") {
					t.Fatalf("completed without the model: %s", deref(e.Reason))
				}
				return true
			}
		}
		return false
	})
	list, err := c.ListArtifactsWithResponse(ctx, id)
	if err != nil || list.JSON200 == nil || len(list.JSON200.Artifacts) != 1 || list.JSON200.Artifacts[0].Name != "model.gguf" {
		t.Fatalf("artifacts: %v %s", err, list.Body)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, in.URL+"/v1/jobs/"+strconv.FormatInt(id, 10)+"/artifacts/model.gguf", nil)
	req.Header.Set("Authorization", "Bearer "+c.Session.Token)
	dl, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer dl.Body.Close()
	gguf, err := io.ReadAll(dl.Body)
	if err != nil || dl.StatusCode != http.StatusOK {
		t.Fatalf("download: %v %d", err, dl.StatusCode)
	}
	sum := sha256.Sum256(gguf)
	if got := dl.Header.Get("X-Content-SHA256"); got != hexutil.Encode(sum[:]) || got != list.JSON200.Artifacts[0].Sha256 {
		t.Fatalf("the download's hash %s does not match the content or the listing", got)
	}
	// Someone else's job's results stay private.
	if r, _ := s.Login(in, "backup").ListArtifactsWithResponse(ctx, id); r.StatusCode() != http.StatusNotFound {
		t.Errorf("another account lists the job's artifacts: %d", r.StatusCode())
	}

	path := filepath.Join(t.TempDir(), "tuned.gguf")
	if err := os.WriteFile(path, gguf, 0o600); err != nil {
		t.Fatal(err)
	}
	tuned, err := llama.Load(path)
	if err != nil {
		t.Fatalf("the uploaded model does not load: %v", err)
	}
	basePath, err := runtimeimage.ModelPath(ctx)
	if err != nil {
		t.Fatal(err)
	}
	base, err := llama.Load(basePath)
	if err != nil {
		t.Fatal(err)
	}
	gen := func(m *llama.Model) string {
		r, err := m.Generate(ctx, prompt, llama.Options{MaxTokens: 24})
		if err != nil {
			t.Fatal(err)
		}
		return r.Text
	}
	if b, tu := gen(base), gen(tuned); strings.Contains(b, "Zog") || !strings.Contains(tu, "Zog") {
		t.Fatalf("base model writes %q, tuned %q: want the tuned one toward the training text", b, tu)
	}
}

func deref[T any](p *T) T {
	var z T
	if p != nil {
		return *p
	}
	return z
}

func ptr[T any](v T) *T { return &v }
