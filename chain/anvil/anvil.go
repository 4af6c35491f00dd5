// Package anvil runs Foundry's dev node (installed by `npm ci` under node_modules) as a local
// chain with a JSON-RPC endpoint: for tests, and for `make demo` / `gin dev`, where a browser
// wallet connects to it too.
package anvil

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Key is the private key of anvil's first pre-funded dev account (public, well-known).
const Key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// Options say how to run the node.
type Options struct {
	Root      string        // repository root (holding node_modules)
	Host      string        // listen host; default 127.0.0.1
	Port      int           // 0 picks a free port
	ChainID   int64         // default 31337
	BlockTime time.Duration // 0 mines a block per transaction
	Accounts  int           // pre-funded dev accounts; default anvil's 10
	Extra     []string      // further anvil flags
}

// Node is a running anvil.
type Node struct {
	URL    string
	cmd    *exec.Cmd
	cancel context.CancelFunc
	done   chan struct{}
}

// Binary finds the anvil binary under root/node_modules: the native binary when present, so that
// stopping the process really stops the node, else npm's launcher.
func Binary(root string) (string, error) {
	native := filepath.Join(root, "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	if _, err := os.Stat(native); err == nil {
		return native, nil
	}
	launcher := filepath.Join(root, "node_modules", ".bin", "anvil")
	if _, err := os.Stat(launcher); err == nil {
		return launcher, nil
	}
	return "", fmt.Errorf("anvil not found under %s: run `npm ci` at the repository root (make deps does)", filepath.Join(root, "node_modules"))
}

// Start runs anvil and waits until its RPC port accepts connections (30 s at most).
func Start(ctx context.Context, o Options) (*Node, error) {
	bin, err := Binary(o.Root)
	if err != nil {
		return nil, err
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	if o.ChainID == 0 {
		o.ChainID = 31337
	}
	if o.Port == 0 {
		l, err := net.Listen("tcp", net.JoinHostPort(o.Host, "0"))
		if err != nil {
			return nil, err
		}
		o.Port = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	addr := net.JoinHostPort(o.Host, strconv.Itoa(o.Port))
	if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
		c.Close()
		return nil, fmt.Errorf("port %d is taken: stop what runs there or pick another port", o.Port)
	}
	args := []string{"--host", o.Host, "--port", strconv.Itoa(o.Port), "--chain-id", strconv.FormatInt(o.ChainID, 10), "--silent"}
	if o.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(o.BlockTime.Seconds(), 'f', -1, 64))
	}
	if o.Accounts > 0 {
		args = append(args, "--accounts", strconv.Itoa(o.Accounts))
	}
	args = append(args, o.Extra...)
	rctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(rctx, bin, args...)
	cmd.SysProcAttr = procAttr()
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, fmt.Errorf("start anvil: %w", err)
	}
	n := &Node{URL: "http://" + addr, cmd: cmd, cancel: cancel, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(n.done) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond); err == nil {
			c.Close()
			return n, nil
		}
		select {
		case <-n.done:
			cancel()
			return nil, fmt.Errorf("anvil exited at start (%v)", cmd.ProcessState)
		case <-ctx.Done():
			n.Stop()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			n.Stop()
			return nil, errors.New("anvil did not listen on " + addr + " within 30s")
		}
	}
}

// Stop kills the node and waits for it to exit.
func (n *Node) Stop() {
	n.cancel()
	<-n.done
}

// SetIntervalMining switches the node to a block every d (anvil's evm_setIntervalMining); a node
// started without a block time mines one block per transaction until then, which makes set-up
// (deploying, funding) fast.
func (n *Node) SetIntervalMining(ctx context.Context, d time.Duration) error {
	c, err := rpc.DialContext(ctx, n.URL)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "evm_setIntervalMining", int64(d/time.Second)); err != nil {
		return fmt.Errorf("evm_setIntervalMining: %w", err)
	}
	return nil
}
