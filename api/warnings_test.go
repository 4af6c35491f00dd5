package api_test

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/controller"
)

// TestBudgetAndDurationWarnings: the client of a running job is warned on its trail, once each,
// when 80 % and 95 % of the budget are spent and shortly before its duration ends — in GIN, with
// what is left and what to do — and each warning is posted to the job's webhook, signed with the
// secret the submission showed once, again after a failed delivery.
func TestBudgetAndDurationWarnings(t *testing.T) {
	var (
		mu    sync.Mutex
		got   []*http.Request
		hooks []controller.WebhookEvent
		fails = 1 // the receiver is down for the first delivery
	)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if fails > 0 {
			fails--
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		var ev controller.WebhookEvent
		_ = json.Unmarshal(b, &ev)
		r.Header.Set("X-Body", string(b))
		got, hooks = append(got, r), append(hooks, ev)
	}))
	defer receiver.Close()
	s := newStack(t)
	s.WithSettlement()
	a := s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	req := defaultJob()
	req.Budget = chain.Tokens(10).String() // 0.1 GIN per GPU-second: 100 GPU-seconds
	req.WebhookUrl = ptr(receiver.URL + "/hooks/gintonic")
	sub, err := client.SubmitJobWithResponse(ctx, req)
	if err != nil || sub.JSON201 == nil || sub.JSON201.WebhookSecret == nil || !strings.HasPrefix(*sub.JSON201.WebhookSecret, "whsec_") {
		t.Fatalf("submit with a webhook: %v %s", err, body(sub))
	}
	secret := *sub.JSON201.WebhookSecret
	rc := s.sendUnsigned("client", sub.JSON201.CreateJobTx)
	att, err := client.AttachJobTxWithResponse(ctx, sub.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.Hex()})
	if err != nil || att.JSON200 == nil {
		t.Fatalf("attach: %v %s", err, body(att))
	}
	job := *att.JSON200
	if v := s.getJob(client, job.Id); deref(v.WebhookUrl) != receiver.URL+"/hooks/gintonic" {
		t.Errorf("the client's view of its job shows the webhook %q", deref(v.WebhookUrl))
	}
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(1e17), 1)); err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.tick()
	s.c.Advance(t, 60*time.Second) // 2 GPUs for a minute: room for 120 GPU-seconds

	settle := func(gpuSeconds int64) {
		t.Helper()
		rep := chain.UsageReport{Provider: chaintest.Addr("provider"), Usages: []chain.Usage{{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: uint64(gpuSeconds)}}}
		sig, err := s.c.Contracts.SignUsageReport(rep, chaintest.Key("provider"))
		if err != nil {
			t.Fatal(err)
		}
		att, err := prov.SubmitAttestationWithResponse(ctx, apiv1.AttestationRequest{Signature: hexutil.Encode(sig),
			Usages: []apiv1.UsageEntry{{JobId: *job.ChainJobId, Round: 1, CumulativeGpuSeconds: gpuSeconds}}})
		if err != nil || att.JSON202 == nil {
			t.Fatalf("attestation: %v %s", err, body(att))
		}
		s.Settle()
		s.tick()
	}
	warnings := func(c *apiclient.Client) map[string][]string {
		out := map[string][]string{}
		for _, e := range s.trail(c, job.Id) {
			if e.Kind != nil && (strings.HasPrefix(*e.Kind, "budget_") || *e.Kind == "duration_ending") {
				out[*e.Kind] = append(out[*e.Kind], *e.Reason)
			}
		}
		return out
	}

	settle(50) // 5 of 10 GIN: no warning
	if w := warnings(client); len(w) != 0 {
		t.Fatalf("warnings at half the budget: %v", w)
	}
	settle(85) // 8.5 GIN
	w := warnings(client)
	if len(w["budget_80"]) != 1 || !strings.Contains(w["budget_80"][0], "80 % of the budget is spent: 8.5 GIN of 10 GIN, 1.5 GIN left") || len(w["budget_95"]) != 0 {
		t.Fatalf("at 85 %%: %v", w)
	}
	settle(90) // still between the marks: said once
	settle(97) // 9.7 GIN
	w = warnings(client)
	if len(w["budget_80"]) != 1 || len(w["budget_95"]) != 1 || !strings.Contains(w["budget_95"][0], "9.7 GIN of 10 GIN, 0.3 GIN left") {
		t.Fatalf("at 97 %%: %v", w)
	}

	// The duration (3600 s) ends: a warning within its last 6 minutes (a tenth), once.
	s.clk.Advance(3600*time.Second - 10*time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	if w := warnings(client); len(w["duration_ending"]) != 0 {
		t.Fatalf("warned 10 minutes before the end: %v", w["duration_ending"])
	}
	s.clk.Advance(5 * time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	s.tick()
	w = warnings(client)
	if len(w["duration_ending"]) != 1 || !strings.Contains(w["duration_ending"][0], "the job's duration (3600 s) ends at ") ||
		!strings.Contains(w["duration_ending"][0], "submit a new job before then") {
		t.Fatalf("5 minutes before the end: %v", w["duration_ending"])
	}

	// The webhook: the first delivery fails (the receiver is down) and is tried again after its
	// backoff; then each warning arrives once, in trail order, signed with the job's secret.
	node := a.in.Server.Controller()
	deliver := func() {
		t.Helper()
		if err := node.DeliverWebhooks(ctx); err != nil {
			t.Fatal(err)
		}
	}
	deliver()
	deliver() // the failed one waits its backoff, and the others wait for it: trail order
	mu.Lock()
	early := len(hooks)
	mu.Unlock()
	if early != 0 {
		t.Fatalf("delivered %d while the first warning waits to be retried", early)
	}
	s.clk.Advance(10 * time.Second)
	for range 4 {
		deliver()
	}
	mu.Lock()
	defer mu.Unlock()
	kinds := []string{}
	for _, ev := range hooks {
		kinds = append(kinds, ev.Kind)
	}
	if strings.Join(kinds, ",") != "budget_80,budget_95,duration_ending" {
		t.Fatalf("webhook deliveries %v, want budget_80, budget_95, duration_ending once each", kinds)
	}
	for i, r := range got {
		ev, b := hooks[i], r.Header.Get("X-Body")
		if r.URL.Path != "/hooks/gintonic" || r.Header.Get("X-Gintonic-Event") != ev.Kind || ev.JobID != job.Id || ev.Reason == "" || ev.Seq == 0 {
			t.Errorf("delivery %d: %s %s %+v", i, r.URL.Path, r.Header.Get("X-Gintonic-Event"), ev)
		}
		sig := r.Header.Get("X-Gintonic-Signature")
		ts, _, _ := strings.Cut(strings.TrimPrefix(sig, "t="), ",")
		unix, _ := strconv.ParseInt(ts, 10, 64)
		if want := controller.WebhookSignature([]byte(secret), time.Unix(unix, 0), []byte(b)); sig != want || unix == 0 {
			t.Errorf("delivery %d: signature %q does not verify with the job's secret (want %q)", i, sig, want)
		}
		if forged := controller.WebhookSignature([]byte("whsec_other"), time.Unix(unix, 0), []byte(b)); forged == sig {
			t.Error("another secret gives the same signature")
		}
	}
	var n int64
	if err := s.DB.Raw(`SELECT count(*) FROM market.webhook_deliveries WHERE job_id = ? AND delivered_at IS NOT NULL`, job.Id).Scan(&n).Error; err != nil || n != 3 {
		t.Errorf("delivered rows: %d %v", n, err)
	}
}

// TestWebhookURLRules: a webhook goes where a provider's endpoint may (no query, no user
// information, an http(s) URL), and is refused with the field named.
func TestWebhookURLRules(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	s.provider(a, "provider", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	for _, u := range []string{"ftp://example.com/x", "https://user:pw@example.com/x", "https://example.com/x?token=1", "not a url"} {
		req := defaultJob()
		req.WebhookUrl = &u
		if status, p := s.submitProblem(client, req); status != 422 || p.Errors == nil || !hasField(p, "webhookUrl") {
			t.Errorf("webhook %q: HTTP %d %s", u, status, asJSON(p))
		}
	}
}
