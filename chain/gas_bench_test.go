//go:build bench

package chain_test

import (
	"fmt"
	"sort"
	"testing"
)

// TestBenchGas prints the gas figures as `metric:` lines for `make bench`.
func TestBenchGas(t *testing.T) {
	g := gasFigures(t, 1, 10, 100)
	for n, v := range faultGasFigures(t) {
		g[n] = v
	}
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		// Gas is deterministic: one run is the median, the minimum and the maximum.
		fmt.Printf("metric: %s %d gas n=1 min=%d max=%d\n", n, g[n], g[n], g[n])
	}
}
