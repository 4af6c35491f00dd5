package api

import (
	"strconv"
	"testing"
	"time"
)

// TestLimiterIsBounded: a flood of fresh keys does not grow the limiter past its cap; past it,
// new keys share one bucket (and are limited together), and buckets back at full burst are
// forgotten so that room comes back.
func TestLimiterIsBounded(t *testing.T) {
	l := newLimiter(1, 2, 100)
	now := time.Unix(1_700_000_000, 0)
	allowed := 0
	for i := 0; i < 10_000; i++ {
		if l.allow("ip:"+strconv.Itoa(i), now) {
			allowed++
		}
	}
	if n := l.size(); n > 100 {
		t.Fatalf("%d buckets for a cap of 100", n)
	}
	// 100 own buckets, then the overflow bucket's burst.
	if allowed != 100+2 {
		t.Errorf("%d of 10000 fresh keys allowed, want 102", allowed)
	}
	// Later, idle buckets are full again and forgotten: new keys get their own.
	later := now.Add(time.Minute)
	if !l.allow("ip:new", later) || l.size() > 1 {
		t.Errorf("after the buckets refilled: %d buckets", l.size())
	}
}

func TestClientNet(t *testing.T) {
	for in, want := range map[string]string{
		"203.0.113.7":          "203.0.113.7",
		"::ffff:203.0.113.7":   "203.0.113.7",
		"2001:db8:1:2:3:4:5:6": "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff::1": "2001:db8:1:2::/64",
		"not an ip":            "not an ip",
	} {
		if got := clientNet(in); got != want {
			t.Errorf("clientNet(%q) = %q, want %q", in, got, want)
		}
	}
}
