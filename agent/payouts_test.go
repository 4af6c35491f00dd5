package agent

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/meter"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// staticControllers answers isController from a fixed set (no RPC).
type staticControllers map[common.Address]bool

func (c staticControllers) IsController(_ context.Context, a common.Address) (bool, error) {
	return c[a], nil
}

// Job: this agent deploys nothing, so the escrow is never asked about an award.
func (c staticControllers) Job(context.Context, uint64) (escrow.AuctionEscrowJob, error) {
	return escrow.AuctionEscrowJob{}, errors.New("no chain in this test")
}

// Round: no chain to bound the meter by; the agent leaves that to intake's verdicts.
func (c staticControllers) Round(context.Context, uint64, uint8, common.Address) (chain.Round, error) {
	return chain.Round{}, errors.New("no chain in this test")
}

// meteringAgent is an agent without a container runtime: the test feeds its meter directly.
func meteringAgent(t *testing.T, s *apitest.Stack, in *apitest.Instance, state string, ctrls ...Escrow) *Agent {
	t.Helper()
	cfg := Config{Key: hexutil.Encode(crypto.FromECDSA(chaintest.Key("provider")))[2:], APIURL: in.URL, Region: "eu",
		Endpoint: "http://127.0.0.1:9/provider", StateDir: state, ChainID: s.Chain.ChainID.Int64(),
		Escrow: s.Chain.Contracts.Deployment.Escrow.Hex(), Floor: map[string]string{"*": "100000000000000000"}, Markup: 0.5,
		Poll: 100 * time.Millisecond, Heartbeat: 200 * time.Millisecond, Meter: time.Second, Retry: 10 * time.Millisecond,
		Chain: staticControllers{}}
	if len(ctrls) > 0 {
		cfg.Chain = ctrls[0]
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	a, err := New(context.Background(), cfg, []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}}, nil, slog.New(slog.NewTextHandler(io.MultiWriter(t.Output()), nil)))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// awardedJob submits a 1-GPU job for client and awards it to provider through the API.
func awardedJob(t *testing.T, s *apitest.Stack, in *apitest.Instance, prov interface {
	PlaceBidWithResponse(context.Context, int64, apiv1.BidRequest, ...apiv1.RequestEditorFn) (*apiv1.PlaceBidResponse, error)
}, nonce uint64, budget *big.Int) uint64 {
	t.Helper()
	ctx := context.Background()
	req := jobRequest("example/serve:1")
	req.Gpu.Count = 1
	req.Budget = budget.String()
	job := submit(t, s, s.Login(in, "client"), "client", req)
	k := s.Chain.Contracts
	terms, err := k.JobTermsHash(ctx, uint64(*job.ChainJobId))
	if err != nil {
		t.Fatal(err)
	}
	price := big.NewInt(1e17)
	b := chain.Bid{JobID: uint64(*job.ChainJobId), Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: price,
		Expiry: uint64(time.Now().Add(24 * time.Hour).Unix()), Nonce: nonce}
	sig, err := k.SignBid(b, chaintest.Key("provider"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := prov.PlaceBidWithResponse(ctx, job.Id, apiv1.BidRequest{PricePerGpuSecond: price.String(), Expiry: int64(b.Expiry), Nonce: big.NewInt(int64(nonce)).String(), Signature: hexutil.Encode(sig)})
	if err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, r.Body)
	}
	return uint64(*job.ChainJobId)
}

// TestOneRoundNeverStallsTheOthers: a provider runs jobs A and B. A runtime reports absurd served
// counts; the agent is killed after the API queued A's final report and restarts from an older
// state file; A's round is closed on chain while a container of it still runs. Through all of it
// every report still pays B. Before, each of those made intake refuse the whole report, the agent
// sent the same rounds again forever, and B was never paid again.
func TestOneRoundNeverStallsTheOthers(t *testing.T) {
	ctx := context.Background()
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.WithSettlement()
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.Provider(in, "provider", "eu", 5)
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	a, b := awardedJob(t, s, in, prov, 1, chain.Tokens(1000)), awardedJob(t, s, in, prov, 2, chain.Tokens(1000))
	s.Clock.Advance(3 * time.Second)
	s.Heartbeat(prov, 5)
	s.Tick()
	s.Sync()

	state := t.TempDir()
	ag := meteringAgent(t, s, in, state)
	start := time.Now().Add(-40 * time.Second)
	run := func(id string, from time.Time) runtime.Run {
		return runtime.Run{ContainerID: id, StartedAt: from, Running: true}
	}
	observe := func(ag *Agent, job uint64, now time.Time, runs ...runtime.Run) {
		t.Helper()
		if err := ag.meter.Observe(ctx, runtime.Usage{Job: runtime.Job{ID: job, Round: 1}, Runs: runs}, 1, now); err != nil {
			t.Fatal(err)
		}
	}
	queued := func(job uint64) (n int64) {
		t.Helper()
		if err := s.DB.Raw(`SELECT coalesce(max(cumulative_gpu_seconds), 0) FROM settlement_usages WHERE job_id = ? AND intake NOT LIKE 'refused:%'`, job).Scan(&n).Error; err != nil {
			t.Fatal(err)
		}
		return n
	}
	send := func(ag *Agent, now time.Time) {
		t.Helper()
		if err := ag.sendUsage(ctx, now); err != nil {
			t.Fatalf("usage report: %v", err)
		}
	}

	// 1. B's runtime says it served 2^64-1 requests: the report is still taken.
	now := time.Now()
	observe(ag, a, now, run("a1", start))
	observe(ag, b, now, run("b1", start))
	if err := ag.meter.Served(ctx, b, 1, "b1", math.MaxUint64, math.MaxUint64, 1); err != nil {
		t.Fatal(err)
	}
	send(ag, now)
	if queued(b) == 0 {
		t.Fatal("absurd served counts stopped B's report")
	}

	// 2. A ends; its final report is queued, but the agent is killed before it records that:
	// it restarts from the state file it had before.
	old, err := os.ReadFile(filepath.Join(state, "meter.json"))
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(10 * time.Second)
	aDone := runtime.Run{ContainerID: "a1", StartedAt: start, FinishedAt: now.Add(-5 * time.Second)}
	observe(ag, a, now, aDone)
	observe(ag, b, now, run("b1", start))
	send(ag, now)
	if err := os.WriteFile(filepath.Join(state, "meter.json"), old, 0o600); err != nil {
		t.Fatal(err)
	}
	ag = meteringAgent(t, s, in, state)
	now = now.Add(10 * time.Second)
	observe(ag, a, now, aDone)
	observe(ag, b, now, run("b1", start))
	before := queued(b)
	send(ag, now)
	if got := queued(b); got <= before {
		t.Fatalf("after the restart B's queued usage is %d, was %d: A's replayed final report stalled B", got, before)
	}

	// 3. The client stops A and its provider closes it; a container of A ignored the stop and
	// runs on. A's round is dropped, B is paid.
	k := s.Chain.Contracts
	s.Chain.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(new(big.Int).SetUint64(a)))
	s.Chain.Send(t, "provider", k.EscrowC, k.Escrow.PackFinalizeJob(new(big.Int).SetUint64(a)))
	for i := 0; i < 2; i++ {
		now = now.Add(10 * time.Second)
		observe(ag, a, now, aDone, run("a2", now.Add(-8*time.Second)))
		observe(ag, b, now, run("b1", start))
		before = queued(b)
		send(ag, now)
		if got := queued(b); got <= before {
			t.Fatalf("report %d after A closed: B's queued usage is %d, was %d", i+1, got, before)
		}
	}
	if c, _ := ag.meter.Counters(a, 1); c.Sent == 0 {
		t.Fatalf("A's counters %+v", c)
	}
	s.Chain.Advance(t, 2*time.Minute) // the chain's clock catches up with the meter's made-up one
	s.Settle()
	j, err := k.Job(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if j.SettledGpuSeconds.Int64() != queued(b) {
		t.Fatalf("B settled %s GPU-seconds on chain, want the %d reported", j.SettledGpuSeconds, queued(b))
	}
}

// TestMeterIsBoundedByTheEscrowsRound: an agent with an RPC reads its rounds from the escrow and
// meters no more than a round's budget can pay (here 30 GPU-seconds, though its container ran
// 10 minutes), and drops a round the escrow closed. Before, it reported whatever its containers
// ran, which intake refused as over budget, forever.
func TestMeterIsBoundedByTheEscrowsRound(t *testing.T) {
	ctx := context.Background()
	s := apitest.New(t)
	in := s.Start("ctl-eu", "controller")
	s.WithSettlement()
	s.Chain.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.Provider(in, "provider", "eu", 5)
	s.Deposit("client", chain.Tokens(1_000_000))
	s.Sync()
	price := big.NewInt(1e17) // awardedJob's bid
	j := awardedJob(t, s, in, prov, 1, new(big.Int).Mul(price, big.NewInt(30)))
	s.Clock.Advance(3 * time.Second)
	s.Heartbeat(prov, 5)
	s.Tick()
	s.Chain.Advance(t, 15*time.Minute)

	ag := meteringAgent(t, s, in, t.TempDir(), s.Chain.Contracts)
	now := time.Now().Add(20 * time.Minute) // past the chain's clock, whichever is ahead
	job := runtime.Job{ID: j, Round: 1}
	if err := ag.meter.Observe(ctx, runtime.Usage{Job: job, Runs: []runtime.Run{{ContainerID: "c", StartedAt: now.Add(-10 * time.Minute), Running: true}}}, 1, now); err != nil {
		t.Fatal(err)
	}
	ag.boundRounds(ctx, []runtime.Job{job})
	att, err := ag.meter.Attest(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if got := att.Report.Usages[0].CumulativeGpuSeconds; got != 30 {
		t.Fatalf("metered %d GPU-seconds, want the 30 the budget pays", got)
	}

	k := s.Chain.Contracts
	s.Chain.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(new(big.Int).SetUint64(j)))
	s.Chain.Send(t, "provider", k.EscrowC, k.Escrow.PackFinalizeJob(new(big.Int).SetUint64(j)))
	ag.boundRounds(ctx, []runtime.Job{job})
	if _, err := ag.meter.Attest(ctx, now.Add(time.Minute)); err != meter.ErrNothingToAttest {
		t.Fatalf("attest after the escrow closed the round: %v, want nothing to attest", err)
	}
}
