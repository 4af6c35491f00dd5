package api

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/controller"
)

// Config is everything an API instance needs besides its database and chain connections.
type Config struct {
	// Config is the controller node this instance runs (package controller): its id, region,
	// key, bidding, heartbeat and failover settings.
	controller.Config

	// Domain and URI are what SIWE messages must name ("gintonic.example:8080",
	// "http://gintonic.example:8080"); URI is matched as a prefix at a path boundary.
	Domain string
	URI    string
	// NonceTTL bounds how long a sign-in nonce stays usable; SessionTTL how long a session lasts.
	NonceTTL   time.Duration
	SessionTTL time.Duration

	// MinBalance is the escrow balance (free + locked, as indexed) a client needs to use GPUs.
	MinBalance *big.Int
	// MaxBodyBytes caps request bodies; RateLimit is requests per second per caller (session
	// address, or IP when anonymous) with bursts of RateBurst; RequestTimeout bounds a request.
	MaxBodyBytes   int64
	RateLimit      float64
	RateBurst      int
	RequestTimeout time.Duration
	// MaxRateKeys caps the rate limiter's buckets: past it, new callers share one bucket
	// instead of growing the map (a flood of fresh addresses costs no memory).
	MaxRateKeys int
	// TrustedProxies are the addresses (IPs or CIDRs) of reverse proxies whose
	// X-Forwarded-For this instance believes. Empty (the default): none, so the client IP is
	// the TCP peer and a forged header does not get a fresh rate-limit bucket.
	TrustedProxies []string

	// StrictEndpoints applies production endpoint rules on a development chain too: https only,
	// no private, loopback or link-local addresses (on other chains they always apply).
	StrictEndpoints bool

	// MaxStreams caps the open event streams of the instance, MaxStreamsPerCaller those of one
	// signed-in address.
	MaxStreams          int
	MaxStreamsPerCaller int
	// MaxArtifactsPerJob and MaxArtifactBytesPerJob are a job's artifact quota;
	// ArtifactTransfers bounds the uploads and downloads in memory at once.
	MaxArtifactsPerJob     int
	MaxArtifactBytesPerJob int64
	ArtifactTransfers      int
	// LogRetention is how long a deployment's container log lines stay readable after they
	// arrived (also after the job ended); MaxLogLinesPerJob how many of the newest a job keeps.
	LogRetention      time.Duration
	MaxLogLinesPerJob int

	// GatewayHold is how long a model request whose provider cannot be reached (or whose job is
	// failing over) waits for the job to be served again before the client gets an error; 0
	// answers at once (gateway.Config.FailoverHold).
	GatewayHold time.Duration

	// MinScaleToZeroAfter is the shortest idle time a job may scale to zero after
	// (scaleToZeroAfter): a deployment that stops and starts every few seconds costs its provider
	// more than it serves. The dev stack lowers it to show the cycle in seconds.
	MinScaleToZeroAfter time.Duration

	// HubEndpoint is the Hugging Face Hub (or a mirror speaking its API) that jobs' models are
	// read from at submission; empty: $HF_ENDPOINT, else https://huggingface.co. The providers'
	// agents fetch from the endpoint they are configured with.
	HubEndpoint string

	// ServeMetrics serves Prometheus metrics at /metrics on the API's own address; turn it off
	// when they are served on a separate, private address (gin-api -metrics-listen).
	ServeMetrics bool
}

// DefaultConfig is a development configuration for a controller at uri.
func DefaultConfig(uri string) Config {
	u, _ := url.Parse(uri)
	host := ""
	if u != nil {
		host = u.Host
	}
	return Config{
		Config: controller.Config{
			ControllerID:      "ctl-1",
			Region:            "local",
			BiddingPeriod:     5 * time.Second,
			AwardMargin:       60 * time.Second,
			HeartbeatInterval: 5 * time.Second,
			HeartbeatTimeout:  20 * time.Second,
			FailureThreshold:  3,
			Poll:              500 * time.Millisecond,
			Lease:             30 * time.Second,
			ProbeInterval:     10 * time.Second,
			ReachCache:        2 * time.Second,
			// The gateway marks a provider it cannot reach; a second later this controller
			// probes it and, if that fails too, fails the job over at once.
			ConfirmUnreachable: time.Second,
		},
		GatewayHold:         20 * time.Second,
		MinScaleToZeroAfter: time.Minute,
		Domain:              host,
		URI:                 uri,
		NonceTTL:            5 * time.Minute,
		SessionTTL:          24 * time.Hour,
		MinBalance:          chain.Tokens(1_000_000),
		MaxBodyBytes:        1 << 20,
		RateLimit:           200,
		RateBurst:           400,
		RequestTimeout:      30 * time.Second,
		MaxRateKeys:         100_000,

		MaxStreams:             500,
		MaxStreamsPerCaller:    4,
		MaxArtifactsPerJob:     64,
		MaxArtifactBytesPerJob: 256 << 20,
		ArtifactTransfers:      4,
		LogRetention:           7 * 24 * time.Hour,
		MaxLogLinesPerJob:      100_000,
		ServeMetrics:           true,
	}
}

// Validate reports the first missing or inconsistent value, naming it.
func (c *Config) Validate() error {
	errs := c.Config.Problems()
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if c.Domain == "" {
		bad("SIWE domain must be set (the host[:port] clients sign in at)")
	}
	if u, err := url.Parse(c.URI); err != nil || u.Scheme == "" || u.Host == "" {
		bad("SIWE URI %q must be an absolute URL", c.URI)
	}
	if c.LogRetention <= 0 || c.MaxLogLinesPerJob < 1 {
		bad("log retention and the lines kept per job must be positive")
	}
	if c.NonceTTL <= 0 || c.SessionTTL <= 0 {
		bad("nonce TTL and session TTL must be positive")
	}
	if c.MinBalance == nil || c.MinBalance.Sign() < 0 {
		bad("minimum balance must be ≥ 0 wei")
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
	if c.MaxRateKeys < 1 {
		bad("max rate-limit keys must be ≥ 1")
	}
	for _, p := range c.TrustedProxies {
		if net.ParseIP(p) == nil {
			if _, _, err := net.ParseCIDR(p); err != nil {
				bad("trusted proxy %q is neither an IP address nor a CIDR range like 10.0.0.0/8", p)
			}
		}
	}
	if c.MaxStreams < 1 || c.MaxStreamsPerCaller < 1 {
		bad("stream limits must be ≥ 1")
	}
	if c.MaxArtifactsPerJob < 1 || c.MaxArtifactBytesPerJob < 1 || c.ArtifactTransfers < 1 {
		bad("artifact quotas (count, bytes per job, transfers at once) must be ≥ 1")
	}
	if len(errs) > 0 {
		return errors.New("api config: " + strings.Join(errs, "; "))
	}
	return nil
}
