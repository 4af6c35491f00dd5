package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// devCmd explains that the local stack needs Linux or macOS: it runs PostgreSQL, anvil and a
// Docker Engine with host networking as child processes.
func (g *globals) devCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "dev",
		Short: "Run the whole marketplace locally (Linux and macOS; on Windows use WSL2)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return errors.New("gin dev runs the local stack on Linux and macOS: on Windows, run it inside WSL2 (the other gin commands work here)")
		},
	}
}
