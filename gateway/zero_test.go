package gateway

import (
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestScaleToZeroWakes: a request for a job scaled to zero wakes it (once, with one trail entry,
// whatever the requests) and never reaches the provider, which runs no container: without
// X-Scale-Up-Timeout it gets a 503 with Retry-After at once; with it, it is held until the
// provider reports the deployment running, then served. A bad header is the client's error.
func TestScaleToZeroWakes(t *testing.T) {
	cur := newProvider(t, "current", 1, 1)
	s := newReplicaStack(t, 0, "running", cur)
	if err := s.db.Exec(`UPDATE market.jobs SET zero_since = now() - interval '1 hour', replicas_target = 0 WHERE id = ?`, s.job).Error; err != nil {
		t.Fatal(err)
	}
	ask := func(timeout string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, s.url+"/v1/completions", strings.NewReader(`{"model":"m"}`))
		req.Header.Set("Authorization", "Bearer "+s.key)
		if timeout != "" {
			req.Header.Set(ScaleUpTimeoutHeader, timeout)
		}
		rsp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer rsp.Body.Close()
		b, _ := io.ReadAll(rsp.Body)
		return rsp, string(b)
	}
	if rsp, b := ask("soon"); rsp.StatusCode != http.StatusBadRequest || !strings.Contains(b, ScaleUpTimeoutHeader) {
		t.Errorf("bad header: %d %s", rsp.StatusCode, b)
	}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			rsp, b := ask("")
			if rsp.StatusCode != http.StatusServiceUnavailable || rsp.Header.Get("Retry-After") == "" || !strings.Contains(b, "scaling_up") ||
				!strings.Contains(b, "scaled to zero") {
				t.Errorf("at zero, no timeout: %d Retry-After %q %s", rsp.StatusCode, rsp.Header.Get("Retry-After"), b)
			}
		})
	}
	wg.Wait()
	var row struct {
		ZeroSince, WakingSince *time.Time
		ReplicasTarget         int
		Wakes                  int
	}
	read := func() {
		t.Helper()
		if err := s.db.Raw(`SELECT zero_since, waking_since, replicas_target,
			(SELECT count(*) FROM market.job_events WHERE job_id = ? AND kind = 'waking') AS wakes FROM market.jobs WHERE id = ?`, s.job, s.job).Scan(&row).Error; err != nil {
			t.Fatal(err)
		}
	}
	read()
	if row.ZeroSince != nil || row.WakingSince == nil || row.ReplicasTarget != 1 || row.Wakes != 1 {
		t.Fatalf("after the requests: %+v, want woken once", row)
	}
	if cur.hits.Load() != 0 {
		t.Errorf("the provider got %d requests while its deployment was starting", cur.hits.Load())
	}
	// Held: the provider reports running (the API clears waking_since) 600 ms in.
	go func() {
		time.Sleep(600 * time.Millisecond)
		if err := s.db.Exec(`UPDATE market.jobs SET waking_since = NULL WHERE id = ?`, s.job).Error; err != nil {
			t.Error(err)
		}
	}()
	start := time.Now()
	rsp, b := ask("10")
	if rsp.StatusCode != http.StatusOK || !strings.Contains(b, `"provider":"current"`) {
		t.Fatalf("held request: %d %s", rsp.StatusCode, b)
	}
	if took := time.Since(start); took < 500*time.Millisecond || took > 5*time.Second {
		t.Errorf("held request answered after %s, want once the deployment ran (600 ms)", took)
	}
	if cur.hits.Load() != 1 {
		t.Errorf("the provider got %d requests, want 1", cur.hits.Load())
	}
	s.wantMetrics("gintonic_gateway_woken_total 1")

	// A wait that runs out: the 503 says so.
	if err := s.db.Exec(`UPDATE market.jobs SET zero_since = now() WHERE id = ?`, s.job).Error; err != nil {
		t.Fatal(err)
	}
	time.Sleep(servingTTL) // what this instance read of the job a moment ago has expired
	if rsp, b := ask("1"); rsp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(b, "did not serve within the 1s") {
		t.Errorf("timed out wait: %d %s", rsp.StatusCode, b)
	}
}
