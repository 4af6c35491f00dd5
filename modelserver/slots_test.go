package modelserver

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/engines"
)

// TestQueueGauge: with every generation slot taken, completion and chat requests (streamed or
// not) wait, counted by the queue gauge; once the slot is free they are answered and the gauge is
// back to 0. A client that leaves while waiting leaves the queue.
func TestQueueGauge(t *testing.T) {
	if e, err := engines.Lookup("gintonic"); err != nil || e.QueueMetric != QueueMetric {
		t.Errorf("the catalogue's gintonic engine names the queue %q (%v), want %q", e.QueueMetric, err, QueueMetric)
	}
	e := newEnv(t, func(c *Config) { c.Slots = 1 })
	waiting := func() string {
		t.Helper()
		resp, err := http.Get(e.url + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		for line := range strings.SplitSeq(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, QueueMetric+" "); ok {
				return v
			}
		}
		return "absent"
	}
	waitFor := func(want string) {
		t.Helper()
		got := waiting()
		for deadline := time.Now().Add(5 * time.Second); got != want && time.Now().Before(deadline); got = waiting() {
			time.Sleep(10 * time.Millisecond)
		}
		if got != want {
			t.Fatalf("%s = %s, want %s", QueueMetric, got, want)
		}
	}
	waitFor("0")

	release, err := e.srv.slots.take(context.Background()) // a generation in progress
	if err != nil {
		t.Fatal(err)
	}
	bodies := []struct{ path, body string }{
		{"/v1/completions", fmt.Sprintf(`{"model":%q,"prompt":%q,"max_tokens":5}`, testModelID, prompt)},
		{"/v1/chat/completions", fmt.Sprintf(`{"model":%q,"messages":[{"role":"user","content":"Hi"}],"max_tokens":5,"stream":true}`, testModelID)},
	}
	var wg sync.WaitGroup
	for _, b := range bodies {
		wg.Go(func() {
			resp, err := http.Post(e.url+b.path, "application/json", strings.NewReader(b.body))
			if err != nil {
				t.Errorf("%s: %v", b.path, err)
				return
			}
			defer resp.Body.Close()
			out, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(out), testModelID) {
				t.Errorf("%s: HTTP %d %s", b.path, resp.StatusCode, out)
			}
		})
	}
	waitFor("2")

	// A client giving up while it waits.
	ctx, cancel := context.WithCancel(context.Background())
	left := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.url+bodies[0].path, strings.NewReader(bodies[0].body))
		_, err := http.DefaultClient.Do(req)
		left <- err
	}()
	waitFor("3")
	cancel()
	<-left
	waitFor("2")

	release()
	wg.Wait()
	waitFor("0")
}
