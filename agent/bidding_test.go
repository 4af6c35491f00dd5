package agent

import (
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// TestBidExpiry: a service's bid stays good as long as the service is expected to run (so that
// it can still be awarded as a backup or a replica hours in), a batch job's an hour past the close.
func TestBidExpiry(t *testing.T) {
	closes := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	now := closes.Add(-time.Minute)
	for _, tc := range []struct {
		name     string
		kind     apiv1.JobKind
		duration int
		want     time.Time
	}{
		{"service of a day", apiv1.Service, 86400, closes.Add(24 * time.Hour)},
		{"short service", apiv1.Service, 60, closes.Add(time.Hour)},
		{"service of a year", apiv1.Service, 365 * 86400, closes.Add(maxBidLife)},
		{"batch job", apiv1.Batch, 86400, closes.Add(time.Hour)},
	} {
		j := apiv1.Job{Kind: tc.kind, DurationSeconds: tc.duration, BiddingClosesAt: &closes}
		if got := bidExpiry(j, now); !got.Equal(tc.want) {
			t.Errorf("%s: expiry %s, want %s", tc.name, got, tc.want)
		}
	}
	// A bid on a running service (for a replica) counts from now, not from its long-past auction.
	late := closes.Add(48 * time.Hour)
	if got := bidExpiry(apiv1.Job{Kind: apiv1.Service, DurationSeconds: 86400, BiddingClosesAt: &closes}, late); !got.Equal(late.Add(24 * time.Hour)) {
		t.Errorf("late bid: expiry %s, want a day from now", got)
	}
	if got := bidExpiry(apiv1.Job{Kind: apiv1.Batch}, now); !got.Equal(now.Add(time.Hour)) {
		t.Errorf("no close time: expiry %s, want an hour from now", got)
	}
}
