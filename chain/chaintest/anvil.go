package chaintest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// AnvilKey is the private key of anvil's first pre-funded dev account (public, well-known).
const AnvilKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// StartAnvil starts anvil (Foundry's dev node, installed by `npm ci`) on a free port and returns
// its HTTP RPC URL. It is stopped when the test ends.
func StartAnvil(t testing.TB, extraArgs ...string) string {
	t.Helper()
	// The npm package's bin is a node launcher; run the native binary it wraps when present so that
	// killing the process really stops the node.
	root := RepoRoot(t)
	bin := filepath.Join(root, "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		bin = filepath.Join(root, "node_modules", ".bin", "anvil")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("anvil not found at %s: run `npm ci` at the repository root (make test does)", bin)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()

	ctx, cancel := context.WithCancel(context.Background())
	args := append([]string{"--host", "127.0.0.1", "--port", fmt.Sprint(port), "--chain-id", "31337", "--silent"}, extraArgs...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })

	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 100*time.Millisecond); err == nil {
			c.Close()
			return url
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("anvil did not listen on %s within 30s", url)
	return ""
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
