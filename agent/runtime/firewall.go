package runtime

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// firewallRule drops every connection a job container opens to the host itself: the host's
// addresses are the one thing a job network reaches (see isolate), and a service of the
// provider's that listens on every interface would answer there. Replies to the connections
// the host opens (the agent's health checks and proxying) are not new, so they pass.
var firewallRule = []string{"INPUT", "-i", BridgeNamePrefix + "+", "-m", "conntrack", "--ctstate", "NEW", "-j", "DROP"}

// ensureFirewall adds firewallRule to the host's iptables unless it is there already.
func ensureFirewall(ctx context.Context) error {
	bin, err := exec.LookPath("iptables")
	if err != nil {
		return fmt.Errorf("job network firewall: iptables is not installed (apt-get install iptables), or run without -job-firewall: %w", err)
	}
	check := exec.CommandContext(ctx, bin, append([]string{"-w", "-C"}, firewallRule...)...)
	if check.Run() == nil {
		return nil
	}
	out, err := exec.CommandContext(ctx, bin, append([]string{"-w", "-I"}, firewallRule...)...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("job network firewall: iptables -I %s: %w: %s (the agent must run as root)",
			strings.Join(firewallRule, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}
