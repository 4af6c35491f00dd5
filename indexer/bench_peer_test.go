//go:build bench

package indexer_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

// The peer comparison: the gin-indexer binary and Ponder (bench/peers/ponder), each started as a
// process against the same anvil over HTTP and a fresh database of the same PostgreSQL cluster,
// from the deploy block, timed from exec to caught up — gin-indexer when its cursor reaches the
// head, Ponder when /ready answers 200 and its table holds every event. Both poll at 50 ms. They
// run one after the other (never at once: the machine has two cores), and each run's ratio is
// taken from that run. Both run with their defaults. Ponder's include a client-side JSON-RPC rate
// limit that starts at 20 requests/s per endpoint and grows 5% at a time (up to 500) while the node
// keeps up, and its back-fill fetches every block that holds a log; on this local node that, not
// its database writes, is most of its time (GIN_BENCH_PONDER_LOG_LEVEL=info shows its phases).

const (
	peerPoll     = 50 * time.Millisecond
	peerTimeout  = 5 * time.Minute
	ponderSchema = "gin_peer"
)

func peerBackfill(t *testing.T, rep *bench.Report, c *chaintest.AnvilChain, head uint64, events int64) {
	root := chaintest.RepoRoot(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "gin-indexer")
	if out, err := run(root, "go", "build", "-o", bin, "./cmd/gin-indexer"); err != nil {
		t.Fatalf("go build ./cmd/gin-indexer: %v\n%s", err, out)
	}
	deployments := filepath.Join(dir, "deployments.json")
	if err := c.Contracts.Deployment.Save(deployments); err != nil {
		t.Fatal(err)
	}
	ponderDir := filepath.Join(root, "bench", "peers", "ponder")
	if _, err := os.Stat(filepath.Join(ponderDir, "node_modules", ".bin", "ponder")); err != nil {
		t.Logf("installing Ponder (npm ci in %s)", ponderDir)
		if out, err := run(ponderDir, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"); err != nil {
			t.Fatalf("npm ci in %s: %v\n%s", ponderDir, err, out)
		}
	}
	setup := filepath.Join(dir, "ponder-setup.json")
	writePonderSetup(t, setup, c)
	t.Logf("peer: gin-indexer (go build, flags at their defaults: poll 1s, finality 12, max span 10000) and Ponder %s (default options, telemetry off), each as a process, %d events in blocks %d..%d from %s, a fresh database each run on the same cluster",
		ponderVersion(ponderDir), events, c.Contracts.Deployment.DeployBlock, head, c.URL)

	for i := 0; i < bench.Runs(3); i++ {
		gn, gel := runGinIndexer(t, bin, deployments, c.URL, head)
		pn, pel, ready := runPonder(t, ponderDir, setup, events)
		if gn != events || pn != events {
			t.Fatalf("row counts differ: gin-indexer %d, Ponder %d, chain %d events", gn, pn, events)
		}
		g, p := float64(gn)/gel.Seconds(), float64(pn)/pel.Seconds()
		rep.Add("indexer.peer.gin_indexer_backfill_events_per_s", "events/s", float64(int64(g+0.5)))
		rep.Add("indexer.peer.ponder_backfill_events_per_s", "events/s", float64(int64(p+0.5)))
		rep.Add("indexer.peer.ratio_vs_ponder", "x", g/p)
		t.Logf("peer run %d: gin-indexer %d events in %s; Ponder %d events in %s (/ready at %s); ratio %.2f",
			i+1, gn, gel.Round(time.Millisecond), pn, pel.Round(time.Millisecond), ready.Round(time.Millisecond), g/p)
	}
}

// runGinIndexer runs the gin-indexer binary on a fresh database until its cursor reaches head, and
// returns the events it stored and the time from exec.
func runGinIndexer(t *testing.T, bin, deployments, rpcURL string, head uint64) (int64, time.Duration) {
	t.Helper()
	url := pgtest.NewDB(t)
	db := openDB(t, url)
	defer closeDB(db)
	var out syncBuffer
	cmd := exec.Command(bin, "-rpc", rpcURL, "-database-url", url, "-deployments", deployments, "-metrics-addr", "127.0.0.1:0")
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := wait(cmd)
	defer stopProcess(cmd, exited)
	for {
		var block *int64
		err := db.Raw(`SELECT block_number FROM cursors WHERE name = 'indexer'`).Scan(&block).Error
		if err == nil && block != nil && uint64(*block) >= head {
			break
		}
		select {
		case <-exited:
			t.Fatalf("gin-indexer exited: %v\n%s", cmd.ProcessState, out.String())
		case <-time.After(peerPoll):
		}
		if time.Since(start) > peerTimeout {
			t.Fatalf("gin-indexer did not catch up within %s\n%s", peerTimeout, out.String())
		}
	}
	el := time.Since(start)
	return count(t, db, `SELECT count(*) FROM chain_events`), el
}

// runPonder runs Ponder on a fresh database until /ready answers 200 and its table holds want
// rows; it returns the rows, the time from exec, and when /ready first answered 200.
func runPonder(t *testing.T, dir, setup string, want int64) (int64, time.Duration, time.Duration) {
	t.Helper()
	url := pgtest.NewDB(t)
	db := openDB(t, url)
	defer closeDB(db)
	port := freePort(t)
	var out syncBuffer
	cmd := exec.Command(filepath.Join(dir, "node_modules", ".bin", "ponder"), "start", "--schema", ponderSchema,
		"--port", fmt.Sprint(port), "--hostname", "127.0.0.1", "--log-level", cmp.Or(os.Getenv("GIN_BENCH_PONDER_LOG_LEVEL"), "warn"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DATABASE_URL="+url, "DATABASE_PRIVATE_URL=", "DATABASE_SCHEMA=", "GIN_PONDER_SETUP="+setup,
		"PONDER_TELEMETRY_DISABLED=true", "NO_COLOR=1", "CI=true")
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	hc := &http.Client{Timeout: time.Second}
	readyURL := fmt.Sprintf("http://127.0.0.1:%d/ready", port)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := wait(cmd)
	defer stopProcess(cmd, exited)
	if os.Getenv("GIN_BENCH_PONDER_LOG_LEVEL") != "" {
		defer func() { t.Log(out.String()) }()
	}
	var ready time.Duration
	var n int64
	for {
		if ready == 0 {
			if resp, err := hc.Get(readyURL); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					ready = time.Since(start)
				}
			}
		}
		if ready != 0 {
			if n = count(t, db, `SELECT count(*) FROM `+ponderSchema+`.chain_event`); n >= want {
				break
			}
		}
		select {
		case <-exited:
			t.Fatalf("ponder exited: %v\n%s", cmd.ProcessState, out.String())
		case <-time.After(peerPoll):
		}
		if time.Since(start) > peerTimeout {
			t.Fatalf("Ponder did not catch up within %s (ready after %s, %d of %d rows)\n%s", peerTimeout, ready, n, want, out.String())
		}
	}
	return n, time.Since(start), ready
}

// writePonderSetup writes what bench/peers/ponder/setup.ts reads: the node, the start block, and
// the three contracts gin-indexer follows with their ABIs from the Go bindings.
func writePonderSetup(t *testing.T, file string, c *chaintest.AnvilChain) {
	t.Helper()
	d := c.Contracts.Deployment
	type contract struct {
		Address string          `json:"address"`
		ABI     json.RawMessage `json:"abi"`
	}
	s := struct {
		RPC        string              `json:"rpc"`
		ChainID    uint64              `json:"chainId"`
		StartBlock uint64              `json:"startBlock"`
		Contracts  map[string]contract `json:"contracts"`
	}{RPC: c.URL, ChainID: d.ChainID, StartBlock: d.DeployBlock, Contracts: map[string]contract{
		"GinToken":        {d.Token.Hex(), json.RawMessage(gintoken.GinTokenMetaData.ABI)},
		"ProviderStaking": {d.Staking.Hex(), json.RawMessage(staking.ProviderStakingMetaData.ABI)},
		"AuctionEscrow":   {d.Escrow.Hex(), json.RawMessage(escrow.AuctionEscrowMetaData.ABI)},
	}}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func ponderVersion(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "node_modules", "ponder", "package.json"))
	if err != nil {
		return "?"
	}
	var p struct{ Version string }
	_ = json.Unmarshal(b, &p)
	return p.Version
}

func openDB(t *testing.T, url string) *gorm.DB {
	t.Helper()
	db, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func count(t *testing.T, db *gorm.DB, q string) int64 {
	t.Helper()
	var n int64
	if err := db.Raw(q).Scan(&n).Error; err != nil {
		return -1
	}
	return n
}

func run(dir, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}

func wait(cmd *exec.Cmd) <-chan struct{} {
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	return done
}

// stopProcess stops a process group with SIGTERM, then SIGKILL after 10 s.
func stopProcess(cmd *exec.Cmd, exited <-chan struct{}) {
	select {
	case <-exited:
		return
	default:
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// syncBuffer is a goroutine-safe output sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
