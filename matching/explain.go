package matching

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/gintonic/gintonic/money"
)

// String explains the match for a person (logs, the API's "why" endpoint, the dashboard): the
// winner and backups as a short table — price, total cost and each term of it with the
// measurement behind it, and the path — then every excluded bid with its reason.
func (m Match) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "job %d (%s): ", m.JobID, m.ClientRegion)
	switch {
	case m.Winner != nil:
		fmt.Fprintf(&s, "awarded to %s\n", m.Winner.Bid.Provider)
		tw := tabwriter.NewWriter(&s, 0, 0, 2, ' ', 0)
		// The start column only where a bid said how it starts (jobs of a model).
		starts := m.Winner.Breakdown.hasStart()
		for _, b := range m.Backups {
			starts = starts || b.Breakdown.hasStart()
		}
		head := "  \tprovider\tprice per GPU-second\tcost\tlatency\tprice\tload\tbase\tavailability\tperformance\t"
		if starts {
			head += "start\t"
		}
		fmt.Fprintln(tw, head+"path")
		m.Winner.row(tw, "winner", m.ClientRegion, starts)
		for i, b := range m.Backups {
			b.row(tw, fmt.Sprintf("backup %d", i+1), m.ClientRegion, starts)
		}
		_ = tw.Flush()
		s.WriteString("  (cost = the sum of the terms after it; the lowest cost wins)\n")
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

// row is the candidate's line of the table: each cost term with what it measured.
func (c Candidate) row(w io.Writer, role, region string, starts bool) {
	b := c.Breakdown
	latencyMs := b.ClientToControllerMs + b.ControllerHopsMs + b.ControllerToProviderMs
	start := ""
	if starts {
		start = "-\t"
		if b.hasStart() {
			start = fmt.Sprintf("%.2f (%s)\t", b.StartCost, b.startWords())
		}
	}
	fmt.Fprintf(w, "  %s\t%s\t%s\t%.2f\t%.2f (%.0f ms)\t%.2f (%.0f%% of max)\t%.2f (%.2f + %.2f)\t%.2f\t%+.2f (%.2f)\t%+.2f (×%.2f)\t%s%s\n",
		role, c.Bid.Provider, money.FormatGIN(c.Bid.PricePerGpuSecond), c.Cost(),
		b.LatencyCost, latencyMs, b.PriceCost, 100*b.PriceRatio, b.ControllerLoadCost+b.ProviderLoadCost, b.ControllerLoad, b.ProviderLoad,
		b.BaseCost, b.AvailabilityCost, b.Availability, b.PerformanceCost, b.Performance, start,
		strings.Join(append(append([]string{region}, b.Via...), c.Bid.Provider), " → "))
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
