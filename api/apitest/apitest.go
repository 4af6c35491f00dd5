// Package apitest starts the marketplace for tests of its clients (the CLI, the agent): a
// simulated chain with the contracts, a migrated Postgres with the indexer's mirror, and API
// instances over them, with a clock the test moves.
package apitest

import (
	"context"
	"math/big"
	"net"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
	"github.com/gintonic/gintonic/postgres/pgtest"
	"github.com/gintonic/gintonic/settlement"
	"github.com/gintonic/gintonic/settlement/intake"
)

// FinalityDepth is the mirror's finality in these tests: a block is final once one more exists.
const FinalityDepth = 1

// Clock is real time plus an offset the test moves, so that bidding closes and heartbeats go
// stale without sleeping (the chain keeps its own time).
type Clock struct {
	mu     sync.Mutex
	offset time.Duration
}

// Now is the API's current time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

// Advance moves the API's time forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.offset += d
	c.mu.Unlock()
}

// Set moves the API's time to t (which then keeps running from there).
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.offset = time.Until(t)
	c.mu.Unlock()
}

// Stack is the chain, the database and the API instances of one test.
type Stack struct {
	T     testing.TB
	Chain *chaintest.Chain
	DB    *gorm.DB
	DBURL string
	Index *indexer.Indexer
	Clock *Clock
	APIs  []*Instance
	// Settlement takes the API instances' usage reports once WithSettlement was called.
	Settlement *settlement.Service
	// Hub is the instances' model hub: Model (the TinyStories 260K GGUF) and BigModel (a
	// Llama-3-8B-shaped safetensors repository whose 16 GB of weights are declared, not held).
	Hub *hubtest.Server
}

// The models of Stack.Hub.
const (
	ModelRepo    = "gintonic/tinystories-260k"
	Model        = "hf://" + ModelRepo
	BigModelRepo = "acme/llama-3-8b"
	BigModel     = "hf://" + BigModelRepo
)

// Llama3Config is a Llama-3-8B config.json: 8.0 B parameters, 15 GiB at bf16.
const Llama3Config = `{"architectures":["LlamaForCausalLM"],"model_type":"llama","torch_dtype":"bfloat16",
"hidden_size":4096,"intermediate_size":14336,"num_attention_heads":32,"num_hidden_layers":32,
"num_key_value_heads":8,"max_position_embeddings":8192,"vocab_size":128256,"tie_word_embeddings":false}`

// Instance is one API server.
type Instance struct {
	Server *api.Server
	HTTP   *httptest.Server
	URL    string
}

// New starts a chain (controllers "controller" and "controller2") and a migrated database.
// Call pgtest.Main from the package's TestMain.
func New(t testing.TB) *Stack {
	t.Helper()
	c := chaintest.New(t, func(dc *chain.DeployConfig) {
		dc.Controllers = []common.Address{chaintest.Addr("controller"), chaintest.Addr("controller2")}
	})
	db, url := pgtest.Migrated(t)
	ix, err := indexer.New(db, c.Client, indexer.Config{Deployment: c.Contracts.Deployment, FinalityDepth: FinalityDepth}, nil)
	if err != nil {
		t.Fatal(err)
	}
	model, err := runtimeimage.Model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	hub := hubtest.NewTest(t)
	hub.AddRepo(ModelRepo, map[string][]byte{"stories260K.gguf": model, "README.md": []byte("# TinyStories 260K\n")})
	hub.AddRepo(BigModelRepo, map[string][]byte{"config.json": []byte(Llama3Config)},
		hubtest.Declared("model-00001-of-00004.safetensors", 4_976_698_672), hubtest.Declared("model-00002-of-00004.safetensors", 4_999_802_720),
		hubtest.Declared("model-00003-of-00004.safetensors", 4_915_916_176), hubtest.Declared("model-00004-of-00004.safetensors", 1_168_138_808))
	return &Stack{T: t, Chain: c, DB: db, DBURL: url, Index: ix, Clock: &Clock{}, Hub: hub}
}

// Start adds an API instance; controller names the chaintest account it awards with ("" for a
// read-only instance). The bidding period is 2 s of the test clock, rate limits are off and
// quotes read the network afresh.
func (s *Stack) Start(id, controller string, tweak ...func(*api.Config)) *Instance {
	s.T.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.T.Fatal(err)
	}
	uri := "http://" + ln.Addr().String()
	cfg := api.DefaultConfig(uri)
	cfg.ControllerID = id
	cfg.Region = "eu"
	cfg.BiddingPeriod = 2 * time.Second
	cfg.Poll = 50 * time.Millisecond
	cfg.RateLimit, cfg.RateBurst = 1e6, 1e6
	cfg.ReachCache = 0 // tests change providers between quotes
	cfg.HubEndpoint = s.Hub.URL()
	cfg.GatewayHold = 2 * time.Second // tests step the controller by hand: nothing fails over while a request waits
	if controller != "" {
		cfg.ControllerKey = chaintest.Key(controller)
	}
	for _, f := range tweak {
		f(&cfg)
	}
	srv, err := api.New(context.Background(), cfg, api.Deps{
		DB: s.DB, Chain: s.Chain.Client, Contracts: s.Chain.Contracts,
		Mirror:   indexer.NewReader(s.DB, s.Chain.Contracts.Deployment.ChainID, "", FinalityDepth),
		Registry: prometheus.NewRegistry(), Now: s.Clock.Now,
	})
	if err != nil {
		s.T.Fatal(err)
	}
	if s.Settlement != nil {
		srv.SetSettlement(intake.Intake{S: s.Settlement})
	}
	hs := httptest.NewUnstartedServer(srv.Handler())
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	s.T.Cleanup(hs.Close)
	in := &Instance{Server: srv, HTTP: hs, URL: uri}
	s.APIs = append(s.APIs, in)
	return in
}

// Sync mines one more block (so everything before it is final) and indexes to the head.
func (s *Stack) Sync() {
	s.T.Helper()
	s.Chain.Advance(s.T, time.Second)
	for i := 0; ; i++ {
		done, err := s.Index.Sync(context.Background())
		if err != nil {
			s.T.Fatalf("index: %v", err)
		}
		if done {
			return
		}
		if i > 1000 {
			s.T.Fatal("indexer does not catch up")
		}
	}
}

// Tick indexes, then runs one round of every instance's background work.
func (s *Stack) Tick() {
	s.T.Helper()
	s.Sync()
	for _, in := range s.APIs {
		in.Server.Controller().Tick(context.Background())
	}
}

// Login signs the named account in at the instance.
func (s *Stack) Login(in *Instance, name string) *apiclient.Client {
	s.T.Helper()
	c, err := apiclient.Dial(context.Background(), in.URL, chaintest.Key(name))
	if err != nil {
		s.T.Fatalf("%s signs in: %v", name, err)
	}
	return c
}

// Deposit funds the named client with amount GIN and deposits it into the escrow.
func (s *Stack) Deposit(name string, amount *big.Int) {
	s.T.Helper()
	k := s.Chain.Contracts
	s.Chain.FundGIN(s.T, name, amount)
	s.Chain.Send(s.T, name, k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, amount))
	s.Chain.Send(s.T, name, k.EscrowC, k.Escrow.PackDeposit(amount))
}

// Provider stakes 100,000 GIN for the named account, registers it with 8 H100s in region and
// sends a heartbeat with latencyMs to every instance.
func (s *Stack) Provider(in *Instance, name, region string, latencyMs float64) *apiclient.Client {
	s.T.Helper()
	return s.ProviderWith(in, name, region, latencyMs, apiv1.GPUSpec{Model: "H100", MemoryMiB: 81920, Count: 8})
}

// ProviderWith is Provider with other GPUs than 8 H100s (8 of them free, as Heartbeat says).
func (s *Stack) ProviderWith(in *Instance, name, region string, latencyMs float64, gpus ...apiv1.GPUSpec) *apiclient.Client {
	s.T.Helper()
	s.Chain.Stake(s.T, name, chain.Tokens(100_000))
	p := s.Login(in, name)
	reg, err := p.RegisterProviderWithResponse(context.Background(), apiv1.ProviderRegistration{
		Region: region, Endpoint: "http://127.0.0.1:9/" + name, Gpus: gpus,
	})
	if err != nil || reg.JSON200 == nil {
		s.T.Fatalf("register %s: %v %s", name, err, reg.Body)
	}
	s.Heartbeat(p, latencyMs)
	return p
}

// Heartbeat reports a provider alive with 8 free GPUs and latencyMs to every instance.
func (s *Stack) Heartbeat(p *apiclient.Client, latencyMs float64) {
	s.T.Helper()
	lat := map[string]float64{}
	for _, in := range s.APIs {
		lat[in.Server.ControllerID()] = latencyMs
	}
	hb, err := p.HeartbeatWithResponse(context.Background(), apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, LatenciesMs: &lat})
	if err != nil || hb.JSON200 == nil {
		s.T.Fatalf("heartbeat: %v", err)
	}
}

// WithSettlement connects a settlement service to every API instance, started or to come, as
// gin-api -settlement-key does: POST /v1/attestations then verifies and queues usage reports.
// Its transactions are sent by "controller2" and need one confirmation; Settle sends them.
func (s *Stack) WithSettlement(tweak ...func(*settlement.Config)) *settlement.Service {
	s.T.Helper()
	cfg := settlement.DefaultConfig(s.Chain.Contracts.Deployment, chaintest.Key("controller2"))
	cfg.Confirmations, cfg.BatchInterval = 1, time.Millisecond
	for _, f := range tweak {
		f(&cfg)
	}
	svc, err := settlement.New(s.DB, s.Chain.Client, cfg)
	if err != nil {
		s.T.Fatal(err)
	}
	s.Settlement = svc
	for _, in := range s.APIs {
		in.Server.SetSettlement(intake.Intake{S: svc})
	}
	return svc
}

// Settle runs the settlement service until the queued usage reports are settled on chain (or
// failed): each step sends or tracks a batch and mines a block a second later.
func (s *Stack) Settle() {
	s.T.Helper()
	if s.Settlement == nil {
		s.T.Fatal("Settle: call WithSettlement first")
	}
	for range 10 {
		if err := s.Settlement.Step(context.Background()); err != nil {
			s.T.Fatalf("settlement step: %v", err)
		}
		s.Chain.Advance(s.T, time.Second)
	}
}
