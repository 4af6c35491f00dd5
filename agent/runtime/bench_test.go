//go:build bench

package runtime

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestBenchDeploy measures what the agent does once an award reaches it, with the image present:
// look the image up, start a hardened container and wait until its service answers the health
// check — over 20 deployments, each removed before the next. The agent adds one status report to
// the API before this (a local HTTP call).
func TestBenchDeploy(t *testing.T) {
	rt, _ := newRuntime(t, func(c *Config) { c.HealthInterval = 10 * time.Millisecond })
	const n = 20
	var took []time.Duration
	for i := range n {
		d := testDeployment(uint64(9000 + i))
		start := time.Now()
		if _, err := rt.HasImage(t.Context(), d.Image); err != nil {
			t.Fatal(err)
		}
		if _, err := rt.Ensure(t.Context(), d); err != nil {
			t.Fatal(err)
		}
		if err := rt.WaitHealthy(t.Context(), d.Job); err != nil {
			t.Fatal(err)
		}
		took = append(took, time.Since(start))
		if _, err := rt.Stop(t.Context(), d.Job); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("metric: agent.deploy_p50_ms %.0f ms\n", ms(took[n/2-1]))
	fmt.Printf("metric: agent.deploy_p95_ms %.0f ms\n", ms(took[n*95/100-1]))
}
