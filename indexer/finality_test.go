package indexer_test

import (
	"testing"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
)

// TestFinalizedReads: a reader asking for finalized state does not see the newest blocks, which
// a reorg could still take away; a reader asking for the latest does.
func TestFinalizedReads(t *testing.T) {
	c := chaintest.New(t)
	m := newMirror(t, c, nil, indexer.Config{FinalityDepth: 5})
	k := c.Contracts
	c.FundGIN(t, "client", chain.Tokens(100))
	c.Send(t, "client", k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, chain.Tokens(100)))
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(10)))
	for i := 0; i < 5; i++ { // bury the first deposit under 5 blocks
		c.Send(t, "deployer", k.TokenC, k.Token.PackTransfer(chaintest.Addr("provider"), chain.Tokens(1)))
	}
	c.Send(t, "client", k.EscrowC, k.Escrow.PackDeposit(chain.Tokens(20)))
	m.sync(t)

	client := chaintest.Addr("client")
	latest, err := m.r.Balance(ctx, client, indexer.EscrowFree, indexer.Latest)
	if err != nil {
		t.Fatal(err)
	}
	final, err := m.r.Balance(ctx, client, indexer.EscrowFree, indexer.Finalized)
	if err != nil {
		t.Fatal(err)
	}
	if latest.Cmp(chain.Tokens(30)) != 0 || final.Cmp(chain.Tokens(10)) != 0 {
		t.Fatalf("escrow balance latest %s (want 30 GIN), finalized %s (want 10 GIN)", latest, final)
	}
}
