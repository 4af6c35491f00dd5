package api_test

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestSelfReportsDoNotBuyTheMatch: a provider that declares a performance of 1,000,000 and bids
// twice an honest provider's price on the same GPUs no longer wins (its claim is capped at what
// an H100 can do), and a burst of heartbeats counts as one. (At 61b54d6 the declared performance
// divided the provider's whole cost and the liar won every match at the job's maximum price;
// offchain audit F11.)
func TestSelfReportsDoNotBuyTheMatch(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	liar := s.provider(a, "provider", "eu", 10)
	honest := s.provider(a, "backup", "eu", 10)
	for _, p := range []struct {
		c    *apiclient.Client
		name string
		perf float64
	}{{liar, "provider", 1e6}, {honest, "backup", 3.2}} {
		perf := p.perf
		r, err := p.c.RegisterProviderWithResponse(ctx, apiv1.ProviderRegistration{Region: "eu", Endpoint: "http://127.0.0.1:9/" + p.name,
			Gpus: []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}, Performance: &perf})
		if err != nil || r.JSON200 == nil {
			t.Fatalf("register %s: %v %s", p.name, err, body(r))
		}
	}
	// A burst of heartbeats within one interval counts once.
	before := s.heartbeatsOf(t, "provider")
	for i := 0; i < 20; i++ {
		s.heartbeat(liar, 10)
	}
	if got := s.heartbeatsOf(t, "provider"); got > before+1 {
		t.Errorf("a burst of 20 heartbeats counted %d times", got-before)
	}

	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client := s.login(a, "client")
	job := s.submit(client, "client", defaultJob())
	for _, b := range []struct {
		c     *apiclient.Client
		name  string
		price int64
	}{{liar, "provider", 6e17}, {honest, "backup", 3e17}} {
		if r, err := b.c.PlaceBidWithResponse(ctx, job.Id, s.signBid(b.name, *job.ChainJobId, big.NewInt(b.price), 1)); err != nil || r.StatusCode() != http.StatusCreated {
			t.Fatalf("%s bids: %v %s", b.name, err, body(r))
		}
	}
	s.clk.Advance(45 * time.Second)
	s.heartbeat(liar, 10)
	s.heartbeat(honest, 10)
	s.tick()
	got := s.getJob(client, job.Id)
	if got.State != apiv1.JobStateAwarded || deref(got.Provider) != chaintest.Addr("backup").Hex() {
		t.Fatalf("awarded to %v (%s), want the honest provider; match: %+v", deref(got.Provider), got.State, got.Match)
	}
}

// heartbeatsOf is the heartbeat count the API keeps for a named provider.
func (s *stack) heartbeatsOf(t *testing.T, name string) int64 {
	t.Helper()
	var n int64
	if err := s.DB.Raw(`SELECT heartbeats FROM market.providers WHERE address = ?`, chaintest.Addr(name).Bytes()).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// TestControllerMeasuresLatency: a provider reporting 0 ms to the controller is matched with the
// latency the controller measured to its endpoint, not with its own figure; an endpoint the probe
// cannot reach counts as unmeasured.
func TestControllerMeasuresLatency(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(40 * time.Millisecond)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer slow.Close()
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	p := s.provider(a, "provider", "eu", 0) // claims 0 ms
	if r, err := p.RegisterProviderWithResponse(ctx, apiv1.ProviderRegistration{Region: "eu", Endpoint: slow.URL,
		Gpus: []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}}); err != nil || r.JSON200 == nil {
		t.Fatalf("register: %v %s", err, body(r))
	}
	s.heartbeat(p, 0)
	if err := a.srv.Controller().ProbeLatencies(ctx); err != nil {
		t.Fatal(err)
	}
	var probed map[string]float64
	var raw string
	if err := s.DB.Raw(`SELECT probed_latencies FROM market.providers WHERE address = ?`, chaintest.Addr("provider").Bytes()).Scan(&raw).Error; err != nil {
		t.Fatal(err)
	}
	_ = json.Unmarshal([]byte(raw), &probed)
	if ms := probed["ctl-1"]; ms < 40 {
		t.Fatalf("the controller measured %v ms to an endpoint that takes 40 ms (the provider claimed 0): %s", ms, raw)
	}
}
