package postgres

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
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

// Cluster is a running PostgreSQL server.
type Cluster struct {
	URL     string // admin URL (database "postgres")
	dataDir string
	port    int
	owned   bool // started by us (can be stopped and restarted)
	durable bool // PostgreSQL's default durability instead of the test settings
	run     func(name string, args ...string) error
}

// ClusterOptions choose how a throwaway cluster runs.
type ClusterOptions struct {
	// Durable keeps PostgreSQL's default durability (fsync, synchronous commit, full-page
	// writes), as a production server runs: benchmarks use it. Without it the cluster trades
	// crash safety for speed (fsync, synchronous_commit and full_page_writes off), which is what
	// tests and the demo want.
	Durable bool
}

// StartCluster initializes and starts a new test cluster (fsync off) in a temporary directory
// (removed by Remove). As root it runs the server as the "postgres" system user, since PostgreSQL
// refuses to run as root.
func StartCluster() (*Cluster, error) { return StartClusterWith(ClusterOptions{}) }

// StartClusterWith is StartCluster with options.
func StartClusterWith(o ClusterOptions) (*Cluster, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	removeStale(bin)
	dir, err := os.MkdirTemp("", clusterPattern)
	if err != nil {
		return nil, err
	}
	// Whoever finds this cluster after its owner died (kill -9) stops and removes it.
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, err
	}
	cred, err := serverUser(dir)
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	c := &Cluster{dataDir: data, port: port, owned: true, durable: o.Durable, run: runner(bin, dir, cred),
		URL: fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)}
	if err := c.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"); err != nil {
		return nil, err
	}
	if err := c.Restart(); err != nil {
		return nil, err
	}
	return c, nil
}

const (
	clusterPattern = "gintonic-pg-*"
	ownerFile      = "owner.pid"
)

// serverUser is who runs the server: as root, the "postgres" system user (PostgreSQL refuses to
// run as root), who then gets dir; otherwise the current user (nil).
func serverUser(dir string) (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root needs a 'postgres' system user to run the server: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func runner(bin, dir string, cred *syscall.Credential) func(name string, args ...string) error {
	return func(name string, args ...string) error {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w\n%s", name, err, out)
		}
		return nil
	}
}

// removeStale stops and deletes the clusters whose owning process is gone: what a demo or a test
// binary killed with -9 left behind. Clusters of live processes are left alone.
func removeStale(bin string) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), clusterPattern))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue // not ours to judge (older layout, or still being created)
		}
		pid, err := strconv.Atoi(string(b))
		if err != nil || pid <= 0 || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		cred, err := serverUser(dir)
		if err != nil {
			continue
		}
		_ = runner(bin, dir, cred)("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "stop")
		_ = os.RemoveAll(dir)
	}
}

// ExternalCluster is a server someone else runs (DATABASE_URL): it cannot be stopped from here.
func ExternalCluster(url string) *Cluster { return &Cluster{URL: url} }

// Durable reports whether the server runs with PostgreSQL's default durability (ClusterOptions).
func (c *Cluster) Durable() bool { return c.durable }

// Owned reports whether StartCluster started this server (and may stop and restart it).
func (c *Cluster) Owned() bool { return c.owned }

// Stop stops the server (fast shutdown).
func (c *Cluster) Stop() error {
	if !c.owned {
		return fmt.Errorf("cluster at %s was not started here", c.URL)
	}
	return c.run("pg_ctl", "-D", c.dataDir, "-m", "fast", "-w", "stop")
}

// Restart starts a stopped server on the same port and data.
func (c *Cluster) Restart() error {
	if !c.owned {
		return fmt.Errorf("cluster at %s was not started here", c.URL)
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=200", c.port, filepath.Dir(c.dataDir))
	if !c.durable {
		opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	}
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

// Remove stops a cluster StartCluster started and deletes its files.
func (c *Cluster) Remove() error {
	if !c.owned {
		return nil
	}
	err := c.Stop()
	if rerr := os.RemoveAll(filepath.Dir(c.dataDir)); err == nil {
		err = rerr
	}
	return err
}

// CreateDatabase creates database name on the cluster (when missing) and returns its URL.
func (c *Cluster) CreateDatabase(ctx context.Context, name string) (string, error) {
	admin, err := sql.Open("pgx", c.URL)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	var exists bool
	if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return "", fmt.Errorf("look for database %s: %w", name, err)
	}
	if !exists {
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+strconv.Quote(name)); err != nil {
			return "", fmt.Errorf("create database %s: %w", name, err)
		}
	}
	u, err := url.Parse(c.URL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}
