package settlement

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// Config holds everything a settlement service needs; Validate names the first bad value.
type Config struct {
	Deployment *chain.Deployment
	// Key signs the service's transactions. settleBatch may be sent by anyone; reporting failures
	// needs CONTROLLER_ROLE, so in production this is the controller key.
	Key *ecdsa.PrivateKey

	BatchSize     int           // attestations (usage entries) per settleBatch; a batch goes out when full...
	BatchInterval time.Duration // ...or when its oldest report has waited this long
	MaxReportSize int           // most usage entries one report may carry

	MaxFeeCap     *big.Int      // highest max fee per gas (wei) the service will ever sign
	MaxTipCap     *big.Int      // highest priority fee per gas (wei)
	ReplaceAfter  time.Duration // a transaction not mined after this long is replaced with higher fees
	Confirmations uint64        // blocks (including its own) a receipt needs before it counts
	Poll          time.Duration // how often Run looks at the queue and the chain
	// ClockSkew is how far an agent's meter may run ahead of the chain's head block time: the cap
	// check allows gpuCount × ClockSkew extra GPU-seconds (the escrow clamps to its own clock anyway).
	ClockSkew time.Duration
	// MaxAttempts is how many reverted transactions a report may ride in before it is marked failed.
	MaxAttempts int
	// CheckMirror refuses, before any chain read, entries whose round the database (the
	// controller's award in market.jobs, or the indexer's mirror of JobAwarded) does not show
	// awarded to the report's provider: reports naming other providers' jobs cost no RPC. Only a
	// service sharing its database with no API and no indexer turns it off.
	CheckMirror bool
}

// DefaultConfig returns production defaults for d and key.
func DefaultConfig(d *chain.Deployment, key *ecdsa.PrivateKey) Config {
	return Config{
		Deployment:    d,
		Key:           key,
		BatchSize:     100,
		BatchInterval: 2 * time.Second,
		MaxReportSize: 256,
		MaxFeeCap:     new(big.Int).Mul(big.NewInt(500), big.NewInt(1e9)),
		MaxTipCap:     new(big.Int).Mul(big.NewInt(5), big.NewInt(1e9)),
		ReplaceAfter:  30 * time.Second,
		Confirmations: 3,
		Poll:          250 * time.Millisecond,
		ClockSkew:     5 * time.Second,
		MaxAttempts:   3,
		CheckMirror:   true,
	}
}

// Validate reports the first missing or out-of-range value, saying what to set.
func (c *Config) Validate() error {
	switch {
	case c.Deployment == nil:
		return errors.New("settlement config: deployment is missing (load the deployments file)")
	case c.Key == nil:
		return errors.New("settlement config: signing key is missing (the controller key sends settlements)")
	case c.BatchSize < 1 || c.BatchSize > 1000:
		return fmt.Errorf("settlement config: batch size %d must be between 1 and 1000", c.BatchSize)
	case c.BatchInterval <= 0:
		return errors.New("settlement config: batch interval must be positive")
	case c.MaxReportSize < 1 || c.MaxReportSize > 1000:
		return fmt.Errorf("settlement config: max report size %d must be between 1 and 1000", c.MaxReportSize)
	case c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0:
		return errors.New("settlement config: max fee cap must be a positive wei amount")
	case c.MaxTipCap == nil || c.MaxTipCap.Sign() <= 0:
		return errors.New("settlement config: max tip cap must be a positive wei amount")
	case c.MaxTipCap.Cmp(c.MaxFeeCap) > 0:
		return errors.New("settlement config: max tip cap cannot exceed max fee cap")
	case c.ReplaceAfter <= 0:
		return errors.New("settlement config: replace-after must be positive")
	case c.Confirmations < 1 || c.Confirmations > 128:
		return fmt.Errorf("settlement config: confirmations %d must be between 1 and 128", c.Confirmations)
	case c.Poll <= 0:
		return errors.New("settlement config: poll interval must be positive")
	case c.ClockSkew < 0 || c.ClockSkew > time.Minute:
		return errors.New("settlement config: clock skew must be between 0 and 1 minute")
	case c.MaxAttempts < 1:
		return errors.New("settlement config: max attempts must be at least 1")
	}
	return c.Deployment.Validate()
}
