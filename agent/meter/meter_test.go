package meter

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

var (
	ctx    = context.Background()
	t0     = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	domain = chain.EscrowDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000e5c20"))
)

func open(t *testing.T, path, who string) *Meter {
	t.Helper()
	m, err := Open(ctx, Config{StatePath: path, Key: chaintest.Key(who), Domain: domain})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func statePath(t *testing.T) string { return filepath.Join(t.TempDir(), "meter.json") }

// restarted is job 7 round 1: a first container that ran 100 s and crashed, and its
// replacement, running since t0+110s.
func restarted(runs ...runtime.Run) runtime.Usage {
	if runs == nil {
		runs = []runtime.Run{
			{ContainerID: "c1", Attempt: 1, StartedAt: t0, FinishedAt: t0.Add(100 * time.Second)},
			{ContainerID: "c2", Attempt: 2, StartedAt: t0.Add(110 * time.Second), Running: true},
		}
	}
	return runtime.Usage{Job: runtime.Job{ID: 7, Round: 1}, Runs: runs}
}

func attest(t *testing.T, m *Meter, now time.Time) Attestation {
	t.Helper()
	a, err := m.Attest(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func usages(a Attestation) map[uint64]uint64 {
	out := map[uint64]uint64{}
	for _, u := range a.Report.Usages {
		out[u.JobID] = u.CumulativeGpuSeconds
	}
	return out
}

func TestGPUSecondsSurviveARestartWithoutDoubleCounting(t *testing.T) {
	path := statePath(t)
	now := t0.Add(200 * time.Second)
	m := open(t, path, "provider")
	if err := m.Observe(ctx, restarted(), 2, now); err != nil {
		t.Fatal(err)
	}
	a := attest(t, m, now)
	// (100 s + 90 s) × 2 GPUs
	if got := usages(a); len(got) != 1 || got[7] != 380 || a.Report.Usages[0].Round != 1 {
		t.Fatalf("report = %+v, want job 7 round 1 at 380 GPU-s", a.Report.Usages)
	}
	if err := m.MarkSent(ctx, a.Report); err != nil {
		t.Fatal(err)
	}

	// The agent restarts and sees the very same containers again.
	m2 := open(t, path, "provider")
	if err := m2.Observe(ctx, restarted(), 2, now); err != nil {
		t.Fatal(err)
	}
	if c, _ := m2.Counters(7, 1); c.GPUSeconds != 380 || c.Attested != 380 || c.Sent != 380 {
		t.Fatalf("after restart: %+v, want 380 metered, attested and sent", c)
	}
	if _, err := m2.Attest(ctx, now); !errors.Is(err, ErrNothingToAttest) {
		t.Fatalf("attest with nothing new: %v, want ErrNothingToAttest", err)
	}
	// The running container goes on: 10 s later 20 GPU-s more, not 380 more.
	if got := usages(attest(t, m2, now.Add(10*time.Second))); got[7] != 400 {
		t.Fatalf("10 s later: %d GPU-s, want 400", got[7])
	}
}

func TestUsageNeverDecreasesWhenContainersVanish(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(200 * time.Second)
	if err := m.Observe(ctx, restarted(), 1, now); err != nil {
		t.Fatal(err)
	}
	// The runtime reaped the crashed container: only the replacement is listed.
	only2 := restarted(runtime.Run{ContainerID: "c2", Attempt: 2, StartedAt: t0.Add(110 * time.Second), Running: true})
	if err := m.Observe(ctx, only2, 1, now.Add(10*time.Second)); err != nil {
		t.Fatal(err)
	}
	if c, _ := m.Counters(7, 1); c.GPUSeconds != 200 { // 100 + 100
		t.Fatalf("after the first container vanished: %d GPU-s, want 200", c.GPUSeconds)
	}
	// Then both vanish (the job was stopped and reaped), and the clock even steps back.
	if err := m.Observe(ctx, restarted([]runtime.Run{}...), 1, now); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{now, now.Add(time.Hour)} {
		if got := usages(attest(t, m, at)); got[7] != 200 {
			t.Fatalf("attest at %s: %d GPU-s, want 200 frozen", at, got[7])
		}
	}
}

func TestReportsAreSignedByTheProvider(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(time.Minute)
	for _, u := range []runtime.Usage{
		{Job: runtime.Job{ID: 3, Round: 2}, Runs: []runtime.Run{{ContainerID: "a", StartedAt: t0, Running: true}}},
		restarted(runtime.Run{ContainerID: "b", StartedAt: t0.Add(30 * time.Second), Running: true}),
	} {
		if err := m.Observe(ctx, u, 4, now); err != nil {
			t.Fatal(err)
		}
	}
	a := attest(t, m, now)
	if want := []chain.Usage{{JobID: 3, Round: 2, CumulativeGpuSeconds: 240}, {JobID: 7, Round: 1, CumulativeGpuSeconds: 120}}; len(a.Report.Usages) != 2 ||
		a.Report.Usages[0] != want[0] || a.Report.Usages[1] != want[1] {
		t.Fatalf("usages = %+v, want %+v", a.Report.Usages, want)
	}
	signer, err := chain.Recover(domain.Digest(a.Report.StructHash()), a.Signature)
	if err != nil {
		t.Fatal(err)
	}
	if signer != chaintest.Addr("provider") || a.Report.Provider != signer || m.Provider() != signer {
		t.Fatalf("signed by %s for %s, want %s", signer, a.Report.Provider, chaintest.Addr("provider"))
	}
}

// A report signed but never marked sent is signed again; a sent one only when it grows.
func TestUnsentReportsAreRepeated(t *testing.T) {
	m := open(t, statePath(t), "provider")
	if err := m.Observe(ctx, restarted(), 1, t0.Add(200*time.Second)); err != nil {
		t.Fatal(err)
	}
	first := attest(t, m, t0.Add(200*time.Second))
	again := attest(t, m, t0.Add(200*time.Second))
	if usages(again)[7] != usages(first)[7] {
		t.Fatalf("unsent report not repeated: %+v then %+v", first.Report.Usages, again.Report.Usages)
	}
	if err := m.MarkSent(ctx, first.Report); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Attest(ctx, t0.Add(200*time.Second)); !errors.Is(err, ErrNothingToAttest) {
		t.Fatalf("after MarkSent: %v, want ErrNothingToAttest", err)
	}

	foreign := first.Report
	foreign.Provider = chaintest.Addr("provider2")
	if err := m.MarkSent(ctx, foreign); err == nil {
		t.Fatal("marked another provider's report as sent")
	}
	inflated := chain.UsageReport{Provider: m.Provider(), Usages: []chain.Usage{{JobID: 7, Round: 1, CumulativeGpuSeconds: 1e9}}}
	if err := m.MarkSent(ctx, inflated); err == nil || !strings.Contains(err.Error(), "more than the") {
		t.Fatalf("marked an inflated report sent: %v", err)
	}
}

func TestRequestAndTokenCountersPersist(t *testing.T) {
	path := statePath(t)
	m := open(t, path, "provider")
	m.Add(7, 1, 1, 10, 20)
	m.Add(7, 1, 2, 5, 7)
	if err := m.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	c, ok := open(t, path, "provider").Counters(7, 1)
	if want := (Counters{Requests: 3, PromptTokens: 15, CompletionTokens: 27}); !ok || c != want {
		t.Fatalf("after reopen: %+v, want %+v", c, want)
	}
	// Token counts alone are no usage to attest.
	if _, err := m.Attest(ctx, t0); !errors.Is(err, ErrNothingToAttest) {
		t.Fatalf("attest of counters only: %v", err)
	}
}

func TestIdleGPUIsBilledWithAWarning(t *testing.T) {
	m := open(t, statePath(t), "provider")
	now := t0.Add(100 * time.Second)
	if err := m.Observe(ctx, restarted(runtime.Run{ContainerID: "c", StartedAt: t0, Running: true}), 2, now); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		at := t0.Add(time.Duration(30*(i+1)) * time.Second)
		m.Utilization(7, 1, at, map[string]int{"GPU-idle": 0, "GPU-busy": 40 * i})
	}
	a := attest(t, m, now)
	if usages(a)[7] != 200 {
		t.Fatalf("billed %d GPU-s, want the full 200", usages(a)[7])
	}
	if len(a.Warnings) != 1 || a.Warnings[0].GPU != "GPU-idle" || a.Warnings[0].Samples != 3 ||
		!strings.Contains(a.Warnings[0].Message, "idle (0%) in all 3 samples") {
		t.Fatalf("warnings = %+v, want one for GPU-idle", a.Warnings)
	}
	if w := m.Warnings(); len(w) != 1 {
		t.Fatalf("recorded warnings = %+v", w)
	}
	// The next interval starts clean.
	if err := m.Observe(ctx, restarted(runtime.Run{ContainerID: "c", StartedAt: t0, Running: true}), 2, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if a := attest(t, m, now.Add(time.Minute)); len(a.Warnings) != 0 {
		t.Fatalf("stale warnings: %+v", a.Warnings)
	}
}

func TestObserveRejectsBadInput(t *testing.T) {
	m := open(t, statePath(t), "provider")
	for _, tc := range []struct {
		u    runtime.Usage
		gpus int
		want string
	}{
		{runtime.Usage{Job: runtime.Job{ID: 1, Round: 0}}, 1, "rounds 1 to 255"},
		{runtime.Usage{Job: runtime.Job{ID: 1, Round: 256}}, 1, "rounds 1 to 255"},
		{runtime.Usage{Job: runtime.Job{ID: 1, Round: 1}}, 0, "GPU count 0"},
	} {
		if err := m.Observe(ctx, tc.u, tc.gpus, t0); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Observe(%s, %d GPUs) = %v, want %q", tc.u.Job, tc.gpus, err, tc.want)
		}
	}
	if err := m.Observe(ctx, restarted(), 2, t0); err != nil {
		t.Fatal(err)
	}
	if err := m.Observe(ctx, restarted(), 4, t0); err == nil || !strings.Contains(err.Error(), "GPU count changed from 2 to 4") {
		t.Fatalf("GPU count change: %v", err)
	}
}

func TestStateFileProblemsNameTheFile(t *testing.T) {
	write := func(t *testing.T, body string) string {
		path := statePath(t)
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for name, body := range map[string]string{
		"truncated":     `{"version":1,"provider":"0x`,
		"empty":         ``,
		"wrong version": `{"version":9}`,
		"duplicate job": `{"version":1,"provider":"` + chaintest.Addr("provider").Hex() + `","jobs":[{"jobId":1,"round":1},{"jobId":1,"round":1}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			path := write(t, body)
			_, err := Open(ctx, Config{StatePath: path, Key: chaintest.Key("provider"), Domain: domain})
			if err == nil || !strings.Contains(err.Error(), "meter state "+path+" is corrupt") {
				t.Fatalf("Open = %v, want a corrupt-state error naming %s", err, path)
			}
		})
	}

	// Another provider's file is refused too: signing its usage would claim someone else's work.
	path := statePath(t)
	m := open(t, path, "provider")
	if err := m.Observe(ctx, restarted(), 1, t0); err != nil {
		t.Fatal(err)
	}
	_, err := Open(ctx, Config{StatePath: path, Key: chaintest.Key("provider2"), Domain: domain})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "belongs to provider") {
		t.Fatalf("Open with another key = %v", err)
	}

	if _, err := Open(ctx, Config{}); err == nil || !strings.Contains(err.Error(), "state file path is required") {
		t.Fatalf("Open with empty config = %v", err)
	}
}

func TestSavesAreAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "meter.json")
	m := open(t, path, "provider")
	for i := range 5 {
		if err := m.Observe(ctx, restarted(), 1, t0.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "meter.json" {
		t.Fatalf("directory holds %v, want only meter.json (no temporary files left)", entries)
	}

	// A save that cannot happen leaves the previous file intact.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	before, _ := os.ReadFile(path)
	if err := m.Observe(cancelled, restarted(), 1, t0.Add(time.Hour)); !errors.Is(err, context.Canceled) {
		t.Fatalf("observe with cancelled context = %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("state file changed by a failed save")
	}
}

// The runtime's proxy counts requests while the agent observes and attests.
func TestConcurrentUse(t *testing.T) {
	m := open(t, statePath(t), "provider")
	done := make(chan error, 3)
	go func() {
		for range 200 {
			m.Add(7, 1, 1, 2, 3)
		}
		done <- m.Flush(ctx)
	}()
	go func() {
		for i := range 20 {
			if err := m.Observe(ctx, restarted(), 1, t0.Add(time.Duration(200+i)*time.Second)); err != nil {
				done <- err
				return
			}
			m.Utilization(7, 1, t0, map[string]int{"GPU-a": i})
		}
		done <- nil
	}()
	go func() {
		for i := range 20 {
			if _, err := m.Attest(ctx, t0.Add(time.Duration(200+i)*time.Second)); err != nil && !errors.Is(err, ErrNothingToAttest) {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 3 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if c, _ := m.Counters(7, 1); c.Requests != 200 || c.CompletionTokens != 600 {
		t.Fatalf("counters = %+v", c)
	}
}
