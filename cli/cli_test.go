package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/cli"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// gin runs the command line as the named account against the stack's API and chain.
type gin struct {
	t       *testing.T
	s       *apitest.Stack
	api     string
	deploys string
	config  string
}

func newGin(t *testing.T, s *apitest.Stack, api string) *gin {
	dir := t.TempDir()
	deploys := filepath.Join(dir, "deployments.json")
	b, _ := json.Marshal(s.Chain.Contracts.Deployment)
	if err := os.WriteFile(deploys, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return &gin{t: t, s: s, api: api, deploys: deploys, config: filepath.Join(dir, "config")}
}

func (g *gin) run(account string, args ...string) (stdout, stderr string, code int) {
	g.t.Helper()
	var out, errb bytes.Buffer
	key := ""
	if account != "" {
		key = hexutil.Encode(chaintest.Key(account).D.FillBytes(make([]byte, 32)))[2:]
	}
	env := cli.Env{
		Stdout: &out, Stderr: &errb, ConfigDir: filepath.Join(g.config, account),
		Getenv: func(k string) string {
			return map[string]string{"GIN_API_URL": g.api, "GIN_KEY": key, "GIN_DEPLOYMENTS": g.deploys, "GIN_RPC_URL": "sim://"}[k]
		},
		DialChain: func(context.Context, string) (chain.Backend, func(), error) { return g.s.Chain.Client, func() {}, nil },
	}
	code = cli.Execute(context.Background(), args, env)
	return out.String(), errb.String(), code
}

func (g *gin) ok(account string, args ...string) string {
	g.t.Helper()
	out, errs, code := g.run(account, args...)
	if code != 0 {
		g.t.Fatalf("gin %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func (g *gin) fails(account, want string, args ...string) {
	g.t.Helper()
	_, errs, code := g.run(account, args...)
	if code == 0 || !strings.Contains(errs, want) {
		g.t.Errorf("gin %s: want a failure mentioning %q, got exit %d: %s", strings.Join(args, " "), want, code, errs)
	}
}

// TestClientJourney: a client signs in, is told to deposit, deposits with a permit, submits a job
// that its own key signs on chain, follows it, and stops it; errors say what to do.
func TestClientJourney(t *testing.T) {
	s := apitest.New(t)
	a := s.Start("ctl-1", "controller")
	g := newGin(t, s, a.URL)
	s.Chain.FundGIN(t, "client", chain.Tokens(2_000_000))
	prov := s.ProviderWith(a, "provider", "eu", 8, apiv1.GPUSpec{Model: "A100", MemoryMiB: 40960, Count: 8})

	if out := g.ok("client", "login"); !strings.Contains(out, chaintest.Addr("client").Hex()) {
		t.Errorf("login: %s", out)
	}
	var me struct {
		EscrowFree string
		MayUseGpus bool
	}
	if err := json.Unmarshal([]byte(g.ok("client", "balance", "--json")), &me); err != nil || me.MayUseGpus || me.EscrowFree != "0" {
		t.Errorf("balance before deposit: %+v %v", me, err)
	}
	g.fails("client", "gin deposit", "jobs", "submit", "--image", "img", "--max-price", "1", "--budget", "1000", "--gpus", "2")

	// The deposit returns once the API counts it: blocks keep coming meanwhile, as on a chain.
	stopMining := every(100*time.Millisecond, func() { s.Sync() })
	start := time.Now()
	out := g.ok("client", "deposit", "1,500,000")
	stopMining()
	if !strings.Contains(out, "deposited 1500000 GIN") || time.Since(start) > time.Minute {
		t.Errorf("deposit: %s after %v", out, time.Since(start))
	}
	var counted struct{ EscrowFree string }
	if err := json.Unmarshal([]byte(g.ok("client", "balance", "--json")), &counted); err != nil || counted.EscrowFree != chain.Tokens(1_500_000).String() {
		t.Errorf("balance right after the deposit returned: %+v %v, want it counted", counted, err)
	}
	s.Heartbeat(prov, 8)
	if out := g.ok("client", "balance"); !strings.Contains(out, "1500000 GIN") || !strings.Contains(out, "met") {
		t.Errorf("balance after deposit:\n%s", out)
	}
	g.fails("client", `--env "MODEL_ID": want NAME=value`, "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5", "--budget", "1000", "--env", "MODEL_ID")
	out = g.ok("client", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5", "--budget", "1000", "--gpus", "2",
		"--env", "MODEL_ID=roneneldan/TinyStories-1M", "--json")
	var job struct {
		ID         int64 `json:"id"`
		State      string
		ChainJobID int64 `json:"chainJobId"`
	}
	if err := json.Unmarshal([]byte(out), &job); err != nil || job.State != "bidding" || job.ChainJobID == 0 {
		t.Fatalf("submit: %v %s", err, out)
	}
	onChain, err := s.Chain.Contracts.Job(context.Background(), uint64(job.ChainJobID))
	if err != nil || onChain.Client != chaintest.Addr("client") || onChain.MaxPrice.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("escrow job: %+v %v", onChain, err)
	}
	id := fmt.Sprint(job.ID)
	if out := g.ok("client", "jobs", "list"); !strings.Contains(out, "bidding") || !strings.Contains(out, "gintonic/runtime:dev") {
		t.Errorf("list:\n%s", out)
	}
	if out := g.ok("client", "jobs", "status", id); !strings.Contains(out, "on_chain") || !strings.Contains(out, "budget 1000 GIN") {
		t.Errorf("status:\n%s", out)
	}
	if out := g.ok("client", "jobs", "status", id, "--json"); !strings.Contains(out, `"MODEL_ID": "roneneldan/TinyStories-1M"`) {
		t.Errorf("the job's environment is not shown to its client:\n%s", out)
	}
	if out := g.ok("client", "jobs", "artifacts", id); !strings.Contains(out, "no results yet") {
		t.Errorf("artifacts of a job without results:\n%s", out)
	}
	g.fails("client", "no artifact", "jobs", "artifacts", id, "model.gguf", "-o", filepath.Join(t.TempDir(), "m.gguf"))

	// Top-ups: from the wallet with a permit (one transaction), then from the free escrow balance;
	// each returns once the API shows the new budget, and the trail says it.
	stopFolding := every(100*time.Millisecond, func() { s.Sync(); s.Tick() })
	wallet, _ := s.Chain.Contracts.TokenBalance(context.Background(), chaintest.Addr("client"))
	if out := g.ok("client", "jobs", "topup", id, "25"); !strings.Contains(out, "added 25 GIN, budget now 1025 GIN") {
		t.Errorf("topup from the wallet: %s", out)
	}
	if after, _ := s.Chain.Contracts.TokenBalance(context.Background(), chaintest.Addr("client")); new(big.Int).Sub(wallet, after).Cmp(chain.Tokens(25)) != 0 {
		t.Errorf("the wallet paid %s for a 25 GIN top-up", new(big.Int).Sub(wallet, after))
	}
	if out := g.ok("client", "jobs", "topup", id, "5", "--from-escrow"); !strings.Contains(out, "budget now 1030 GIN") {
		t.Errorf("topup from the escrow: %s", out)
	}
	var locked struct{ EscrowFree, EscrowLocked string }
	for range 100 { // the mirror's balances move at finality: free to locked, as the escrow's
		if json.Unmarshal([]byte(g.ok("client", "balance", "--json")), &locked) == nil && locked.EscrowLocked == chain.Tokens(1030).String() {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	stopFolding()
	if locked.EscrowLocked != chain.Tokens(1030).String() || locked.EscrowFree != chain.Tokens(1_500_000-1005).String() {
		t.Errorf("balances after the top-ups: %+v, want 1030 GIN locked and 1,498,995 GIN free", locked)
	}
	if onChain, _ := s.Chain.Contracts.Job(context.Background(), uint64(job.ChainJobID)); onChain.Budget.Cmp(chain.Tokens(1030)) != 0 {
		t.Errorf("escrow budget after two top-ups: %s", onChain.Budget)
	}
	if out := g.ok("client", "jobs", "logs", id); !strings.Contains(out, "the client added 5 GIN to the budget, now 1,030 GIN") {
		t.Errorf("the trail does not show the top-ups:\n%s", out)
	}
	g.fails("client", "InsufficientBalance", "jobs", "topup", id, "9999999", "--from-escrow")
	g.fails("client2", "no job", "jobs", "topup", id, "1")
	g.fails("client", "is not an amount of GIN", "jobs", "topup", id, "lots")

	g.ok("client", "jobs", "stop", id)
	s.Tick()
	if out := g.ok("client", "jobs", "logs", id); !strings.Contains(out, "cancelled") {
		t.Errorf("logs after stop:\n%s", out)
	}
	// The container's logs: a line its provider shipped (stored as the API stores it), read by
	// the client; nobody else reads them.
	if err := s.DB.Exec(`INSERT INTO market.container_logs (job_id, provider, round, stream, at, line, digest)
		VALUES (?, ?, 1, 'stderr', now(), 'loading model', '\x01')`, job.ID, chaintest.Addr("provider").Bytes()).Error; err != nil {
		t.Fatal(err)
	}
	if out := g.ok("client", "jobs", "logs", id, "--container"); !strings.Contains(out, " stderr 0x"+chaintest.Addr("provider").Hex()[2:6]) ||
		!strings.HasSuffix(strings.TrimSpace(out), "/1  loading model") {
		t.Errorf("container logs:\n%s", out)
	}
	g.fails("provider", "only the client of job", "jobs", "logs", id, "--container")
	free, _ := s.Chain.Contracts.FreeBalance(context.Background(), chaintest.Addr("client"))
	// The whole budget comes back, the 25 GIN topped up from the wallet with it.
	if free.Cmp(chain.Tokens(1_500_025)) != 0 {
		t.Errorf("free balance after the refund: %s", free)
	}

	// Replicas: up to three providers at once, autoscaled from one, in distinct regions.
	g.fails("client", "minReplicas: must be between 0 (scale to zero when idle) and replicas (3)", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5", "--budget", "10",
		"--replicas", "3", "--min-replicas", "4")
	out = g.ok("client", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5", "--budget", "10", "--replicas", "3",
		"--min-replicas", "1", "--distinct-regions", "--json")
	var replicated struct {
		ID         int64 `json:"id"`
		ChainJobID int64 `json:"chainJobId"`
	}
	if err := json.Unmarshal([]byte(out), &replicated); err != nil || replicated.ChainJobID == 0 {
		t.Fatalf("submit with replicas: %v %s", err, out)
	}
	terms, err := bind.Call(s.Chain.Contracts.EscrowC, nil, s.Chain.Contracts.Escrow.PackJobTerms(big.NewInt(replicated.ChainJobID)), s.Chain.Contracts.Escrow.UnpackJobTerms)
	if err != nil || terms.Terms.Replicas != 3 {
		t.Errorf("escrow terms of the replicated job: %+v %v", terms, err)
	}
	if out := g.ok("client", "jobs", "status", fmt.Sprint(replicated.ID)); !strings.Contains(out, "replicas: 0 of 3 serving; autoscaled between 1 and 3 (now 1) at 4.0 requests in flight per provider; in distinct regions") {
		t.Errorf("status of the replicated job:\n%s", out)
	}

	// Scaling to zero: the idle time in the job, and said back in its status.
	g.fails("client", "--scale-to-zero-after 1.5s: give whole seconds", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5",
		"--budget", "10", "--min-replicas", "0", "--scale-to-zero-after", "1.5s")
	g.fails("client", "scaleToZeroAfter: must be between 60 and 604800", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5",
		"--budget", "10", "--min-replicas", "0", "--scale-to-zero-after", "30s")
	out = g.ok("client", "jobs", "submit", "--image", "gintonic/runtime:dev", "--max-price", "0.5", "--budget", "10", "--min-replicas", "0",
		"--scale-to-zero-after", "5m", "--json")
	var toZero struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &toZero); err != nil || toZero.ID == 0 {
		t.Fatalf("submit scaling to zero: %v %s", err, out)
	}
	if out := g.ok("client", "jobs", "status", fmt.Sprint(toZero.ID)); !strings.Contains(out, "scales to zero after 5m0s without a request") {
		t.Errorf("status of the job scaling to zero:\n%s", out)
	}

	// Errors a user meets, each with what to do.
	g.fails("client", "gin jobs list", "jobs", "status", "999")
	g.fails("client", "not a job id", "jobs", "status", "abc")
	g.fails("client", "InsufficientBalance", "withdraw", "9999999")
	g.fails("client", "more than 18 decimals", "deposit", "0.0000000000000000001")
	g.fails("", "no key", "login")
	_, errs, code := g.run("client", "login", "--key", "nothex")
	if code == 0 || !strings.Contains(errs, "neither an existing key file") || strings.Contains(errs, "nothex") {
		t.Errorf("bad key: %d %s", code, errs)
	}
	down := newGin(t, s, "http://127.0.0.1:1")
	down.fails("client2", "is the service running", "login")
}

// TestProviderCommands: a provider stakes with a permit and starts unbonding.
func TestProviderCommands(t *testing.T) {
	s := apitest.New(t)
	a := s.Start("ctl-1", "")
	g := newGin(t, s, a.URL)
	s.Chain.FundGIN(t, "provider", chain.Tokens(200_000))
	g.ok("provider", "stake", "150000")
	st, _ := s.Chain.Contracts.StakeOf(context.Background(), chaintest.Addr("provider"))
	if st.Cmp(chain.Tokens(150_000)) != 0 {
		t.Fatalf("stake %s", st)
	}
	g.ok("provider", "unstake", "50000")
	g.fails("provider", "gin jobs list", "status") // not registered yet: 404 with a hint
	g.fails("provider", "refused", "withdraw-stake")

	// The agent's key: the staking key authorizes it, and nothing else about the stake changes.
	g.fails("provider", "want the agent key's address", "operator", "nope")
	g.ok("provider", "operator", chaintest.Addr("rig").Hex())
	if op, err := s.Chain.Contracts.OperatorOf(context.Background(), chaintest.Addr("provider")); err != nil || op != chaintest.Addr("rig") {
		t.Fatalf("operator of the provider: %s %v", op.Hex(), err)
	}
	g.ok("provider", "operator", "none")
	if op, _ := s.Chain.Contracts.OperatorOf(context.Background(), chaintest.Addr("provider")); op != (common.Address{}) {
		t.Fatalf("operator not revoked: %s", op.Hex())
	}

	// cancel-bids voids every bid signed before it, in one transaction.
	before := uint64(time.Now().UnixMicro())
	g.ok("provider", "cancel-bids")
	k := s.Chain.Contracts
	min, err := bind.Call(k.EscrowC, &bind.CallOpts{Context: context.Background()}, k.Escrow.PackMinBidNonce(chaintest.Addr("provider")), k.Escrow.UnpackMinBidNonce)
	if err != nil || min.Uint64() < before {
		t.Fatalf("minimum bid nonce %v (%v), want at least %d", min, err, before)
	}
}

// every runs f every period in the background (blocks coming, the controller folding them in, as
// on a live chain) until the returned stop is called; stop returns once f no longer runs.
func every(period time.Duration, f func()) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-time.After(period):
				f()
			}
		}
	}()
	return func() { close(quit); <-done }
}
