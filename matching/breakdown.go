package matching

import (
	"fmt"
	"strings"
)

// Breakdown is a candidate's score taken apart: the measurements it came from and the cost each
// contributed. The costs add up to Total (up to float rounding; Total is the exact path length
// the ranking used).
type Breakdown struct {
	Via []string // the controllers on the path, from the client's side to the provider's

	ClientToControllerMs   float64 // client region → first controller
	ControllerHopsMs       float64 // controller ↔ controller links, 0 when the first controller reaches the provider
	ControllerToProviderMs float64 // last controller → provider (heartbeat latency)
	ControllerLoad         float64 // sum of the loads of the controllers on the path
	ProviderLoad           float64
	Availability           float64
	Performance            float64
	PriceRatio             float64 // bid price / job's max price
	StartSeconds           float64 // the provider's expected start (award → running)
	Warm                   bool    // its cache holds the job's model

	LatencyCost        float64 // all latencies × LatencyPerMs
	ControllerLoadCost float64
	BaseCost           float64
	ProviderLoadCost   float64
	PriceCost          float64
	AvailabilityCost   float64 // ≥ 0: what availability below 1 adds
	PerformanceCost    float64 // < 0 for providers faster than the reference, > 0 for slower
	StartCost          float64 // StartSeconds × StartPerSecond
	Total              float64
}

// String is one line a person can check: each cost with the measurement behind it.
func (b Breakdown) String() string {
	if len(b.Via) == 0 {
		return fmt.Sprintf("cost %.2f (no path)", b.Total)
	}
	var s strings.Builder
	fmt.Fprintf(&s, "cost %.2f = latency %.2f (%.1f ms client→%s", b.Total, b.LatencyCost, b.ClientToControllerMs, b.Via[0])
	if len(b.Via) > 1 {
		fmt.Fprintf(&s, ", %.1f ms %s", b.ControllerHopsMs, strings.Join(b.Via, "→"))
	}
	fmt.Fprintf(&s, ", %.1f ms →provider)", b.ControllerToProviderMs)
	fmt.Fprintf(&s, " %+.2f controller load (%.2f)", b.ControllerLoadCost, b.ControllerLoad)
	fmt.Fprintf(&s, " %+.2f base", b.BaseCost)
	fmt.Fprintf(&s, " %+.2f provider load (%.2f)", b.ProviderLoadCost, b.ProviderLoad)
	fmt.Fprintf(&s, " %+.2f price (%.0f%% of max)", b.PriceCost, 100*b.PriceRatio)
	fmt.Fprintf(&s, " %+.2f availability (%.2f)", b.AvailabilityCost, b.Availability)
	fmt.Fprintf(&s, " %+.2f performance (×%.2f)", b.PerformanceCost, b.Performance)
	if b.hasStart() {
		fmt.Fprintf(&s, " %+.2f start (%s)", b.StartCost, b.startWords())
	}
	return s.String()
}

// startWords is the start term's measurement: "warm, 2 s" or "cold, 45 s".
func (b Breakdown) startWords() string {
	kind := "cold"
	if b.Warm {
		kind = "warm"
	}
	return fmt.Sprintf("%s, %.0f s", kind, b.StartSeconds)
}

// hasStart: the bid said how it starts.
func (b Breakdown) hasStart() bool { return b.StartSeconds > 0 || b.Warm }
