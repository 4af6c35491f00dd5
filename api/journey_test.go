package api_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// signBid signs an EIP-712 bid as the named provider for the escrow job.
func (s *stack) signBid(name string, chainJobID int64, price *big.Int, nonce uint64) apiv1.BidRequest {
	s.t.Helper()
	terms, err := s.c.Contracts.JobTermsHash(context.Background(), uint64(chainJobID))
	if err != nil {
		s.t.Fatal(err)
	}
	b := chain.Bid{JobID: uint64(chainJobID), Terms: terms, Provider: chaintest.Addr(name), PricePerGpuSecond: price,
		Expiry: uint64(time.Now().Add(24 * time.Hour).Unix()), Nonce: nonce}
	sig, err := s.c.Contracts.SignBid(b, chaintest.Key(name))
	if err != nil {
		s.t.Fatal(err)
	}
	return apiv1.BidRequest{PricePerGpuSecond: price.String(), Expiry: int64(b.Expiry), Nonce: big.NewInt(int64(nonce)).String(), Signature: hexutil.Encode(sig)}
}

func (s *stack) trail(c *apiclient.Client, id int64) []apiv1.JobEvent {
	s.t.Helper()
	r, err := c.ListJobEventsWithResponse(ctx, id, nil)
	if err != nil || r.JSON200 == nil {
		s.t.Fatalf("trail: %v %s", err, body(r))
	}
	return r.JSON200.Events
}

func kinds(evs []apiv1.JobEvent) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = string(e.State) + "/" + *e.Kind
	}
	return out
}

// subsequence: want appears in got in order, with anything in between.
func subsequence(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

func (s *stack) getJob(c *apiclient.Client, id int64) apiv1.Job {
	s.t.Helper()
	r, err := c.GetJobWithResponse(ctx, id)
	if err != nil || r.JSON200 == nil {
		s.t.Fatalf("get job: %v %s", err, body(r))
	}
	return *r.JSON200
}

// TestJourney follows one job through the API and the chain: a client below the minimum balance
// is refused, deposits, submits, signs createJob in its own wallet; two providers bid (a forged,
// a duplicate and a replayed bid are refused); bidding closes and the controller awards the
// better path on chain with the score breakdown; the provider deploys, then goes silent and the
// job fails over to the backup on chain; the client stops it from its wallet.
func TestJourney(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov := s.provider(a, "provider", "eu", 8)
	backup := s.provider(a, "backup", "us", 90)
	s.sync()

	client := s.login(a, "client")
	// Below the minimum balance: refused with what to do.
	rsp, err := client.SubmitJobWithResponse(ctx, defaultJob())
	if err != nil {
		t.Fatal(err)
	}
	// People read GIN: the amounts are in GIN with the unit, not 25-digit wei.
	readable := "your escrow balance is 0 GIN (free 0 GIN + locked 0 GIN, finalized); using GPUs needs at least 1,000,000 GIN: deposit 1,000,000 GIN more"
	if rsp.StatusCode() != http.StatusPaymentRequired || !strings.Contains(*rsp.ApplicationproblemJSONDefault.Detail, readable) {
		t.Fatalf("submit below the minimum balance: %s, want a detail with %q", body(rsp), readable)
	}
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()

	job := s.submit(client, "client", defaultJob())
	if job.State != apiv1.JobStateBidding || job.ChainJobId == nil {
		t.Fatalf("after attach: state %s chain id %v", job.State, job.ChainJobId)
	}
	onChain, err := s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if err != nil || onChain.Client != chaintest.Addr("client") || onChain.Budget.Cmp(chain.Tokens(1000)) != 0 {
		t.Fatalf("escrow job: %+v %v", onChain, err)
	}

	// Providers see the open job and bid.
	open, err := prov.ListOpenJobsWithResponse(ctx, nil)
	if err != nil || open.JSON200 == nil || len(open.JSON200.Jobs) != 1 {
		t.Fatalf("open jobs: %v %s", err, body(open))
	}
	cheap := s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)
	if r, err := prov.PlaceBidWithResponse(ctx, job.Id, cheap); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("bid: %v %s", err, body(r))
	}
	// The backup bids cheaper but sits 90 ms away; the provider 8 ms.
	if r, err := backup.PlaceBidWithResponse(ctx, job.Id, s.signBid("backup", *job.ChainJobId, big.NewInt(45e16), 1)); err != nil || r.StatusCode() != http.StatusCreated {
		t.Fatalf("backup bid: %v %s", err, body(r))
	}
	for _, bad := range []struct {
		name   string
		c      *apiclient.Client
		bid    apiv1.BidRequest
		status int
		want   string
	}{
		{"duplicate", prov, s.signBid("provider", *job.ChainJobId, big.NewInt(4e17), 2), http.StatusConflict, "already bid"},
		{"forged", prov, s.signBid("backup", *job.ChainJobId, big.NewInt(4e17), 3), http.StatusUnprocessableEntity, "signature"},
		{"over max price", prov, s.signBid("provider", *job.ChainJobId, chain.Tokens(2), 4), http.StatusUnprocessableEntity, "exceeds the job's maximum"},
		{"client bids", client, s.signBid("client", *job.ChainJobId, big.NewInt(1), 1), http.StatusForbidden, "own job"},
	} {
		r, err := bad.c.PlaceBidWithResponse(ctx, job.Id, bad.bid)
		if err != nil || r.StatusCode() != bad.status || !strings.Contains(string(r.Body), bad.want) {
			t.Errorf("%s bid: want %d %q, got %v %s", bad.name, bad.status, bad.want, err, body(r))
		}
	}

	// Bidding closes; the controller matches and awards on chain.
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	got := s.getJob(client, job.Id)
	if got.State != apiv1.JobStateAwarded || got.Provider == nil || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("after bidding: state %s provider %v reason %v; trail %v", got.State, got.Provider, got.Reason, kinds(*got.Events))
	}
	if got.Match == nil || got.Match.Winner == nil || len(got.Match.Backups) != 1 || got.Match.Backups[0].Provider != chaintest.Addr("backup").Hex() ||
		!(got.Match.Winner.Total < got.Match.Backups[0].Total) || got.Match.Winner.Explanation == "" || got.AwardTx == nil {
		t.Fatalf("match not explained: %+v", got.Match)
	}
	onChain, _ = s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if onChain.State != 2 || onChain.Provider != chaintest.Addr("provider") || onChain.Price.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("escrow after award: state %d provider %s price %s", onChain.State, onChain.Provider, onChain.Price)
	}

	// The provider deploys and runs the container.
	for _, st := range []apiv1.StatusReportState{apiv1.StatusReportStateDeploying, apiv1.StatusReportStateRunning} {
		if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: st}); err != nil || r.JSON200 == nil {
			t.Fatalf("report %s: %v %s", st, err, body(r))
		}
	}
	// Someone else's job cannot be reported on.
	if r, _ := backup.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateRunning}); r.StatusCode() != http.StatusForbidden {
		t.Errorf("backup reports on the provider's job: %s", body(r))
	}

	// The provider goes silent; the backup keeps answering. The job fails over on chain once the
	// controller is past its own start-up grace (twice the heartbeat timeout) — and no stake moves.
	stakeBefore, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("provider"))
	s.clk.Advance(45 * time.Second)
	s.heartbeat(backup, 90)
	s.tick()
	got = s.getJob(client, job.Id)
	if got.State != apiv1.JobStateAwarded || *got.Provider != chaintest.Addr("backup").Hex() || *got.Round != 2 {
		t.Fatalf("after failover: state %s provider %v round %v; trail %v", got.State, got.Provider, got.Round, kinds(*got.Events))
	}
	onChain, _ = s.c.Contracts.Job(ctx, uint64(*job.ChainJobId))
	if onChain.State != 2 || onChain.Provider != chaintest.Addr("backup") || onChain.Round != 2 {
		t.Fatalf("escrow after failover: state %d provider %s round %d", onChain.State, onChain.Provider, onChain.Round)
	}
	if after, _ := s.c.Contracts.StakeOf(ctx, chaintest.Addr("provider")); after.Cmp(stakeBefore) != 0 {
		t.Fatalf("a failover moved stake: %s before, %s after", stakeBefore, after)
	}

	// The client stops the job from its own wallet; the trail records it once mined.
	stop, err := client.StopJobWithResponse(ctx, job.Id)
	if err != nil || stop.JSON200 == nil {
		t.Fatalf("stop: %v %s", err, body(stop))
	}
	s.sendUnsigned("client", *stop.JSON200)
	s.tick()

	trail := kinds(s.trail(client, job.Id))
	// Chain confirmations fold in as the indexer sees them; the rest is in this order.
	want := []string{"submitted/submitted", "bidding/on_chain", "bidding/bid", "bidding/bid", "awarded/awarded",
		"deploying/provider_deploying", "running/provider_running", "running/provider_failed",
		"failed_over/failed_over", "awarded/awarded", "stopped/stopped", "stopped/refunded"}
	if !subsequence(trail, want) {
		t.Fatalf("trail:\n got %v\nwant in order %v", trail, want)
	}
	for _, w := range []string{"failure_on_chain", "award_confirmed"} {
		if !strings.Contains(strings.Join(trail, " "), w) {
			t.Errorf("trail lacks %s: %v", w, trail)
		}
	}
	// Every entry has a time, and the failover says why.
	for _, e := range s.trail(client, job.Id) {
		if e.At.IsZero() || (*e.Kind == "failed_over" && (e.Reason == nil || !strings.Contains(*e.Reason, "missed its heartbeats"))) {
			t.Errorf("trail entry %d %s: at %v reason %v", e.Seq, *e.Kind, e.At, e.Reason)
		}
	}
	// Providers only see their own bids; the client all of them.
	if r, _ := backup.ListBidsWithResponse(ctx, job.Id); r.JSON200 == nil || len(r.JSON200.Bids) != 1 || r.JSON200.Bids[0].Provider != chaintest.Addr("backup").Hex() {
		t.Errorf("backup's bids: %s", body(r))
	}
	if r, _ := client.ListBidsWithResponse(ctx, job.Id); r.JSON200 == nil || len(r.JSON200.Bids) != 2 {
		t.Errorf("client's bids: %s", body(r))
	}
	// A provider lists its own bids across jobs, with the job's state and whether it won.
	mine, err := backup.ListMyBidsWithResponse(ctx, nil)
	if err != nil || mine.JSON200 == nil || len(mine.JSON200.Bids) != 1 {
		t.Fatalf("backup's bids across jobs: %v %s", err, body(mine))
	}
	if b := mine.JSON200.Bids[0]; b.Bid.JobId != job.Id || b.Bid.PricePerGpuSecond != "450000000000000000" || b.Bid.Signature == "" ||
		b.Bid.ChainJobId == nil || *b.Bid.ChainJobId != *job.ChainJobId || b.JobState != apiv1.JobStateStopped || b.Won == nil || !*b.Won {
		t.Errorf("backup's bid across jobs: %+v", b)
	}
	// Another client does not see the job at all.
	other := s.login(a, "client2")
	if r, _ := other.GetJobWithResponse(ctx, job.Id); r.StatusCode() != http.StatusNotFound {
		t.Errorf("another client reads the job: %s", body(r))
	}
	_ = common.Address{}
}
