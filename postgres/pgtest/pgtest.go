// Package pgtest gives tests a real PostgreSQL: a throwaway cluster started from the machine's
// PostgreSQL binaries on a free port (once per test binary), or the server named by DATABASE_URL.
// Each test gets a database of its own.
package pgtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/gintonic/gintonic/postgres"
)

// Cluster is a running PostgreSQL server.
type Cluster = postgres.Cluster

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
	if shared != nil {
		_ = shared.Remove()
	}
	os.Exit(code)
}

// Shared returns the package's cluster, starting it on first use.
func Shared(t testing.TB) *Cluster {
	t.Helper()
	once.Do(func() {
		if u := os.Getenv("DATABASE_URL"); u != "" {
			shared = postgres.ExternalCluster(u)
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
	u, err := c.CreateDatabase(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// Start initializes and starts a new cluster in a temporary directory: with fsync off for tests,
// with PostgreSQL's default durability in benchmarks (the bench build tag), so that no benchmark
// figure rests on writes that a crash would lose.
func Start() (*Cluster, error) {
	return postgres.StartClusterWith(postgres.ClusterOptions{Durable: durable})
}
