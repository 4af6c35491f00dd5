package matching

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gintonic/gintonic/money"
)

// String explains the match for a person (logs, the API's "why" endpoint, the dashboard): the
// winner and backups with their paths and scores, and every excluded bid with its reason.
func (m Match) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "job %d (%s): ", m.JobID, m.ClientRegion)
	switch {
	case m.Winner != nil:
		fmt.Fprintf(&s, "awarded to %s\n", m.Winner.Bid.Provider)
		m.Winner.explain(&s, "winner", m.ClientRegion)
		for i, b := range m.Backups {
			b.explain(&s, fmt.Sprintf("backup %d", i+1), m.ClientRegion)
		}
		if rest := m.Eligible - 1 - len(m.Backups); rest > 0 {
			fmt.Fprintf(&s, "  and %d more eligible providers\n", rest)
		}
	case m.Bids == 0:
		s.WriteString("no match: no bids\n")
	default:
		fmt.Fprintf(&s, "no match: %d bids, none eligible (%s)\n", m.Bids, m.reasonCounts())
	}
	if len(m.Excluded) > 0 {
		fmt.Fprintf(&s, "excluded %d of %d bids:\n", len(m.Excluded), m.Bids)
		for _, e := range m.Excluded {
			fmt.Fprintf(&s, "  %s\n", e)
		}
	}
	return s.String()
}

func (c Candidate) explain(s *strings.Builder, role, region string) {
	fmt.Fprintf(s, "  %s: %s bid %q at %s, cost %.2f, path %s → %s → %s\n    %s\n",
		role, c.Bid.Provider, c.Bid.Ref, money.FormatPrice(c.Bid.PricePerGpuSecond), c.Cost(),
		region, strings.Join(c.Breakdown.Via, " → "), c.Bid.Provider, c.Breakdown)
}

// reasonCounts summarises the exclusions, most frequent first: "price 3, free_gpus 2".
func (m Match) reasonCounts() string {
	counts := map[Reason]int{}
	for _, e := range m.Excluded {
		counts[e.Reason]++
	}
	reasons := make([]Reason, 0, len(counts))
	for r := range counts {
		reasons = append(reasons, r)
	}
	slices.SortFunc(reasons, func(a, b Reason) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(string(a), string(b))
	})
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%s %d", r, counts[r])
	}
	return strings.Join(parts, ", ")
}
