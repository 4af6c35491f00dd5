package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestTwoInstances runs two controllers with their own keys on one Postgres: bids for the same
// jobs arrive at both at once, both award concurrently, and every job is awarded exactly once
// (once on chain, once in the trail) with no bid lost.
func TestTwoInstances(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-a", "controller")
	b := s.start("ctl-b", "controller2")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	s.c.Stake(t, "controller2", chain.Tokens(50_000))
	provs := map[string]*apiclient.Client{
		"provider":  s.provider(a, "provider", "eu", 10),
		"provider2": s.provider(b, "provider2", "eu", 20),
		"backup":    s.provider(a, "backup", "eu", 30),
	}
	s.deposit("client", chain.Tokens(1_100_000))
	s.sync()
	clients := []*apiclient.Client{s.login(a, "client"), s.login(b, "client")}

	const jobs = 6
	var ids []apiv1.Job
	for i := 0; i < jobs; i++ {
		ids = append(ids, s.submit(clients[i%2], "client", defaultJob()))
	}
	// Every provider bids on every job, alternating instances, all at once.
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	n := 0
	for name := range provs {
		for i, j := range ids {
			n++
			nonce := uint64(n)
			bid := s.signBid(name, *j.ChainJobId, big.NewInt(int64(4e17+len(name)*1e15)), nonce)
			via := provs[name]
			if i%2 == 1 {
				via = s.login(b, name)
			}
			wg.Add(1)
			go func(jobID int64) {
				defer wg.Done()
				r, err := via.PlaceBidWithResponse(ctx, jobID, bid)
				if err != nil || r.StatusCode() != http.StatusCreated {
					errs <- body(r)
				}
			}(j.Id)
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("bid refused: %s", e)
	}
	var stored int64
	s.db.Raw(`SELECT count(*) FROM market.bids`).Scan(&stored)
	if stored != int64(jobs*len(provs)) {
		t.Fatalf("%d bids stored, want %d", stored, jobs*len(provs))
	}

	// Bidding closes; both instances award at the same moment.
	s.clk.Advance(3 * time.Second)
	for name, p := range provs {
		_ = name
		s.heartbeat(p, 10)
	}
	s.sync()
	var tw sync.WaitGroup
	for _, in := range s.apis {
		tw.Add(1)
		go func() {
			defer tw.Done()
			in.srv.Controller().Tick(ctx)
		}()
	}
	tw.Wait()
	s.tick() // confirmations fold in

	for _, j := range ids {
		var awardsOnChain, awardsInTrail int64
		s.db.Raw(`SELECT count(*) FROM public.job_events WHERE job_id = ? AND name = 'JobAwarded'`, *j.ChainJobId).Scan(&awardsOnChain)
		s.db.Raw(`SELECT count(*) FROM market.job_events WHERE job_id = ? AND kind = 'awarded'`, j.Id).Scan(&awardsInTrail)
		if awardsOnChain != 1 || awardsInTrail != 1 {
			t.Errorf("job %d: %d awards on chain, %d in the trail; want 1 and 1", j.Id, awardsOnChain, awardsInTrail)
		}
		got := s.getJob(clients[0], j.Id)
		// Equal latency and load: the cheapest bid (backup's) has the shortest path.
		if got.State != apiv1.JobStateAwarded || got.Provider == nil || *got.Provider != chaintest.Addr("backup").Hex() {
			t.Errorf("job %d: %s to %v, want awarded to the cheapest of equally near providers", j.Id, got.State, deref(got.Provider))
		}
	}
	// Both instances took part.
	var byA, byB int64
	s.db.Raw(`SELECT count(*) FROM market.controllers WHERE id IN ('ctl-a', 'ctl-b')`).Scan(&byA)
	if byA != 2 {
		t.Errorf("%d controllers registered, want 2", byA)
	}
	_ = byB
}

// onChainDeadline is the job's bidding deadline as posted with createJob (unix seconds).
func (s *stack) onChainDeadline(job apiv1.Job) int64 {
	s.t.Helper()
	var d int64
	if err := s.db.Raw(`SELECT bidding_deadline FROM market.jobs WHERE id = ?`, job.Id).Scan(&d).Error; err != nil || d == 0 {
		s.t.Fatalf("bidding deadline of job %d: %v", job.Id, err)
	}
	return d
}

// TestNoBids: a job nobody bids on says so in its trail while bidding stays open, then fails at
// the deadline with the reason and what to do.
func TestNoBids(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller", func(c *api.Config) { c.AwardMargin = 10 * time.Minute })
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")
	job := s.submit(c, "client", insist(defaultJob())) // no provider: only by insisting
	s.clk.Advance(3 * time.Second)
	s.tick()
	got := s.getJob(c, job.Id)
	if got.State != apiv1.JobStateBidding || got.Reason == nil || !strings.Contains(*got.Reason, "no provider has bid") {
		t.Fatalf("without bids: %s %v", got.State, got.Reason)
	}
	// The trail names the moment bidding really closes: the deadline less the award margin.
	last := time.Unix(s.onChainDeadline(job), 0).Add(-10 * time.Minute).UTC()
	if want := "bidding stays open until " + last.Format(time.RFC3339); !strings.Contains(*got.Reason, want) {
		t.Fatalf("reason %q, want it to say %q", *got.Reason, want)
	}
	s.tick()
	if n := strings.Count(strings.Join(kinds(s.trail(c, job.Id)), " "), "no_bids"); n != 1 {
		t.Errorf("no_bids said %d times, want once while nothing changes", n)
	}
	// Until that moment it is still bidding (matched again every period), and at it the job fails.
	s.clk.Set(last.Add(-time.Second))
	s.tick()
	if got = s.getJob(c, job.Id); got.State != apiv1.JobStateBidding {
		t.Fatalf("a second before %s: %s %v, want still bidding", last, got.State, got.Reason)
	}
	s.clk.Set(last)
	s.tick()
	got = s.getJob(c, job.Id)
	if got.State != apiv1.JobStateFailed || !strings.Contains(*got.Reason, "stop the job") {
		t.Fatalf("after the deadline: %s %v", got.State, got.Reason)
	}
	// The client stops it from its wallet and gets the budget back.
	before, _ := s.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	stop, err := c.StopJobWithResponse(ctx, job.Id)
	if err != nil || stop.JSON200 == nil {
		t.Fatalf("stop: %v %s", err, body(stop))
	}
	s.sendUnsigned("client", *stop.JSON200)
	after, _ := s.c.Contracts.FreeBalance(ctx, chaintest.Addr("client"))
	if new(big.Int).Sub(after, before).Cmp(chain.Tokens(1000)) != 0 {
		t.Errorf("refund %s, want the whole budget", new(big.Int).Sub(after, before))
	}
}

// TestEventStream: the trail streams as Server-Sent Events in order, and a reconnect with
// Last-Event-ID resumes after the last event seen.
func TestEventStream(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "")
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	c := s.login(a, "client")
	job := s.submit(c, "client", insist(defaultJob()))

	read := func(lastID string, want int) []apiv1.JobEvent {
		rctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		req, _ := http.NewRequestWithContext(rctx, "GET", a.url+"/v1/jobs/"+strconv.FormatInt(job.Id, 10)+"/events/stream", nil)
		req.Header.Set("Authorization", "Bearer "+c.Session.Token)
		if lastID != "" {
			req.Header.Set("Last-Event-ID", lastID)
		}
		rsp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer rsp.Body.Close()
		if rsp.Header.Get("Content-Type") != "text/event-stream" {
			t.Fatalf("content type %q", rsp.Header.Get("Content-Type"))
		}
		var out []apiv1.JobEvent
		sc := bufio.NewScanner(rsp.Body)
		for len(out) < want && sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var e apiv1.JobEvent
				if err := json.Unmarshal([]byte(data), &e); err != nil {
					t.Fatal(err)
				}
				out = append(out, e)
			}
		}
		return out
	}
	first := read("", 2)
	if len(first) != 2 || first[0].Seq != 1 || *first[0].Kind != "submitted" || *first[1].Kind != "on_chain" {
		t.Fatalf("stream: %+v", first)
	}
	// A provider bids meanwhile; resuming after seq 2 yields only the new event, live.
	p := s.provider(a, "provider", "eu", 5)
	s.sync() // its stake is final
	go func() {
		time.Sleep(300 * time.Millisecond)
		if r, err := p.PlaceBidWithResponse(ctx, job.Id, s.signBid("provider", *job.ChainJobId, big.NewInt(1e17), 7)); err != nil || r.StatusCode() != 201 {
			t.Errorf("bid: %v %s", err, body(r))
		}
	}()
	next := read("2", 1)
	if len(next) != 1 || next[0].Seq != 3 || *next[0].Kind != "bid" {
		t.Fatalf("resumed stream: %+v", next)
	}
	if want := " bids 0.1 GIN per GPU-second"; next[0].Reason == nil || !strings.HasSuffix(*next[0].Reason, want) {
		t.Errorf("bid entry %v, want it to end with %q", next[0].Reason, want)
	}
	// Someone else's job does not stream.
	other := s.login(a, "client2")
	req, _ := http.NewRequest("GET", a.url+"/v1/jobs/"+strconv.FormatInt(job.Id, 10)+"/events/stream", nil)
	req.Header.Set("Authorization", "Bearer "+other.Session.Token)
	if rsp, err := http.DefaultClient.Do(req); err != nil || rsp.StatusCode != http.StatusNotFound {
		t.Errorf("stream of another's job: %v %v", err, rsp.StatusCode)
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}
