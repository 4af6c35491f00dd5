package controller_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/controller"
)

func good() controller.Config {
	return controller.Config{ControllerID: "ctl-1", Region: "eu", BiddingPeriod: 5 * time.Second, AwardMargin: time.Minute,
		HeartbeatInterval: 5 * time.Second, HeartbeatTimeout: 20 * time.Second, FailureThreshold: 3,
		Poll: 500 * time.Millisecond, Lease: 30 * time.Second}
}

// TestConfigProblems: every bad controller setting is named, with what would be right.
func TestConfigProblems(t *testing.T) {
	if c := good(); len(c.Problems()) != 0 {
		t.Fatalf("a good config has problems: %v", c.Problems())
	}
	for _, tc := range []struct {
		name  string
		tweak func(*controller.Config)
		want  string
	}{
		{"no id", func(c *controller.Config) { c.ControllerID = "" }, "controller id"},
		{"no region", func(c *controller.Config) { c.Region = "" }, "region must be set"},
		{"timeout below interval", func(c *controller.Config) { c.HeartbeatTimeout = c.HeartbeatInterval }, "must exceed the heartbeat interval"},
		{"no threshold", func(c *controller.Config) { c.FailureThreshold = 0 }, "failure threshold"},
		{"grace shorter than the timeout", func(c *controller.Config) { c.FaultGrace = time.Second }, "fault grace (1s) must be at least the heartbeat timeout (20s)"},
		{"no poll", func(c *controller.Config) { c.Poll = 0 }, "poll interval"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good()
			tc.tweak(&c)
			if p := strings.Join(c.Problems(), "; "); !strings.Contains(p, tc.want) {
				t.Fatalf("problems %q, want one containing %q", p, tc.want)
			}
		})
	}
}
