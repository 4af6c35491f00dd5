//go:build bench

package llama

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestBenchLlamaTokensPerSecond measures greedy generation speed on the TinyStories 260K
// model: 256 completion tokens after "Once upon a time", best of three runs after a warm-up.
func TestBenchLlamaTokensPerSecond(t *testing.T) {
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
	fmt.Printf("metric: llama.tokens_per_s %.0f tok/s\n", float64(n)/best.Seconds())
}
