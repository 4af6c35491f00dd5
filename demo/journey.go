// Package demo runs the scripted client journey of `make demo` against a running marketplace
// (devstack): sign in → deposit with permit → submit a job → bids → award with the matching's
// explanation → deployment → completions through the gateway → usage attestations settled in
// batches → the serving provider dies → failover to the backup → stop → refund, then the final
// balances, checked to add up to the wei. Every step prints as it happens, with its timing.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/devstack"
)

// Journey is one scripted run against a stack.
type Journey struct {
	S   *devstack.Stack
	Out io.Writer
	// Timeout bounds each wait for the marketplace (default 90 s).
	Timeout time.Duration
	// Replicas is how many providers serve the journey's job at once (0 and 1: one); make demo runs
	// two on a stack of three providers, so that a third can replace the one that dies.
	Replicas int

	started time.Time
	c       *apiclient.Client
	seen    int64 // trail entries printed
}

// Result is what the journey ends with; the split adds up to the budget exactly.
type Result struct {
	JobID, ChainJobID int64
	Budget            *big.Int
	Providers         [2]common.Address // first winner, then the backup that took over
	Replica           common.Address    // the provider serving beside them as a replica (Replicas > 1)
	Payouts           map[common.Address]*big.Int
	// Wallets is each provider's GIN wallet when the split was read: the job closed, before the
	// second job of the model (which may pay its provider too) was submitted.
	Wallets      map[common.Address]*big.Int
	Fees, Refund *big.Int
	Slashed      *big.Int // taken from provider 1 by an executed fault dispute
	Compensation *big.Int // the client's share of it
	Round1Price  *big.Int // provider 1's price per GPU-second
	Remaining    *big.Int
	Completions  []string
	Streamed     int            // chunks of the streamed chat completion, as they arrived
	Usage        apiv1.JobUsage // requests and tokens: the gateway's count and the providers' reports
	Trail        []apiv1.JobEvent
	// Timings: submitted→running (createJob attached to a container answering), kill→running on
	// the backup, stop→closed with the refund.
	SubmitToRunning, Failover, StopToClosed time.Duration
	States                                  []apiv1.JobState // every state the trail went through, in order
	// Model is the job's model as pinned at submission; Warm the second job of it, on a provider
	// that holds it in its cache.
	Model string
	Warm  WarmStart
	// DuringFailover is the client's traffic from the provider's death until the backup ran.
	DuringFailover Traffic

	gpuModel string
}

// The demo's stack runs Providers agents; its job asks for Replicas of them at once, so that
// when one dies the other serves every request while the third replaces it.
const (
	Providers = 3
	Replicas  = 2
)

// Deposit is what the client deposits; Budget what its job may spend at most.
var (
	Deposit = chain.Tokens(2_000_000)
	Budget  = chain.Tokens(100)
)

func (j *Journey) step(format string, args ...any) func(detail string, a ...any) {
	t0 := time.Now()
	fmt.Fprintf(j.Out, "▶ %s\n", fmt.Sprintf(format, args...))
	return func(detail string, a ...any) {
		fmt.Fprintf(j.Out, "  ✓ %-62s %7d ms\n", fmt.Sprintf(detail, a...), time.Since(t0).Milliseconds())
	}
}

func (j *Journey) say(format string, args ...any) {
	fmt.Fprintf(j.Out, "    %s\n", fmt.Sprintf(format, args...))
}

// Run performs the journey.
func (j *Journey) Run(ctx context.Context) (*Result, error) {
	if j.Timeout == 0 {
		j.Timeout = 90 * time.Second
	}
	j.started = time.Now()
	s := j.S
	client := s.Accounts.Client
	res := &Result{Budget: Budget, Payouts: map[common.Address]*big.Int{}}

	done := j.step("client signs in with its wallet (SIWE, EIP-4361)")
	c, err := apiclient.Dial(ctx, s.APIURL, client)
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	j.c = c
	done("signed in as %s", devstack.Addr(client).Hex())

	if err := j.deposit(ctx); err != nil {
		return nil, err
	}
	if err := j.submit(ctx, res); err != nil {
		return nil, err
	}
	submitted := time.Now()

	done = j.step("bids arrive; the controller matches and awards on chain")
	job, err := j.follow(ctx, res, func(jb apiv1.Job) bool {
		return jb.State == apiv1.JobStateRunning || jb.Match != nil && jb.State == apiv1.JobStateAwarded
	})
	if err != nil {
		return nil, err
	}
	if m := job.Match; m != nil {
		j.say("matching: %d bids, %d eligible — %s", m.Bids, m.Eligible, m.Explanation)
		if m.Winner != nil {
			j.say("winner %s at %s wei/GPU-s: %s", m.Winner.Provider, m.Winner.Price, m.Winner.Explanation)
		}
		for _, b := range m.Backups {
			j.say("backup %s at %s wei/GPU-s", b.Provider, b.Price)
		}
	}
	res.Providers[0] = common.HexToAddress(*job.Provider)
	done("awarded to %s", res.Providers[0].Hex())
	if j.Replicas > 1 {
		done = j.step("the controller adds the next best bid as a replica round on chain: a second provider serves the job at once, from its share of the budget")
		job, err = j.follow(ctx, res, func(jb apiv1.Job) bool { return runningReplicas(jb) >= 1 })
		if err != nil {
			return nil, err
		}
		for _, r := range deref(job.Replicas) {
			if r.State == apiv1.ReplicaStateRunning {
				res.Replica = common.HexToAddress(r.Provider)
			}
		}
		done("replica %s (round 1) running beside %s; the gateway balances requests over both", res.Replica.Hex(), short(res.Providers[0]))
	}

	done = j.step("the provider's agent fetches the model into its cache (each file checked against the hub's hash) and starts the engine's hardened container with it mounted read-only")
	if _, err := j.follow(ctx, res, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateRunning }); err != nil {
		return nil, err
	}
	res.SubmitToRunning = time.Since(submitted)
	done("running: the container answers its health check")

	done = j.step("the deployment's API key, issued as it started: revealed once to the client")
	kr, err := c.RevealDeploymentKeyWithResponse(ctx, res.JobID)
	if err != nil {
		return nil, err
	}
	if kr.JSON200 == nil {
		return nil, fmt.Errorf("reveal the deployment key: %s", kr.Body)
	}
	key := kr.JSON200.Key
	done("key %s… (only its hash is kept)", kr.JSON200.Prefix)

	if err := j.complete(ctx, res, key, "Once upon a time"); err != nil {
		return nil, err
	}
	if err := j.stream(ctx, res, key, "Tell me a story about a cat."); err != nil {
		return nil, err
	}

	done = j.step("the agent's signed usage attestations are settled in a batch on chain")
	if _, err := j.follow(ctx, res, func(apiv1.Job) bool { return j.hasKind(res, "usage_settled") }); err != nil {
		return nil, err
	}
	done("usage settled: the provider is paid for the GPU time delivered so far")

	done = j.step("provider %s dies (agent and container killed)", short(res.Providers[0]))
	var victim *devstack.Provider
	for _, p := range s.Agents {
		if devstack.Addr(s.Accounts.Providers[p.Index-1]) == res.Providers[0] {
			victim = p
		}
	}
	if victim == nil {
		return nil, fmt.Errorf("the winner %s is not one of the stack's providers", res.Providers[0].Hex())
	}
	killed := time.Now()
	victim.Kill()
	done("its heartbeats stop")
	// The client keeps calling its deployment through the failover: with a replica the gateway
	// retries at once on it a request the dead provider failed, without one it holds each request
	// until the backup runs; either way none fails.
	stopTraffic := j.traffic(ctx, key)

	scene := "the controller notices and fails over to the backup at once (no stake moves on a failover)"
	if j.Replicas > 1 {
		scene = "the replica serves every request; the controller notices and replaces the dead round with the backup at once (no stake moves on a failover)"
	}
	done = j.step("%s", scene)
	job, err = j.follow(ctx, res, func(jb apiv1.Job) bool {
		return jb.State == apiv1.JobStateRunning && jb.Provider != nil && common.HexToAddress(*jb.Provider) != res.Providers[0]
	})
	if err != nil {
		return nil, err
	}
	res.Providers[1] = common.HexToAddress(*job.Provider)
	res.Failover = time.Since(killed)
	res.DuringFailover = stopTraffic()
	done("running again on %s (round %d)", res.Providers[1].Hex(), deref(job.Round))
	how := "held by the gateway until the backup ran"
	if j.Replicas > 1 {
		how = "answered by the replica while the backup started"
	}
	j.say("the client's requests meanwhile: %d sent, %d failed, the slowest answered in %s (%s)",
		res.DuringFailover.Requests, res.DuringFailover.Failed, res.DuringFailover.Slowest.Round(time.Millisecond), how)

	done = j.step("a quorum of staked controllers (%d on this dev chain) signs the silence: a fault report goes on chain", devstack.Quorum)
	if _, err := j.follow(ctx, res, func(apiv1.Job) bool { return j.hasKind(res, "fault_reported") }); err != nil {
		return nil, err
	}
	done("fault report filed; provider 1 could void it for %s (the challenge window) with a controller's acknowledgement of a heartbeat within the claimed silence", devstack.ChallengeWindow)

	if err := j.complete(ctx, res, key, "The little dog"); err != nil {
		return nil, err
	}

	done = j.step("the backup's usage is settled too")
	settledBefore := j.countKind(res, "usage_settled")
	if _, err := j.follow(ctx, res, func(apiv1.Job) bool { return j.countKind(res, "usage_settled") > settledBefore }); err != nil {
		return nil, err
	}
	done("paid for round 2")

	done = j.step("the challenge window passes unchallenged: the bounded slash executes")
	if _, err := j.follow(ctx, res, func(apiv1.Job) bool { return j.hasKind(res, "fault_executed") }); err != nil {
		return nil, err
	}
	done("slashed at most %d failover windows of the job's price; the client's share is its loss, the rest goes to the treasury", devstack.SlashMultiple)

	done = j.step("client stops the job (one transaction)")
	sr, err := c.StopJobWithResponse(ctx, res.JobID)
	if err != nil {
		return nil, err
	}
	if sr.JSON200 == nil {
		return nil, fmt.Errorf("stop: %s", sr.Body)
	}
	if _, err := j.send(ctx, client, sr.JSON200.Data); err != nil {
		return nil, fmt.Errorf("stop: %w", err)
	}
	stopped := time.Now()
	done("stopJob confirmed")

	done = j.step("final usage settled, then the unspent budget refunded (settlement window: %s)", devstack.SettlementWindow)
	if _, err := j.follow(ctx, res, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateSettled }); err != nil {
		return nil, err
	}
	res.StopToClosed = time.Since(stopped)
	done("job closed on chain")
	if res.Replica != (common.Address{}) {
		done = j.step("the replica's round, ended with the job, is closed after the same window: what it did not settle goes back too, its collateral is free")
		err := j.wait(ctx, "the replica's round to close", func() (bool, error) {
			r, err := s.Contracts.Round(ctx, uint64(res.ChainJobID), 1, res.Replica)
			return err == nil && r.State == chain.RoundClosed, err
		})
		if err != nil {
			return nil, err
		}
		done("closed")
	}

	if err := j.split(ctx, res); err != nil {
		return nil, err
	}
	if jr, err := c.GetJobWithResponse(ctx, res.JobID); err == nil && jr.JSON200 != nil && jr.JSON200.Usage != nil {
		res.Usage = *jr.JSON200.Usage
		g, p := res.Usage.Gateway, res.Usage.Provider
		j.say("requests: %d through the gateway (%d completion tokens metered); the providers report serving %d (%d completion tokens)",
			g.Requests, g.CompletionTokens, p.Requests, p.CompletionTokens)
	}
	if err := j.balances(ctx, res); err != nil {
		return res, err
	}
	return res, j.warm(ctx, res)
}

// WarmStart is the demo's second job of the same model: its provider holds the model in its
// cache, so nothing is downloaded before the start.
type WarmStart struct {
	JobID          int64
	Provider       common.Address
	Warm           bool          // the winning bid said warm, and the trail says the cache had it
	AwardToRunning time.Duration // from the award on the trail to running
	Model          string
	// Spent is what the job cost the client, to the wei: its escrow free balance before it was
	// submitted less the balance once it is settled (the unspent budget back).
	Spent *big.Int
}

// warm submits a second job of the model: the surviving provider fetched it for the failover, so
// it bids a warm start and runs the job without a download. The job is stopped after.
func (j *Journey) warm(ctx context.Context, res *Result) error {
	done := j.step("a second job of the same model: the provider that holds it in its cache bids a warm start")
	first := res.JobID
	defer func() { res.JobID = first }()
	job := &Result{}
	j.seen = 0
	client := devstack.Addr(j.S.Accounts.Client)
	before, err := j.S.Contracts.FreeBalance(ctx, client)
	if err != nil {
		return err
	}
	if err := j.submitModel(ctx, job, new(big.Int).Div(Budget, big.NewInt(10)), 1); err != nil {
		return err
	}
	got, err := j.follow(ctx, job, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateRunning })
	if err != nil {
		return err
	}
	var awarded, running time.Time
	for _, e := range job.Trail {
		switch {
		case e.State == apiv1.JobStateAwarded && awarded.IsZero():
			awarded = e.At
		case e.State == apiv1.JobStateRunning && running.IsZero():
			running = e.At
		}
		if strings.Contains(deref(e.Reason), "is in this provider's cache") {
			res.Warm.Warm = true
		}
	}
	res.Warm.JobID, res.Warm.Model = job.JobID, deref(got.Model)
	res.Warm.Provider = common.HexToAddress(deref(got.Provider))
	res.Warm.AwardToRunning = running.Sub(awarded)
	if r, err := j.c.GetJobWithResponse(ctx, job.JobID); err == nil && r.JSON200 != nil && r.JSON200.Match != nil && r.JSON200.Match.Winner != nil {
		w := r.JSON200.Match.Winner
		j.say("matching: the winner's start term: %s, %.0f s expected", map[bool]string{true: "warm", false: "cold"}[deref(w.Warm)], deref(w.StartSeconds))
		res.Warm.Warm = res.Warm.Warm && deref(w.Warm)
	}
	done("job %d running on %s %s after its award, warm: %v", job.JobID, short(res.Warm.Provider), res.Warm.AwardToRunning.Round(time.Millisecond), res.Warm.Warm)

	done = j.step("client stops the second job; it settles like the first")
	sr, err := j.c.StopJobWithResponse(ctx, job.JobID)
	if err != nil {
		return err
	}
	if sr.JSON200 == nil {
		return fmt.Errorf("stop job %d: %s", job.JobID, sr.Body)
	}
	if _, err := j.send(ctx, j.S.Accounts.Client, sr.JSON200.Data); err != nil {
		return fmt.Errorf("stop job %d: %w", job.JobID, err)
	}
	if _, err := j.follow(ctx, job, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateSettled }); err != nil {
		return err
	}
	after, err := j.S.Contracts.FreeBalance(ctx, client)
	if err != nil {
		return err
	}
	res.Warm.Spent = new(big.Int).Sub(before, after)
	done("settled: it cost %s GIN, the rest of its budget is back in the client's escrow", gin(res.Warm.Spent))
	return nil
}

func (j *Journey) deposit(ctx context.Context) error {
	s := j.S
	k := s.Contracts
	client := s.Accounts.Client
	done := j.step("client deposits %s GIN into the escrow with permit (one signature, one tx)", gin(Deposit))
	deadline := uint64(time.Now().Add(10 * time.Minute).Unix())
	v, r, sig, err := k.SignPermit(ctx, client, s.Deployment.Escrow, Deposit, deadline)
	if err != nil {
		return err
	}
	if _, err := s.Sender(client).Send(ctx, k.EscrowC, k.Escrow.PackDepositWithPermit(Deposit, new(big.Int).SetUint64(deadline), v, r, sig)); err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	done("depositWithPermit confirmed")
	done = j.step("the indexer mirrors it; the API sees the balance at finality (%d blocks)", devstack.FinalityDepth)
	err = j.wait(ctx, "the deposit to reach the API", func() (bool, error) {
		me, err := j.c.GetMeWithResponse(ctx)
		if err != nil || me.JSON200 == nil {
			return false, err
		}
		free, _ := new(big.Int).SetString(me.JSON200.EscrowFree, 10)
		return free != nil && free.Cmp(Deposit) >= 0 && me.JSON200.MayUseGpus, nil
	})
	if err != nil {
		return err
	}
	done("escrow free balance %s GIN, above the minimum to use GPUs", gin(Deposit))
	return nil
}

func (j *Journey) submit(ctx context.Context, res *Result) error {
	on := "on 1 GPU"
	if j.Replicas > 1 {
		on = fmt.Sprintf("on 1 GPU, %d replicas (providers serving at once behind one endpoint and key)", j.Replicas)
	}
	done := j.step("client submits a job: the model %s (from the stack's local Hugging Face hub) %s, budget %s GIN", devstack.Model, on, gin(Budget))
	if err := j.submitModel(ctx, res, Budget, j.Replicas); err != nil {
		return err
	}
	done("job %d (escrow job %d): 1 × %s GPU, ≤ 0.01 GIN per GPU-second, budget locked", res.JobID, res.ChainJobID, res.gpuModel)
	return nil
}

// submitModel submits a job of devstack.Model with budget, served by replicas providers at once,
// and attaches its createJob transaction.
func (j *Journey) submitModel(ctx context.Context, res *Result, budget *big.Int, replicas int, tweak ...func(*apiv1.JobRequest)) error {
	s := j.S
	pr, err := j.c.ListProvidersWithResponse(ctx, nil)
	if err != nil || pr.JSON200 == nil || len(pr.JSON200.Providers) == 0 || len(pr.JSON200.Providers[0].Gpus) == 0 {
		return fmt.Errorf("list providers: %v", err)
	}
	gpu := pr.JSON200.Providers[0].Gpus[0]
	req := apiv1.JobRequest{Model: ptr(devstack.Model), Kind: apiv1.Service,
		Gpu:                  apiv1.GPUSpec{Model: gpu.Model, MemoryMiB: gpu.MemoryMiB, Count: 1},
		MaxPricePerGpuSecond: new(big.Int).Div(chain.GIN, big.NewInt(100)).String(), // 0.01 GIN
		Budget:               budget.String(), DurationSeconds: 3600}
	if replicas > 1 {
		req.Replicas = &replicas
	}
	for _, f := range tweak {
		f(&req)
	}
	sub, err := j.c.SubmitJobWithResponse(ctx, req)
	if err != nil {
		return err
	}
	if sub.JSON201 == nil {
		return fmt.Errorf("submit: %s", sub.Body)
	}
	res.JobID = sub.JSON201.Job.Id
	rc, err := j.send(ctx, s.Accounts.Client, sub.JSON201.CreateJobTx.Data)
	if err != nil {
		return fmt.Errorf("createJob: %w", err)
	}
	at, err := j.c.AttachJobTxWithResponse(ctx, res.JobID, apiv1.TxHash{TxHash: rc.Hex()})
	if err != nil {
		return err
	}
	if at.JSON200 == nil {
		return fmt.Errorf("attach the createJob tx: %s", at.Body)
	}
	if at.JSON200.ChainJobId != nil {
		res.ChainJobID = *at.JSON200.ChainJobId
	}
	job := sub.JSON201.Job
	if job.ModelInfo != nil {
		j.say("the API read the model from the hub: pinned to %s, %s weights, %d bytes in %d files, served by the %s engine (%s); %s",
			deref(job.Model), job.ModelInfo.Format, job.ModelInfo.Bytes, job.ModelInfo.Files, deref(job.Engine), job.Image, deref(job.ModelInfo.Fit))
	}
	res.Model, res.gpuModel = deref(job.Model), gpu.Model
	return nil
}

// send signs calldata for the escrow with key and waits for its receipt.
func (j *Journey) send(ctx context.Context, key *ecdsa.PrivateKey, data string) (common.Hash, error) {
	b, err := hexutil.Decode(data)
	if err != nil {
		return common.Hash{}, fmt.Errorf("the API's transaction data: %w", err)
	}
	rc, err := j.S.Sender(key).Send(ctx, j.S.Contracts.EscrowC, b)
	if err != nil {
		return common.Hash{}, err
	}
	return rc.TxHash, nil
}

// follow prints the job's new trail entries until done(job) holds.
func (j *Journey) follow(ctx context.Context, res *Result, done func(apiv1.Job) bool) (apiv1.Job, error) {
	var job apiv1.Job
	err := j.wait(ctx, "the job's next state", func() (bool, error) {
		if err := j.trail(ctx, res); err != nil {
			return false, err
		}
		r, err := j.c.GetJobWithResponse(ctx, res.JobID)
		if err != nil || r.JSON200 == nil {
			return false, err
		}
		job = *r.JSON200
		if job.State == apiv1.JobStateFailed {
			return false, fmt.Errorf("job %d failed: %s", res.JobID, deref(job.Reason))
		}
		return done(job), nil
	})
	return job, err
}

func (j *Journey) trail(ctx context.Context, res *Result) error {
	r, err := j.c.ListJobEventsWithResponse(ctx, res.JobID, &apiv1.ListJobEventsParams{After: &j.seen})
	if err != nil {
		return err
	}
	if r.JSON200 == nil {
		return fmt.Errorf("job %d's trail: %s", res.JobID, r.Body)
	}
	for _, e := range r.JSON200.Events {
		j.seen = max(j.seen, e.Seq)
		res.Trail = append(res.Trail, e)
		if n := len(res.States); n == 0 || res.States[n-1] != e.State {
			res.States = append(res.States, e.State)
		}
		fmt.Fprintf(j.Out, "    │ %6.1fs  %-12s %-18s %s\n", time.Since(j.started).Seconds(), e.State, deref(e.Kind), truncate(deref(e.Reason), 110))
	}
	return nil
}

func (j *Journey) hasKind(res *Result, kind string) bool { return j.countKind(res, kind) > 0 }

func (j *Journey) countKind(res *Result, kind string) int {
	n := 0
	for _, e := range res.Trail {
		if deref(e.Kind) == kind {
			n++
		}
	}
	return n
}

// wait polls cond every 200 ms until it holds, fails, the stack fails, or j.Timeout passes.
func (j *Journey) wait(ctx context.Context, what string, cond func() (bool, error)) error {
	deadline := time.Now().Add(j.Timeout)
	for {
		ok, err := cond()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		if err := j.S.Err(); err != nil {
			return fmt.Errorf("waiting for %s: the stack failed: %w", what, err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %s waiting for %s", j.Timeout, what)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func deref[T any](p *T) T {
	var z T
	if p == nil {
		return z
	}
	return *p
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func short(a common.Address) string { return a.Hex()[:10] + "…" }

// gin renders wei as GIN, with up to 6 decimals.
func gin(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	micro := new(big.Int).Div(wei, big.NewInt(1e12))
	whole, frac := new(big.Int).DivMod(micro, big.NewInt(1e6), new(big.Int))
	s := fmt.Sprintf("%s.%06d", whole, frac.Int64())
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

var errNoCompletion = errors.New("the gateway returned no completion text")

func ptr[T any](v T) *T { return &v }

// Traffic is what a client calling its deployment saw: requests sent, those that failed (an error
// status or no answer), the slowest answer.
type Traffic struct {
	Requests, Failed int
	Slowest          time.Duration
	Errors           []string
}

// traffic sends a completion every 250 ms, each waiting for its own answer (at most 4 at once),
// until stop is called; stop returns what they saw once every request in flight has its answer.
func (j *Journey) traffic(ctx context.Context, key string) (stop func() Traffic) {
	var (
		mu  sync.Mutex
		out Traffic
		wg  sync.WaitGroup
	)
	quit := make(chan struct{})
	slots := make(chan struct{}, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-quit:
				return
			case <-ctx.Done():
				return
			case slots <- struct{}{}:
			}
			wg.Add(1)
			go func() {
				defer func() { <-slots; wg.Done() }()
				t0 := time.Now()
				var answer struct {
					Choices []struct{ Text string } `json:"choices"`
				}
				body := map[string]any{"model": devstack.ModelRepo, "prompt": "The cat", "max_tokens": 8, "temperature": 0}
				code, err := j.gateway(ctx, key, http.MethodPost, "/v1/completions", body, &answer)
				mu.Lock()
				defer mu.Unlock()
				out.Requests++
				if err != nil || code != http.StatusOK || len(answer.Choices) == 0 {
					out.Failed++
					out.Errors = append(out.Errors, fmt.Sprintf("HTTP %d %v", code, err))
				}
				out.Slowest = max(out.Slowest, time.Since(t0))
			}()
			select {
			case <-quit:
				return
			case <-time.After(250 * time.Millisecond):
			}
		}
	}()
	return func() Traffic {
		close(quit)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return out
	}
}
