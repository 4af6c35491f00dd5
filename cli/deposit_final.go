package cli

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
)

// depositCounted waits, after a deposit was mined, until the API counts it: the API reads escrow
// balances at finality (a deposit that a reorganisation could undo does not yet pay for GPUs), so
// a job submitted right after the deposit would otherwise be refused for a balance of 0 GIN.
// before is the free balance the API showed before the deposit; nil skips the wait.
func (g *globals) depositCounted(ctx context.Context, c *apiclient.Client, before, amount *big.Int, within time.Duration) {
	if c == nil || before == nil {
		return
	}
	want := new(big.Int).Add(before, amount)
	if g.until(ctx, "deposit: waiting until the API counts it (balances are read at finality)", within, func() bool {
		free := g.freeBalance(ctx, c)
		return free != nil && free.Cmp(want) >= 0
	}) {
		return
	}
	fmt.Fprintf(g.env.Stderr, "gin: the deposit is mined but the API does not count it yet (it reads balances once final); gin balance shows it then\n")
}

// freeBalance is the escrow balance the API counts as free, or nil when it cannot be read.
func (g *globals) freeBalance(ctx context.Context, c *apiclient.Client) *big.Int {
	r, err := c.GetMeWithResponse(ctx)
	if err != nil || r.JSON200 == nil {
		return nil
	}
	v, ok := new(big.Int).SetString(r.JSON200.EscrowFree, 10)
	if !ok {
		return nil
	}
	return v
}

// until shows a spinner saying what until done holds, asking every half second, for at most
// within; it reports whether done held.
func (g *globals) until(ctx context.Context, what string, within time.Duration, done func() bool) bool {
	sp := g.spin(what)
	defer sp.end()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		if done() {
			return true
		}
		select {
		case <-ctx.Done():
		case <-time.After(500 * time.Millisecond):
		}
	}
	return false
}
