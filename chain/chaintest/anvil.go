package chaintest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/chain/anvil"
)

// AnvilKey is the private key of anvil's first pre-funded dev account (public, well-known).
const AnvilKey = anvil.Key

// StartAnvil starts anvil (Foundry's dev node, installed by `npm ci`) on a free port and returns
// its HTTP RPC URL. It is stopped when the test ends.
func StartAnvil(t testing.TB, extraArgs ...string) string {
	t.Helper()
	n, err := anvil.Start(context.Background(), anvil.Options{Root: RepoRoot(t), Extra: extraArgs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)
	return n.URL
}

// RepoRoot is the directory holding go.mod, found from the working directory upwards.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/gintonic/gintonic") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("repository root (go.mod) not found above the working directory")
		}
		dir = parent
	}
}
