package api_test

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// quote asks the instance for a quote without signing in, as a visitor would.
func (s *stack) quote(in *instance, req apiv1.JobQuoteRequest) apiv1.JobQuote {
	s.t.Helper()
	c, err := apiv1.NewClientWithResponses(in.url)
	if err != nil {
		s.t.Fatal(err)
	}
	rsp, err := c.QuoteJobWithResponse(ctx, req)
	if err != nil || rsp.JSON200 == nil {
		s.t.Fatalf("quote: %v %s", err, body(rsp))
	}
	return *rsp.JSON200
}

func gpus(model string, mib, count int) apiv1.GPUWant {
	return apiv1.GPUWant{Model: &model, MemoryMiB: &mib, Count: count}
}

func str(s string) *string { return &s }

// TestQuote: with two H100 providers, a quote names them, their GPUs and regions, and the prices
// of the real bids and award on a job like it; a spec that names no GPU gets the cheapest fit; a
// maximum price below every provider's bids is why nobody would serve it.
func TestQuote(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 8)
	backup := s.provider(a, "backup", "us", 90)
	s.sync()

	dur := 3600
	req := apiv1.JobQuoteRequest{Gpu: gpus("H100", 40000, 2), DurationSeconds: &dur, Budget: str(chain.Tokens(1000).String())}
	q := s.quote(a, req)
	wantGPUs := []apiv1.QuoteGPU{{Model: "H100", MemoryMiB: 81920, Count: 16, Free: 16, Providers: 2}}
	if !q.Servable || q.Reason != nil || q.Providers != 2 || !equalJSON(q.Gpus, wantGPUs) || strings.Join(q.Regions, ",") != "eu,us" {
		t.Fatalf("quote with two H100 providers: %s", asJSON(q))
	}
	if q.Prices.Bids.Count != 0 || q.Cost != nil || q.TimeToRunning.Seconds != 2+60+60 || q.TimeToRunning.DeploySeconds != 60 ||
		q.TimeToRunning.Basis != "2 s of bidding + up to 1 min for the award transaction + 1 min to deploy (a default: no such H100 job went from award to running in the last 24 h)" {
		t.Fatalf("quote without market history: prices %s, cost %s, time %s", asJSON(q.Prices), asJSON(q.Cost), asJSON(q.TimeToRunning))
	}

	// A job like it takes two bids and is awarded; it deploys and runs.
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	job := s.submit(client, "client", defaultJob())
	for _, b := range []struct {
		name  string
		price *big.Int
	}{{"provider", big.NewInt(5e17)}, {"backup", big.NewInt(45e16)}} {
		c := prov
		if b.name == "backup" {
			c = backup
		}
		if r, err := c.PlaceBidWithResponse(ctx, job.Id, s.signBid(b.name, *job.ChainJobId, b.price, 1)); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", b.name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	if got := s.getJob(client, job.Id); got.State != apiv1.JobStateAwarded {
		t.Fatalf("job not awarded: %s %v", got.State, got.Reason)
	}
	for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning} {
		if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.JSON200 == nil {
			t.Fatalf("report %s: %v %s", st, err, body(r))
		}
	}

	// The awarded provider has 2 GPUs busy now; the backup is further away but has all 8.
	q = s.quote(a, req)
	low, high := "450000000000000000", "500000000000000000"
	if q.Prices.Bids.Count != 2 || *q.Prices.Bids.Min != low || *q.Prices.Bids.Median != low || *q.Prices.Bids.Max != high ||
		q.Prices.Awards.Count != 1 || *q.Prices.Awards.Min != high || *q.Prices.Awards.Max != high || *q.Prices.GpuModel != "H100" {
		t.Errorf("prices after two bids and an award: %s", asJSON(q.Prices))
	}
	// 2 GPUs × 3600 s × 0.45 or 0.5 GIN: 3240 to 3600 GIN, more than the 1000 GIN budget.
	if q.Cost == nil || q.Cost.Min != chain.Tokens(3240).String() || q.Cost.Max != chain.Tokens(3600).String() || *q.Cost.BudgetCovers {
		t.Errorf("cost: %s", asJSON(q.Cost))
	}
	if q.TimeToRunning.DeploySamples == nil || *q.TimeToRunning.DeploySamples != 1 || !strings.Contains(q.TimeToRunning.Basis, "the median from award to running of 1 recent H100 job") {
		t.Errorf("time to running after one deployment: %s", asJSON(q.TimeToRunning))
	}

	// No GPU named: the cheapest fit is what the providers have, with the lowest bid on it.
	q = s.quote(a, apiv1.JobQuoteRequest{Gpu: apiv1.GPUWant{Count: 1}})
	if !q.Servable || q.Cheapest == nil || q.Cheapest.Model != "H100" || q.Cheapest.MemoryMiB != 81920 || *q.Cheapest.LowestBid != low {
		t.Errorf("cheapest fit for any GPU: %s", asJSON(q))
	}

	// Below every provider's recent bids: servable by the GPUs, not by the price.
	q = s.quote(a, apiv1.JobQuoteRequest{Gpu: gpus("H100", 0, 1), MaxPricePerGpuSecond: str("100000000000000000")})
	want := "the maximum price, 0.1 GIN per GPU-second, is below the recent bids of every provider that fits: the lowest in the last 24 h is 0.45 GIN per GPU-second"
	if q.Servable || q.Reason == nil || *q.Reason != want || (*q.Reasons)[0].Code != "price" {
		t.Errorf("quote below every bid: %s\nwant the reason %q", asJSON(q), want)
	}
}

// TestQuoteWhyNot: when nobody can serve a spec, the quote says why, in words and as a code,
// for each check a provider can fail.
func TestQuoteWhyNot(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	empty := s.quote(a, apiv1.JobQuoteRequest{Gpu: gpus("A100", 0, 1)})
	if empty.Servable || *empty.Reason != "no provider is online: none has sent a heartbeat in the last 20 s" || (*empty.Reasons)[0].Code != "no_providers" {
		t.Errorf("no providers: %s", asJSON(empty))
	}
	a100 := apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 8}
	prov := s.ProviderWith(a.in, "provider", "eu", 8, a100)
	backup := s.ProviderWith(a.in, "backup", "eu", 12, a100)
	s.sync()

	stake := chain.Tokens(200_000).String()
	for _, c := range []struct {
		name string
		req  apiv1.JobQuoteRequest
		code string
		want string
	}{
		{"model", apiv1.JobQuoteRequest{Gpu: gpus("H100", 0, 1)}, "gpu_model", "no provider offers H100; on offer: 16 × A100 40 GiB from 2 providers"},
		{"memory", apiv1.JobQuoteRequest{Gpu: gpus("A100", 81920, 1)}, "gpu_memory", "no provider offers A100 with 80 GiB or more; on offer: 16 × A100 40 GiB from 2 providers"},
		{"count", apiv1.JobQuoteRequest{Gpu: gpus("a100", 0, 9)}, "gpu_count", "no provider has 9 × a100: the most at one provider is 8; on offer: 16 × A100 40 GiB from 2 providers"},
		{"stake", apiv1.JobQuoteRequest{Gpu: gpus("A100", 0, 1), MinProviderStake: &stake}, "stake", "no provider that fits holds the minimum stake of 200,000 GIN: the most one holds is 100,000 GIN"},
	} {
		q := s.quote(a, c.req)
		if q.Servable || q.Reason == nil || !strings.HasPrefix(*q.Reason, c.want) || (*q.Reasons)[0].Code != c.code || (*q.Reasons)[0].Providers != 2 ||
			len(q.Excluded) != 2 || q.Excluded[0].Reason != c.code || q.Providers != 0 || q.Cheapest != nil {
			t.Errorf("%s: want %s %q, got %s", c.name, c.code, c.want, asJSON(q))
		}
	}

	// Busy: each has one GPU free.
	for _, p := range []*apiclient.Client{prov, backup} {
		if r, err := p.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.9, FreeGpus: 1}); err != nil || r.JSON200 == nil {
			t.Fatalf("heartbeat: %v %s", err, body(r))
		}
	}
	q := s.quote(a, apiv1.JobQuoteRequest{Gpu: gpus("A100", 40960, 2)})
	want := "not enough free GPUs now: the job needs 2 × A100 with 40 GiB or more, and the 2 providers that have them have at most 1 free"
	if q.Servable || *q.Reason != want || (*q.Reasons)[0].Code != "free_gpus" {
		t.Errorf("busy providers: want %q, got %s", want, asJSON(q))
	}
}

// TestSubmitUnservable: a job nobody can serve is refused at once, before the balance, with the
// quote's reason and the field at fault; insisting submits it.
func TestSubmitUnservable(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.ProviderWith(a.in, "provider", "eu", 8, apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 8})
	s.ProviderWith(a.in, "backup", "eu", 12, apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 8})
	s.sync()
	client := s.login(a, "client")

	rsp, err := client.SubmitJobWithResponse(ctx, defaultJob()) // 2 × H100
	if err != nil {
		t.Fatal(err)
	}
	p := rsp.ApplicationproblemJSONDefault
	want := "no provider offers H100; on offer: 16 × A100 40 GiB from 2 providers"
	if rsp.StatusCode() != http.StatusUnprocessableEntity || p == nil || !strings.HasSuffix(p.Type, "/unservable") ||
		!strings.HasPrefix(*p.Detail, want+"; POST /v1/jobs/quote shows what is on offer") || p.Errors == nil || (*p.Errors)[0].Field != "gpu.model" {
		t.Fatalf("submit of an unservable job: %s, want 422 unservable %q", body(rsp), want)
	}
	// Insisting gets past it, to the balance check and then the submission.
	insisted := insist(defaultJob())
	if rsp, _ := client.SubmitJobWithResponse(ctx, insisted); rsp.StatusCode() != http.StatusPaymentRequired {
		t.Fatalf("insisting without a deposit: %s, want 402", body(rsp))
	}
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	job := s.submit(client, "client", insisted)
	if job.State != apiv1.JobStateBidding || job.Gpu.Model != "H100" {
		t.Fatalf("insisted job: %s %s", job.State, job.Gpu.Model)
	}
	// A spec that fits is submitted without insisting.
	fits := defaultJob()
	fits.Gpu = apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 2}
	if job := s.submit(client, "client", fits); job.State != apiv1.JobStateBidding {
		t.Fatalf("job that fits: %s", job.State)
	}
}

// insist marks req as submitted even though no provider can serve it now.
func insist(req apiv1.JobRequest) apiv1.JobRequest {
	req.Insist = ptr(true)
	return req
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func equalJSON(a, b any) bool { return asJSON(a) == asJSON(b) }
