package agent

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/agent/meter"
	"github.com/gintonic/gintonic/agent/modelcache"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/money"
)

// Agent is one provider machine in the marketplace.
type Agent struct {
	cfg    Config
	api    *apiclient.Client
	rt     *runtime.Runtime
	gpus   []apiv1.GPUSpec // offered
	nonces *nonceFile
	log    *slog.Logger
	mu     sync.Mutex
	bid    map[int64]bool // jobs bid on in this run
	// Containers are named by the escrow's job id (chainJobId), the id usage reports carry.
	running map[uint64]uint64  // escrow job id → round deployed
	addrs   map[uint64]string  // escrow job id → 127.0.0.1:port of its service
	apiIDs  map[uint64]int64   // escrow job id → API job id
	gpusOf  map[uint64]int     // escrow job id → GPUs the job holds
	latency map[string]float64 // controller id → heartbeat round trip in ms
	// evidence is the latest heartbeat acknowledgement a controller signed (see evidence.go);
	// challenged the disputes already answered (only the challenges loop touches it).
	evidence   []apiv1.SignedHeartbeatAck // oldest first, at most maxEvidence
	challenged map[int64]bool
	disputed   chan struct{} // a heartbeat answer said fault reports are pending against this provider
	meter      *meter.Meter

	bids    *bidBook
	metrics *metrics
	events  chan runtime.Event // from the runtime's Progress callback (Event), handled by Run
	// Deployments in progress: a job's deploy or stop runs in its own goroutine, so an image
	// pull never holds up the loop; busy keeps the loop from starting a second one.
	busy     map[uint64]bool
	cancel   map[uint64]context.CancelFunc // of the deploy in progress
	failedAt map[uint64]time.Time          // the job round's last failure; redeployed Redeploy later
	awardAt  map[uint64]time.Time          // when this agent took up the award: the deploy timer
	// asleep: the job rounds of this provider scaled to zero (escrow job id → round). They run no
	// container, but their GPUs stay the job's, to start again when a request wakes it.
	asleep map[uint64]uint64
	uuids  map[uint64][]string // GPU UUIDs assigned to the job (empty without NVML)
	inv    GPUReader
	// lastReport is the API's id of the last usage report it accepted.
	lastReport int64
	pulled     map[uint64]time.Time // escrow job id → when its pull progress last went to the trail
	gate       *gatekeeper          // checks the gateway pass of every endpoint request
	queues     *queues              // the engines' queue depths, sent with each answer
	provider   common.Address       // the account this agent acts for (its key's, or the provider its operator key signs for)
	escrow     Escrow               // the chain's word on awards and controllers
	cert       *tls.Certificate     // the endpoint's, when it is https
	pin        string               // cert's pin, registered with the endpoint

	// The model cache (nil without one: jobs of a model are refused) and the snapshots the
	// running job rounds hold pinned; the download rate and load time measured, for bids.
	models       *modelcache.Cache
	snaps        map[uint64]*modelcache.Snapshot
	downloadRate float64
	loadTime     time.Duration
}

// Addr is where the service of a job (by escrow job id) this agent runs answers, or "".
func (a *Agent) Addr(jobID uint64) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.addrs[jobID]
}

// New signs in to the API and prepares the agent; gpus is what it offers.
func New(ctx context.Context, cfg Config, gpus []apiv1.GPUSpec, rt *runtime.Runtime, log *slog.Logger) (*Agent, error) {
	c, err := apiclient.DialExpect(ctx, cfg.APIURL, cfg.key, apiclient.Expect{ChainID: uint64(cfg.ChainID)})
	if err != nil {
		return nil, fmt.Errorf("sign in at %s: %w", cfg.APIURL, err)
	}
	n, err := openNonces(cfg.StateDir)
	if err != nil {
		return nil, err
	}
	// The account this agent acts for: its key's own, or the provider whose operator key it holds
	// (the API resolves that at sign-in from ProviderStaking.providerOf).
	provider := common.HexToAddress(c.Session.Address)
	if self := crypto.PubkeyToAddress(cfg.key.PublicKey); provider != self {
		log.Info("signing as the operator key of a provider", "operator", self.Hex(), "provider", provider.Hex())
	}
	m, err := meter.Open(ctx, meter.Config{StatePath: filepath.Join(cfg.StateDir, "meter.json"), Key: cfg.key, Domain: cfg.Domain(), Provider: provider})
	if err != nil {
		return nil, err
	}
	b, err := openBidBook(cfg.StateDir)
	if err != nil {
		return nil, err
	}
	esc := cfg.Chain
	if esc == nil {
		if esc, err = dialEscrow(ctx, cfg); err != nil {
			return nil, err
		}
	}
	cert, pin, err := endpointTLS(cfg)
	if err != nil {
		return nil, err
	}
	return &Agent{cfg: cfg, provider: provider, escrow: esc, gate: newGatekeeper(cfg.Domain(), provider, esc), cert: cert, pin: pin, api: c, rt: rt, gpus: offered(gpus, cfg.Offer), nonces: n, log: log,
		bid: map[int64]bool{}, running: map[uint64]uint64{}, addrs: map[uint64]string{}, apiIDs: map[uint64]int64{}, gpusOf: map[uint64]int{}, latency: map[string]float64{}, challenged: map[int64]bool{}, disputed: make(chan struct{}, 1), meter: m,
		bids: b, metrics: newMetrics(), events: make(chan runtime.Event, 1024),
		busy: map[uint64]bool{}, cancel: map[uint64]context.CancelFunc{}, failedAt: map[uint64]time.Time{}, awardAt: map[uint64]time.Time{}, uuids: map[uint64][]string{},
		snaps: map[uint64]*modelcache.Snapshot{}, queues: newQueues(log)}, nil
}

func offered(all []apiv1.GPUSpec, models []string) []apiv1.GPUSpec {
	if len(models) == 0 {
		return all
	}
	var out []apiv1.GPUSpec
	for _, g := range all {
		for _, m := range models {
			if g.Model == m {
				out = append(out, g)
			}
		}
	}
	return out
}

// Register puts the inventory in the marketplace and checks the stake.
func (a *Agent) Register(ctx context.Context) error {
	r, err := a.api.RegisterProviderWithResponse(ctx, apiv1.ProviderRegistration{Region: a.cfg.Region, Endpoint: a.cfg.Endpoint, Gpus: a.gpus, TlsPin: a.tlsPin()})
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	if r.JSON200 == nil {
		return fmt.Errorf("register: %w", apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
	}
	return nil
}

func (a *Agent) tlsPin() *string {
	if a.pin == "" {
		return nil
	}
	return &a.pin
}

// Pin is the pin of the endpoint's TLS key ("" for a plain-HTTP endpoint).
func (a *Agent) Pin() string { return a.pin }

// dialEscrow reads the escrow over cfg.RPCURL, after checking that the node serves the escrow's
// chain.
func dialEscrow(ctx context.Context, cfg Config) (Escrow, error) {
	client, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("rpc %s: %w", chain.RedactURL(cfg.RPCURL), err)
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := client.ChainID(cctx)
	if err != nil {
		return nil, fmt.Errorf("rpc %s: read the chain id: %w", chain.RedactURL(cfg.RPCURL), err)
	}
	if id.Int64() != cfg.ChainID {
		return nil, fmt.Errorf("rpc %s serves chain %d, but the escrow is on chain %d (-chain-id)", chain.RedactURL(cfg.RPCURL), id, cfg.ChainID)
	}
	return chain.Bind(client, &chain.Deployment{ChainID: uint64(cfg.ChainID), Escrow: common.HexToAddress(cfg.Escrow)}), nil
}

// Stake is the provider's active stake as the API sees it.
func (a *Agent) Stake(ctx context.Context) (*big.Int, error) {
	r, err := a.api.GetMeWithResponse(ctx)
	if err != nil {
		return nil, fmt.Errorf("read stake: %w", err)
	}
	if r.JSON200 == nil {
		return nil, fmt.Errorf("read stake: %w", apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
	}
	s := new(big.Int)
	if r.JSON200.Stake != nil {
		s.SetString(*r.JSON200.Stake, 10)
	}
	return s, nil
}

// CheckStake says whether stake may bid on a job that needs need, and how to fix it if not.
func (a *Agent) CheckStake(stake, need *big.Int) error {
	if need == nil || need.Sign() == 0 {
		need = big.NewInt(1)
	}
	if stake.Cmp(need) >= 0 {
		return nil
	}
	missing := new(big.Int).Sub(need, stake)
	return fmt.Errorf("the stake of %s is %s, below the %s needed: stake %s more (gin stake %s) before the agent bids",
		a.provider.Hex(), money.FormatGIN(stake), money.FormatGIN(need), money.FormatGIN(missing), money.Plain(missing))
}

// stakeWanted is the largest stake the open jobs ask of providers (at least 1 wei): what a
// provider without stake is told to stake.
func (a *Agent) stakeWanted(ctx context.Context) *big.Int {
	need := big.NewInt(1)
	r, err := a.api.ListOpenJobsWithResponse(ctx, nil)
	if err != nil || r.JSON200 == nil {
		return need
	}
	for _, j := range r.JSON200.Jobs {
		if j.MinProviderStake == nil {
			continue
		}
		if v, ok := new(big.Int).SetString(*j.MinProviderStake, 10); ok && v.Cmp(need) > 0 {
			need = v
		}
	}
	return need
}

// Run registers, then heartbeats, bids, deploys and meters until ctx ends.
func (a *Agent) Run(ctx context.Context) error {
	// The model cache is the run's: its lock goes when Run returns, so a restarted agent (a new
	// Agent on the same state directory) opens it again.
	models, err := modelcache.Open(a.cfg.Models.dir(a.cfg.StateDir), a.cfg.Models.maxBytes(), hub.NewClient(a.cfg.Models.HubEndpoint), a.log)
	if err != nil {
		return fmt.Errorf("model cache: %w", err)
	}
	defer models.Close()
	// A job's results (a fine-tuned model, hf://gintonic-jobs/<id>) come from the API that ran it.
	models.Route(hub.JobsOrg, hub.NewClient(strings.TrimRight(a.cfg.APIURL, "/")+"/hub"))
	a.mu.Lock()
	a.models = models
	a.mu.Unlock()
	if err := a.Register(ctx); err != nil {
		return err
	}
	stake, err := a.Stake(ctx)
	if err != nil {
		return err
	}
	if err := a.CheckStake(stake, a.stakeWanted(ctx)); err != nil {
		return err
	}
	if a.rt != nil {
		cs, err := a.rt.Reattach(ctx)
		if err != nil {
			return fmt.Errorf("reattach containers: %w", err)
		}
		a.mu.Lock()
		for _, c := range cs {
			a.running[c.Job.ID] = c.Job.Round
			a.addrs[c.Job.ID] = c.Addr
			a.uuids[c.Job.ID] = c.GPUs
			a.log.Info("reattached", "job", c.Job, "container", c.ID)
		}
		a.mu.Unlock()
		// Learn the API ids of the reattached jobs before supervision reports on them.
		if _, err := a.myJobs(ctx); err != nil {
			a.log.Warn("list jobs failed", "err", err)
		}
	}
	a.heartbeat(ctx) // bids need a live provider
	var wg sync.WaitGroup
	if a.rt != nil {
		wg.Go(func() { _ = a.rt.Supervise(ctx) })
		wg.Go(func() { a.shipLogs(ctx) })
	}
	for _, loop := range []func(context.Context){a.heartbeats, a.bidding, a.deployments, a.metering, a.handleEvents, a.challenges, a.doctorReports} {
		wg.Go(func() { loop(ctx) })
	}
	wg.Wait()
	return nil
}

// assigned is the number of GPUs the running jobs hold; a.mu must be held.
func (a *Agent) assigned() int {
	n := 0
	for id := range a.running {
		n += max(a.gpusOf[id], 1)
	}
	for id := range a.asleep {
		if _, up := a.running[id]; !up {
			n += max(a.gpusOf[id], 1)
		}
	}
	return n
}

func every(ctx context.Context, d time.Duration, f func(context.Context)) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		f(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *Agent) heartbeats(ctx context.Context) {
	every(ctx, a.cfg.Heartbeat, a.heartbeat)
}

// heartbeat reports load and free GPUs; the latency it reports to each controller is the round
// trip of that controller's last heartbeat answer.
func (a *Agent) heartbeat(ctx context.Context) {
	tel := a.sampleGPUs(ctx)
	offered := a.offered()
	a.mu.Lock()
	free := max(offered-a.assigned(), 0)
	lat := maps.Clone(a.latency)
	a.mu.Unlock()
	load := 0.0
	if offered > 0 {
		load = float64(offered-free) / float64(offered)
	}
	start := time.Now()
	hb := apiv1.Heartbeat{Load: load, FreeGpus: free, LatenciesMs: &lat, Models: a.warmModels()}
	if len(tel) > 0 {
		hb.Gpus = &tel
	}
	r, err := a.api.HeartbeatWithResponse(ctx, hb)
	if err != nil {
		a.log.Warn("heartbeat failed", "err", err)
		return
	}
	if r.JSON200 == nil {
		a.log.Warn("heartbeat refused", "status", r.StatusCode(), "body", string(r.Body))
		return
	}
	a.mu.Lock()
	a.latency[r.JSON200.Controller] = float64(time.Since(start).Microseconds()) / 1000
	a.mu.Unlock()
	a.keepEvidence(r.JSON200.Evidence)
	if r.JSON200.PendingDisputes != nil && *r.JSON200.PendingDisputes > 0 {
		a.challengeSoon()
	}
}

// offered is the number of GPUs this agent offers.
func (a *Agent) offered() int {
	n := 0
	for _, g := range a.gpus {
		n += g.Count
	}
	return n
}
