package agent

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestHeldRound: the round an agent deploys for a job is the job's current round when it is the
// job's provider, else the round of its live replica entry; an ended, missing or other provider's
// replica holds nothing, and a replica of a job that ended is held only to be stopped.
func TestHeldRound(t *testing.T) {
	const me, other = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	lower := strings.ToLower(me)
	replica := func(provider string, round int, st apiv1.ReplicaState) apiv1.Replica {
		return apiv1.Replica{Provider: provider, Round: round, State: st, Since: time.Unix(1_800_000_000, 0)}
	}
	job := func(provider string, round int, st apiv1.JobState, rs ...apiv1.Replica) apiv1.Job {
		j := apiv1.Job{State: st}
		if provider != "" {
			j.Provider = &provider
		}
		if round > 0 {
			j.Round = &round
		}
		if rs != nil {
			j.Replicas = &rs
		}
		return j
	}
	cases := []struct {
		name string
		job  apiv1.Job
		want held
		ours bool
	}{
		{"current round, running", job(me, 3, apiv1.JobStateRunning), held{Round: 3, Live: true}, true},
		{"current round, address in another case", job(lower, 2, apiv1.JobStateAwarded), held{Round: 2, Live: true}, true},
		{"current round without a round number", job(me, 0, apiv1.JobStateDeploying), held{Round: 1, Live: true}, true},
		{"current round of a job failing over: kept, not deployed", job(me, 2, apiv1.JobStateFailedOver), held{Round: 2}, true},
		{"current round of a job that ended: stopped", job(me, 2, apiv1.JobStateStopped), held{Round: 2}, true},
		{"another provider's job", job(other, 1, apiv1.JobStateRunning), held{}, false},
		{"a job with no provider", job("", 0, apiv1.JobStateBidding), held{}, false},
		{"replica running", job(other, 1, apiv1.JobStateRunning, replica(lower, 1, apiv1.ReplicaStateRunning)),
			held{Round: 1, Replica: true, Live: true}, true},
		{"replica awarded", job(other, 2, apiv1.JobStateRunning, replica(me, 2, apiv1.ReplicaStateAwarded)),
			held{Round: 2, Replica: true, Live: true}, true},
		{"replica deploying, the job moved on a round since", job(other, 3, apiv1.JobStateRunning, replica(me, 2, apiv1.ReplicaStateDeploying)),
			held{Round: 2, Replica: true, Live: true}, true},
		{"replica serving through the current provider's failover", job(other, 1, apiv1.JobStateFailedOver, replica(me, 1, apiv1.ReplicaStateRunning)),
			held{Round: 1, Replica: true, Live: true}, true},
		{"replica ended", job(other, 1, apiv1.JobStateRunning, replica(me, 1, apiv1.ReplicaStateEnded)), held{}, false},
		{"another provider's replica", job(other, 1, apiv1.JobStateRunning, replica(other, 1, apiv1.ReplicaStateRunning)), held{}, false},
		{"replica of a job that ended: held to be stopped", job(other, 1, apiv1.JobStateCompleted, replica(me, 1, apiv1.ReplicaStateRunning)),
			held{Round: 1, Replica: true}, true},
		{"replica in a state this agent does not know: kept", job(other, 1, apiv1.JobStateRunning, replica(me, 1, "paused")),
			held{Round: 1, Replica: true}, true},
		{"a newer replica after an ended one", job(other, 4, apiv1.JobStateRunning,
			replica(me, 4, apiv1.ReplicaStateRunning), replica(other, 3, apiv1.ReplicaStateRunning), replica(me, 2, apiv1.ReplicaStateEnded)),
			held{Round: 4, Replica: true, Live: true}, true},
		{"promoted to the current round while the old replica still shows", job(me, 2, apiv1.JobStateAwarded, replica(me, 1, apiv1.ReplicaStateRunning)),
			held{Round: 2, Live: true}, true},
		{"a replica entry without a round", job(other, 1, apiv1.JobStateRunning, replica(me, 0, apiv1.ReplicaStateRunning)), held{}, false},
	}
	for _, c := range cases {
		got, ours := heldRound(c.job, me)
		if got != c.want || ours != c.ours {
			t.Errorf("%s: heldRound = %+v, %v; want %+v, %v", c.name, got, ours, c.want, c.ours)
		}
	}
}

// TestCheckAwardOfAReplicaRound: an agent deploys a replica round only when the escrow holds that
// round running for this very provider, on the job's GPU count; the current round is checked
// against getJob as before.
func TestCheckAwardOfAReplicaRound(t *testing.T) {
	ctx := context.Background()
	c := chaintest.New(t)
	k := c.Contracts
	for _, p := range []string{"provider", "provider2", "backup"} {
		c.Stake(t, p, chain.Tokens(100_000))
	}
	budget := chain.Tokens(1_000)
	c.FundGIN(t, "client", budget)
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, budget))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(budget))
	rc := c.Send(t, "client", k.EscrowC, k.Escrow.PackCreateReplicatedJob(crypto.Keccak256Hash([]byte("llama")),
		big.NewInt(2e12), 2, budget, big.NewInt(int64(c.HeadTime(t)+3600)), big.NewInt(0), 2))
	var jobID uint64
	for _, l := range rc.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			jobID = ev.JobId.Uint64()
		}
	}
	terms, err := k.JobTermsHash(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	bid := func(name string, nonce uint64) (chain.Bid, []byte) {
		b := chain.Bid{JobID: jobID, Terms: terms, Provider: chaintest.Addr(name), PricePerGpuSecond: big.NewInt(1e12),
			Expiry: c.HeadTime(t) + 3600, Nonce: nonce}
		sig, err := k.SignBid(b, c.Keys[name])
		if err != nil {
			t.Fatal(err)
		}
		return b, sig
	}
	b, sig := bid("provider", 1)
	c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(b.Binding(), sig))
	b, sig = bid("provider2", 1)
	c.Send(t, "client", k.EscrowC, k.Escrow.PackAddReplica(b.Binding(), sig))

	check := func(name string, gpus int, round uint64, replica bool) error {
		a := &Agent{escrow: k, provider: chaintest.Addr(name)}
		j := apiv1.Job{Gpu: apiv1.GPUSpec{Model: "H100", Count: gpus}}
		return a.checkAward(ctx, j, runtime.Job{ID: jobID, Round: round}, replica)
	}
	for _, c := range []struct {
		name, provider string
		gpus           int
		round          uint64
		replica, ok    bool
	}{
		{"the running replica", "provider2", 2, 1, true, true},
		{"the current round", "provider", 2, 1, false, true},
		{"the replica on more GPUs than the escrow pays", "provider2", 4, 1, true, false},
		{"the replica in a round never opened", "provider2", 2, 2, true, false},
		{"the replica round of another provider", "backup", 2, 1, true, false},
		{"the current provider's round taken for a replica", "provider", 2, 1, true, true}, // its round, as running
		{"the replica taken for the current round", "provider2", 2, 1, false, false},
		{"round 0", "provider2", 2, 0, true, false},
	} {
		if err := check(c.provider, c.gpus, c.round, c.replica); (err == nil) != c.ok {
			t.Errorf("%s: checkAward = %v, want ok %v", c.name, err, c.ok)
		}
	}

	c.Send(t, "client", k.EscrowC, k.Escrow.PackEndReplica(new(big.Int).SetUint64(jobID), chaintest.Addr("provider2")))
	if err := check("provider2", 2, 1, true); err == nil || !strings.Contains(err.Error(), "no running replica round") {
		t.Errorf("the ended replica: checkAward = %v, want a refusal", err)
	}
	if err := check("provider", 2, 1, false); err != nil {
		t.Errorf("the current round after its replica ended: %v", err)
	}
}

// TestEndpointServesAReplicaRound: a replica's endpoint takes the passes signed for its own
// round (job, replica round, this provider) and none for the job's current round, which is
// another provider's or a later round.
func TestEndpointServesAReplicaRound(t *testing.T) {
	container := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "model answer")
	}))
	defer container.Close()
	ctl, me, current := testKey("controller"), testKey("replica provider"), testKey("current provider")
	domain := chain.EscrowDomain(big.NewInt(31337), common.Address{0xe5})
	self := crypto.PubkeyToAddress(me.PublicKey)
	now := time.Unix(1_800_000_000, 0)
	// The job is in round 3 now; this provider's replica was added in round 2.
	a := &Agent{log: slog.New(slog.DiscardHandler), metrics: newMetrics(),
		running: map[uint64]uint64{9: 2}, addrs: map[uint64]string{9: strings.TrimPrefix(container.URL, "http://")},
		gate: newGatekeeper(domain, self, controllerList{crypto.PubkeyToAddress(ctl.PublicKey): true})}
	a.gate.now = func() time.Time { return now }
	h := a.Endpoint()
	const uri = "/v1/completions"
	for _, c := range []struct {
		name     string
		round    uint64
		provider common.Address
		code     int
	}{
		{"the replica's round", 2, self, 200},
		{"the job's current round", 3, self, 401},
		{"the current provider's pass", 3, crypto.PubkeyToAddress(current.PublicKey), 401},
		{"the replica's round number, another provider", 2, crypto.PubkeyToAddress(current.PublicKey), 401},
	} {
		r := httptest.NewRequest(http.MethodPost, uri, strings.NewReader(`{"prompt":"hi"}`))
		r.Header.Set(apiv1.JobHeader, "9")
		r.Header.Set(chain.PassHeader, signedPass(t, domain, ctl, chain.NewPass(9, c.round, c.provider, http.MethodPost, uri, now)))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != c.code {
			t.Errorf("%s: HTTP %d %q, want %d", c.name, w.Code, w.Body.String(), c.code)
		}
	}
}
