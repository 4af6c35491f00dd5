//go:build cgo && !windows

package cli

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/gintonic/gintonic/devstack"
)

// devCmd starts the whole marketplace on this machine, as `make demo` does, without the
// scripted journey: for trying the CLI, the dashboard or a wallet against a local chain.
func (g *globals) devCmd() *cobra.Command {
	o := devstack.Options{}
	var logPath string
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run the whole marketplace locally (chain, Postgres, API, settlement, two provider agents) until Ctrl-C",
		Long: `gin dev starts, on this machine: PostgreSQL (a throwaway cluster, or DATABASE_URL), a local
chain (anvil from the repository's node_modules) with the contracts deployed and the dev accounts
funded and staked, the indexer, the API with its controller, gateway and settlement, and provider
agents running the reference model runtime in Docker. Run it from a Gintonic checkout after
'make deps'; it needs a Docker Engine (sudo scripts/dockerd.sh starts one).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			logf, err := os.Create(logPath)
			if err != nil {
				return err
			}
			defer logf.Close()
			o.Log = logf
			o.DatabaseURL = g.env.Getenv("DATABASE_URL")
			return devstack.Run(cmd.Context(), o, g.env.Stdout, nil, false)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.RPCPort, "rpc-port", 8545, "port of the chain's JSON-RPC endpoint")
	f.IntVar(&o.APIPort, "api-port", 8080, "port of the API, gateway, Swagger UI and dashboard")
	f.IntVar(&o.Providers, "providers", 2, "provider agents to run (1 to 4)")
	f.StringVar(&logPath, "log", "gintonic-dev.log", "file the services' logs go to")
	return cmd
}
