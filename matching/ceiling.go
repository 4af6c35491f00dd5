package matching

import "strings"

// performanceCeiling is the most throughput, relative to the reference GPU (an A100), that a
// provider may declare for each GPU model: its dense BF16 tensor throughput over the A100's, with
// a quarter of headroom for clocks and interconnects. Providers declare their own performance and
// nothing here can check it, so without a ceiling a provider declaring 1e6 won every match at the
// job's maximum price (offchain audit F11). Figures are the vendors' datasheet ratios, rounded.
var performanceCeiling = map[string]float64{
	"B200": 7.2, "H200": 3.2, "H100": 3.2, "GH200": 3.2, "A100": 1.0, "A800": 1.0, "H800": 3.2,
	"L40S": 1.2, "L40": 0.6, "L4": 0.4, "A10": 0.4, "A10G": 0.25, "A30": 0.53, "A40": 0.48,
	"V100": 0.4, "T4": 0.21, "RTX4090": 0.53, "RTX6000ADA": 1.2, "MI300X": 4.2, "MI250X": 1.2,
}

// unknownCeiling is the ceiling of a model the table does not know: the reference GPU's.
const unknownCeiling = 1.0

// PerformanceCeiling is the highest performance a provider with these GPU models may count with:
// the ceiling of its fastest known model, with a quarter of headroom.
func PerformanceCeiling(models []string) float64 {
	best := 0.0
	for _, m := range models {
		c, ok := performanceCeiling[strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(m, " ", ""), "-", ""))]
		if !ok {
			c = unknownCeiling
		}
		best = max(best, c)
	}
	if best == 0 {
		best = unknownCeiling
	}
	return best * 1.25
}
