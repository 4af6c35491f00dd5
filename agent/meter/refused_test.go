package meter

import (
	"testing"
	"time"

	"github.com/gintonic/gintonic/agent/runtime"
)

func job(id uint64, runs ...runtime.Run) runtime.Usage {
	return runtime.Usage{Job: runtime.Job{ID: id, Round: 1}, Runs: runs}
}

// TestDroppedRoundLeavesTheOthers: a round intake says can never be paid again (stale after a
// failover, budget spent) is dropped, and the next report carries only the provider's other
// jobs — also after a restart from the state file. Before, the meter had no way to stop reporting
// a round, and it rode along in every report.
func TestDroppedRoundLeavesTheOthers(t *testing.T) {
	path := statePath(t)
	m := open(t, path, "provider")
	now := t0.Add(100 * time.Second)
	for _, id := range []uint64{7, 8} {
		if err := m.Observe(ctx, job(id, runtime.Run{ContainerID: "c", StartedAt: t0, Running: true}), 1, now); err != nil {
			t.Fatal(err)
		}
	}
	if got := usages(attest(t, m, now)); len(got) != 2 {
		t.Fatalf("first report %v, want jobs 7 and 8", got)
	}
	if err := m.Drop(ctx, 7, 1, "refused:stale_round"); err != nil {
		t.Fatal(err)
	}
	later := now.Add(30 * time.Second)
	if got := usages(attest(t, open(t, path, "provider"), later)); len(got) != 1 || got[8] != 130 {
		t.Fatalf("report after the drop %v, want only job 8 at 130", got)
	}
}

// TestAdvanceSkipsWhatWasDelivered: an agent killed between sending a report and recording it,
// or whose answer was lost, learns from intake the value already held (not_increasing) and
// reports the round again only once it grows beyond it.
func TestAdvanceSkipsWhatWasDelivered(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(100 * time.Second)
	done := runtime.Run{ContainerID: "c", StartedAt: t0, FinishedAt: t0.Add(50 * time.Second)}
	if err := m.Observe(ctx, job(7, done), 2, now); err != nil {
		t.Fatal(err)
	}
	a := attest(t, m, now) // sent, but never marked
	if err := m.Advance(ctx, 7, 1, a.Report.Usages[0].CumulativeGpuSeconds); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Attest(ctx, now.Add(time.Minute)); err != ErrNothingToAttest {
		t.Fatalf("attest after advancing to what was delivered: %v, want nothing to attest", err)
	}
}

// TestOverlappingContainersAreCappedAtElapsedTime: two containers of one round running at once
// (a replacement started before the old one was reaped) are metered at most GPUs × the time
// since the first started: the escrow's cap, which a report beyond would only be clamped to.
func TestOverlappingContainersAreCappedAtElapsedTime(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(100 * time.Second)
	u := job(7, runtime.Run{ContainerID: "a", StartedAt: t0, Running: true}, runtime.Run{ContainerID: "b", Attempt: 2, StartedAt: t0.Add(10 * time.Second), Running: true})
	if err := m.Observe(ctx, u, 2, now); err != nil {
		t.Fatal(err)
	}
	if got := usages(attest(t, m, now)); got[7] != 200 {
		t.Fatalf("metered %d GPU-seconds, want at most 2 GPUs × 100 s = 200", got[7])
	}
}

// TestBoundCapsAtTheRoundsBudget: once the agent has read the round from the escrow, the meter
// counts no more than the round's budget can pay, even what it metered before it knew.
func TestBoundCapsAtTheRoundsBudget(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(100 * time.Second)
	if err := m.Observe(ctx, job(7, runtime.Run{ContainerID: "c", StartedAt: t0, Running: true}), 2, now); err != nil {
		t.Fatal(err)
	}
	if err := m.Bound(ctx, 7, 1, 150); err != nil {
		t.Fatal(err)
	}
	if got := usages(attest(t, m, now.Add(time.Minute))); got[7] != 150 {
		t.Fatalf("metered %d GPU-seconds, want the budget's 150", got[7])
	}
}

// TestReportNeverExceedsWhatIntakeTakes: a provider with more rounds to report than one report may
// carry sends them over several reports; before, the report was refused as malformed, every time.
func TestReportNeverExceedsWhatIntakeTakes(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(100 * time.Second)
	for id := uint64(1); id <= MaxReportEntries+10; id++ {
		if err := m.Observe(ctx, job(id, runtime.Run{ContainerID: "c", StartedAt: t0.Add(-time.Duration(id) * time.Second), Running: true}), 1, now); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[uint64]bool{}
	for range 2 {
		a := attest(t, m, now)
		if n := len(a.Report.Usages); n > MaxReportEntries {
			t.Fatalf("a report of %d rounds, at most %d are taken", n, MaxReportEntries)
		}
		if err := m.MarkSent(ctx, a.Report); err != nil {
			t.Fatal(err)
		}
		for id := range usages(a) {
			seen[id] = true
		}
	}
	if len(seen) != MaxReportEntries+10 {
		t.Fatalf("%d rounds reported in two reports, want all %d", len(seen), MaxReportEntries+10)
	}
}
