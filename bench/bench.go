// Package bench reports benchmark figures the way `make bench` prints them: each figure is measured
// several times and printed as its median with the range,
//
//	metric: <name> <median> <unit> n=<runs> min=<v> max=<v>
//
// so that one lucky or unlucky run on a shared machine shows as a range, not as the headline.
package bench

import (
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"
)

// Quick reports whether this is `make bench-quick` (GIN_BENCH_QUICK=1): one run of each figure and
// the smallest scale points, for development.
func Quick() bool { return os.Getenv("GIN_BENCH_QUICK") == "1" }

// Runs is how many times a figure is measured: n, 1 under `make bench-quick`, or GIN_BENCH_RUNS
// when that is set to a positive number.
func Runs(n int) int {
	if v, err := strconv.Atoi(os.Getenv("GIN_BENCH_RUNS")); err == nil && v > 0 {
		return v
	}
	if Quick() {
		return 1
	}
	return n
}

// Report collects the runs of named figures and prints them in the order they were first added.
// It is safe for concurrent use.
type Report struct {
	mu      sync.Mutex
	order   []string
	figures map[string]*figure
}

type figure struct {
	unit   string
	values []float64
}

// Add records one run's value of a figure.
func (r *Report) Add(name, unit string, v float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.figures == nil {
		r.figures = map[string]*figure{}
	}
	f, ok := r.figures[name]
	if !ok {
		f = &figure{unit: unit}
		r.figures[name] = f
		r.order = append(r.order, name)
	}
	if f.unit != unit {
		panic(fmt.Sprintf("bench: figure %s measured in %s and %s", name, f.unit, unit))
	}
	f.values = append(f.values, v)
}

// AddMs records a duration in milliseconds.
func (r *Report) AddMs(name string, d time.Duration) { r.Add(name, "ms", Ms(d)) }

// Print writes one metric line per figure to w (os.Stdout when nil).
func (r *Report) Print(w io.Writer) {
	if w == nil {
		w = os.Stdout
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, name := range r.order {
		f := r.figures[name]
		fmt.Fprintln(w, Line(name, f.unit, f.values))
	}
}

// Line formats a figure's runs as a metric line: the median, the unit, the number of runs and the
// range. Values are printed with a precision that suits their size (integers stay integers).
func Line(name, unit string, values []float64) string {
	if len(values) == 0 {
		panic("bench: figure " + name + " has no runs")
	}
	med, lo, hi := Median(values), slices.Min(values), slices.Max(values)
	d := decimals(med, values)
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', d, 64) }
	return fmt.Sprintf("metric: %s %s %s n=%d min=%s max=%s", name, f(med), unit, len(values), f(lo), f(hi))
}

// decimals picks the digits after the point: none for integers (gas, counts) and large values,
// more for small ones so that a sub-millisecond latency keeps three significant digits.
func decimals(med float64, values []float64) int {
	integral := true
	for _, v := range values {
		if v != math.Trunc(v) {
			integral = false
			break
		}
	}
	switch m := math.Abs(med); {
	case integral && m == math.Trunc(m), m >= 100:
		return 0
	case m >= 10:
		return 1
	case m >= 1:
		return 2
	default:
		return 3
	}
}

// Median is the middle value (the mean of the two middle ones for an even count).
func Median(values []float64) float64 {
	s := slices.Clone(values)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Quantile is the q-quantile (0 ≤ q ≤ 1) of durations by the nearest-rank method; it sorts xs.
func Quantile(xs []time.Duration, q float64) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	i := int(math.Ceil(q*float64(len(xs)))) - 1
	return xs[max(0, min(i, len(xs)-1))]
}

// Ms is a duration in milliseconds, with microsecond resolution.
func Ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
