package matching_test

import (
	"strings"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

// A provider holding the job's model in its cache starts in seconds; one that must download it
// takes minutes. At equal price and distance the warm one wins, the saving is in the breakdown and
// the explanation, and a cold provider far cheaper still wins.
func TestWarmProviderWinsAndTheExplanationSaysWhy(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	warm, cold := bid("p-eu-near2", 50), bid("p-eu-near", 50)
	warm.Warm, warm.StartSeconds = true, 2
	cold.StartSeconds = 90
	m, err := n.Match(euJob(), []matching.Bid{cold, warm})
	if err != nil {
		t.Fatal(err)
	}
	if m.Winner == nil || m.Winner.Bid.Provider != "p-eu-near2" {
		t.Fatalf("winner = %+v, want the warm p-eu-near2", m.Winner)
	}
	w, b := m.Winner.Breakdown, m.Backups[0].Breakdown
	if w.StartCost != 4 || b.StartCost != 180 || !w.Warm || b.Warm {
		t.Errorf("start costs warm %v (warm=%v), cold %v (warm=%v); want 4 and 180", w.StartCost, w.Warm, b.StartCost, b.Warm)
	}
	if saved := b.Total - w.Total; saved < 170 {
		t.Errorf("the warm start saves %v in cost, want about 176 (88 s × 2)", saved)
	}
	text := m.String()
	for _, want := range []string{"start", "4.00 (warm, 2 s)", "180.00 (cold, 90 s)"} {
		if !strings.Contains(text, want) {
			t.Errorf("explanation lacks %q:\n%s", want, text)
		}
	}

	// Without start estimates (jobs of an image) the table has no start column.
	m, err = n.Match(euJob(), []matching.Bid{bid("p-eu-near", 50)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.String(), "start") {
		t.Errorf("a match without start estimates shows a start column:\n%s", m)
	}

	// A cold bid at a tenth of the price is worth the wait: 90 s costs 180, the price saves
	// only 45 of 100 at most — so the warm one still wins; at a far lower wait the cold one wins.
	cheap := bid("p-eu-near", 5)
	cheap.StartSeconds = 10
	m, err = n.Match(euJob(), []matching.Bid{cheap, warm})
	if err != nil {
		t.Fatal(err)
	}
	if m.Winner.Bid.Provider != "p-eu-near" {
		t.Errorf("a cold bid 10 s slower and 45 %% of the max price cheaper lost: %s", m)
	}
}

func TestStartEstimateOutOfRangeIsInvalid(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	b := bid("p-eu-near", 50)
	b.StartSeconds = -1
	if _, err := n.Match(euJob(), []matching.Bid{b}); err == nil || !strings.Contains(err.Error(), "expected start") {
		t.Errorf("negative start: err = %v", err)
	}
}
