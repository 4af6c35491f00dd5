package controller

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gintonic/gintonic/matching"
)

// TestReachCache: a region's snapshot is read once per TTL however many quotes and submissions
// ask at once; a failed read is not remembered; a TTL of 0 reads every time.
func TestReachCache(t *testing.T) {
	var c reachCache
	var reads atomic.Int32
	read := func() (matching.Snapshot, error) {
		reads.Add(1)
		time.Sleep(10 * time.Millisecond)
		return matching.Snapshot{Providers: []matching.Provider{{ID: "p"}}}, nil
	}
	t0 := time.Unix(1_000_000, 0)
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if s, err := c.get("eu", t0, 2*time.Second, read); err != nil || len(s.Providers) != 1 {
				t.Errorf("get: %v %v", s, err)
			}
		})
	}
	wg.Wait()
	if n := reads.Load(); n != 1 {
		t.Fatalf("%d reads for 50 concurrent quotes, want 1", n)
	}
	c.get("eu", t0.Add(time.Second), 2*time.Second, read)
	c.get("us", t0.Add(time.Second), 2*time.Second, read)
	if n := reads.Load(); n != 2 {
		t.Fatalf("%d reads, want 2 (eu still fresh, us new)", n)
	}
	c.get("eu", t0.Add(3*time.Second), 2*time.Second, read)
	if n := reads.Load(); n != 3 {
		t.Fatalf("%d reads, want 3 (eu expired)", n)
	}
	boom := errors.New("postgres is down")
	if _, err := c.get("asia", t0, 2*time.Second, func() (matching.Snapshot, error) { return matching.Snapshot{}, boom }); !errors.Is(err, boom) {
		t.Fatalf("failed read: %v", err)
	}
	if _, err := c.get("asia", t0, 2*time.Second, read); err != nil || reads.Load() != 4 {
		t.Fatalf("after a failed read: %v, %d reads (want it read again)", err, reads.Load())
	}
	c.get("eu", t0.Add(3*time.Second), 0, read)
	c.get("eu", t0.Add(3*time.Second), 0, read)
	if n := reads.Load(); n != 6 {
		t.Fatalf("%d reads, want 6: a TTL of 0 reads every time", n)
	}
}
