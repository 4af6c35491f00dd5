// Package doctor checks, one by one, what a provider machine needs before its agent can bid —
// NVIDIA driver and NVML, the container toolkit (and whether its version has known
// container-escape CVEs), Docker Engine, disk, the key, the chain, the stake, the API and whether
// the controller reaches the endpoint — and names the fix for each one missing.
// `gin-agent doctor` prints the report.
package doctor

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Status is a check's outcome.
type Status string

const (
	OK   Status = "ok"
	Warn Status = "warn" // works, but something a provider should know or fix
	Fail Status = "fail" // the agent cannot serve jobs until this is fixed
	Skip Status = "skip" // not applicable here, or it needs a check before it that failed
)

// Check is one line of the report.
type Check struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
	Detail string `json:"detail"`        // what was found
	Fix    string `json:"fix,omitempty"` // what to do, when not OK
}

// Report is every check, in the order they ran.
type Report []Check

// Failed is how many checks failed.
func (r Report) Failed() int { return r.count(Fail) }

func (r Report) count(s Status) int {
	n := 0
	for _, c := range r {
		if c.Status == s {
			n++
		}
	}
	return n
}

// Write prints the report as a person reads it: one line per check, its fix under it.
func (r Report) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	mark := map[Status]string{OK: "ok", Warn: "WARN", Fail: "FAIL", Skip: "skip"}
	for _, c := range r {
		lines := strings.Split(c.Detail, "\n")
		fmt.Fprintf(tw, "%s\t%s\t%s\n", mark[c.Status], c.Name, lines[0])
		for _, l := range lines[1:] {
			fmt.Fprintf(tw, "\t\t%s\n", l)
		}
		if c.Fix != "" && c.Status != OK {
			fmt.Fprintf(tw, "\t\t→ %s\n", c.Fix)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	switch f, wn := r.Failed(), r.count(Warn); {
	case f > 0:
		_, err := fmt.Fprintf(w, "\n%d of %d checks failed: fix them (→) and run gin-agent doctor again\n", f, len(r))
		return err
	case wn > 0:
		_, err := fmt.Fprintf(w, "\nready to bid, with %d warning(s)\n", wn)
		return err
	default:
		_, err := fmt.Fprintln(w, "\nready to bid")
		return err
	}
}

// step is one check: it reads what it needs from the machine and says what it found.
type step struct {
	name string
	run  func(ctx context.Context) Check
}

// Run runs every check with a per-check time limit. A check whose prerequisite failed is
// skipped, naming it.
func Run(ctx context.Context, m *Machine) Report {
	var r Report
	failed := map[string]bool{}
	for _, s := range m.steps() {
		var c Check
		if need := m.needs(s.name); need != "" && failed[need] {
			c = Check{Status: Skip, Detail: "needs the " + need + " check to pass first"}
		} else {
			cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			c = s.run(cctx)
			cancel()
		}
		c.Name = s.name
		if c.Status == Fail || c.Status == Skip && strings.HasPrefix(c.Detail, "needs the ") {
			failed[s.name] = true
		}
		r = append(r, c)
	}
	return r
}
