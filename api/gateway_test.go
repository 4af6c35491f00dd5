package api_test

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/modelserver"
)

// The model the provider runtime serves in these tests: TinyStories 260K, from a Go module's
// testdata as modelserver's own tests find it.
const (
	gwModelModule = "github.com/mutablelogic/go-llama@v0.0.11"
	gwModelFile   = "testdata/stories260K.gguf"
	gwModel       = "stories260K"
)

// runtime starts the reference model runtime, as a provider's container would serve it.
func runtime(t *testing.T) http.Handler {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", gwModelModule).Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v (needs network or a warm module cache)", gwModelModule, err)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		t.Fatalf("go mod download %s: no directory in %s", gwModelModule, out)
	}
	path := filepath.Join(info.Dir, gwModelFile)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	ms, err := modelserver.New(modelserver.Config{ModelPath: path, ModelName: gwModel, ModelsDir: t.TempDir(),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := ms.Load(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ms.Close)
	return ms.Handler()
}

// deployment records, as the controller would have, a provider at endpoint and a job of the
// client running on it.
func (s *stack) deployment(client, provider, endpoint string) int64 {
	s.t.Helper()
	if err := s.db.Exec(`INSERT INTO market.providers (address, region, endpoint, gpus) VALUES (decode(?, 'hex'), 'eu', ?, ?::jsonb)
		ON CONFLICT (address) DO UPDATE SET endpoint = excluded.endpoint`, hex.EncodeToString(chaintest.Addr(provider).Bytes()), endpoint, "[]").Error; err != nil {
		s.t.Fatalf("provider: %v", err)
	}
	hash := make([]byte, 32)
	_, _ = rand.Read(hash)
	var id int64
	if err := s.db.Raw(`INSERT INTO market.jobs (client, state, spec, spec_hash, region, gpu_model, gpu_memory_mib, gpu_count,
			max_price, budget, min_provider_stake, duration_seconds, bidding_deadline, bidding_closes_at, provider, round)
		VALUES (decode(?, 'hex'), 'running', ?::jsonb, decode(?, 'hex'), 'eu', 'H100', 40000, 1, 1, 1, 0, 3600, 0, now(), decode(?, 'hex'), 1) RETURNING id`,
		hex.EncodeToString(chaintest.Addr(client).Bytes()), "{}", hex.EncodeToString(hash), hex.EncodeToString(chaintest.Addr(provider).Bytes())).Scan(&id).Error; err != nil {
		s.t.Fatal(err)
	}
	// The escrow's job id, which the gateway's pass names (the fake provider does not check it).
	if err := s.db.Exec(`UPDATE market.jobs SET chain_job_id = id WHERE id = ?`, id).Error; err != nil {
		s.t.Fatal(err)
	}
	return id
}

func createKey(t *testing.T, c *apiclient.Client, job int64) *apiv1.CreateJobKeyResponse {
	t.Helper()
	r, err := c.CreateJobKeyWithResponse(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func statusOf(err error) int {
	var e *openai.Error
	if errors.As(err, &e) {
		return e.StatusCode
	}
	return 0
}

// TestGateway: a client issues a key for its running deployment and uses it with the official
// OpenAI client through the gateway; unknown and revoked keys, other clients and a client below
// the minimum balance are refused; when the provider goes down and the job has failed over, the
// next request is served by the new provider; the key's counters show the use.
func TestGateway(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller", func(c *api.Config) { c.MinBalance = chain.Tokens(10) })
	s.deposit("client", chain.Tokens(100))
	s.sync()

	model := runtime(t)
	primary := httptest.NewServer(model)
	defer primary.Close()
	backup := httptest.NewServer(model)
	defer backup.Close()
	job := s.deployment("client", "provider", primary.URL)
	poorJob := s.deployment("poor", "backup", backup.URL)

	cl := s.login(a, "client")
	created := createKey(t, cl, job)
	if created.JSON201 == nil || len(created.JSON201.Key) < 40 || created.JSON201.Key[:3] != "gk_" {
		t.Fatalf("create key: %s", body(created))
	}
	key := created.JSON201.Key
	if r := createKey(t, s.login(a, "intruder"), job); r.StatusCode() != http.StatusNotFound {
		t.Errorf("another client creates a key for the job: %s", body(r))
	}

	oa := func(key string) openai.Client {
		return openai.NewClient(option.WithBaseURL(a.url+"/v1/"), option.WithAPIKey(key), option.WithMaxRetries(0))
	}
	gw := oa(key)
	complete := func(c openai.Client) (*openai.Completion, error) {
		return c.Completions.New(ctx, openai.CompletionNewParams{Model: gwModel,
			Prompt:    openai.CompletionNewParamsPromptUnion{OfString: openai.String("Once upon a time")},
			MaxTokens: openai.Int(12), Temperature: openai.Float(0)})
	}
	done, err := complete(gw)
	if err != nil {
		t.Fatalf("completion through the gateway: %v", err)
	}
	if done.Choices[0].Text == "" || done.Usage.PromptTokens == 0 || done.Usage.CompletionTokens == 0 {
		t.Errorf("completion %+v", done)
	}

	stream := gw.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{Model: gwModel,
		Messages:  []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Tell me about a cat.")},
		MaxTokens: openai.Int(12), Temperature: openai.Float(0)})
	var acc openai.ChatCompletionAccumulator
	chunks := 0
	for stream.Next() {
		acc.AddChunk(stream.Current())
		chunks++
	}
	if err := stream.Err(); err != nil || chunks < 2 || acc.Choices[0].Message.Content == "" {
		t.Errorf("streamed chat: %d chunks, %+v, err %v", chunks, acc.Choices, err)
	}

	if _, err := complete(oa("gk_unknown")); statusOf(err) != http.StatusUnauthorized {
		t.Errorf("unknown key: %v", err)
	}
	spare := createKey(t, cl, job).JSON201
	if rv, err := cl.RevokeJobKeyWithResponse(ctx, job, spare.Id); err != nil || rv.JSON200 == nil || rv.JSON200.RevokedAt == nil {
		t.Fatalf("revoke: %v %s", err, body(rv))
	}
	if _, err := complete(oa(spare.Key)); statusOf(err) != http.StatusUnauthorized {
		t.Errorf("revoked key: %v", err)
	}

	poor := createKey(t, s.login(a, "poor"), poorJob).JSON201
	if _, err := complete(oa(poor.Key)); statusOf(err) != http.StatusPaymentRequired {
		t.Errorf("client below the minimum balance: %v", err)
	}

	req, _ := http.NewRequest(http.MethodGet, a.url+"/v1/models", nil)
	req.Header.Set("Authorization", "Bearer "+key)
	if rsp, err := http.DefaultClient.Do(req); err != nil || rsp.StatusCode != http.StatusOK {
		t.Fatalf("models through the gateway: %v %v", err, rsp)
	} else if b, _ := io.ReadAll(rsp.Body); !strings.Contains(string(b), gwModel) {
		t.Errorf("models: %s", b)
	}

	// The provider goes down while the request is on its way, and the controller fails the job
	// over to the backup: the gateway re-reads the job and sends the request there.
	primary.Close()
	down, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	s.deployment("other", "provider", "http://"+down.Addr().String())
	go func() {
		for {
			conn, err := down.Accept()
			if err != nil {
				return
			}
			_ = s.db.Exec(`UPDATE market.jobs SET provider = decode(?, 'hex'), round = 2 WHERE id = ?`, hex.EncodeToString(chaintest.Addr("backup").Bytes()), job).Error
			conn.Close()
		}
	}()
	if _, err := complete(gw); err != nil {
		t.Fatalf("completion after failover: %v", err)
	}
	var round int
	if err := s.db.Raw(`SELECT round FROM market.jobs WHERE id = ?`, job).Scan(&round).Error; err != nil || round != 2 {
		t.Fatalf("the request did not meet the failing provider first (round %d, %v)", round, err)
	}
	// Both down: a clear 502 in OpenAI's shape.
	backup.Close()
	if _, err := complete(gw); statusOf(err) != http.StatusBadGateway {
		t.Errorf("no provider answers: %v", err)
	}

	keys, err := cl.ListJobKeysWithResponse(ctx, job)
	if err != nil || keys.JSON200 == nil || len(keys.JSON200.Keys) != 2 {
		t.Fatalf("list keys: %v %s", err, body(keys))
	}
	k := keys.JSON200.Keys[0]
	if k.Requests != 4 || k.PromptTokens < 2*done.Usage.PromptTokens || k.CompletionTokens < 2*done.Usage.CompletionTokens || k.RevokedAt != nil {
		t.Errorf("key counters %+v after 2 completions (usage %+v), a stream and a model list", k, done.Usage)
	}
	if n, u, err := gateway.NewKeys(s.db).DeploymentUsage(ctx, job); err != nil || n != k.Requests || u.PromptTokens != k.PromptTokens || u.CompletionTokens != k.CompletionTokens {
		t.Errorf("deployment usage %d requests %+v (%v), want the key's %+v", n, u, err, k)
	}
	if keys.JSON200.Keys[1].RevokedAt == nil || keys.JSON200.Keys[1].Requests != 0 {
		t.Errorf("revoked key %+v", keys.JSON200.Keys[1])
	}
	if raw, _ := json.Marshal(keys.JSON200); strings.Contains(string(raw), key[3:]) {
		t.Error("the key list shows a secret")
	}

	// The gateway's metrics: each request by route and the status the client got (refusals
	// included), the provider's latency and the gateway's own, tokens of non-streamed answers.
	rsp, err := http.Get(a.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	metrics, _ := io.ReadAll(rsp.Body)
	for _, want := range []string{
		`gintonic_gateway_requests_total{route="/v1/completions",status="200"} 2`,
		`gintonic_gateway_requests_total{route="/v1/completions",status="401"} 2`,
		`gintonic_gateway_requests_total{route="/v1/completions",status="402"} 1`,
		`gintonic_gateway_requests_total{route="/v1/completions",status="502"} 1`,
		`gintonic_gateway_requests_total{route="/v1/chat/completions",status="200"} 1`,
		`gintonic_gateway_upstream_seconds_count{route="/v1/completions"} 2`,
		`gintonic_gateway_added_seconds_count{route="/v1/completions"} 3`, // the 502 was forwarded too
		fmt.Sprintf(`gintonic_gateway_tokens_total{kind="completion"} %d`, k.CompletionTokens),
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}
