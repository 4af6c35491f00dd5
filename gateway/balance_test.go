package gateway

import (
	"testing"
	"time"
)

// TestBalancerPick: the fewest requests in flight wins, then the fastest first byte (nearly equal
// ones share), a provider that failed lately sits out while another can serve, and files and
// fine-tuning requests stay on the job's current round while it serves.
func TestBalancerPick(t *testing.T) {
	ep := "http://p"
	round := int64(1)
	mk := func(n byte, replica bool) target {
		return target{Provider: []byte{n}, Endpoint: &ep, ChainJobID: &round, Round: &round, Replica: replica}
	}
	ts := []target{mk(1, false), mk(2, true), mk(3, true)}
	none := func(*target) bool { return false }
	now := time.Now()
	const job = 7

	b := newBalancer()
	var dones []func()
	seen := map[byte]int{}
	for range 3 {
		tg, done := b.pick(job, ts, none, false, now)
		seen[tg.Provider[0]]++
		dones = append(dones, done)
	}
	if len(seen) != 3 {
		t.Errorf("three requests in flight went to %v, want one on each provider", seen)
	}
	for _, d := range dones {
		d()
		d() // idempotent
	}

	// All idle: the one answering in 10 ms beats those answering in 100 ms.
	b.answered(job, &ts[0], 100*time.Millisecond, now)
	b.answered(job, &ts[1], 10*time.Millisecond, now)
	b.answered(job, &ts[2], 100*time.Millisecond, now)
	for range 20 {
		tg, done := b.pick(job, ts, none, false, now)
		done()
		if tg.Provider[0] != 2 {
			t.Fatalf("picked %d, want the fastest (2)", tg.Provider[0])
		}
	}
	// Nearly as fast: both get requests.
	b.answered(job, &ts[2], 10*time.Millisecond, now.Add(time.Second)) // average 82 ms
	for range 30 {
		b.answered(job, &ts[2], 11*time.Millisecond, now)
	}
	clear(seen)
	for range 100 {
		tg, done := b.pick(job, ts, none, false, now)
		done()
		seen[tg.Provider[0]]++
	}
	if seen[2] == 0 || seen[3] == 0 || seen[1] != 0 {
		t.Errorf("picks %v, want 2 and 3 (10 and ~11 ms) to share, never 1 (100 ms)", seen)
	}

	// A failure takes 2 out of rotation for circuitOpen, unless nothing else is left.
	b.failed(job, &ts[1], now)
	for range 20 {
		tg, done := b.pick(job, ts, none, false, now.Add(time.Second))
		done()
		if tg.Provider[0] == 2 {
			t.Fatal("picked a provider that failed a second ago")
		}
	}
	only2 := func(tg *target) bool { return tg.Provider[0] != 2 }
	if tg, done := b.pick(job, ts, only2, false, now.Add(time.Second)); tg == nil || tg.Provider[0] != 2 {
		t.Error("a provider that failed lately is not tried when it is the only one left")
	} else {
		done()
	}
	all := func(*target) bool { return true }
	if tg, _ := b.pick(job, ts, all, false, now); tg != nil {
		t.Errorf("picked %d with every provider tried", tg.Provider[0])
	}

	// Files and fine-tuning: the current round, however busy; a replica when it failed lately.
	busy, _ := b.pick(job, ts[:1], none, false, now)
	if tg, done := b.pick(job, ts, none, true, now); tg.Provider[0] != busy.Provider[0] {
		t.Errorf("a stateful request went to %d, want the current round", tg.Provider[0])
	} else {
		done()
	}
	b.failed(job, &ts[0], now)
	if tg, done := b.pick(job, ts, none, true, now); tg.Provider[0] == 1 {
		t.Error("a stateful request went to a current round that just failed, with replicas up")
	} else {
		done()
	}
}

// TestBalancerCountsReportedQueues: the queue an engine reported counts as load on top of the
// requests in flight, before the fastest first byte, while it is recent; a stale one does not.
func TestBalancerCountsReportedQueues(t *testing.T) {
	ep := "http://p"
	round := int64(1)
	mk := func(n byte) target {
		return target{Provider: []byte{n}, Endpoint: &ep, ChainJobID: &round, Round: &round, Replica: true}
	}
	ts := []target{mk(1), mk(2)}
	none := func(*target) bool { return false }
	now := time.Now()
	const job = 7
	b := newBalancer()
	b.answered(job, &ts[0], 10*time.Millisecond, now)  // the faster one...
	b.answered(job, &ts[1], 100*time.Millisecond, now) // ...but with a queue of 5
	b.queued(job, &ts[0], 5, now)
	b.queued(job, &ts[1], 0, now)
	seen := map[byte]int{}
	var dones []func()
	for range 8 {
		tg, done := b.pick(job, ts, none, false, now)
		seen[tg.Provider[0]]++
		dones = append(dones, done)
	}
	// 2 takes requests until its in-flight count reaches 1's queue, then they alternate (the
	// faster first at a tie).
	if seen[2] != 6 || seen[1] != 2 {
		t.Errorf("8 requests in flight went %v, want 6 to 2 and 2 to 1 (which has 5 waiting)", seen)
	}
	for _, d := range dones {
		d()
	}
	for range 10 {
		tg, done := b.pick(job, ts, none, false, now.Add(time.Second))
		done()
		if tg.Provider[0] != 2 {
			t.Fatal("picked the provider with a queue of 5 over an idle one")
		}
	}
	// A report older than queueFresh no longer counts: the faster one wins again.
	for range 10 {
		tg, done := b.pick(job, ts, none, false, now.Add(queueFresh))
		done()
		if tg.Provider[0] != 1 {
			t.Fatal("a stale queue report still counts")
		}
	}
	// Nonsense is bounded.
	b.queued(job, &ts[0], -3, now)
	b.queued(job, &ts[1], 1<<40, now)
	b.mu.Lock()
	if q0, q1 := b.stats[keyOf(job, &ts[0])].queue, b.stats[keyOf(job, &ts[1])].queue; q0 != 0 || q1 != maxQueue {
		t.Errorf("queues %d and %d kept, want 0 and %d", q0, q1, maxQueue)
	}
	b.mu.Unlock()
}

// TestServingTargets: the targets of a job by its state: the current round while it runs, the
// running replicas while the job is live (also while it fails over), a provider listed once, and
// none that cannot be forwarded to.
func TestServingTargets(t *testing.T) {
	ep, round, chainJob := "http://p", int64(1), int64(9)
	mk := func(n byte, replica bool) target {
		return target{Provider: []byte{n}, Endpoint: &ep, ChainJobID: &chainJob, Round: &round, Replica: replica}
	}
	noEndpoint := mk(4, true)
	noEndpoint.Endpoint = nil
	cur := mk(1, false)
	names := func(ts []target) (out []byte) {
		for _, t := range ts {
			out = append(out, t.Provider[0])
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		s        serving
		starting bool
		want     string
	}{
		{"running", serving{State: "running", Current: cur, Replicas: []target{mk(2, true), noEndpoint}}, false, "\x01\x02"},
		{"failing over", serving{State: "failed_over", Current: cur, Replicas: []target{mk(2, true), mk(3, true)}}, false, "\x02\x03"},
		{"failing over, no replica", serving{State: "failed_over", Current: cur}, true, ""},
		{"promoted replica listed twice", serving{State: "running", Current: cur, Replicas: []target{mk(1, true)}}, false, "\x01"},
		{"deploying, held", serving{State: "deploying", Current: cur}, false, ""},
		{"deploying, not held", serving{State: "deploying", Current: cur}, true, "\x01"},
		{"deploying with a replica", serving{State: "deploying", Current: cur, Replicas: []target{mk(2, true)}}, true, "\x02"},
	} {
		if got := string(names(tc.s.targets(tc.starting))); got != tc.want {
			t.Errorf("%s: targets %q, want %q", tc.name, got, tc.want)
		}
	}
}
