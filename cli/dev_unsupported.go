//go:build windows || !cgo

package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// devCmd explains where the local stack runs: on Linux or macOS, from a Gintonic checkout (it
// builds the model runtime from source and runs anvil from node_modules), in a gin built with cgo
// (the provider agent reads GPUs through NVML) — `go run ./cmd/gin dev`. Release builds are
// static (no cgo) and say so.
func (g *globals) devCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "dev",
		Short: "Run the whole marketplace locally (from a checkout: go run ./cmd/gin dev)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return errors.New("this gin cannot run the local stack: run `go run ./cmd/gin dev` (or `make demo`) from a Gintonic checkout on Linux or macOS — on Windows inside WSL2; the other gin commands work here")
		},
	}
}
