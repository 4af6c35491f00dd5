package matching_test

import (
	"strings"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

func TestBidsThatCannotWinSayWhy(t *testing.T) {
	cases := []struct {
		name   string
		world  func(*matching.Snapshot)
		job    func(*matching.Job)
		bid    matching.Bid
		reason matching.Reason
		detail string
	}{
		{name: "unknown provider", bid: bid("p-ghost", 10), reason: matching.ReasonUnknownProvider, detail: "not in the network snapshot"},
		{name: "unhealthy", bid: bid("p-sick", 10), reason: matching.ReasonUnhealthy, detail: "provider unhealthy"},
		{name: "down", bid: bid("p-down", 10), reason: matching.ReasonUnavailable, detail: "availability 0.01 < 0.10"},
		{name: "wrong model", bid: bid("p-a100", 10), reason: matching.ReasonGPUModel, detail: "no H100 GPUs (has A100)"},
		{
			name: "model matches case-insensitively, memory does not", job: func(j *matching.Job) { j.GPUModel, j.GPUCount = "a100", 1 },
			bid: bid("p-a100", 10), reason: matching.ReasonGPUMemory, detail: "not enough GPU memory: 40960 MiB < 81920 MiB",
		},
		{
			name: "too few GPUs in all", job: func(j *matching.Job) { j.GPUCount = 9 },
			bid: bid("p-eu-near", 10), reason: matching.ReasonGPUCount, detail: "too few matching GPUs: 8 < 9",
		},
		{name: "too few free GPUs", bid: bid("p-full", 10), reason: matching.ReasonFreeGPUs, detail: "insufficient free GPUs: 1 < 2"},
		{name: "stake below minimum", bid: bid("p-poor", 10), reason: matching.ReasonStake, detail: "stake below job minimum: 0.000000000000000001 GIN < 0.00000000000000001 GIN"},
		{name: "price above max", bid: bid("p-eu-near", 101), reason: matching.ReasonPrice, detail: "price above max: 0.000000000000000101 GIN per GPU-second > 0.0000000000000001 GIN per GPU-second"},
		{name: "no heartbeats", bid: bid("p-orphan", 10), reason: matching.ReasonUnreachable, detail: "no controller has a heartbeat from it"},
		{
			name: "region without controllers", job: func(j *matching.Job) { j.ClientRegion = "mars" },
			bid: bid("p-eu-near", 10), reason: matching.ReasonUnreachable, detail: `no controller serves region "mars"`,
		},
		{
			name: "controller cut off from the region", world: func(s *matching.Snapshot) { s.ControllerLinks = s.ControllerLinks[:1] },
			bid: bid("p-ap", 10), reason: matching.ReasonUnreachable, detail: `no controller path from region "eu"`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, job := world(), euJob()
			if tc.world != nil {
				tc.world(&s)
			}
			if tc.job != nil {
				tc.job(&job)
			}
			m, err := network(t, s, matching.DefaultConfig()).Match(job, []matching.Bid{tc.bid})
			if err != nil {
				t.Fatal(err)
			}
			if m.Matched() || len(m.Excluded) != 1 {
				t.Fatalf("want the only bid excluded:\n%s", m)
			}
			e := m.Excluded[0]
			if e.Reason != tc.reason || !strings.Contains(e.Detail, tc.detail) || e.Bid.Ref != tc.bid.Ref {
				t.Errorf("excluded %s: %s (bid %q), want %s: …%s…", e.Reason, e.Detail, e.Bid.Ref, tc.reason, tc.detail)
			}
		})
	}
}

func TestNoEligibleProviderSaysWhyForEveryBid(t *testing.T) {
	n := network(t, world(), matching.DefaultConfig())
	bids := []matching.Bid{bid("p-full", 10), bid("p-eu-near", 200), bid("p-sick", 5), bid("p-ghost", 1), bid("p-eu-busy", 300)}
	m, err := n.Match(euJob(), bids)
	if err != nil {
		t.Fatal(err)
	}
	if m.Matched() || len(m.Backups) != 0 || m.Eligible != 0 || m.Bids != 5 || len(m.Excluded) != 5 {
		t.Fatalf("want no winner, no backups and five exclusions:\n%s", m)
	}
	got := map[string]matching.Reason{}
	for _, e := range m.Excluded {
		got[e.Bid.Provider] = e.Reason
	}
	want := map[string]matching.Reason{
		"p-full": matching.ReasonFreeGPUs, "p-eu-near": matching.ReasonPrice, "p-sick": matching.ReasonUnhealthy,
		"p-ghost": matching.ReasonUnknownProvider, "p-eu-busy": matching.ReasonPrice,
	}
	for p, r := range want {
		if got[p] != r {
			t.Errorf("%s excluded for %q, want %q", p, got[p], r)
		}
	}
	s := m.String()
	for _, line := range []string{
		"job 1 (eu): no match: 5 bids, none eligible (price 2, free_gpus 1, unhealthy 1, unknown_provider 1)",
		`p-full (bid "p-full@10"): insufficient free GPUs: 1 < 2`,
		`p-eu-near (bid "p-eu-near@200"): price above max: 0.0000000000000002 GIN per GPU-second > 0.0000000000000001 GIN per GPU-second`,
	} {
		if !strings.Contains(s, line) {
			t.Errorf("explanation lacks %q:\n%s", line, s)
		}
	}
}

func TestJobWithoutBidsSaysSo(t *testing.T) {
	m, err := network(t, world(), matching.DefaultConfig()).Match(euJob(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Matched() || m.String() != "job 1 (eu): no match: no bids\n" {
		t.Errorf("got %q", m.String())
	}
}

func TestExplanationShowsPathAndTerms(t *testing.T) {
	m, err := network(t, world(), matching.DefaultConfig()).Match(euJob(), []matching.Bid{bid("p-eu-near", 50), bid("p-us", 10), bid("p-full", 1)})
	if err != nil {
		t.Fatal(err)
	}
	s := m.String()
	for _, want := range []string{
		"job 1 (eu): awarded to p-eu-near",
		"winner    p-eu-near  0.00000000000000005 GIN  68.00  8.00 (8 ms)    50.00 (50% of max)  0.00 (0.00 + 0.00)  10.00  +0.00 (1.00)  +0.00 (×1.00)  eu → ctrl-eu → p-eu-near",
		"backup 1  p-us       0.00000000000000001 GIN  98.00  78.00 (78 ms)  10.00 (10% of max)  0.00 (0.00 + 0.00)  10.00  +0.00 (1.00)  +0.00 (×1.00)  eu → ctrl-eu → ctrl-us → p-us",
		"excluded 1 of 3 bids:",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("explanation lacks %q:\n%s", want, s)
		}
	}
}
