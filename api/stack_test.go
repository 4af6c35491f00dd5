package api_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// clock is the API's clock in tests: real time plus an offset the test moves, so bidding closes
// and heartbeats go stale without sleeping (the chain keeps its own time).
type clock struct {
	mu     sync.Mutex
	offset time.Duration
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.offset += d
	c.mu.Unlock()
}

// stack is a chain, a migrated Postgres with the indexer's mirror, and API instances over them.
type stack struct {
	t     *testing.T
	c     *chaintest.Chain
	db    *gorm.DB
	dbURL string
	ix    *indexer.Indexer
	clk   *clock
	apis  []*instance
}

type instance struct {
	srv *api.Server
	hs  *httptest.Server
	url string
}

const finality = 1

func newStack(t *testing.T) *stack {
	t.Helper()
	c := chaintest.New(t, func(dc *chain.DeployConfig) {
		dc.Controllers = []common.Address{chaintest.Addr("controller"), chaintest.Addr("controller2")}
	})
	db, url := pgtest.Migrated(t)
	ix, err := indexer.New(db, c.Client, indexer.Config{Deployment: c.Contracts.Deployment, FinalityDepth: finality}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &stack{t: t, c: c, db: db, dbURL: url, ix: ix, clk: &clock{}}
}

// start adds an API instance; controller names the chaintest account whose key it awards with
// ("" for none).
func (s *stack) start(id, controller string, tweak ...func(*api.Config)) *instance {
	s.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.t.Fatal(err)
	}
	uri := "http://" + ln.Addr().String()
	cfg := api.DefaultConfig(uri)
	cfg.ControllerID = id
	cfg.Region = "eu"
	cfg.BiddingPeriod = 2 * time.Second
	cfg.Poll = 50 * time.Millisecond
	cfg.RateLimit, cfg.RateBurst = 1e6, 1e6
	if controller != "" {
		cfg.ControllerKey = chaintest.Key(controller)
	}
	for _, f := range tweak {
		f(&cfg)
	}
	srv, err := api.New(ctx, cfg, api.Deps{
		DB: s.db, Chain: s.c.Client, Contracts: s.c.Contracts,
		Mirror:   indexer.NewReader(s.db, s.c.Contracts.Deployment.ChainID, "", finality),
		Registry: prometheus.NewRegistry(), Now: s.clk.now,
	})
	if err != nil {
		s.t.Fatal(err)
	}
	hs := httptest.NewUnstartedServer(srv.Handler())
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	s.t.Cleanup(hs.Close)
	in := &instance{srv: srv, hs: hs, url: uri}
	s.apis = append(s.apis, in)
	return in
}

// sync mines one more block (so everything before it is final) and indexes to the head.
func (s *stack) sync() {
	s.t.Helper()
	s.c.Advance(s.t, time.Second)
	for i := 0; ; i++ {
		done, err := s.ix.Sync(ctx)
		if err != nil {
			s.t.Fatalf("index: %v", err)
		}
		if done {
			return
		}
		if i > 1000 {
			s.t.Fatal("indexer does not catch up")
		}
	}
}

// tick runs one round of every instance's background work (after indexing).
func (s *stack) tick() {
	s.t.Helper()
	s.sync()
	for _, in := range s.apis {
		in.srv.Tick(ctx)
	}
}

// login signs the named account in at the instance.
func (s *stack) login(in *instance, name string) *apiclient.Client {
	s.t.Helper()
	c, err := apiclient.Dial(ctx, in.url, chaintest.Key(name))
	if err != nil {
		s.t.Fatalf("%s signs in: %v", name, err)
	}
	return c
}

// deposit funds the named client with amount GIN in its wallet and deposits it into the escrow.
func (s *stack) deposit(name string, amount *big.Int) {
	s.t.Helper()
	k := s.c.Contracts
	s.c.FundGIN(s.t, name, amount)
	s.c.Send(s.t, name, k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, amount))
	s.c.Send(s.t, name, k.EscrowC, k.Escrow.PackDeposit(amount))
}

// provider stakes, registers and heartbeats the named account as a provider with 8 H100s.
func (s *stack) provider(in *instance, name, region string, latencyMs float64) *apiclient.Client {
	s.t.Helper()
	s.c.Stake(s.t, name, chain.Tokens(100_000))
	p := s.login(in, name)
	reg, err := p.RegisterProviderWithResponse(ctx, apiv1.ProviderRegistration{
		Region: region, Endpoint: "http://127.0.0.1:9/" + name,
		Gpus: []apiv1.GPUSpec{{Model: "H100", MemoryMiB: 81920, Count: 8}},
	})
	if err != nil || reg.JSON200 == nil {
		s.t.Fatalf("register %s: %v %s", name, err, body(reg))
	}
	s.heartbeat(p, latencyMs)
	return p
}

func (s *stack) heartbeat(p *apiclient.Client, latencyMs float64) {
	s.t.Helper()
	lat := map[string]float64{}
	for _, in := range s.apis {
		lat[in.srv.ControllerID()] = latencyMs
	}
	hb, err := p.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, LatenciesMs: &lat})
	if err != nil || hb.JSON200 == nil {
		s.t.Fatalf("heartbeat: %v %s", err, body(hb))
	}
}

// submit submits a job for the client, sends its createJob transaction from the client's key
// and attaches the hash: the job is then open for bids.
func (s *stack) submit(c *apiclient.Client, name string, req apiv1.JobRequest) apiv1.Job {
	s.t.Helper()
	rsp, err := c.SubmitJobWithResponse(ctx, req)
	if err != nil || rsp.JSON201 == nil {
		s.t.Fatalf("submit: %v %s", err, body(rsp))
	}
	rc := s.sendUnsigned(name, rsp.JSON201.CreateJobTx)
	att, err := c.AttachJobTxWithResponse(ctx, rsp.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.Hex()})
	if err != nil || att.JSON200 == nil {
		s.t.Fatalf("attach: %v %s", err, body(att))
	}
	return *att.JSON200
}

// sendUnsigned signs and sends a transaction the API prepared, as a wallet would.
func (s *stack) sendUnsigned(name string, tx apiv1.UnsignedTx) common.Hash {
	s.t.Helper()
	if common.HexToAddress(tx.To) != s.c.Contracts.Deployment.Escrow || tx.ChainId != s.c.ChainID.Int64() {
		s.t.Fatalf("unsigned tx for %s on chain %d, want the escrow on %d", tx.To, tx.ChainId, s.c.ChainID)
	}
	rc := s.c.Send(s.t, name, s.c.Contracts.EscrowC, hexutil.MustDecode(tx.Data))
	return rc.TxHash
}

func defaultJob() apiv1.JobRequest {
	model := "hf://roneneldan/TinyStories-1M"
	return apiv1.JobRequest{
		Image: "gintonic/runtime:dev", Model: &model, Kind: apiv1.Service,
		Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 2},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600,
	}
}

// body is a generated response's status and raw body, for failure messages.
func body(r any) string {
	v := reflect.ValueOf(r)
	if !v.IsValid() || v.IsNil() {
		return "<no response>"
	}
	v = v.Elem()
	status := 0
	if h, ok := v.FieldByName("HTTPResponse").Interface().(*http.Response); ok && h != nil {
		status = h.StatusCode
	}
	return fmt.Sprintf("HTTP %d %s", status, v.FieldByName("Body").Bytes())
}
