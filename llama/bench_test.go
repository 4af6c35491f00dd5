//go:build bench

package llama

import (
	"context"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/gintonic/gintonic/bench"
)

// TestBenchLlamaTokensPerSecond measures the reference runtime's generation speed: llama.Model's
// Generate called as a library (no HTTP, no container) on the TinyStories 260K model (about 260K
// parameters, float32), 256 greedy completion tokens after "Once upon a time".
//
// It runs on one core: GOMAXPROCS is set to 1 for the whole measurement (the forward pass is
// single-threaded anyway; this keeps the Go runtime's background work on the same core, as in a
// one-CPU container). After one warm-up generation, runtime.tokens_per_s is the median over
// bench.Runs(5) runs with the range, every run reported, none discarded. The figure says how fast
// this implementation runs a toy model, nothing about serving real models.
func TestBenchLlamaTokensPerSecond(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	m := testModel(t)
	const n = 256
	runs := bench.Runs(5)
	opts := Options{MaxTokens: n}
	t.Logf("setup: llama.Model.Generate on stories260K, %d greedy tokens after %q, GOMAXPROCS 1 (of %d CPUs), 1 warm-up, %d runs",
		n, "Once upon a time", goruntime.NumCPU(), runs)
	if _, err := m.Generate(context.Background(), "Once upon a time", opts); err != nil {
		t.Fatal(err)
	}
	var r bench.Report
	for i := range runs {
		start := time.Now()
		res, err := m.Generate(context.Background(), "Once upon a time", opts)
		d := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		if res.CompletionTokens != n {
			t.Fatalf("generated %d tokens, want %d", res.CompletionTokens, n)
		}
		t.Logf("run %d: %d tokens in %s = %.0f tok/s", i+1, n, d.Round(time.Microsecond), float64(n)/d.Seconds())
		r.Add("runtime.tokens_per_s", "tok/s", float64(int(float64(n)/d.Seconds()+0.5)))
	}
	r.Print(nil)
}
