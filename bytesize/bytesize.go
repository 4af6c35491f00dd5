// Package bytesize writes sizes for people: one decimal in the largest binary unit a size
// reaches ("1.1 MiB", "15.0 GiB"), whole bytes below a KiB.
package bytesize

import "fmt"

var units = []string{"KiB", "MiB", "GiB", "TiB"}

// Format writes n bytes for a person.
func Format(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	v, u := float64(n)/1024, 0
	for v >= 1024 && u < len(units)-1 {
		v, u = v/1024, u+1
	}
	return fmt.Sprintf("%.1f %s", v, units[u])
}
