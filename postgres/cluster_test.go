package postgres

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestStaleClusterRemoved: a process that started a cluster is killed with -9; the next cluster
// start stops the orphaned server and removes its files.
func TestStaleClusterRemoved(t *testing.T) {
	if os.Getenv("GINTONIC_CLUSTER_CHILD") == "1" {
		c, err := StartCluster()
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println(filepath.Dir(c.dataDir))
		time.Sleep(time.Minute) // killed before this ends
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestStaleClusterRemoved$")
	cmd.Env = append(os.Environ(), "GINTONIC_CLUSTER_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	dir := line[:len(line)-1]
	if _, err := os.Stat(filepath.Join(dir, "data", "postmaster.pid")); err != nil {
		t.Fatalf("the child's cluster is not running (%q): %v", line, err)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()

	c, err := StartCluster()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Remove()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the orphaned cluster %s is still there (%v)", dir, err)
	}
}
