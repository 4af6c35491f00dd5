package settlement_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// TestConfigValidation: each bad value is named in the error.
func TestConfigValidation(t *testing.T) {
	d := &chain.Deployment{ChainID: 1337, Token: chaintest.Addr("a"), Staking: chaintest.Addr("b"), Escrow: chaintest.Addr("c"),
		Disputes: chaintest.Addr("d"), Timelock: chaintest.Addr("e")}
	good := settlement.DefaultConfig(d, chaintest.Key("controller"))
	if err := good.Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	for _, tc := range []struct {
		want string
		bad  func(*settlement.Config)
	}{
		{"deployment", func(c *settlement.Config) { c.Deployment = nil }},
		{"signing key", func(c *settlement.Config) { c.Key = nil }},
		{"batch size", func(c *settlement.Config) { c.BatchSize = 0 }},
		{"batch interval", func(c *settlement.Config) { c.BatchInterval = 0 }},
		{"max fee cap", func(c *settlement.Config) { c.MaxFeeCap = nil }},
		{"tip cap cannot exceed", func(c *settlement.Config) { c.MaxTipCap = new(big.Int).Add(c.MaxFeeCap, big.NewInt(1)) }},
		{"replace-after", func(c *settlement.Config) { c.ReplaceAfter = 0 }},
		{"confirmations", func(c *settlement.Config) { c.Confirmations = 0 }},
		{"clock skew", func(c *settlement.Config) { c.ClockSkew = time.Hour }},
		{`"escrow"`, func(c *settlement.Config) {
			c.Deployment = &chain.Deployment{ChainID: 1, Token: d.Token, Staking: d.Staking, Disputes: d.Disputes, Timelock: d.Timelock}
		}},
		{`"disputes"`, func(c *settlement.Config) {
			c.Deployment = &chain.Deployment{ChainID: 1, Token: d.Token, Staking: d.Staking, Escrow: d.Escrow, Timelock: d.Timelock}
		}},
		{`"timelock"`, func(c *settlement.Config) {
			c.Deployment = &chain.Deployment{ChainID: 1, Token: d.Token, Staking: d.Staking, Escrow: d.Escrow, Disputes: d.Disputes}
		}},
		{"different addresses", func(c *settlement.Config) {
			c.Deployment = &chain.Deployment{ChainID: 1, Token: d.Token, Staking: d.Staking, Escrow: d.Escrow, Disputes: d.Escrow, Timelock: d.Timelock}
		}},
	} {
		c := good
		tc.bad(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("want an error naming %s, got %v", tc.want, err)
		}
	}
}
