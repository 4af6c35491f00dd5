package meter

import "testing"

// TestServedCountsEachRequestOnce: the runtime's /usage counters are cumulative per container.
// Readings repeated by a restarted agent add nothing; a replacement container, counting from
// zero, adds to what its predecessor served.
func TestServedCountsEachRequestOnce(t *testing.T) {
	path := statePath(t)
	m := open(t, path, "provider")
	for _, r := range []struct {
		container                  string
		requests, prompt, complete uint64
	}{
		{"c1", 2, 20, 40},
		{"c1", 5, 50, 100},
		{"c1", 5, 50, 100}, // nothing new
		{"c2", 1, 10, 20},  // the replacement starts from zero
	} {
		if err := m.Served(ctx, 7, 1, r.container, r.requests, r.prompt, r.complete); err != nil {
			t.Fatal(err)
		}
	}
	m = open(t, path, "provider") // the agent restarts and reads the same figures again
	if err := m.Served(ctx, 7, 1, "c2", 1, 10, 20); err != nil {
		t.Fatal(err)
	}
	c, ok := m.Counters(7, 1)
	if !ok || c.Requests != 6 || c.PromptTokens != 60 || c.CompletionTokens != 120 {
		t.Fatalf("counters %+v, want 6 requests, 60 prompt and 120 completion tokens", c)
	}
}
