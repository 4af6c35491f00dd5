package cli_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestCompletion: `gin completion <shell>` prints a completion script for each shell.
func TestCompletion(t *testing.T) {
	g := &gin{t: t}
	for shell, marker := range map[string]string{
		"bash": "__start_gin", "zsh": "#compdef gin", "fish": "complete -c gin", "powershell": "Register-ArgumentCompleter",
	} {
		if out := g.ok("", "completion", shell); !strings.Contains(out, marker) {
			t.Errorf("completion %s lacks %q:\n%.300s", shell, marker, out)
		}
	}
}

// model is an OpenAI-compatible stand-in for a provider's runtime: it answers /v1/models and
// (chat) completions, streamed token by token when asked.
func model() http.Handler {
	tokens := []string{"Once", " upon", " a", " time"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"object":"list","data":[{"id":"stories","object":"model"}]}`)
	})
	answer := func(chat bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			var req struct {
				Model  string `json:"model"`
				Stream bool   `json:"stream"`
			}
			if json.NewDecoder(r.Body).Decode(&req) != nil || req.Model != "stories" {
				http.Error(w, `{"error":{"message":"unknown model"}}`, http.StatusBadRequest)
				return
			}
			choice := func(s string) map[string]any {
				if !chat {
					return map[string]any{"index": 0, "text": s}
				}
				if req.Stream {
					return map[string]any{"index": 0, "delta": map[string]string{"content": s}}
				}
				return map[string]any{"index": 0, "message": map[string]string{"role": "assistant", "content": s}}
			}
			if !req.Stream {
				_ = json.NewEncoder(w).Encode(map[string]any{"choices": []any{choice(strings.Join(tokens, ""))},
					"usage": map[string]int{"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}})
				return
			}
			w.Header().Set("Content-Type", "text/event-stream")
			for _, tok := range tokens {
				b, _ := json.Marshal(map[string]any{"choices": []any{choice(tok)}})
				fmt.Fprintf(w, "data: %s\n\n", b)
				w.(http.Flusher).Flush()
			}
			fmt.Fprint(w, "data: [DONE]\n\n")
		}
	}
	mux.HandleFunc("POST /v1/completions", answer(false))
	mux.HandleFunc("POST /v1/chat/completions", answer(true))
	return mux
}

// deployment records, as the controller would have, a running job of client on provider's
// endpoint.
func deployment(t *testing.T, s *apitest.Stack, client, provider, endpoint string) int64 {
	t.Helper()
	if err := s.DB.Exec(`INSERT INTO market.providers (address, region, endpoint, gpus) VALUES (decode(?, 'hex'), 'eu', ?, '[]'::jsonb)
		ON CONFLICT (address) DO UPDATE SET endpoint = excluded.endpoint`, hex.EncodeToString(chaintest.Addr(provider).Bytes()), endpoint).Error; err != nil {
		t.Fatal(err)
	}
	hash := make([]byte, 32)
	_, _ = rand.Read(hash)
	var id int64
	if err := s.DB.Raw(`INSERT INTO market.jobs (client, state, spec, spec_hash, region, gpu_model, gpu_memory_mib, gpu_count,
			max_price, budget, min_provider_stake, duration_seconds, bidding_deadline, bidding_closes_at, provider, round)
		VALUES (decode(?, 'hex'), 'running', '{}'::jsonb, decode(?, 'hex'), 'eu', 'H100', 40000, 1, 1, 1, 0, 3600, 0, now(), decode(?, 'hex'), 1) RETURNING id`,
		hex.EncodeToString(chaintest.Addr(client).Bytes()), hex.EncodeToString(hash), hex.EncodeToString(chaintest.Addr(provider).Bytes())).Scan(&id).Error; err != nil {
		t.Fatal(err)
	}
	// The escrow's job id, which the gateway's pass names (the fake provider does not check it).
	if err := s.DB.Exec(`UPDATE market.jobs SET chain_job_id = id WHERE id = ?`, id).Error; err != nil {
		t.Fatal(err)
	}
	return id
}

// TestKeysAndComplete: a client creates a key for its running deployment, calls it through the
// gateway (plain, chat, streamed), lists and revokes the key; a wrong or revoked key, a client
// below the minimum balance, an unknown job and an API that is down each say what to do.
func TestKeysAndComplete(t *testing.T) {
	s := apitest.New(t)
	a := s.Start("ctl-1", "controller", func(c *api.Config) { c.MinBalance = chain.Tokens(10) })
	s.Deposit("client", chain.Tokens(100))
	s.Sync()
	m := httptest.NewServer(model())
	defer m.Close()
	job := fmt.Sprint(deployment(t, s, "client", "provider", m.URL))
	poorJob := fmt.Sprint(deployment(t, s, "poor", "provider", m.URL))
	g := newGin(t, s, a.URL)

	var created apiv1.ApiKeyCreated
	if err := json.Unmarshal([]byte(g.ok("client", "keys", "create", job, "--json")), &created); err != nil || !strings.HasPrefix(created.Key, "gk_") {
		t.Fatalf("keys create: %+v %v", created, err)
	}
	if out := g.ok("client", "keys", "create", job); !strings.Contains(out, "not shown again") || !strings.Contains(out, "gk_") {
		t.Errorf("keys create:\n%s", out)
	}
	key := created.Key
	if out := g.ok("client", "complete", "--api-key", key, "Once upon"); strings.TrimSpace(out) != "Once upon a time" {
		t.Errorf("complete: %q", out)
	}
	if out := g.ok("client", "complete", "--api-key", key, "--chat", "--stream", "Tell me a story"); out != "Once upon a time\n" {
		t.Errorf("streamed chat: %q", out)
	}
	if out := g.ok("client", "complete", "--api-key", key, "--stream", "--json", "x"); strings.Count(out, "\n") != 4 || !strings.Contains(out, `"text":" upon"`) {
		t.Errorf("streamed chunks as JSON:\n%s", out)
	}
	if out := g.ok("client", "complete", "--key", key, "--json", "x"); !strings.Contains(out, `"completion_tokens":4`) {
		t.Errorf("complete --key gk_… --json: %s", out)
	}
	var keys []apiv1.ApiKey
	if err := json.Unmarshal([]byte(g.ok("client", "keys", "list", job, "--json")), &keys); err != nil || len(keys) != 2 {
		t.Fatalf("keys list: %+v %v", keys, err)
	}
	if out := g.ok("client", "keys", "list", job); !strings.Contains(out, created.Prefix) || strings.Contains(out, key) {
		t.Errorf("keys list shows no prefix or the secret:\n%s", out)
	}
	g.ok("client", "keys", "revoke", job, fmt.Sprint(created.Id))
	g.fails("client", "gin keys create", "complete", "--api-key", key, "x")
	g.fails("client", "gin keys list", "complete", "--api-key", "gk_wrong", "x")
	g.fails("client", "no API key", "complete", "x")

	// Insufficient balance: the poor client's deployment is refused with what to do.
	var poorKey apiv1.ApiKeyCreated
	if err := json.Unmarshal([]byte(g.ok("poor", "keys", "create", poorJob, "--json")), &poorKey); err != nil {
		t.Fatal(err)
	}
	g.fails("poor", "gin deposit", "complete", "--api-key", poorKey.Key, "x")
	// Unknown job, someone else's job, a bad key id.
	g.fails("client", "gin jobs list", "keys", "create", "999999")
	g.fails("client", "gin jobs list", "keys", "list", poorJob)
	g.fails("client", "not a key id", "keys", "revoke", job, "x")
	// The API is down.
	down := newGin(t, s, "http://127.0.0.1:1")
	down.fails("client", "is the service running", "complete", "--api-key", key, "x")
	down.fails("client", "is the service running", "earnings")
}

// TestEarningsAndBids: a job submitted with the CLI and waited for with a spinner is won by a
// provider, whose usage is settled; `gin bids` shows the won bid, `gin earnings` the payout and
// fee, and the client's earnings its usage.
func TestEarningsAndBids(t *testing.T) {
	s := apitest.New(t)
	s.WithSettlement()
	a := s.Start("ctl-1", "controller")
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	g := newGin(t, s, a.URL)
	prov := s.Provider(a, "provider", "eu", 5)
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()

	if out := g.ok("provider", "bids"); !strings.Contains(out, "no bids yet") {
		t.Errorf("bids before any: %s", out)
	}
	var job apiv1.Job
	if err := json.Unmarshal([]byte(g.ok("client", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5",
		"--budget", "1000", "--gpus", "2", "--json")), &job); err != nil || job.ChainJobId == nil {
		t.Fatalf("submit: %+v %v", job, err)
	}
	if job.ChainTerms == nil {
		t.Fatalf("submitted job %d shows no chainTerms to bid on", job.Id)
	}
	b := chain.Bid{JobID: uint64(*job.ChainJobId), Terms: common.HexToHash(*job.ChainTerms), Provider: chaintest.Addr("provider"), PricePerGpuSecond: big.NewInt(1e17),
		Expiry: uint64(time.Now().Add(time.Hour).Unix()), Nonce: 1}
	sig, err := s.Chain.Contracts.SignBid(b, chaintest.Key("provider"))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := prov.PlaceBidWithResponse(context.Background(), job.Id, apiv1.BidRequest{PricePerGpuSecond: "100000000000000000",
		Expiry: int64(b.Expiry), Nonce: "1", Signature: hexutil.Encode(sig)}); err != nil || r.JSON201 == nil {
		t.Fatalf("bid: %v %s", err, r.Body)
	}
	s.Clock.Advance(3 * time.Second)
	s.Heartbeat(prov, 5)
	s.Tick()
	id := fmt.Sprint(job.Id)
	_, errs, code := g.run("client", "jobs", "wait", id, "--for", "awarded", "--timeout", "10s")
	if code != 0 || !strings.Contains(errs, "waiting until it is awarded") {
		t.Fatalf("jobs wait: exit %d %s", code, errs)
	}
	// A wait that runs out says what the job waits for: the reason of its last trail entry.
	g.fails("client", "still awarded after 1s, not running: awarded to "+chaintest.Addr("provider").Hex(), "jobs", "wait", id, "--for", "running", "--timeout", "1s")
	g.fails("client", "not a state", "jobs", "wait", id, "--for", "sleeping")

	var bids []apiv1.ProviderBid
	if err := json.Unmarshal([]byte(g.ok("provider", "bids", "--json")), &bids); err != nil || len(bids) != 1 || bids[0].Won == nil || !*bids[0].Won ||
		bids[0].Bid.JobId != job.Id || bids[0].JobState != apiv1.JobStateAwarded {
		t.Fatalf("bids: %+v %v", bids, err)
	}
	if out := g.ok("provider", "bids"); !strings.Contains(out, "0.1") || !strings.Contains(out, "yes") {
		t.Errorf("bids:\n%s", out)
	}

	s.Chain.Advance(t, 30*time.Second)
	rep := chain.UsageReport{Provider: chaintest.Addr("provider"), Usages: []chain.Usage{{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: 40}}}
	usig, err := s.Chain.Contracts.SignUsageReport(rep, chaintest.Key("provider"))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := prov.SubmitAttestationWithResponse(context.Background(), apiv1.AttestationRequest{Signature: hexutil.Encode(usig),
		Usages: []apiv1.UsageEntry{{JobId: *job.ChainJobId, Round: 1, CumulativeGpuSeconds: 40}}}); err != nil || r.JSON202 == nil {
		t.Fatalf("attestation: %v %s", err, r.Body)
	}
	s.Settle()
	s.Sync()

	var l apiv1.Ledger
	if err := json.Unmarshal([]byte(g.ok("provider", "earnings", "--json")), &l); err != nil || l.Totals.Payout != "3900000000000000000" ||
		l.Totals.Fee != "100000000000000000" || len(l.Entries) != 2 {
		t.Fatalf("earnings: %+v %v", l, err)
	}
	if out := g.ok("provider", "earnings"); !strings.Contains(out, "earned   3.9 GIN (net of 0.1 GIN fees)") || !strings.Contains(out, "payout") {
		t.Errorf("earnings:\n%s", out)
	}
	if out := g.ok("client", "earnings", "--kind", "usage"); !strings.Contains(out, "paid 4 GIN for usage") {
		t.Errorf("client's earnings:\n%s", out)
	}
	g.fails("provider", "not one of", "earnings", "--kind", "tips")
}
