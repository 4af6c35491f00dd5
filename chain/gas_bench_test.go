//go:build bench

package chain_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/gintonic/gintonic/bench"
)

// TestBenchGas prints the gas figures as `metric:` lines for `make bench`.
func TestBenchGas(t *testing.T) {
	g := gasFigures(t, 1, 10, 100)
	for n, v := range faultGasFigures(t) {
		g[n] = v
	}
	for n, v := range replicaGasFigures(t) {
		g[n] = v
	}
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		// Gas is deterministic: one run is the median, the minimum and the maximum.
		fmt.Println(bench.Line(n, "gas", []float64{float64(g[n])}))
	}
}
