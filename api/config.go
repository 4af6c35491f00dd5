package api

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// Config is everything an API instance needs besides its database and chain connections.
type Config struct {
	// ControllerID names this instance in the matching graph and in heartbeats ("ctl-eu-1").
	ControllerID string
	// Region is where this controller runs; clients that name no region are matched from here.
	Region string
	// RegionLatencyMs is the measured latency from clients in each region to this controller.
	// The controller's own region defaults to DefaultLocalLatencyMs.
	RegionLatencyMs map[string]float64

	// Domain and URI are what SIWE messages must name ("gintonic.example:8080",
	// "http://gintonic.example:8080"); URI is matched as a prefix at a path boundary.
	Domain string
	URI    string
	// NonceTTL bounds how long a sign-in nonce stays usable; SessionTTL how long a session lasts.
	NonceTTL   time.Duration
	SessionTTL time.Duration

	// ControllerKey signs award, awardBackup and reportFailure transactions. It must hold the
	// escrow's CONTROLLER_ROLE and the controller stake. Nil runs a read-only instance that
	// never awards (jobs then wait for an instance that can).
	ControllerKey *ecdsa.PrivateKey

	// MinBalance is the escrow balance (free + locked, as indexed) a client needs to use GPUs.
	MinBalance *big.Int
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
	// an instance owns a job while it sends a transaction for it.
	Poll  time.Duration
	Lease time.Duration

	// MaxBodyBytes caps request bodies; RateLimit is requests per second per caller (session
	// address, or IP when anonymous) with bursts of RateBurst; RequestTimeout bounds a request.
	MaxBodyBytes   int64
	RateLimit      float64
	RateBurst      int
	RequestTimeout time.Duration
}

// DefaultLocalLatencyMs is the latency assumed from clients in the controller's own region.
const DefaultLocalLatencyMs = 5

// DefaultConfig is a development configuration for a controller at uri.
func DefaultConfig(uri string) Config {
	u, _ := url.Parse(uri)
	host := ""
	if u != nil {
		host = u.Host
	}
	return Config{
		ControllerID:      "ctl-1",
		Region:            "local",
		Domain:            host,
		URI:               uri,
		NonceTTL:          5 * time.Minute,
		SessionTTL:        24 * time.Hour,
		MinBalance:        chain.Tokens(1_000_000),
		BiddingPeriod:     5 * time.Second,
		AwardMargin:       60 * time.Second,
		HeartbeatInterval: 5 * time.Second,
		HeartbeatTimeout:  20 * time.Second,
		FailureThreshold:  3,
		Poll:              500 * time.Millisecond,
		Lease:             30 * time.Second,
		MaxBodyBytes:      1 << 20,
		RateLimit:         200,
		RateBurst:         400,
		RequestTimeout:    30 * time.Second,
	}
}

// Validate reports the first missing or inconsistent value, naming it.
func (c *Config) Validate() error {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if c.ControllerID == "" || strings.ContainsAny(c.ControllerID, " \t\n") {
		bad("controller id must be a non-empty word")
	}
	if c.Region == "" {
		bad("region must be set")
	}
	if c.Domain == "" {
		bad("SIWE domain must be set (the host[:port] clients sign in at)")
	}
	if u, err := url.Parse(c.URI); err != nil || u.Scheme == "" || u.Host == "" {
		bad("SIWE URI %q must be an absolute URL", c.URI)
	}
	for r, ms := range c.RegionLatencyMs {
		if r == "" || ms < 0 {
			bad("region latency %q=%v: need a region and a latency ≥ 0", r, ms)
		}
	}
	if c.NonceTTL <= 0 || c.SessionTTL <= 0 {
		bad("nonce TTL and session TTL must be positive")
	}
	if c.MinBalance == nil || c.MinBalance.Sign() < 0 {
		bad("minimum balance must be ≥ 0 wei")
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
	if c.MaxBodyBytes < 1024 {
		bad("max body bytes must be ≥ 1024")
	}
	if c.RateLimit <= 0 || c.RateBurst < 1 {
		bad("rate limit must be positive with a burst ≥ 1")
	}
	if c.RequestTimeout <= 0 {
		bad("request timeout must be positive")
	}
	if len(errs) > 0 {
		return errors.New("api config: " + strings.Join(errs, "; "))
	}
	return nil
}
