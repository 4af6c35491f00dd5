package demo_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/demo"
	"github.com/gintonic/gintonic/devstack"
)

// TestJourney is `make demo` as a test: the whole marketplace on this machine (real PostgreSQL,
// anvil, Docker containers of the reference model) and the client journey through it, with
// every job state and every balance checked.
func TestJourney(t *testing.T) {
	if testing.Short() {
		t.Skip("the end-to-end journey takes about a minute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	s := startStack(ctx, t, demo.Providers)
	var out bytes.Buffer
	k := s.Contracts
	client := devstack.Addr(s.Accounts.Client)
	walletBefore, err := k.TokenBalance(ctx, client)
	if err != nil {
		t.Fatal(err)
	}

	res, err := (&demo.Journey{S: s, Out: &out, Replicas: demo.Replicas}).Run(ctx)
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatalf("journey: %v", err)
	}

	// The job named a model by its id: pinned to a commit of the local hub, and the second job
	// of it started warm on the provider that holds it.
	if !strings.HasPrefix(res.Model, devstack.Model+"@") || len(res.Model) != len(devstack.Model)+41 {
		t.Errorf("the job's model %q is not %s pinned to a commit", res.Model, devstack.Model)
	}
	if !res.Warm.Warm || res.Warm.Model != res.Model || (res.Warm.Provider != res.Providers[1] && res.Warm.Provider != res.Replica) {
		t.Errorf("second job of the model: %+v; want a warm start on %s or %s", res.Warm, res.Providers[1].Hex(), res.Replica.Hex())
	}

	// The client's requests during the failover were held by the gateway, not failed.
	if d := res.DuringFailover; d.Requests == 0 || d.Failed != 0 {
		t.Errorf("requests during the failover: %d sent, %d failed: %v", d.Requests, d.Failed, d.Errors)
	}

	// The trail went through every state, in order, with the failover in the middle.
	want := []apiv1.JobState{apiv1.JobStateSubmitted, apiv1.JobStateBidding, apiv1.JobStateAwarded, apiv1.JobStateDeploying,
		apiv1.JobStateRunning, apiv1.JobStateFailedOver, apiv1.JobStateAwarded, apiv1.JobStateDeploying, apiv1.JobStateRunning,
		apiv1.JobStateStopped, apiv1.JobStateSettled}
	if !isSubsequence(want, res.States) {
		t.Errorf("trail states %v, want them to pass through %v in order", res.States, want)
	}
	for _, e := range res.Trail {
		// Failed over on the gateway's failed requests confirmed by the controller's own probes
		// (before the heartbeat timeout), or on the missed heartbeats: either way the reason says it.
		if r := deref(e.Reason); e.State == apiv1.JobStateFailedOver && !strings.Contains(r, "missed its heartbeats") && !strings.Contains(r, "and neither can controller") {
			t.Errorf("failover reason %q does not say why", deref(e.Reason))
		}
	}
	if len(res.Completions) != 2 || !strings.HasPrefix(res.Completions[0], "Once upon a time") || len(res.Completions[0]) < len("Once upon a time")+20 {
		t.Errorf("completions %q: want two real continuations", res.Completions)
	}

	// 2 × (models + completion) + 1 stream through the gateway; the runtimes report what they served.
	if g, p := res.Usage.Gateway, res.Usage.Provider; g.Requests < 5 || g.CompletionTokens == 0 || p.Requests == 0 || p.Requests > g.Requests {
		t.Errorf("usage: gateway %+v, providers %+v", g, p)
	}
	if res.Streamed < 2 {
		t.Errorf("the streamed completion came in %d chunks, want it token by token", res.Streamed)
	}

	// On chain: closed, nothing locked, both providers paid, the failed one slashed 10% of its stake.
	job, err := k.Job(ctx, uint64(res.ChainJobID))
	if err != nil {
		t.Fatal(err)
	}
	if job.State != 5 || job.Remaining.Sign() != 0 {
		t.Errorf("escrow job in state %d with %s locked, want Closed (5) with nothing", job.State, job.Remaining)
	}
	if res.Providers[0] == res.Providers[1] {
		t.Errorf("the job did not move to another provider: %v", res.Providers)
	}
	if res.Replica == (common.Address{}) || res.Replica == res.Providers[0] || res.Replica == res.Providers[1] {
		t.Errorf("replica %s: want a third provider serving beside %v", res.Replica.Hex(), res.Providers)
	}
	for _, p := range []common.Address{res.Providers[0], res.Providers[1], res.Replica} {
		if res.Payouts[p] == nil || res.Payouts[p].Sign() <= 0 {
			t.Errorf("provider %s was not paid: %v", p.Hex(), res.Payouts)
		}
		// Read with the split: the second job, on a provider of this one, may pay it later.
		if wallet := res.Wallets[p]; wallet == nil || wallet.Cmp(res.Payouts[p]) != 0 {
			t.Errorf("provider %s holds %v GIN wei, was paid %s", p.Hex(), wallet, res.Payouts[p])
		}
	}
	// The slash went through FaultDisputes: bounded by round 1's collateral (slashMultiple × price ×
	// GPUs × failover window), the client's share at most one failover window of the job's price.
	terms, err := bind.Call(k.EscrowC, &bind.CallOpts{Context: ctx}, k.Escrow.PackJobTerms(big.NewInt(res.ChainJobID)), k.Escrow.UnpackJobTerms)
	if err != nil {
		t.Fatal(err)
	}
	price := res.Round1Price
	window := new(big.Int).Mul(price, big.NewInt(int64(terms.Terms.FailoverWindow)))
	collateral := new(big.Int).Mul(window, big.NewInt(int64(terms.Terms.SlashMultiple)))
	if res.Slashed.Cmp(collateral) != 0 || res.Compensation.Cmp(window) != 0 {
		t.Errorf("slashed %s (client %s), want the round's collateral %s with %s to the client", res.Slashed, res.Compensation, collateral, window)
	}
	slash := res.Compensation
	if st, _ := k.StakeOf(ctx, res.Providers[0]); st.Cmp(new(big.Int).Sub(devstack.ProviderStake, collateral)) != 0 {
		t.Errorf("failed provider's stake is %s, want %s", st, new(big.Int).Sub(devstack.ProviderStake, collateral))
	}
	for _, p := range []common.Address{res.Providers[1], res.Replica} {
		if st, _ := k.StakeOf(ctx, p); st.Cmp(devstack.ProviderStake) != 0 {
			t.Errorf("%s's stake is %s, want it untouched (%s)", p.Hex(), st, devstack.ProviderStake)
		}
	}
	// The client: deposit − what the providers used (payouts + fee), plus the slash in its wallet.
	spent := new(big.Int).Set(res.Fees)
	for _, v := range res.Payouts {
		spent.Add(spent, v)
	}
	free, err := k.FreeBalance(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	if res.Warm.Spent == nil || res.Warm.Spent.Sign() < 0 || res.Warm.Spent.Cmp(new(big.Int).Div(demo.Budget, big.NewInt(10))) > 0 {
		t.Errorf("the second job cost %v, want between nothing (it ran for a moment) and its budget", res.Warm.Spent)
	} else if wantFree := new(big.Int).Sub(new(big.Int).Sub(demo.Deposit, spent), res.Warm.Spent); free.Cmp(wantFree) != 0 {
		t.Errorf("client escrow free %s, want deposit − spent − the second job's cost = %s", free, wantFree)
	}
	if res.Refund.Cmp(new(big.Int).Sub(res.Budget, spent)) != 0 {
		t.Errorf("refund %s, want budget − spent = %s", res.Refund, new(big.Int).Sub(res.Budget, spent))
	}
	wallet, err := k.TokenBalance(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	if wantWallet := new(big.Int).Add(new(big.Int).Sub(walletBefore, demo.Deposit), slash); wallet.Cmp(wantWallet) != 0 {
		t.Errorf("client wallet %s, want %s (before − deposit + compensation)", wallet, wantWallet)
	}
	// Spent is GPU time actually delivered: 1 GPU on each of the two replicas for at most the
	// journey's length.
	if maxSpent := new(big.Int).Mul(new(big.Int).Div(chain.GIN, big.NewInt(100)), big.NewInt(int64(demo.Replicas*3*time.Minute/time.Second))); spent.Cmp(maxSpent) > 0 {
		t.Errorf("spent %s wei, more than %d GPUs × 3 min at the max price", spent, demo.Replicas)
	}
	// No container is left behind once the job is over.
	for _, p := range s.Agents {
		waitFor(t, 30*time.Second, "provider containers removed", func() bool {
			cs, err := p.Containers(ctx)
			return err == nil && len(cs) == 0
		})
	}
}

func isSubsequence[T comparable](want, got []T) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

func waitFor(t *testing.T, d time.Duration, what string, f func() bool) {
	t.Helper()
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		if f() {
			return
		}
	}
	t.Errorf("timed out after %s waiting for %s", d, what)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// startStack starts the dev stack for a test, its services' logs printed if the test fails; it is
// closed when the test ends.
func startStack(ctx context.Context, t *testing.T, providers int) *devstack.Stack {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), "services.log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("service logs (tail):\n%s", tail(string(b), 12000))
		}
		logf.Close()
	})
	s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, DatabaseURL: os.Getenv("DATABASE_URL"), Log: logf, Providers: providers},
		func(step string, took time.Duration) { t.Logf("%-50s %s", step, took.Round(time.Millisecond)) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}
