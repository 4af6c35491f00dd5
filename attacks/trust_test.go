// Package attacks holds end-to-end attack tests against the real stack: anvil, Postgres, two
// controller instances with a fault quorum of 2, and provider agents running real Docker
// containers. Each test is an attack that worked before the trust model (issue 14) and must fail now.
package attacks

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/devstack"
)

// syncBuffer collects the services' logs for a failing test's output.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) tail(n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.b.String()
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return out
}

// market is one running stack with a signed-in client that has a deposit.
type market struct {
	t *testing.T
	s *devstack.Stack
	c *apiclient.Client
	k *chain.Contracts
}

func start(t *testing.T, ctx context.Context) *market {
	t.Helper()
	if testing.Short() {
		t.Skip("the trust-model attacks run the whole stack (about two minutes)")
	}
	logs := &syncBuffer{}
	s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, Providers: 2, Controllers: 2, Quorum: 2, Log: logs}, nil)
	if err != nil {
		t.Fatalf("start the stack: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			if path := os.Getenv("GIN_TEST_LOGS"); path != "" {
				_ = os.WriteFile(path, []byte(logs.tail(1<<30)), 0o644) // the whole log, for a closer look
			}
			t.Logf("service logs (tail):\n%s", logs.tail(12000))
		}
		s.Close()
	})
	m := &market{t: t, s: s, k: s.Contracts}
	if m.c, err = apiclient.Dial(ctx, s.APIURL, s.Accounts.Client); err != nil {
		t.Fatalf("sign in: %v", err)
	}
	deposit := chain.Tokens(2_000_000)
	deadline := uint64(time.Now().Add(10 * time.Minute).Unix())
	v, r, sig, err := m.k.SignPermit(ctx, s.Accounts.Client, s.Deployment.Escrow, deposit, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sender(s.Accounts.Client).Send(ctx, m.k.EscrowC, m.k.Escrow.PackDepositWithPermit(deposit, new(big.Int).SetUint64(deadline), v, r, sig)); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	m.waitFor(ctx, time.Minute, "the deposit to reach the API", func() bool {
		me, err := m.c.GetMeWithResponse(ctx)
		return err == nil && me.JSON200 != nil && me.JSON200.MayUseGpus
	})
	return m
}

// submit posts a 1-GPU service job for image and puts it on chain. The reference runtime's image
// holds no model: a job of it is the stack's model (devstack.Model), which the agent mounts.
func (m *market) submit(ctx context.Context, image string) apiv1.Job {
	m.t.Helper()
	pr, err := m.c.ListProvidersWithResponse(ctx, nil)
	if err != nil || pr.JSON200 == nil || len(pr.JSON200.Providers) == 0 {
		m.t.Fatalf("list providers: %v", err)
	}
	gpu := pr.JSON200.Providers[0].Gpus[0]
	req := apiv1.JobRequest{Image: ptr(image), Kind: apiv1.Service,
		Gpu:                  apiv1.GPUSpec{Model: gpu.Model, MemoryMiB: gpu.MemoryMiB, Count: 1},
		MaxPricePerGpuSecond: new(big.Int).Div(chain.GIN, big.NewInt(100)).String(),
		Budget:               chain.Tokens(100).String(), DurationSeconds: 3600}
	if image == m.s.Opts.Image || image == devstack.DefaultImage {
		req.Image, req.Model = nil, ptr(devstack.Model)
	}
	sub, err := m.c.SubmitJobWithResponse(ctx, req)
	if err != nil || sub.JSON201 == nil {
		m.t.Fatalf("submit: %v %s", err, sub.Body)
	}
	tx := m.send(ctx, sub.JSON201.CreateJobTx.Data)
	at, err := m.c.AttachJobTxWithResponse(ctx, sub.JSON201.Job.Id, apiv1.TxHash{TxHash: tx.Hex()})
	if err != nil || at.JSON200 == nil {
		m.t.Fatalf("attach createJob: %v %s", err, at.Body)
	}
	return *at.JSON200
}

func (m *market) send(ctx context.Context, data string) common.Hash {
	m.t.Helper()
	b, err := hexutil.Decode(data)
	if err != nil {
		m.t.Fatal(err)
	}
	rc, err := m.s.Sender(m.s.Accounts.Client).Send(ctx, m.k.EscrowC, b)
	if err != nil {
		m.t.Fatalf("client transaction: %v", err)
	}
	return rc.TxHash
}

func (m *market) job(ctx context.Context, id int64) apiv1.Job {
	m.t.Helper()
	r, err := m.c.GetJobWithResponse(ctx, id)
	if err != nil || r.JSON200 == nil {
		m.t.Fatalf("get job %d: %v", id, err)
	}
	return *r.JSON200
}

func (m *market) kinds(ctx context.Context, id int64) []string {
	var out []string
	for _, e := range deref(m.job(ctx, id).Events) {
		out = append(out, deref(e.Kind))
	}
	return out
}

func (m *market) has(ctx context.Context, id int64, kind string) bool {
	for _, k := range m.kinds(ctx, id) {
		if k == kind {
			return true
		}
	}
	return false
}

func (m *market) waitFor(ctx context.Context, d time.Duration, what string, f func() bool) {
	m.t.Helper()
	deadline := time.Now().Add(d)
	for !f() {
		if err := m.s.Err(); err != nil {
			m.t.Fatalf("waiting for %s: the stack failed: %v", what, err)
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		select {
		case <-ctx.Done():
			m.t.Fatal(ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// stakes is every provider's and controller's active stake.
func (m *market) stakes(ctx context.Context) map[common.Address]*big.Int {
	m.t.Helper()
	out := map[common.Address]*big.Int{}
	for _, k := range append(append([]*ecdsa.PrivateKey{}, m.s.Accounts.Providers...), m.s.Accounts.Controllers...) {
		st, err := m.k.StakeOf(ctx, devstack.Addr(k))
		if err != nil {
			m.t.Fatal(err)
		}
		out[devstack.Addr(k)] = st
	}
	return out
}

func (m *market) dispute(ctx context.Context, id int64) disputeView {
	m.t.Helper()
	d, err := bind.Call(m.k.DisputesC, &bind.CallOpts{Context: ctx}, m.k.Disputes.PackGetDispute(big.NewInt(id)), m.k.Disputes.UnpackGetDispute)
	if err != nil {
		m.t.Fatal(err)
	}
	return disputeView{State: d.State, Provider: d.Provider, Amount: d.Amount, Compensation: d.Compensation, Reporters: d.Reporters}
}

type disputeView struct {
	State        uint8
	Provider     common.Address
	Amount       *big.Int
	Compensation *big.Int
	Reporters    []common.Address
}

func (m *market) nextDispute(ctx context.Context) int64 {
	m.t.Helper()
	n, err := bind.Call(m.k.DisputesC, &bind.CallOpts{Context: ctx}, m.k.Disputes.PackNextDisputeId(), m.k.Disputes.UnpackNextDisputeId)
	if err != nil {
		m.t.Fatal(err)
	}
	return n.Int64()
}

// TestTrustModel runs the attacks that worked at 61b54d6 against one stack, in order: a client
// whose image cannot run, a provider that dies, and a false report against a provider that kept
// answering.
func TestTrustModel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	m := start(t, ctx)

	t.Run("a failing image ends failed with a workload reason and moves no stake", func(t *testing.T) {
		m.t = t
		before := m.stakes(ctx)
		job := m.submit(ctx, "gintonic/no-such-image:latest")
		defer func() {
			if t.Failed() {
				j := m.job(ctx, job.Id)
				t.Logf("job %d: state %s, reason %q, trail %v", job.Id, j.State, deref(j.Reason), m.kinds(ctx, job.Id))
			}
		}()
		m.waitFor(ctx, 3*time.Minute, "the failing image's job to end failed", func() bool {
			return m.job(ctx, job.Id).State == apiv1.JobStateFailed
		})
		got := m.job(ctx, job.Id)
		if !m.has(ctx, job.Id, "workload_failed") || !strings.Contains(deref(got.Reason), "not the providers") {
			t.Fatalf("job failed without a workload reason: %q; trail %v", deref(got.Reason), m.kinds(ctx, job.Id))
		}
		// It was tried on both providers before it was called the workload's fault.
		providers := map[string]bool{}
		for _, e := range deref(got.Events) {
			if deref(e.Kind) == "provider_failed" && e.Detail != nil {
				if p, ok := (*e.Detail)["provider"].(string); ok {
					providers[p] = true
				}
			}
		}
		if len(providers) != 2 {
			t.Errorf("the workload failed on %d providers, want 2 (one more to tell the two apart): %v", len(providers), providers)
		}
		for a, st := range m.stakes(ctx) {
			if st.Cmp(before[a]) != 0 {
				t.Errorf("stake of %s moved: %s → %s", a.Hex(), before[a], st)
			}
		}
		if n := m.nextDispute(ctx); n != 1 {
			t.Errorf("%d fault reports were filed for a workload failure", n-1)
		}
		on, err := m.k.Job(ctx, uint64(*job.ChainJobId))
		if err != nil {
			t.Fatal(err)
		}
		if on.State != 5 { // Closed
			t.Errorf("escrow job in state %d, want Closed: the budget goes back at once", on.State)
		}
	})

	var killed common.Address
	t.Run("a killed provider is slashed once, after the challenge window, within the bound", func(t *testing.T) {
		m.t = t
		job := m.submit(ctx, m.s.Opts.Image)
		m.waitFor(ctx, 2*time.Minute, "the job to run", func() bool { return m.job(ctx, job.Id).State == apiv1.JobStateRunning })
		killed = common.HexToAddress(deref(m.job(ctx, job.Id).Provider))
		for _, p := range m.s.Agents {
			if devstack.Addr(m.s.Accounts.Providers[p.Index-1]) == killed {
				p.Kill()
			}
		}
		before := m.stakes(ctx)
		first := m.nextDispute(ctx)
		m.waitFor(ctx, time.Minute, "a fault report signed by both controllers", func() bool { return m.nextDispute(ctx) > first })
		d := m.dispute(ctx, first)
		if d.Provider != killed || len(d.Reporters) != 2 || d.State != 1 {
			t.Fatalf("dispute %d: %+v, want a pending report on %s by 2 controllers", first, d, killed.Hex())
		}
		if st, _ := m.k.StakeOf(ctx, killed); st.Cmp(before[killed]) != 0 {
			t.Fatalf("slashed before the challenge window: %s → %s", before[killed], st)
		}
		// The bound: the round's collateral, slashMultiple × price × GPUs × failoverWindow.
		terms, err := bind.Call(m.k.EscrowC, &bind.CallOpts{Context: ctx}, m.k.Escrow.PackJobTerms(big.NewInt(*job.ChainJobId)), m.k.Escrow.UnpackJobTerms)
		if err != nil {
			t.Fatal(err)
		}
		price := round1Price(t, ctx, m, *job.ChainJobId)
		window := new(big.Int).Mul(price, big.NewInt(int64(terms.Terms.FailoverWindow)))
		bound := new(big.Int).Mul(window, big.NewInt(int64(terms.Terms.SlashMultiple)))
		if d.Amount.Cmp(bound) != 0 || d.Compensation.Cmp(window) != 0 {
			t.Fatalf("dispute holds %s (client %s), want the round's collateral %s (client %s)", d.Amount, d.Compensation, bound, window)
		}
		m.waitFor(ctx, time.Minute, "the slash after the challenge window", func() bool { return m.has(ctx, job.Id, "fault_executed") })
		// Once: wait a few more controller ticks; nothing else moves.
		time.Sleep(3 * time.Second)
		after := m.stakes(ctx)
		if lost := new(big.Int).Sub(before[killed], after[killed]); lost.Cmp(bound) != 0 {
			t.Errorf("the killed provider lost %s, want exactly the bound %s", lost, bound)
		}
		for a, st := range after {
			if a != killed && st.Cmp(before[a]) != 0 {
				t.Errorf("stake of %s moved: %s → %s", a.Hex(), before[a], st)
			}
		}
		if n := m.nextDispute(ctx); n != first+1 {
			t.Errorf("%d fault reports for one outage, want 1", n-first)
		}
		// The job's split shows the slash and the client's share of it.
		m.waitFor(ctx, 30*time.Second, "the slash in the job's split", func() bool {
			sp, err := m.c.GetJobSettlementWithResponse(ctx, job.Id)
			if err != nil || sp.JSON200 == nil || len(sp.JSON200.Slashes) != 1 {
				return false
			}
			sl := sp.JSON200.Slashes[0]
			return sl.Amount == bound.String() && sl.Compensation != nil && *sl.Compensation == window.String() && common.HexToAddress(sl.Provider) == killed
		})
		// The client's ledger shows the compensation, from the chain (the indexer's mirror).
		client := devstack.Addr(m.s.Accounts.Client)
		m.waitFor(ctx, 30*time.Second, "the compensation in the client's ledger", func() bool {
			l, err := m.c.GetLedgerWithResponse(ctx, client.Hex(), nil)
			return err == nil && l.JSON200 != nil && l.JSON200.Totals.Compensation == window.String()
		})
	})

	t.Run("a false report against a provider that kept answering is voided and the reporters pay", func(t *testing.T) {
		m.t = t
		job := m.submit(ctx, m.s.Opts.Image)
		m.waitFor(ctx, 2*time.Minute, "the job to run", func() bool { return m.job(ctx, job.Id).State == apiv1.JobStateRunning })
		alive := common.HexToAddress(deref(m.job(ctx, job.Id).Provider))
		if alive == killed {
			t.Fatalf("job awarded to the killed provider %s", alive.Hex())
		}
		time.Sleep(4 * time.Second) // the provider answers a few heartbeats
		stop, err := m.c.StopJobWithResponse(ctx, job.Id)
		if err != nil || stop.JSON200 == nil {
			t.Fatalf("stop: %v", err)
		}
		m.send(ctx, stop.JSON200.Data)
		on, err := m.k.Job(ctx, uint64(*job.ChainJobId))
		if err != nil {
			t.Fatal(err)
		}
		// Both controllers' keys sign that the provider was silent during the round — it was not.
		head, err := m.s.Chain.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := chain.FaultReport{JobID: uint64(*job.ChainJobId), Round: on.Round, Provider: alive,
			SilentSince: on.StartedAt.Uint64() + 1, ObservedAt: head.Time - 1}
		keys := append([]*ecdsa.PrivateKey{}, m.s.Accounts.Controllers...)
		sort.Slice(keys, func(i, j int) bool {
			return devstack.Addr(keys[i]).Cmp(devstack.Addr(keys[j])) < 0
		})
		var sigs [][]byte
		for _, k := range keys {
			sig, err := m.k.SignFaultReport(r, k)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, sig)
		}
		before := m.stakes(ctx)
		id := m.nextDispute(ctx)
		if _, err := m.s.Sender(m.s.Accounts.Client).Send(ctx, m.k.DisputesC, m.k.Disputes.PackReportFault(r.Binding(), sigs)); err != nil {
			t.Fatalf("file the false report: %v", err)
		}
		// The provider's agent sees it through the API and voids it with a controller's
		// acknowledgement of one of its heartbeats within the claimed silence.
		m.waitFor(ctx, 30*time.Second, "the provider to void the false report", func() bool { return m.dispute(ctx, id).State == 2 })
		p, err := bind.Call(m.k.DisputesC, &bind.CallOpts{Context: ctx}, m.k.Disputes.PackParams(), m.k.Disputes.UnpackParams)
		if err != nil {
			t.Fatal(err)
		}
		after := m.stakes(ctx)
		for _, k := range m.s.Accounts.Controllers {
			a := devstack.Addr(k)
			if lost := new(big.Int).Sub(before[a], after[a]); lost.Cmp(p.ReporterBond) != 0 {
				t.Errorf("reporter %s lost %s, want its bond %s", a.Hex(), lost, p.ReporterBond)
			}
		}
		if after[alive].Cmp(before[alive]) != 0 {
			t.Errorf("the provider that kept answering lost stake: %s → %s", before[alive], after[alive])
		}
		m.waitFor(ctx, 10*time.Second, "the voided report on the job's trail", func() bool { return m.has(ctx, job.Id, "fault_voided") })
	})
}

// round1Price is the price of the job's first award, from its round word on the escrow.
func round1Price(t *testing.T, ctx context.Context, m *market, chainJobID int64) *big.Int {
	t.Helper()
	for _, k := range m.s.Accounts.Providers {
		r, err := m.k.Round(ctx, uint64(chainJobID), 1, devstack.Addr(k))
		if err != nil {
			t.Fatal(err)
		}
		if r.State != chain.RoundNone {
			return r.Price
		}
	}
	t.Fatalf("no round 1 on escrow job %d", chainJobID)
	return nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func ptr[T any](v T) *T { return &v }
