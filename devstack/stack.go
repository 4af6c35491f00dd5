// Package devstack runs the whole marketplace on one machine: PostgreSQL (a throwaway cluster
// unless a database URL is given), a local chain (anvil) with the contracts deployed and the dev
// accounts funded and staked, the indexer, the API with its controller, gateway and settlement,
// and provider agents running the reference model runtime in Docker. `gin dev` and `make demo`
// start it; the end-to-end test drives the client journey against it.
package devstack

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/anvil"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/settlement"
	"github.com/gintonic/gintonic/settlement/intake"
	"github.com/gintonic/gintonic/web"
)

// Options configure a stack; zero values get the defaults named on each field.
type Options struct {
	Root        string        // repository root (node_modules, scripts); default: found from the working directory
	DatabaseURL string        // default: a throwaway cluster from the local PostgreSQL binaries
	RPCPort     int           // anvil's port; default 8545, 0 in tests picks a free one with FreePorts
	APIPort     int           // default 8080
	BlockTime   time.Duration // default 1s
	Providers   int           // provider agents; default 2
	// Controllers is how many controller instances (API + controller, each its own staked key) share
	// the database; default 1. Quorum is the fault quorum (default Quorum, at most Controllers).
	Controllers int
	Quorum      int
	// Image is the runtime image built (or checked) before the agents start; default DefaultImage,
	// which the catalogue's gintonic and trainer engines run for jobs of a GGUF model, the model
	// mounted (the image holds none).
	Image string
	// BuildImage builds Image; default: runtimeimage.Build (a no-op when the image is current).
	// SkipBuild uses Image as it is in the local engine.
	BuildImage func(ctx context.Context, tag string) error
	SkipBuild  bool
	// FreePorts picks free ports instead of 8545/8080 (tests; several stacks on one machine).
	FreePorts bool
	// DefaultTimeouts runs the controllers and agents with gin-api's and gin-agent's default
	// heartbeat interval and timeout (5 s and 20 s) and the agent's default 1 s poll, instead of the
	// dev stack's 1 s heartbeats, 5 s timeout and 250 ms poll: failover then takes what it takes
	// in production (benchmarks).
	DefaultTimeouts bool
	// DurableDatabase runs the throwaway cluster with PostgreSQL's default durability (fsync on)
	// instead of the speed-over-safety settings of a dev stack (benchmarks).
	DurableDatabase bool
	// Log receives the services' structured logs; default: discarded.
	Log io.Writer
}

// DefaultImage is the reference runtime image scripts/runtime-image.sh builds: gin-runtime alone,
// serving whatever GGUF a job of a model mounts (MODEL_PATH). A job of this image alone, with no
// model, does not start.
const DefaultImage = "gintonic/runtime:dev"

// The dev stack scales an idle job to zero sooner than production (60 s at the least, load
// sampled every 30 s), so that the cycle shows in seconds: a job may ask for ScaleToZeroFloor
// seconds, and the controller samples load every ScaleWindow.
const (
	ScaleToZeroFloor = 5
	ScaleWindow      = 2 * time.Second
)

// The dev stack's own model hub (hub/hubtest, a real HTTP server speaking the Hugging Face Hub's
// API) serves ModelRepo: the TinyStories 260K GGUF (runtimeimage.Model), so a job can name a model
// by its id with no Internet. Its API and agents are pointed at it (HF_ENDPOINT).
const (
	ModelRepo = "gintonic/tinystories-260k"
	ModelFile = "stories260K.gguf"
	Model     = "hf://" + ModelRepo
)

// Stack is a running marketplace.
type Stack struct {
	Opts       Options
	RPCURL     string
	APIURL     string
	ChainID    int64
	Deployment *chain.Deployment
	Contracts  *chain.Contracts
	Chain      *ethclient.Client
	DB         *gorm.DB
	Accounts   Accounts
	Agents     []*Provider
	// APIURLs are every controller instance's API, APIURL first.
	APIURLs []string
	Log     *slog.Logger
	// Hub is the stack's model hub (ModelRepo); HubURL its endpoint.
	Hub    *hubtest.Server
	HubURL string

	dir      string
	cluster  *postgres.Cluster
	node     *anvil.Node
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	errMu    sync.Mutex
	err      error
	closeOne sync.Once
}

func (o *Options) defaults() error {
	if o.Root == "" {
		root, err := RepoRoot()
		if err != nil {
			return err
		}
		o.Root = root
	}
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.Providers == 0 {
		o.Providers = 2
	}
	if o.Controllers == 0 {
		o.Controllers = 1
	}
	if o.Quorum == 0 {
		o.Quorum = Quorum
	}
	if o.Quorum > o.Controllers {
		return fmt.Errorf("quorum %d needs at least as many controllers (%d)", o.Quorum, o.Controllers)
	}
	if o.Image == "" {
		o.Image = DefaultImage
	}
	if !o.FreePorts {
		if o.RPCPort == 0 {
			o.RPCPort = 8545
		}
		if o.APIPort == 0 {
			o.APIPort = 8080
		}
	}
	if o.BuildImage == nil && !o.SkipBuild {
		o.BuildImage = func(ctx context.Context, tag string) error {
			cli, err := DockerClient(ctx)
			if err != nil {
				return err
			}
			defer cli.Close()
			return runtimeimage.Build(ctx, cli, tag)
		}
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return nil
}

// Progress reports one start-up step; Start calls it as each completes.
type Progress func(step string, took time.Duration)

// Start brings the whole stack up, step by step, and returns once providers are registered and
// heartbeating. Close stops everything it started.
func Start(ctx context.Context, o Options, progress Progress) (st *Stack, err error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string, time.Duration) {}
	}
	acc, err := devAccounts(o.Providers, o.Controllers)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "gintonic-dev-*")
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s := &Stack{Opts: o, Accounts: acc, dir: dir, cancel: cancel,
		Log: slog.New(slog.NewTextHandler(o.Log, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	step := func(name string, f func() error) error {
		t0 := time.Now()
		if err := f(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		progress(name, time.Since(t0))
		return nil
	}

	imageDone := make(chan error, 1)
	if o.BuildImage != nil {
		// The image builds (Go compile + docker build) while the chain and database start.
		go func() { imageDone <- o.BuildImage(ctx, o.Image) }()
	} else {
		imageDone <- checkImage(ctx, o.Image)
	}

	if err := step("model hub with "+Model, func() error { return s.startHub(ctx) }); err != nil {
		return nil, err
	}
	if err := step("PostgreSQL", func() error { return s.startDB(ctx) }); err != nil {
		return nil, err
	}
	if err := step("chain (anvil) + contracts", func() error { return s.startChain(ctx) }); err != nil {
		return nil, err
	}
	if err := step(fmt.Sprintf("accounts funded, controller and providers staked; %s blocks from now", o.BlockTime), func() error { return s.fund(ctx) }); err != nil {
		return nil, err
	}
	if err := step("indexer, API, controller, gateway, settlement", func() error { return s.startServices(ctx, runCtx) }); err != nil {
		return nil, err
	}
	if err := step("model runtime image "+o.Image, func() error { return <-imageDone }); err != nil {
		return nil, err
	}
	for i := range o.Providers {
		if err := step(fmt.Sprintf("provider agent %d", i+1), func() error { return s.startProvider(ctx, runCtx, i) }); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// startHub serves ModelRepo from a local hub: the model file, its config and a model card.
func (s *Stack) startHub(ctx context.Context) error {
	model, err := runtimeimage.Model(ctx)
	if err != nil {
		return err
	}
	h, err := hubtest.Start("127.0.0.1:0")
	if err != nil {
		return err
	}
	s.Hub, s.HubURL = h, h.URL()
	h.AddRepo(ModelRepo, map[string][]byte{
		ModelFile:   model,
		"README.md": []byte("# TinyStories 260K\n\nKarpathy's 260K-parameter Llama trained on TinyStories, as GGUF (served by the Gintonic dev stack's local hub).\n"),
	})
	return nil
}

func (s *Stack) startDB(ctx context.Context) error {
	url := s.Opts.DatabaseURL
	if url == "" {
		c, err := postgres.StartClusterWith(postgres.ClusterOptions{Durable: s.Opts.DurableDatabase})
		if err != nil {
			return fmt.Errorf("%w (or set DATABASE_URL to a server of yours)", err)
		}
		s.cluster = c
		if url, err = c.CreateDatabase(ctx, "gintonic"); err != nil {
			return err
		}
	}
	db, err := postgres.Open(ctx, url)
	if err != nil {
		return err
	}
	s.DB = db
	return postgres.Migrate(ctx, db)
}

func (s *Stack) startChain(ctx context.Context) error {
	// A block per transaction while deploying and funding; fund switches to s.Opts.BlockTime.
	n, err := anvil.Start(ctx, anvil.Options{Root: s.Opts.Root, Port: s.Opts.RPCPort})
	if err != nil {
		return err
	}
	s.node, s.RPCURL = n, n.URL
	if s.Chain, err = ethclient.DialContext(ctx, n.URL); err != nil {
		return err
	}
	id, err := s.Chain.ChainID(ctx)
	if err != nil {
		return err
	}
	s.ChainID = id.Int64()
	if err := checkFunded(ctx, s.Chain, s.Accounts); err != nil {
		return err
	}
	dc := chain.DefaultDeployConfig(Addr(s.Accounts.Deployer))
	dc.Controllers = nil
	for _, k := range s.Accounts.Controllers {
		dc.Controllers = append(dc.Controllers, Addr(k))
	}
	dc.SettlementWindow = SettlementWindow
	if s.Opts.DefaultTimeouts {
		// A round failed over early (the gateway and a controller's probes could not reach its
		// provider) has its silence judged once the heartbeats time out, after the controller's
		// grace period: the round must still be open then for the fault to be filed. Production's
		// window is an hour; the dev stack's 15 s is shorter than 20 s timeouts and a 40 s grace.
		dc.SettlementWindow = DefaultTimeoutsSettlementWindow
	}
	dc.ChallengeWindow = ChallengeWindow
	dc.SlashMultiple = SlashMultiple
	dc.Quorum = uint8(s.Opts.Quorum)
	if s.Deployment, err = chain.Deploy(ctx, s.Chain, s.Accounts.Deployer, dc, 100*time.Millisecond); err != nil {
		return err
	}
	s.Contracts = chain.Bind(s.Chain, s.Deployment)
	return s.Deployment.Save(filepath.Join(s.dir, "deployments.json"))
}

// DeploymentsFile is the deployments file of the stack's chain (for gin-* binaries and the CLI).
func (s *Stack) DeploymentsFile() string { return filepath.Join(s.dir, "deployments.json") }

// Sender sends transactions from k.
func (s *Stack) Sender(k *ecdsa.PrivateKey) *chain.Sender {
	return &chain.Sender{Backend: s.Chain, Opts: bind.NewKeyedTransactor(k, big.NewInt(s.ChainID)), Poll: 100 * time.Millisecond}
}

// ProviderStake is what each demo provider stakes; ControllerStake what the controller stakes.
var (
	ProviderStake   = chain.Tokens(100_000)
	ControllerStake = chain.Tokens(50_000)
	ClientFunds     = chain.Tokens(5_000_000)
)

func (s *Stack) fund(ctx context.Context) error {
	k := s.Contracts
	dep := s.Sender(s.Accounts.Deployer)
	stake := func(key *ecdsa.PrivateKey, amount *big.Int) error {
		if _, err := dep.Send(ctx, k.TokenC, k.Token.PackTransfer(Addr(key), amount)); err != nil {
			return err
		}
		who := s.Sender(key)
		if _, err := who.Send(ctx, k.TokenC, k.Token.PackApprove(s.Deployment.Staking, amount)); err != nil {
			return err
		}
		_, err := who.Send(ctx, k.StakingC, k.Staking.PackStake(amount))
		return err
	}
	for i, c := range s.Accounts.Controllers {
		if err := stake(c, ControllerStake); err != nil {
			return fmt.Errorf("controller %d stake: %w", i+1, err)
		}
	}
	for i, p := range s.Accounts.Providers {
		if err := stake(p, ProviderStake); err != nil {
			return fmt.Errorf("provider %d stake: %w", i+1, err)
		}
		if _, err := s.Sender(p).Send(ctx, k.StakingC, k.Staking.PackSetOperator(Addr(s.Accounts.Operators[i]))); err != nil {
			return fmt.Errorf("provider %d operator key: %w", i+1, err)
		}
	}
	if _, err := dep.Send(ctx, k.TokenC, k.Token.PackTransfer(Addr(s.Accounts.Client), ClientFunds)); err != nil {
		return fmt.Errorf("fund the client: %w", err)
	}
	return s.node.SetIntervalMining(ctx, s.Opts.BlockTime)
}

// SettlementWindow is how long after a job ends its provider may still claim usage before anyone
// may close it and refund the client: short on the dev chain so the demo's refund comes quickly.
const SettlementWindow = 15 * time.Second

// DefaultTimeoutsSettlementWindow is the settlement window of a stack run with the services'
// default timeouts (Options.DefaultTimeouts): longer than the heartbeat timeout and the
// controller's grace period together, as production's hour is.
const DefaultTimeoutsSettlementWindow = 75 * time.Second

// ChallengeWindow is how long a provider has to void a fault report on the dev chain (production:
// hours); SlashMultiple and Quorum are the dev chain's slash bound and fault quorum.
const (
	ChallengeWindow = 10 * time.Second
	SlashMultiple   = 3
	Quorum          = 1
)

// FinalityDepth is the stack's finality: with 1-second blocks, two blocks.
const FinalityDepth = 2

func (s *Stack) startServices(ctx, runCtx context.Context) error {
	reg := prometheus.NewRegistry()
	ix, err := indexer.New(s.DB, s.Chain, indexer.Config{Deployment: s.Deployment, FinalityDepth: FinalityDepth,
		PollInterval: 200 * time.Millisecond, Logger: s.Log.With("service", "indexer")}, reg)
	if err != nil {
		return err
	}
	s.run(runCtx, "indexer", ix.Run)

	settle, err := settlement.New(s.DB, s.Chain, s.settlementConfig(), settlement.WithLogger(s.Log.With("service", "settlement")),
		settlement.WithRegistry(reg))
	if err != nil {
		return err
	}
	s.run(runCtx, "settlement", settle.Run)

	mirror := indexer.NewReader(s.DB, s.Deployment.ChainID, "", FinalityDepth)
	for i := range s.Accounts.Controllers {
		port, r := s.Opts.APIPort, reg
		if i > 0 {
			port, r = 0, prometheus.NewRegistry() // further instances: any free port, their own metrics
		}
		if err := s.startAPI(ctx, runCtx, i, port, r, mirror, settle); err != nil {
			return err
		}
	}
	s.APIURL = s.APIURLs[0]
	return s.waitStakes(ctx, mirror)
}

// startAPI starts controller instance i (API, controller loops, gateway) with its own key.
func (s *Stack) startAPI(ctx, runCtx context.Context, i, port int, reg *prometheus.Registry, mirror *indexer.Reader, settle *settlement.Service) error {
	ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		return fmt.Errorf("API port %d: %w (stop what runs there)", port, err)
	}
	url := "http://" + ln.Addr().String()
	cfg := api.DefaultConfig(url)
	cfg.ControllerID, cfg.Region = "ctl-local", "local"
	name := "api"
	if i > 0 {
		cfg.ControllerID, name = fmt.Sprintf("ctl-local-%d", i+1), fmt.Sprintf("api-%d", i+1)
	}
	cfg.ControllerKey = s.Accounts.Controllers[i]
	cfg.HubEndpoint = s.HubURL
	cfg.BiddingPeriod = 4 * time.Second
	cfg.AwardMargin = 2 * time.Second
	cfg.MinScaleToZeroAfter, cfg.ScaleWindow = ScaleToZeroFloor*time.Second, ScaleWindow
	if !s.Opts.DefaultTimeouts {
		cfg.HeartbeatInterval, cfg.HeartbeatTimeout = time.Second, 5*time.Second
	}
	cfg.Poll = 200 * time.Millisecond
	deps := api.Deps{DB: s.DB, Chain: s.Chain, Contracts: s.Contracts,
		Mirror:     mirror,
		Registry:   reg,
		Log:        s.Log.With("service", name),
		Settlement: intake.Intake{S: settle},
	}
	if i == 0 {
		deps.Web = web.Handler(web.Config{ChainID: s.Deployment.ChainID, ChainName: "Gintonic dev chain (anvil)", RPCURL: s.RPCURL,
			Token: s.Deployment.Token, Staking: s.Deployment.Staking, Escrow: s.Deployment.Escrow})
	}
	srv, err := api.New(ctx, cfg, deps)
	if err != nil {
		ln.Close()
		return err
	}
	s.run(runCtx, name, func(ctx context.Context) error { return srv.Run(ctx, ln) })
	s.APIURLs = append(s.APIURLs, url)
	return s.waitHTTP(ctx, url+"/readyz")
}

// waitStakes waits until the mirror shows the controller's and providers' stakes at finality:
// agents refuse to bid, and the controller to award, on stake the API cannot see yet.
func (s *Stack) waitStakes(ctx context.Context, mirror *indexer.Reader) error {
	deadline := time.Now().Add(30 * time.Second)
	for _, k := range append(append([]*ecdsa.PrivateKey{}, s.Accounts.Controllers...), s.Accounts.Providers...) {
		for {
			st, err := mirror.Stake(ctx, Addr(k), indexer.Finalized)
			if err == nil && st.Active.Sign() > 0 {
				break
			}
			if err := s.Err(); err != nil {
				return err
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("the indexer did not show %s's stake at finality within 30s", Addr(k).Hex())
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

func (s *Stack) settlementConfig() settlement.Config {
	c := settlement.DefaultConfig(s.Deployment, s.Accounts.Settler)
	c.BatchInterval = time.Second
	c.Confirmations = 1
	c.Poll = 200 * time.Millisecond
	return c
}

// run runs a service until the stack closes; a service that stops early is the stack's error.
func (s *Stack) run(ctx context.Context, name string, f func(context.Context) error) {
	s.wg.Go(func() {
		err := f(ctx)
		if ctx.Err() == nil {
			if err == nil {
				err = errors.New("stopped")
			}
			s.fail(fmt.Errorf("%s: %w", name, err))
		}
	})
}

func (s *Stack) fail(err error) {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	if s.err == nil {
		s.err = err
		s.Log.Error("service failed", "err", err)
	}
}

// Err is the first failure of a service since Start, or nil.
func (s *Stack) Err() error {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	return s.err
}

func (s *Stack) waitHTTP(ctx context.Context, url string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if rsp, err := http.DefaultClient.Do(req); err == nil {
			rsp.Body.Close()
			if rsp.StatusCode < 300 {
				return nil
			}
		}
		if err := s.Err(); err != nil {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not answer within 30s", url)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Close stops the agents (their containers removed), the services, the chain and the database.
func (s *Stack) Close() error {
	s.closeOne.Do(func() {
		for _, p := range s.Agents {
			p.Kill()
			p.removeContainers(context.Background())
		}
		s.cancel()
		s.wg.Wait()
		if s.Chain != nil {
			s.Chain.Close()
		}
		if s.node != nil {
			s.node.Stop()
		}
		if s.DB != nil {
			if db, err := s.DB.DB(); err == nil {
				db.Close()
			}
		}
		if s.cluster != nil {
			_ = s.cluster.Remove()
		}
		if s.Hub != nil {
			s.Hub.Close()
		}
		_ = os.RemoveAll(s.dir)
	})
	return nil
}
