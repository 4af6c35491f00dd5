package matching_test

import (
	"math"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

func TestMatchChoosesTheShortestPath(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	cases := []struct {
		name    string
		job     func(*matching.Job)
		bids    []matching.Bid
		winner  string
		backups []string
		check   func(t *testing.T, m matching.Match)
	}{
		{
			name:    "nearest provider wins at equal price",
			bids:    []matching.Bid{bid("p-us", 50), bid("p-eu-near", 50)},
			winner:  "p-eu-near",
			backups: []string{"p-us"},
			check: func(t *testing.T, m matching.Match) {
				b := m.Winner.Breakdown
				want := matching.Breakdown{
					Via: []string{"ctrl-eu"}, ClientToControllerMs: 5, ControllerToProviderMs: 3,
					Availability: 1, Performance: 1, PriceRatio: 0.5,
					LatencyCost: 8, BaseCost: 10, PriceCost: 50, Total: 68,
				}
				if !slices.Equal(b.Via, want.Via) || b.Total != want.Total || b.LatencyCost != want.LatencyCost || b.PriceCost != want.PriceCost {
					t.Errorf("winner breakdown = %+v, want %+v", b, want)
				}
			},
		},
		{
			name:    "cheaper but far provider loses on latency",
			bids:    []matching.Bid{bid("p-us", 10), bid("p-eu-near", 60)},
			winner:  "p-eu-near",
			backups: []string{"p-us"},
			check: func(t *testing.T, m matching.Match) {
				w, l := m.Winner.Breakdown, m.Backups[0].Breakdown
				if l.PriceCost >= w.PriceCost || l.LatencyCost-w.LatencyCost <= w.PriceCost-l.PriceCost {
					t.Errorf("breakdown does not show latency outweighing price:\nwinner %v\nloser  %v", w, l)
				}
				// eu reaches ctrl-us cheaper through ctrl-eu (5+70) than directly (80).
				if !slices.Equal(l.Via, []string{"ctrl-eu", "ctrl-us"}) || l.ControllerHopsMs != 70 {
					t.Errorf("loser via %v hops %v ms, want ctrl-eu→ctrl-us over 70 ms", l.Via, l.ControllerHopsMs)
				}
			},
		},
		{
			name:    "cheaper but overloaded provider loses on load",
			bids:    []matching.Bid{bid("p-eu-busy", 30), bid("p-eu-near", 60)},
			winner:  "p-eu-near",
			backups: []string{"p-eu-busy"},
			check: func(t *testing.T, m matching.Match) {
				if l := m.Backups[0].Breakdown; l.ProviderLoadCost != 50 || l.Total != 99 {
					t.Errorf("busy provider breakdown = %v, want load +50, total 99", l)
				}
			},
		},
		{
			name:    "far provider wins when the near one asks the maximum",
			bids:    []matching.Bid{bid("p-us", 0), bid("p-eu-near", 100)},
			winner:  "p-us",
			backups: []string{"p-eu-near"},
		},
		{
			name:    "flaky provider pays for its availability",
			bids:    []matching.Bid{bid("p-eu-flaky", 50), bid("p-eu-near", 50)},
			winner:  "p-eu-near",
			backups: []string{"p-eu-flaky"},
			check: func(t *testing.T, m matching.Match) {
				if a := m.Backups[0].Breakdown.AvailabilityCost; a != 60 {
					t.Errorf("availability cost = %v, want 60 (60 doubled at availability 0.5)", a)
				}
			},
		},
		{
			name:    "twice as fast provider wins though dearer",
			bids:    []matching.Bid{bid("p-eu-near", 40), bid("p-eu-fast", 80)},
			winner:  "p-eu-fast",
			backups: []string{"p-eu-near"},
			check: func(t *testing.T, m matching.Match) {
				if p := m.Winner.Breakdown.PerformanceCost; p != -45 {
					t.Errorf("performance cost = %v, want -45 (90 halved)", p)
				}
			},
		},
		{
			name:   "path through controller links when no client controller reaches the provider",
			bids:   []matching.Bid{bid("p-ap", 10)},
			winner: "p-ap",
			check: func(t *testing.T, m matching.Match) {
				b := m.Winner.Breakdown
				if !slices.Equal(b.Via, []string{"ctrl-eu", "ctrl-us", "ctrl-ap"}) || b.ControllerHopsMs != 170 || b.Total != 5+170+2+10+10 {
					t.Errorf("breakdown = %v, want eu→ctrl-eu→ctrl-us→ctrl-ap (175 ms) →p-ap", b)
				}
			},
		},
		{
			name: "from another region the path changes",
			job:  func(j *matching.Job) { j.ClientRegion = "us" },
			bids: []matching.Bid{bid("p-us", 90), bid("p-eu-near", 10)},
			// us: p-us 5+3+10+90 = 108; p-eu-near 5+70+3+10+10 = 98.
			winner:  "p-eu-near",
			backups: []string{"p-us"},
		},
		{
			name: "backups are ranked and come from other providers",
			bids: []matching.Bid{
				bid("p-eu-near", 40), bid("p-eu-near", 45), bid("p-eu-near2", 50), bid("p-us", 0),
				bid("p-eu-busy", 10), bid("p-ap", 0), bid("p-eu-flaky", 30),
			},
			// near 8+50=58, near2 9+60=69, busy 9+70=79, us 78+10=88 ties flaky 8+80=88 at a lower price,
			// ap 175+2+10=187
			winner:  "p-eu-near",
			backups: []string{"p-eu-near2", "p-eu-busy", "p-us"},
			check: func(t *testing.T, m matching.Match) {
				if m.Eligible != 6 || len(m.Excluded) != 1 || m.Excluded[0].Reason != matching.ReasonSuperseded {
					t.Errorf("eligible %d, excluded %v; want 6 and the dearer p-eu-near bid superseded", m.Eligible, m.Excluded)
				}
				if m.Backups[2].Cost() != 88 {
					t.Errorf("third backup cost %v, want 88 (tied with p-eu-flaky, which asks more)", m.Backups[2].Cost())
				}
			},
		},
		{
			name: "equal cost goes to the lower price",
			bids: []matching.Bid{bid("p-eu-flaky", 30), bid("p-us", 0), bid("p-eu-near2", 79), bid("p-eu-near", 79)},
			// flaky 8+40/0.5 = 88 and us 78+10 = 88 tie; us asks less. near 8+89 = 97, near2 9+89 = 98.
			winner:  "p-us",
			backups: []string{"p-eu-flaky", "p-eu-near", "p-eu-near2"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			job := euJob()
			if tc.job != nil {
				tc.job(&job)
			}
			m, err := n.Match(job, tc.bids)
			if err != nil {
				t.Fatal(err)
			}
			if !m.Matched() || m.Winner.Bid.Provider != tc.winner {
				t.Fatalf("winner %v, want %s\n%s", m.Winner, tc.winner, m)
			}
			if got := providers(m.Backups); !slices.Equal(got, tc.backups) && !(len(got) == 0 && len(tc.backups) == 0) {
				t.Errorf("backups %v, want %v\n%s", got, tc.backups, m)
			}
			for _, c := range append([]matching.Candidate{*m.Winner}, m.Backups...) {
				if b := c.Breakdown; math.Abs(b.LatencyCost+b.ControllerLoadCost+b.BaseCost+b.ProviderLoadCost+
					b.PriceCost+b.AvailabilityCost+b.PerformanceCost-b.Total) > 1e-9 {
					t.Errorf("%s: breakdown terms do not add up to the total: %v", c.Bid.Provider, b)
				}
			}
			if tc.check != nil {
				tc.check(t, m)
			}
		})
	}
}

func TestEqualCostAndPriceGoesToTheLowerProviderID(t *testing.T) {
	s := world()
	s.Providers = append(s.Providers, matching.Provider{
		ID: "p-eu-near0", GPUs: s.Providers[0].GPUs, FreeGPUs: 8, Availability: 1, Performance: 1, Stake: wei(1000), Healthy: true,
	})
	s.ProviderLinks = append(s.ProviderLinks, matching.ProviderLink{Controller: "ctrl-eu", Provider: "p-eu-near0", LatencyMs: 3})
	n := network(t, s, matching.DefaultConfig())
	m, err := n.Match(euJob(), []matching.Bid{bid("p-eu-near", 50), bid("p-eu-near0", 50)})
	if err != nil {
		t.Fatal(err)
	}
	if m.Winner.Bid.Provider != "p-eu-near" || m.Winner.Cost() != m.Backups[0].Cost() {
		t.Errorf("want p-eu-near to win a tie with p-eu-near0:\n%s", m)
	}
}

func TestSameInputInAnyOrderGivesTheSameMatch(t *testing.T) {
	bids := []matching.Bid{
		bid("p-eu-near", 60), bid("p-eu-near", 61), bid("p-eu-near2", 59), bid("p-us", 10), bid("p-eu-busy", 30),
		bid("p-ap", 0), bid("p-eu-flaky", 30), bid("p-eu-fast", 90), bid("p-full", 1), bid("p-ghost", 1), bid("p-eu-near0", 5),
	}
	want, err := network(t, world(), matching.DefaultConfig()).Match(euJob(), bids)
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(20) {
		s, b := shuffled(seed, world(), bids)
		got, err := network(t, s, matching.DefaultConfig()).Match(euJob(), b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffle %d changed the match:\n%s\nwant\n%s", seed, got, want)
		}
	}
}

func TestBackupsFollowTheConfig(t *testing.T) {
	bids := []matching.Bid{bid("p-eu-near", 50), bid("p-eu-near2", 50), bid("p-us", 50), bid("p-eu-busy", 50), bid("p-eu-fast", 50), bid("p-ap", 50)}
	for _, backups := range []int{0, 1, 3, 10} {
		cfg := matching.DefaultConfig()
		cfg.Backups = backups
		m, err := network(t, world(), cfg).Match(euJob(), bids)
		if err != nil {
			t.Fatal(err)
		}
		if want := min(backups, 5); len(m.Backups) != want || m.Eligible != 6 {
			t.Errorf("Backups %d: got %d backups of %d eligible, want %d", backups, len(m.Backups), m.Eligible, want)
		}
	}
}

// TestConcurrentMatches backs the promise that a Network is safe for concurrent use (run with -race).
func TestConcurrentMatches(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	bids := []matching.Bid{bid("p-eu-near", 50), bid("p-us", 10), bid("p-ap", 0), bid("p-full", 1)}
	want, _ := n.Match(euJob(), bids)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got, err := n.Match(euJob(), bids); err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent match differs: %v\n%s", err, got)
					return
				}
			}
		})
	}
	wg.Wait()
}
