package bench

import (
	"bytes"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	for _, c := range []struct {
		name, unit string
		values     []float64
		want       string
	}{
		{"gas.award", "gas", []float64{101655}, "metric: gas.award 101655 gas n=1 min=101655 max=101655"},
		{"api.per_s", "req/s", []float64{1210.4, 980.2, 1500.9}, "metric: api.per_s 1210 req/s n=3 min=980 max=1501"},
		{"gw.p99", "ms", []float64{0.9, 4.1, 0.5, 0.7}, "metric: gw.p99 0.800 ms n=4 min=0.500 max=4.100"},
		{"lag", "blocks", []float64{0, 1, 1}, "metric: lag 1 blocks n=3 min=0 max=1"},
		{"x", "ms", []float64{12.34, 15, 11}, "metric: x 12.3 ms n=3 min=11.0 max=15.0"},
		{"y", "ms", []float64{1, 2}, "metric: y 1.50 ms n=2 min=1.00 max=2.00"},
	} {
		if got := Line(c.name, c.unit, c.values); got != c.want {
			t.Errorf("Line(%v)\n got %s\nwant %s", c.values, got, c.want)
		}
	}
}

func TestReportKeepsOrderAndRuns(t *testing.T) {
	var r Report
	r.Add("b", "ms", 3)
	r.Add("a", "ms", 1)
	r.Add("b", "ms", 1)
	r.Add("b", "ms", 2)
	r.AddMs("a", 3*time.Millisecond)
	var buf bytes.Buffer
	r.Print(&buf)
	want := "metric: b 2 ms n=3 min=1 max=3\nmetric: a 2 ms n=2 min=1 max=3\n"
	if buf.String() != want {
		t.Fatalf("got\n%swant\n%s", buf.String(), want)
	}
}

func TestQuantile(t *testing.T) {
	var xs []time.Duration
	for i := 100; i >= 1; i-- {
		xs = append(xs, time.Duration(i)*time.Millisecond)
	}
	if got := Quantile(xs, 0.99); got != 99*time.Millisecond {
		t.Errorf("p99 = %v", got)
	}
	if got := Quantile(xs, 0.5); got != 50*time.Millisecond {
		t.Errorf("p50 = %v", got)
	}
	if got := Quantile(xs, 1); got != 100*time.Millisecond {
		t.Errorf("max = %v", got)
	}
}

func TestRuns(t *testing.T) {
	t.Setenv("GIN_BENCH_QUICK", "")
	t.Setenv("GIN_BENCH_RUNS", "")
	if Runs(5) != 5 {
		t.Error("default")
	}
	t.Setenv("GIN_BENCH_QUICK", "1")
	if Runs(5) != 1 {
		t.Error("quick")
	}
	t.Setenv("GIN_BENCH_RUNS", "7")
	if Runs(5) != 7 {
		t.Error("explicit")
	}
}
