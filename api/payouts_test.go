package api_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestChainTermsMustMatchTheJob: a client submits an 2-GPU job of 1000 GIN to the API, then
// creates the escrow job itself with other terms (1 GPU, 1 wei of budget) under the same spec
// hash. Posting that transaction is refused with the terms that differ, the chain follower does
// not link it either, and the job is never opened for bids nor awarded: providers would run the
// job the API shows while the escrow paid by its own terms. Before, both linked it.
func TestChainTermsMustMatchTheJob(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")
	for _, tc := range []struct {
		name   string
		word   int   // the createJob argument changed: 2 gpuCount, 3 budget
		value  int64 // its value on chain
		field  string
		attach bool // the client posts the transaction (else only the chain follower sees it)
	}{
		{"fewer GPUs, posted", 2, 1, "gpu.count", true},
		{"tiny budget, posted", 3, 1, "budget", true},
		{"fewer GPUs, only on chain", 2, 1, "gpu.count", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rsp, err := c.SubmitJobWithResponse(ctx, insist(defaultJob()))
			if err != nil || rsp.JSON201 == nil {
				t.Fatalf("submit: %v %s", err, body(rsp))
			}
			data := hexutil.MustDecode(rsp.JSON201.CreateJobTx.Data)
			new(big.Int).SetInt64(tc.value).FillBytes(data[4+32*tc.word : 4+32*(tc.word+1)])
			rc := s.c.Send(t, "client", s.c.Contracts.EscrowC, data)
			id := rsp.JSON201.Job.Id
			if tc.attach {
				r, err := c.AttachJobTxWithResponse(ctx, id, apiv1.TxHash{TxHash: rc.TxHash.Hex()})
				if err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "terms-mismatch") || !strings.Contains(string(r.Body), tc.field) {
					t.Fatalf("attach an escrow job with another %s: %v %s, want 422 terms-mismatch naming it", tc.field, err, body(r))
				}
				t.Logf("client sees: %s", r.Body)
			}
			for range 3 {
				s.tick()
			}
			r, err := c.GetJobWithResponse(ctx, id)
			if err != nil || r.JSON200 == nil {
				t.Fatalf("get job: %v %s", err, body(r))
			}
			if j := r.JSON200; j.State != apiv1.JobStateSubmitted || j.ChainJobId != nil {
				t.Fatalf("job is %s, linked to escrow job %v: the escrow job with another %s was taken for it", j.State, j.ChainJobId, tc.field)
			}
			// The client is told, once, in the job's trail.
			if got := strings.Count(strings.Join(kinds(s.trail(c, id)), " "), "submitted/terms_mismatch"); got != 1 {
				t.Fatalf("trail %v: want one terms_mismatch entry", kinds(s.trail(c, id)))
			}
		})
	}
}

// TestJobEndsWhenItsDurationIsOver: a job awarded longer ago than its durationSeconds is ended
// (completed), so its provider stops the container; before, durationSeconds was stored and never
// enforced, and the job ran until its budget was gone.
func TestJobEndsWhenItsDurationIsOver(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")
	req := defaultJob()
	req.DurationSeconds = 600
	job := s.submit(c, "client", req)
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(1e17), 1)); err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.tick()
	state := func() apiv1.JobState {
		r, err := c.GetJobWithResponse(ctx, job.Id)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("get job: %v %s", err, body(r))
		}
		return r.JSON200.State
	}
	if st := state(); st != apiv1.JobStateAwarded {
		t.Fatalf("job %s after the award tick", st)
	}
	s.clk.Advance(5 * time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	if st := state(); st != apiv1.JobStateAwarded {
		t.Fatalf("job %s halfway through its duration, want still awarded", st)
	}
	s.clk.Advance(6 * time.Minute)
	s.heartbeat(prov, 5)
	s.tick()
	if st := state(); st != apiv1.JobStateCompleted {
		t.Fatalf("job %s after its 600 s, want completed", st)
	}
	if got := strings.Join(kinds(s.trail(c, job.Id)), " "); !strings.Contains(got, "completed/duration_over") {
		t.Fatalf("trail %s, want the duration's end", got)
	}
	// The escrow knows no duration: the client still gets its stopJob from the API, to take the
	// unspent budget back at once.
	if r, err := c.StopJobWithResponse(ctx, job.Id); err != nil || r.JSON200 == nil {
		t.Fatalf("stop a job completed by its duration: %v %s", err, body(r))
	}
}
