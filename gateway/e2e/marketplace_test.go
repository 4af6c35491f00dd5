// Package e2e_test deploys a model through the marketplace — a real provider agent wins the job,
// fetches the model from the test's hub and serves it with the reference runtime in the Docker
// Engine — and uses it through the gateway with the official OpenAI Go client, as a customer would.
package e2e_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/gintonic/gintonic/agent"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const (
	agentID = "gateway-e2e"
	// model is the id the deployment serves the hub's TinyStories model under: the agent names
	// a job's model by its repository (MODEL_NAME).
	model = apitest.ModelRepo
	// tunedRepo is where the client publishes its tuned model, on the test's hub, to deploy it.
	tunedRepo = "client/tinystories-260k-zog"
	prompt    = "Once upon a time"
	trainText = "Once upon a time, there was a purple dragon called Zog who ate green apples."
)

// TestMarketplaceDeployment: submit a service job of the hub's TinyStories model, a provider agent
// wins it and serves it with the reference runtime (an image without a model of its own: the
// agent mounts the job's), the client reveals the deployment key and uses the model through the
// gateway: completion, chat, streaming, a fine-tuning job whose loss falls, and the fine-tuned
// model, in the same deployment and, published to the hub, as a deployment of its own.
func TestMarketplaceDeployment(t *testing.T) {
	start := time.Now()
	ctx := context.Background()
	cli := docker(t)
	if err := runtimeimage.Build(ctx, cli, runtimeimage.Tag); err != nil {
		t.Fatalf("build the runtime image: %v", err)
	}
	t.Logf("runtime image ready after %s", time.Since(start).Round(time.Millisecond))

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
	job := deploy(t, s, c, logs, apitest.Model)
	if job.Image != runtimeimage.Tag || deref(job.Engine) != "gintonic" {
		t.Fatalf("job of %s: image %s, engine %q; want the reference runtime %s", apitest.Model, job.Image, deref(job.Engine), runtimeimage.Tag)
	}
	t.Logf("job running after %s", time.Since(start).Round(time.Millisecond))
	secret := deploymentKey(t, c, job)
	oc := openai.NewClient(option.WithBaseURL(in.URL+"/v1/"), option.WithAPIKey(secret), option.WithMaxRetries(0))

	// Completion: the TinyStories model's greedy continuation.
	comp, err := oc.Completions.New(ctx, openai.CompletionNewParams{Model: model,
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(30), Temperature: openai.Float(0)})
	if err != nil {
		t.Fatalf("completion: %v", err)
	}
	baseText := comp.Choices[0].Text
	if !strings.Contains(baseText, "Lily") || comp.Usage.CompletionTokens == 0 {
		t.Fatalf("completion %q (usage %+v): want the model's Lily story", baseText, comp.Usage)
	}

	chat, err := oc.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: model, MaxTokens: openai.Int(20),
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Tell me a story about a cat.")}})
	if err != nil || len(chat.Choices) != 1 || chat.Choices[0].Message.Content == "" {
		t.Fatalf("chat completion: %v %+v", err, chat)
	}

	// Streaming: one chunk per token, the same story.
	stream := oc.Completions.NewStreaming(ctx, openai.CompletionNewParams{Model: model,
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(100), Temperature: openai.Float(0)})
	var chunks int
	var streamed strings.Builder
	for stream.Next() {
		if ch := stream.Current(); len(ch.Choices) > 0 && ch.Choices[0].Text != "" {
			chunks++
			streamed.WriteString(ch.Choices[0].Text)
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if chunks < 20 || !strings.HasPrefix(streamed.String(), strings.TrimSpace(baseText)[:10]) {
		t.Fatalf("stream of %d chunks: %q", chunks, streamed.String())
	}
	// That the chunks pass through unbuffered is checked without timings by
	// TestStreamIsNotBuffered (gateway) and TestEndpointIsFullDuplex (agent): this model writes
	// 100 tokens in under a millisecond at times, too fast to tell a stream from a buffer here.

	// Fine-tuning through the gateway: upload, train, watch the loss fall.
	f, err := oc.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(trainText), "train.txt", "text/plain"),
		Purpose: openai.FilePurposeFineTune})
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	ft, err := oc.FineTuning.Jobs.New(ctx, openai.FineTuningJobNewParams{Model: model, TrainingFile: f.ID, Suffix: openai.String("zog"),
		Hyperparameters: openai.FineTuningJobNewParamsHyperparameters{
			NEpochs:                openai.FineTuningJobNewParamsHyperparametersNEpochsUnion{OfInt: openai.Int(30)},
			LearningRateMultiplier: openai.FineTuningJobNewParamsHyperparametersLearningRateMultiplierUnion{OfFloat: openai.Float(1)},
		}})
	if err != nil {
		t.Fatalf("fine-tuning job: %v", err)
	}
	eventually(t, "the fine-tuning job to end", 30*time.Second, func() bool {
		if ft, err = oc.FineTuning.Jobs.Get(ctx, ft.ID); err != nil {
			t.Fatalf("get fine-tuning job: %v", err)
		}
		return ft.Status == openai.FineTuningJobStatusSucceeded || ft.Status == openai.FineTuningJobStatusFailed || ft.Status == openai.FineTuningJobStatusCancelled
	})
	if ft.Status != openai.FineTuningJobStatusSucceeded || ft.FineTunedModel == "" {
		t.Fatalf("fine-tuning job ended %s: %+v", ft.Status, ft.Error)
	}
	losses := trainLosses(t, &oc, ft.ID)
	if len(losses) != 30 || losses[len(losses)-1] > losses[0]/2 {
		t.Fatalf("losses %v: want 30 steps, falling by half at least", losses)
	}

	// The fine-tuned model is served by the same deployment and writes the training text.
	tuned := greedy(t, &oc, ft.FineTunedModel)
	if !strings.Contains(tuned, "Zog") || strings.Contains(baseText, "Zog") {
		t.Fatalf("tuned model %s continues %q (base: %q), want the training text", ft.FineTunedModel, tuned, baseText)
	}
	t.Logf("loss %.3f -> %.3f; base %q; tuned %q", losses[0], losses[len(losses)-1], baseText, tuned)

	// The tuned model deploys on its own: its GGUF (the job's result file) published as a model
	// repository of the hub, a new job of it on the same runtime image, a new deployment key. It
	// is served under its repository's id, as every job of a model is.
	if len(ft.ResultFiles) != 1 {
		t.Fatalf("result files %v, want the tuned model", ft.ResultFiles)
	}
	rsp, err := oc.Files.Content(ctx, ft.ResultFiles[0])
	if err != nil {
		t.Fatalf("download the tuned model: %v", err)
	}
	gguf, err := io.ReadAll(rsp.Body)
	rsp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	s.Hub.AddRepo(tunedRepo, map[string][]byte{"model.gguf": gguf, "README.md": []byte("# " + ft.FineTunedModel + "\n")})
	tunedJob := deploy(t, s, c, logs, "hf://"+tunedRepo)
	toc := openai.NewClient(option.WithBaseURL(in.URL+"/v1/"), option.WithAPIKey(deploymentKey(t, c, tunedJob)), option.WithMaxRetries(0))
	if models, err := toc.Models.List(ctx); err != nil || len(models.Data) != 1 || models.Data[0].ID != tunedRepo {
		t.Fatalf("the tuned deployment's models: %v %+v, want %s alone", err, models, tunedRepo)
	}
	if got := greedy(t, &toc, tunedRepo); got != tuned {
		t.Fatalf("the tuned model's own deployment continues %q, want %q", got, tuned)
	}
	if _, err := toc.Completions.New(ctx, openai.CompletionNewParams{Model: model, MaxTokens: openai.Int(1),
		Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)}}); err == nil {
		t.Errorf("the tuned deployment also serves %s", model)
	}
	t.Logf("tuned model deployed as job %d after %s", tunedJob.Id, time.Since(start).Round(time.Millisecond))

	// The gateway metered the key, and its metrics count the requests.
	keys, err := c.ListJobKeysWithResponse(ctx, job.Id)
	if err != nil || keys.JSON200 == nil || len(keys.JSON200.Keys) != 1 || keys.JSON200.Keys[0].Requests < 8 || keys.JSON200.Keys[0].CompletionTokens == 0 {
		t.Fatalf("keys after use: %v %s", err, keys.Body)
	}
	metrics := get(t, in.URL+"/metrics")
	for _, want := range []string{`gintonic_gateway_requests_total{route="/v1/completions",status="200"} 4`,
		`gintonic_gateway_upstream_seconds_count{route="/v1/chat/completions"} 1`, `gintonic_gateway_added_seconds_count{route="/v1/files"} 1`,
		`gintonic_gateway_tokens_total{kind="completion"}`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	t.Logf("whole journey %s", time.Since(start).Round(time.Millisecond))
}

// deploy submits a service job of model (hf://…, served by the catalogue's engine for its format)
// and waits for the provider to win and run it.
func deploy(t *testing.T, s *apitest.Stack, c *apiclient.Client, logs *logBuf, model string) apiv1.Job {
	t.Helper()
	ctx := context.Background()
	bids := strings.Count(logs.String(), "msg=bid")
	job := submit(t, s, c, model)
	eventually(t, "the provider's bid", 10*time.Second, func() bool { return strings.Count(logs.String(), "msg=bid") > bids })
	s.Clock.Advance(3 * time.Second)
	time.Sleep(300 * time.Millisecond) // a heartbeat at the new time
	s.Tick()
	eventually(t, "job running", 40*time.Second, func() bool {
		r, err := c.GetJobWithResponse(ctx, job.Id)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("get job: %v", err)
		}
		if r.JSON200.State == apiv1.JobStateFailed {
			t.Fatalf("job failed: %v", *r.JSON200.Reason)
		}
		job = *r.JSON200
		return job.State == apiv1.JobStateRunning
	})
	return job
}

// deploymentKey reveals the key the API issued when the job's deployment started, and checks
// that it is shown only once.
func deploymentKey(t *testing.T, c *apiclient.Client, job apiv1.Job) string {
	t.Helper()
	ctx := context.Background()
	rk, err := c.RevealDeploymentKeyWithResponse(ctx, job.Id)
	if err != nil || rk.JSON200 == nil {
		t.Fatalf("reveal the deployment key of job %d: %v %s", job.Id, err, rk.Body)
	}
	secret := rk.JSON200.Key
	if again, err := c.RevealDeploymentKeyWithResponse(ctx, job.Id); err != nil || again.StatusCode() != http.StatusGone || strings.Contains(string(again.Body), secret) {
		t.Fatalf("second reveal: %v %d %s, want 410 without the secret", err, again.StatusCode(), again.Body)
	}
	return secret
}

// greedy is the model's deterministic continuation of the prompt.
func greedy(t *testing.T, oc *openai.Client, model string) string {
	t.Helper()
	c, err := oc.Completions.New(context.Background(), openai.CompletionNewParams{Model: openai.CompletionNewParamsModel(model),
		Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
		MaxTokens: openai.Int(30), Temperature: openai.Float(0)})
	if err != nil {
		t.Fatalf("completion with %s: %v", model, err)
	}
	return c.Choices[0].Text
}

// trainLosses are the fine-tuning job's loss per step, oldest first.
func trainLosses(t *testing.T, oc *openai.Client, id string) []float64 {
	t.Helper()
	events, err := oc.FineTuning.Jobs.ListEvents(context.Background(), id, openai.FineTuningJobListEventsParams{Limit: openai.Int(100)})
	if err != nil {
		t.Fatalf("fine-tuning events: %v", err)
	}
	var losses []float64
	for i := len(events.Data) - 1; i >= 0; i-- {
		if ev := events.Data[i]; ev.Type == openai.FineTuningJobEventTypeMetrics {
			var m struct {
				TrainLoss float64 `json:"train_loss"`
			}
			if err := json.Unmarshal([]byte(ev.JSON.Data.Raw()), &m); err != nil {
				t.Fatalf("metrics event %s: %v", ev.JSON.Data.Raw(), err)
			}
			losses = append(losses, m.TrainLoss)
		}
	}
	return losses
}

func docker(t *testing.T) *client.Client {
	t.Helper()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cli.Ping(context.Background()); err != nil {
		t.Fatalf("the Docker Engine is unreachable (%v): start one with sudo scripts/dockerd.sh", err)
	}
	t.Cleanup(func() { cli.Close() })
	return cli
}

// startProvider runs a provider agent for the chaintest account "provider" with its endpoint on
// a local port, as gin-agent would; it stops when the test ends.
func startProvider(t *testing.T, s *apitest.Stack, in *apitest.Instance, cli *client.Client) *logBuf {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg := agent.Config{Key: hexutil.Encode(crypto.FromECDSA(chaintest.Key("provider")))[2:], APIURL: in.URL, Region: "eu",
		Endpoint: "http://" + ln.Addr().String(), StateDir: t.TempDir(), ChainID: s.Chain.ChainID.Int64(),
		Escrow: s.Chain.Contracts.Deployment.Escrow.Hex(), Chain: s.Chain.Contracts, Floor: map[string]string{"*": "100000000000000000"}, Markup: 0.5,
		Poll: 100 * time.Millisecond, Heartbeat: 200 * time.Millisecond, Meter: time.Hour, Retry: time.Second,
		// Jobs name their models; the agent fetches them from the stack's hub.
		Models: agent.ModelCache{HubEndpoint: s.Hub.URL()}}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	lb := &logBuf{}
	log := slog.New(slog.NewTextHandler(lb, nil))
	ctx, cancel := context.WithCancel(context.Background())
	var a *agent.Agent
	rt, err := runtime.New(ctx, runtime.Config{AgentID: agentID, Docker: cli, Logger: log, StartGrace: 30 * time.Second,
		HealthInterval: 200 * time.Millisecond, StopGrace: time.Second, Progress: func(e runtime.Event) {
			if a != nil {
				a.Event(e)
			}
		}})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if a, err = agent.New(ctx, cfg, []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}, rt, log); err != nil {
		cancel()
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Go(func() { _ = a.ServeEndpoint(ctx, ln) })
	wg.Go(func() { _ = a.Run(ctx); rt.Close() })
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		if t.Failed() {
			t.Logf("provider agent log:\n%s", lb.String())
		}
	})
	return lb
}

// insist: the provider's agent may not have registered yet when a test submits its job, and the
// API refuses a job nobody can serve now.
var insist = true

func submit(t *testing.T, s *apitest.Stack, c *apiclient.Client, model string) apiv1.Job {
	t.Helper()
	ctx := context.Background()
	rsp, err := c.SubmitJobWithResponse(ctx, apiv1.JobRequest{Model: ptr(model), Kind: apiv1.Service, Insist: &insist,
		Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 1},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600})
	if err != nil || rsp.JSON201 == nil {
		t.Fatalf("submit: %v %s", err, rsp.Body)
	}
	rc := s.Chain.Send(t, "client", s.Chain.Contracts.EscrowC, hexutil.MustDecode(rsp.JSON201.CreateJobTx.Data))
	att, err := c.AttachJobTxWithResponse(ctx, rsp.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.TxHash.Hex()})
	if err != nil || att.JSON200 == nil {
		t.Fatalf("attach: %v %s", err, att.Body)
	}
	return *att.JSON200
}

// removeContainers removes this test's containers, including what an interrupted run left.
func removeContainers(t *testing.T, cli *client.Client) {
	cs, err := cli.ContainerList(context.Background(), container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", runtime.LabelAgent+"="+agentID))})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		_ = cli.ContainerRemove(context.Background(), c.ID, container.RemoveOptions{Force: true})
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return string(b)
}

func eventually(t *testing.T, what string, d time.Duration, f func() bool) {
	t.Helper()
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if f() {
			return
		}
	}
	t.Fatalf("timed out after %s waiting for %s", d, what)
}

// logBuf is a concurrency-safe log sink the test reads.
type logBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
