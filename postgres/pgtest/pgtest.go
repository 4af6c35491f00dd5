// Package pgtest gives tests a real PostgreSQL: a throwaway cluster started from the machine's
// PostgreSQL binaries on a free port (once per test binary), or the server named by DATABASE_URL.
// Each test gets a database of its own.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

// Cluster is a running PostgreSQL server.
type Cluster struct {
	URL     string // admin URL (database "postgres")
	dataDir string
	port    int
	owned   bool // started by us (can be stopped and restarted)
	run     func(name string, args ...string) error
}

var (
	once    sync.Once
	shared  *Cluster
	initErr error
	seq     atomic.Int64
)

// Main runs a package's tests with a shared cluster and removes it afterwards. Use from TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	if shared != nil && shared.owned {
		shared.Stop()
		_ = os.RemoveAll(filepath.Dir(shared.dataDir))
	}
	os.Exit(code)
}

// Shared returns the package's cluster, starting it on first use.
func Shared(t testing.TB) *Cluster {
	t.Helper()
	once.Do(func() {
		if u := os.Getenv("DATABASE_URL"); u != "" {
			shared = &Cluster{URL: u}
			return
		}
		shared, initErr = Start()
	})
	if initErr != nil {
		t.Fatalf("start PostgreSQL: %v", initErr)
	}
	return shared
}

// NewDB creates a fresh database on the shared cluster and returns its URL.
func NewDB(t testing.TB) string {
	t.Helper()
	c := Shared(t)
	name := fmt.Sprintf("t%d_%d", os.Getpid(), seq.Add(1))
	admin, err := sql.Open("pgx", c.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	u, _ := url.Parse(c.URL)
	u.Path = "/" + name
	return u.String()
}

// Start initializes and starts a new cluster in a temporary directory. As root it runs the server
// as the "postgres" system user, since PostgreSQL refuses to run as root.
func Start() (*Cluster, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "gintonic-pg-*")
	if err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, fmt.Errorf("running as root needs a 'postgres' system user to run the server: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c := &Cluster{dataDir: data, port: port, owned: true,
		URL: fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)}
	run := func(name string, args ...string) error {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w\n%s", name, err, out)
		}
		return nil
	}
	c.run = run
	if err := run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"); err != nil {
		return nil, err
	}
	if err := c.Restart(); err != nil {
		return nil, err
	}
	return c, nil
}

// Owned reports whether pgtest started this server (and may stop and restart it).
func (c *Cluster) Owned() bool { return c.owned }

// Stop stops the server (fast shutdown).
func (c *Cluster) Stop() error {
	if !c.owned {
		return fmt.Errorf("cluster at %s was not started by pgtest", c.URL)
	}
	return c.run("pg_ctl", "-D", c.dataDir, "-m", "fast", "-w", "stop")
}

// Restart starts a stopped server on the same port and data.
func (c *Cluster) Restart() error {
	if !c.owned {
		return fmt.Errorf("cluster at %s was not started by pgtest", c.URL)
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
		c.port, filepath.Dir(c.dataDir))
	if err := c.run("pg_ctl", "-D", c.dataDir, "-o", opts, "-l", filepath.Join(filepath.Dir(c.dataDir), "log"), "-w", "-t", "60", "start"); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if db, err := sql.Open("pgx", c.URL); err == nil {
			err = db.PingContext(ctx)
			db.Close()
			if err == nil {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("postgres on port %d did not accept connections", c.port)
}

func binDir() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(real), nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(matches) == 0 {
		return "", fmt.Errorf("PostgreSQL server binaries not found (install postgresql, or set DATABASE_URL)")
	}
	return filepath.Dir(matches[len(matches)-1]), nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
