package web_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/devstack"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
	"github.com/gintonic/gintonic/postgres/pgtest"
	"github.com/gintonic/gintonic/settlement"
	"github.com/gintonic/gintonic/settlement/intake"
	"github.com/gintonic/gintonic/web"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// anvil's well-known dev accounts 0 to 4 (public keys of the "test test … junk" mnemonic):
// anvil holds them unlocked, so the page's test wallet lets anvil sign for them.
var (
	deployerKey   = mustKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	controllerKey = mustKey("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	clientKey     = mustKey("7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6")
	settlerKey    = mustKey("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
	providerKey   = mustKey("47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a")
)

func mustKey(h string) *ecdsa.PrivateKey {
	k, err := chain.ParseKey(h)
	if err != nil {
		panic(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

const controllerID = "ctl-web"

// stack is the marketplace the browser drives: anvil with the contracts (1-second blocks once
// set up), the indexer, settlement and one API instance serving the dashboard, all in this process.
type stack struct {
	RPC, URL string
	Eth      *ethclient.Client
	K        *chain.Contracts
	Mirror   *indexer.Reader
	chainID  *big.Int
	// Hub serves devstack.Model (the TinyStories GGUF) to the API and the agent.
	Hub *hubtest.Server
}

func startStack(t *testing.T, ctx context.Context) *stack {
	t.Helper()
	rpc := chaintest.StartAnvil(t)
	eth, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	dc := chain.DefaultDeployConfig(addr(deployerKey))
	dc.Controllers = []common.Address{addr(controllerKey)}
	d, err := chain.Deploy(ctx, eth, deployerKey, dc, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	s := &stack{RPC: rpc, Eth: eth, K: chain.Bind(eth, d), chainID: new(big.Int).SetUint64(d.ChainID), Hub: hubtest.NewTest(t)}
	model, err := runtimeimage.Model(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Hub.AddRepo(devstack.ModelRepo, map[string][]byte{devstack.ModelFile: model})

	// The controller and the provider stake; the client and the provider hold GIN to deposit and stake.
	s.send(t, ctx, deployerKey, s.K.TokenC, s.K.Token.PackTransfer(addr(clientKey), chain.Tokens(5_000_000)))
	for _, st := range []struct {
		k      *ecdsa.PrivateKey
		amount *big.Int
	}{{controllerKey, chain.Tokens(50_000)}, {providerKey, chain.Tokens(100_000)}} {
		s.send(t, ctx, deployerKey, s.K.TokenC, s.K.Token.PackTransfer(addr(st.k), chain.Tokens(200_000)))
		s.send(t, ctx, st.k, s.K.TokenC, s.K.Token.PackApprove(d.Staking, st.amount))
		s.send(t, ctx, st.k, s.K.StakingC, s.K.Staking.PackStake(st.amount))
	}
	// From here on a block a second, so that what the browser sends becomes final (depth 1).
	if err := eth.Client().CallContext(ctx, nil, "evm_setIntervalMining", 1); err != nil {
		t.Fatal(err)
	}

	db, _ := pgtest.Migrated(t)
	ix, err := indexer.New(db, eth, indexer.Config{Deployment: d, FinalityDepth: 1, PollInterval: 100 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Mirror = indexer.NewReader(db, d.ChainID, "", 1)
	run(t, ctx, ix.Run)

	settle, err := settlement.New(db, eth, settlement.DefaultConfig(d, settlerKey))
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, settle.Run)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.URL = "http://" + ln.Addr().String()
	cfg := api.DefaultConfig(s.URL)
	cfg.ControllerID, cfg.Region, cfg.ControllerKey = controllerID, "local", controllerKey
	cfg.BiddingPeriod, cfg.AwardMargin = 3*time.Second, 2*time.Second
	cfg.HeartbeatInterval, cfg.HeartbeatTimeout = time.Second, time.Minute
	cfg.Poll = 200 * time.Millisecond
	cfg.RateLimit, cfg.RateBurst = 1e6, 1e6
	cfg.HubEndpoint = s.Hub.URL()
	srv, err := api.New(ctx, cfg, api.Deps{DB: db, Chain: eth, Contracts: s.K, Mirror: s.Mirror, Registry: prometheus.NewRegistry(),
		Settlement: intake.Intake{S: settle},
		Web:        web.Handler(web.Config{ChainID: d.ChainID, ChainName: "Gintonic dev", RPCURL: rpc, Token: d.Token, Staking: d.Staking, Escrow: d.Escrow})})
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, func(ctx context.Context) error { return srv.Run(ctx, ln) })
	// The API and the controller award only on stake they see at finality.
	s.eventually(t, "stakes at finality", func() bool {
		for _, k := range []*ecdsa.PrivateKey{controllerKey, providerKey} {
			if st, err := s.Mirror.Stake(ctx, addr(k), indexer.Finalized); err != nil || st.Active.Sign() == 0 {
				return false
			}
		}
		return true
	})
	return s
}

// run runs f until the test ends and waits for it to return.
func run(t *testing.T, ctx context.Context, f func(context.Context) error) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f(ctx); err != nil && ctx.Err() == nil {
			t.Errorf("service stopped: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
}

func (s *stack) send(t *testing.T, ctx context.Context, k *ecdsa.PrivateKey, c *bind.BoundContract, data []byte) {
	t.Helper()
	snd := &chain.Sender{Backend: s.Eth, Opts: bind.NewKeyedTransactor(k, s.chainID), Poll: 20 * time.Millisecond}
	if _, err := snd.Send(ctx, c, data); err != nil {
		t.Fatal(err)
	}
}

func (s *stack) eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// provider registers the provider account with 8 A100s and keeps it heartbeating until ctx ends.
func (s *stack) provider(t *testing.T, ctx context.Context) *apiclient.Client {
	t.Helper()
	p, err := apiclient.Dial(ctx, s.URL, providerKey)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := p.RegisterProviderWithResponse(ctx, apiv1.ProviderRegistration{Region: "local", Endpoint: "http://127.0.0.1:9/provider",
		Gpus: []apiv1.GPUSpec{{Model: "A100", MemoryMiB: 40960, Count: 8}}})
	if err != nil || reg.JSON200 == nil {
		t.Fatalf("register the provider: %v %s", err, reg.Body)
	}
	beat := func() {
		lat := map[string]float64{controllerID: 5}
		p.HeartbeatWithResponse(ctx, apiv1.Heartbeat{Load: 0.1, FreeGpus: 8, LatenciesMs: &lat})
	}
	beat()
	run(t, ctx, func(ctx context.Context) error {
		for {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Second):
				beat()
			}
		}
	})
	return p
}

// bid places the provider's signed bid on a job.
func (s *stack) bid(t *testing.T, ctx context.Context, p *apiclient.Client, job apiv1.Job, price *big.Int) {
	t.Helper()
	if job.ChainTerms == nil {
		t.Fatalf("job %d shows no chainTerms to bid on", job.Id)
	}
	b := chain.Bid{JobID: uint64(*job.ChainJobId), Terms: common.HexToHash(*job.ChainTerms), Provider: addr(providerKey), PricePerGpuSecond: price,
		Expiry: uint64(time.Now().Add(time.Hour).Unix()), Nonce: 1}
	sig, err := s.K.SignBid(b, providerKey)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.PlaceBidWithResponse(ctx, job.Id, apiv1.BidRequest{PricePerGpuSecond: price.String(), Expiry: int64(b.Expiry),
		Nonce: "1", Signature: "0x" + common.Bytes2Hex(sig)})
	if err != nil || r.StatusCode() != 201 {
		t.Fatalf("bid: %v %s", err, r.Body)
	}
}
