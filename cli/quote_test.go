package cli_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// bid places the named provider's signed bid on a job.
func bid(t *testing.T, s *apitest.Stack, p *apiclient.Client, name string, job, chainJob int64, price *big.Int) {
	t.Helper()
	terms, err := s.Chain.Contracts.JobTermsHash(context.Background(), uint64(chainJob))
	if err != nil {
		t.Fatal(err)
	}
	b := chain.Bid{JobID: uint64(chainJob), Terms: terms, Provider: chaintest.Addr(name), PricePerGpuSecond: price,
		Expiry: uint64(time.Now().Add(time.Hour).Unix()), Nonce: 1}
	sig, err := s.Chain.Contracts.SignBid(b, chaintest.Key(name))
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.PlaceBidWithResponse(context.Background(), job, apiv1.BidRequest{PricePerGpuSecond: price.String(), Expiry: int64(b.Expiry),
		Nonce: "1", Signature: hexutil.Encode(sig)})
	if err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("%s bids: %v %s", name, err, r.Body)
	}
}

// TestQuoteAndDefaults: against providers with A100s (as make demo's), the README's submit line
// takes the cheapest fit on offer and says so; gin jobs quote shows who could serve a job, the
// recent prices and the cost in GIN; a spec nobody can serve is refused with the reason and what
// to do, unless the client insists.
func TestQuoteAndDefaults(t *testing.T) {
	s := apitest.New(t)
	a := s.Start("ctl-1", "controller")
	g := newGin(t, s, a.URL)
	a100 := apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 8}
	p1 := s.ProviderWith(a, "provider", "eu", 8, a100)
	p2 := s.ProviderWith(a, "backup", "eu", 12, a100)
	s.Deposit("client", chain.Tokens(1_500_000))
	s.Sync()

	// No key needed to ask.
	out := g.ok("", "jobs", "quote", "--gpus", "2")
	for _, want := range []string{
		"2 providers can serve 2 × any GPU now, in eu\n",
		"  A100 40960 MiB  16    16    2          -\n",
		"bids, last 24 h    none on A100 jobs\n",
		"cheapest fit       A100 40960 MiB (--gpu-model A100 --gpu-memory 40960)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("quote lacks %q:\n%s", want, out)
		}
	}

	// The README's line, verbatim: no GPU named, so the cheapest fit is taken and named.
	stdout, stderr, code := g.run("client", "jobs", "submit", "--image", "ghcr.io/you/server:1.0", "--gpus", "2", "--max-price", "0.5", "--budget", "1000", "--json")
	var job apiv1.Job
	if code != 0 || json.Unmarshal([]byte(stdout), &job) != nil || job.Gpu.Model != "A100" || job.Gpu.MemoryMiB != 40960 {
		t.Fatalf("submit without a GPU model: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if want := "gin: picked A100 with 40960 MiB per GPU, the cheapest fit on offer (2 providers, no bids yet to compare prices by)"; !strings.Contains(stderr, want) {
		t.Errorf("submit does not say what it picked: %q", stderr)
	}
	// The README's first line: a model by its id, nothing about how to run it.
	stdout, stderr, code = g.run("client", "jobs", "submit", "--model", apitest.Model, "--gpus", "1", "--max-price", "0.5", "--budget", "1000", "--json",
		"--webhook", "http://127.0.0.1:9/hooks")
	var mj apiv1.Job
	if code != 0 || json.Unmarshal([]byte(stdout), &mj) != nil || !strings.HasPrefix(deref(mj.Model), apitest.Model+"@") || deref(mj.Engine) != "gintonic" ||
		mj.Image != "gintonic/runtime:dev" || mj.Gpu.Model != "A100" {
		t.Fatalf("submit a model: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "the job's webhook deliveries are signed with whsec_") {
		t.Errorf("submit with a webhook does not show its secret: %s", stderr)
	}
	out = g.ok("", "jobs", "quote", "--model", apitest.Model, "--gpus", "1")
	for _, want := range []string{"model " + apitest.Model + ": gguf, 1.1 MiB in 2 files; needs about 0.5 GiB of GPU memory\n", "0 of them hold it in their cache (a warm start)\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("quote of a model lacks %q:\n%s", want, out)
		}
	}
	out = g.ok("", "engines")
	if !strings.Contains(out, "gintonic  gguf") || !strings.Contains(out, "vllm") {
		t.Errorf("gin engines:\n%s", out)
	}

	bid(t, s, p1, "provider", job.Id, *job.ChainJobId, big.NewInt(15e14))
	bid(t, s, p2, "backup", job.Id, *job.ChainJobId, big.NewInt(3e15))

	// What a person reads: GIN with the unit, the cost for the duration, the time to running.
	out = g.ok("", "jobs", "quote", "--gpus", "2", "--max-price", "0.5", "--budget", "1000")
	want := `2 providers can serve 2 × any GPU now, in eu
  GPU             GPUS  FREE  PROVIDERS  LOWEST BID
  A100 40960 MiB  16    16    2          0.0015 GIN per GPU-second
bids, last 24 h    0.0015 GIN to 0.003 GIN per GPU-second (median 0.0015 GIN, 2) on A100 jobs
awards, last 24 h  none on A100 jobs
cost               10.8 GIN to 21.6 GIN for 2 GPUs × 1 h; the budget of 1,000 GIN covers it
running in         about 2 min 2 s: 2 s of bidding + up to 1 min for the award transaction + 1 min to deploy (a default: no such A100 job went from award to running in the last 24 h)
cheapest fit       A100 40960 MiB (--gpu-model A100 --gpu-memory 40960)
`
	if out != want {
		t.Errorf("quote:\n%s\nwant:\n%s", out, want)
	}

	// Nobody has H100s: the quote says why and exits 1; so does a submit naming only the model.
	stdout, stderr, code = g.run("", "jobs", "quote", "--gpu-model", "H100")
	reason := "no provider can serve this job now: no provider offers H100; on offer: 16 × A100 40 GiB from 2 providers\n" +
		"  → leave out --gpu-model and --gpu-memory to take the cheapest fit on offer, or submit anyway with --insist"
	if code != 1 || !strings.HasPrefix(stdout, "no provider can serve 1 × H100 now\n") || !strings.Contains(stderr, reason) {
		t.Errorf("quote for H100: exit %d\n%s\n%s", code, stdout, stderr)
	}
	g.fails("client", reason, "jobs", "submit", "--image", "gintonic/runtime:dev", "--gpu-model", "H100", "--max-price", "0.5", "--budget", "1000")
	// Naming model and memory skips the quote; the API refuses with the same reason.
	h100 := []string{"jobs", "submit", "--image", "gintonic/runtime:dev", "--gpu-model", "H100", "--gpu-memory", "81920", "--max-price", "0.5", "--budget", "1000"}
	g.fails("client", "no provider offers H100; on offer: 16 × A100 40 GiB from 2 providers", h100...)
	g.fails("client", "gin jobs quote shows what is on offer (the same flags); --insist submits anyway", h100...)
	if out := g.ok("client", append(h100, "--insist")...); !strings.Contains(out, ": bidding (escrow job") {
		t.Errorf("insisted submit: %s", out)
	}
	g.fails("client", "no fit to take", "jobs", "submit", "--image", "gintonic/runtime:dev", "--gpu-model", "H100", "--max-price", "0.5", "--budget", "1000", "--insist")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
