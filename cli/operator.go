package cli

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

// operatorCmd authorizes (or, with "none", revokes) the key a provider's agent signs with, from
// the staking key: the rig then never holds the key that owns the stake.
func (g *globals) operatorCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "operator <address|none>",
		Short: "Authorize the key your agent signs bids and usage with (run with the staking key; none revokes)",
		Long: "Authorize the key your agent signs bids and usage with (run with the staking key; none revokes).\n\n" +
			"The operator key signs in, bids and signs usage reports for you, and can do nothing else: it\n" +
			"cannot stake, unstake or withdraw. Give the agent only the operator key; keep the staking key\n" +
			"off the machine that runs clients' containers. A new operator replaces the old one at once.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var op common.Address
			switch a := strings.TrimSpace(args[0]); {
			case strings.EqualFold(a, "none"):
			case common.IsHexAddress(a):
				op = common.HexToAddress(a)
			default:
				return fmt.Errorf("operator %q: want the agent key's address (0x… 40 hex digits), or none to revoke", args[0])
			}
			ctx := cmd.Context()
			w, err := g.wallet(ctx)
			if err != nil {
				return err
			}
			defer w.close()
			if self := crypto.PubkeyToAddress(w.key.PublicKey); op == self {
				return fmt.Errorf("operator %s is this wallet itself: name the agent's own key (gin-agent prints its address at start)", op.Hex())
			}
			tx, err := g.send(ctx, w, "set the operator key", w.k.StakingC, w.k.Staking.PackSetOperator(op))
			if err != nil {
				return err
			}
			if op == (common.Address{}) {
				return g.done(map[string]any{"operator": nil, "tx": tx}, "operator key revoked: only your own key signs for you now (tx %s)\n", tx)
			}
			return g.done(map[string]any{"operator": op.Hex(), "tx": tx},
				"%s now signs bids and usage for %s (tx %s); give gin-agent that key only\n", op.Hex(), crypto.PubkeyToAddress(w.key.PublicKey).Hex(), tx)
		},
	}
}
