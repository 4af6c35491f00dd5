//go:build bench

package llama

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"
)

// TestBenchLlamaTokensPerSecond measures the reference runtime's generation speed on the
// TinyStories 260K model on one core (GOMAXPROCS 1): 256 completion tokens after "Once upon a
// time", greedy, best of three runs after a warm-up.
func TestBenchLlamaTokensPerSecond(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	m := testModel(t)
	const n = 256
	opts := Options{MaxTokens: n}
	if _, err := m.Generate(context.Background(), "Once upon a time", opts); err != nil {
		t.Fatal(err)
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		res, err := m.Generate(context.Background(), "Once upon a time", opts)
		d := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		if res.CompletionTokens != n {
			t.Fatalf("generated %d tokens, want %d", res.CompletionTokens, n)
		}
		best = min(best, d)
	}
	fmt.Printf("metric: runtime.tokens_per_s %.0f tok/s\n", float64(n)/best.Seconds())
}
