package devstack

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadSetup: the errors a newcomer sees for a stack that cannot start, before anything runs.
func TestBadSetup(t *testing.T) {
	for _, n := range []int{-1, MaxProviders + 1} {
		if _, err := devAccounts(n, 1); err == nil || !strings.Contains(err.Error(), "want 1 to") {
			t.Errorf("%d providers: %v", n, err)
		}
	}
	for _, n := range []int{0, MaxControllers + 1} {
		if _, err := devAccounts(1, n); err == nil || !strings.Contains(err.Error(), "want 1 to") {
			t.Errorf("%d controllers: %v", n, err)
		}
	}
	t.Setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
	if _, err := DockerClient(context.Background()); err == nil || !strings.Contains(err.Error(), "scripts/dockerd.sh") {
		t.Errorf("no Docker Engine: %v, want a message naming scripts/dockerd.sh", err)
	}
	if err := checkImage(context.Background(), DefaultImage); err == nil || !strings.Contains(err.Error(), "scripts/dockerd.sh") {
		t.Errorf("image check without an engine: %v", err)
	}
	wd, _ := os.Getwd()
	t.Chdir(t.TempDir())
	if _, err := RepoRoot(); err == nil || !strings.Contains(err.Error(), "Gintonic checkout") {
		t.Errorf("outside a checkout: %v", err)
	}
	t.Chdir(filepath.Join(wd, "..", "chain", "anvil"))
	if root, err := RepoRoot(); err != nil || root != filepath.Dir(wd) {
		t.Errorf("from a subdirectory: %q %v, want %q", root, err, filepath.Dir(wd))
	}
}
