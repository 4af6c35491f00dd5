package controller

import (
	"crypto/ecdsa"
	"fmt"
	"strings"
	"time"
)

// DefaultLocalLatencyMs is the latency assumed from clients in the controller's own region.
const DefaultLocalLatencyMs = 5

// Config is what a controller node needs besides its database and chain connections.
type Config struct {
	// ControllerID names this node in the matching graph and in heartbeats ("ctl-eu-1").
	ControllerID string
	// Region is where this controller runs; clients that name no region are matched from here.
	Region string
	// RegionLatencyMs is the measured latency from clients in each region to this controller.
	// The controller's own region defaults to DefaultLocalLatencyMs.
	RegionLatencyMs map[string]float64

	// ControllerKey signs award, awardBackup and reportFailure transactions. It must hold the
	// escrow's CONTROLLER_ROLE and the controller stake. Nil runs a read-only node that never
	// awards (jobs then wait for a node that can).
	ControllerKey *ecdsa.PrivateKey

	// BiddingPeriod is how long a job takes bids once it is on chain; AwardMargin is how long
	// before the on-chain bidding deadline the controller must have sent the award.
	BiddingPeriod time.Duration
	AwardMargin   time.Duration

	// HeartbeatInterval is what providers are told to use; a provider whose last heartbeat is
	// older than HeartbeatTimeout is unhealthy and its running jobs fail over.
	HeartbeatInterval time.Duration
	HeartbeatTimeout  time.Duration
	// FailureThreshold is how many failure reports for one job trigger a failover.
	FailureThreshold int
	// FaultGrace is how long this controller signs no fault observation (and fails nothing over for
	// missed heartbeats) after it starts or after it failed to reach Postgres or the chain; at least
	// HeartbeatTimeout (the default is twice it).
	FaultGrace time.Duration

	// Poll is how often the award, failover and chain-follow loops look for work; Lease how long
	// a node owns a job while it sends a transaction for it.
	Poll  time.Duration
	Lease time.Duration
	// ProbeInterval is how often this controller measures its own latency to every healthy
	// provider (GET of the endpoint's /healthz); matching uses those figures, not what providers
	// report. 0 turns the probes off (providers' own reports then stand).
	ProbeInterval time.Duration
	// ConfirmUnreachable is how long the gateway's mark that it cannot reach a job's provider
	// must stand before this controller probes the provider's endpoint itself; when the probes
	// fail too, the job fails over at once instead of after HeartbeatTimeout. 0 turns it off.
	ConfirmUnreachable time.Duration
	// ReachCache is how long Reach (quotes, and the check that a submitted job can be served)
	// reuses its snapshot of the network: each would otherwise read every provider and its stake
	// from Postgres. 0 reads afresh every time.
	ReachCache time.Duration
	// ScaleWindow is how long an autoscaled job's load is averaged before the controller adds or
	// takes out a replica (at most one step per window); 0 is 30 s.
	ScaleWindow time.Duration
}

// Problems lists every missing or inconsistent value, naming it.
func (c *Config) Problems() []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if c.ControllerID == "" || strings.ContainsAny(c.ControllerID, " \t\n") {
		bad("controller id must be a non-empty word")
	}
	if c.Region == "" {
		bad("region must be set")
	}
	for r, ms := range c.RegionLatencyMs {
		if r == "" || ms < 0 {
			bad("region latency %q=%v: need a region and a latency ≥ 0", r, ms)
		}
	}
	if c.BiddingPeriod <= 0 || c.AwardMargin <= 0 {
		bad("bidding period and award margin must be positive")
	}
	if c.HeartbeatInterval <= 0 || c.HeartbeatTimeout <= c.HeartbeatInterval {
		bad("heartbeat timeout (%s) must exceed the heartbeat interval (%s)", c.HeartbeatTimeout, c.HeartbeatInterval)
	}
	if c.FailureThreshold < 1 {
		bad("failure threshold must be ≥ 1")
	}
	if c.FaultGrace != 0 && c.FaultGrace < c.HeartbeatTimeout {
		bad("fault grace (%s) must be at least the heartbeat timeout (%s), or 0 for twice it", c.FaultGrace, c.HeartbeatTimeout)
	}
	if c.Poll <= 0 || c.Lease <= 0 {
		bad("poll interval and lease must be positive")
	}
	return errs
}

// Validate reports every missing or inconsistent value, naming it.
func (c *Config) Validate() error {
	if errs := c.Problems(); len(errs) > 0 {
		return fmt.Errorf("controller config: %s", strings.Join(errs, "; "))
	}
	return nil
}
