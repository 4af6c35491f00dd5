package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/controller"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/siwe"
)

// Deps are the connections an instance works through.
type Deps struct {
	DB        *gorm.DB
	Chain     chain.Backend
	Contracts *chain.Contracts
	// Mirror reads balances and stakes from the indexer's chain mirror. Money checks read at
	// finality (indexer.Finalized).
	Mirror   *indexer.Reader
	Registry prometheus.Registerer // nil: a private registry
	Log      *slog.Logger          // nil: slog.Default()
	Now      func() time.Time      // nil: time.Now
	// Settlement takes providers' usage reports (POST /v1/attestations); nil answers 503 there.
	Settlement Settlement
	// Web serves GET requests outside /v1 that no route takes (the dashboard, web.Handler); nil: 404.
	Web http.Handler
}

// Server is one API/controller instance.
type Server struct {
	cfg        Config
	db         *gorm.DB
	chain      chain.Backend
	k          *chain.Contracts
	chainID    *big.Int
	domain     chain.Domain
	mirror     *indexer.Reader
	log        *slog.Logger
	now        func() time.Time
	metrics    *metrics
	limits     *limiter
	node       *controller.Node   // the controller node this instance runs
	faults     *controller.Faults // the node's fault quorum; nil when the instance has no controller key
	settlement Settlement
	signers    *chain.Signers // operator keys, remembered for a while (operator.go)
	engine     *gin.Engine
	gw         *gateway.Gateway // the model gateway mounted on gateway.Routes
	web        http.Handler

	sessions  *ttlCache[siwe.TokenHash, session]
	badTokens *ttlCache[siwe.TokenHash, struct{}] // session tokens the database did not know, briefly
	goodKeys  *ttlCache[siwe.TokenHash, struct{}] // deployment keys the gateway accepted, for their own rate bucket
	streams   *streamSlots
	transfers chan struct{} // artifact uploads and downloads in memory at once
	balances  *ttlCache[common.Address, map[string]*big.Int]
	stakes    *ttlCache[common.Address, *big.Int] // providers' active stakes as shown in their views
	stats     *ttlCache[int, apiv1.MarketStats]   // the public market figures
	hub       *hub.Client                         // the Hugging Face Hub jobs' models come from
	models    *ttlCache[string, *resolvedModel]   // models read from the Hub, briefly (models.go)

	closing   chan struct{} // closed at shutdown: event streams end
	closeOnce sync.Once
}

func (s *Server) closeStreams() { s.closeOnce.Do(func() { close(s.closing) }) }

// New checks cfg and the chain, and builds the HTTP handler and the controller node. Call Run to
// serve and run the node.
func New(ctx context.Context, cfg Config, d Deps) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if d.DB == nil || d.Chain == nil || d.Contracts == nil || d.Mirror == nil {
		return nil, errors.New("api: database, chain, contracts and mirror are all required")
	}
	id, err := d.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("api: read chain id: %w", err)
	}
	if d.Contracts.Deployment.ChainID != 0 && d.Contracts.Deployment.ChainID != id.Uint64() {
		return nil, fmt.Errorf("api: deployment is for chain %d but the RPC serves chain %d", d.Contracts.Deployment.ChainID, id)
	}
	s := &Server{
		cfg: cfg, db: d.DB, chain: d.Chain, k: d.Contracts, chainID: id, mirror: d.Mirror,
		domain: chain.EscrowDomain(id, d.Contracts.Deployment.Escrow),
		log:    d.Log, now: d.Now, closing: make(chan struct{}), settlement: d.Settlement, web: d.Web,
	}
	s.signers = &chain.Signers{Read: d.Contracts.SignsFor}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.log = s.log.With("controller", cfg.ControllerID)
	if s.now == nil {
		s.now = time.Now
	}
	reg := d.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	s.metrics = newMetrics(reg, s)
	s.limits = newLimiter(cfg.RateLimit, cfg.RateBurst, cfg.MaxRateKeys)
	s.sessions = newTTLCache[siwe.TokenHash, session](sessionCacheTTL, 100_000)
	s.badTokens = newTTLCache[siwe.TokenHash, struct{}](badTokenTTL, 100_000)
	s.goodKeys = newTTLCache[siwe.TokenHash, struct{}](time.Minute, 100_000)
	s.streams = newStreamSlots(cfg.MaxStreams, cfg.MaxStreamsPerCaller)
	s.transfers = make(chan struct{}, cfg.ArtifactTransfers)
	s.balances = newTTLCache[common.Address, map[string]*big.Int](balanceCacheTTL, 100_000)
	s.stakes = newTTLCache[common.Address, *big.Int](stakeViewTTL, 100_000)
	s.stats = newTTLCache[int, apiv1.MarketStats](marketTTL, 1)
	s.hub = hub.NewClient(cfg.HubEndpoint)
	s.models = newTTLCache[string, *resolvedModel](modelTTL, 4096)
	s.node, err = controller.New(ctx, cfg.Config, controller.Deps{
		DB: d.DB, Chain: d.Chain, Contracts: d.Contracts, Mirror: d.Mirror, Registry: reg, Log: d.Log, Now: s.now,
		// The matching graph sees this instance's HTTP load: saturated at 64 requests in flight.
		Load: func() float64 { return s.metrics.inflightNow() / 64 },
	})
	if err != nil {
		return nil, err
	}
	s.faults = s.node.Faults()
	if s.engine, err = s.routes(reg); err != nil {
		return nil, err
	}
	return s, nil
}

// stakeViewTTL is how long a provider's shown stake may lag the mirror.
const stakeViewTTL = 5 * time.Second

// Handler is the HTTP handler (for tests and for embedding in another server).
func (s *Server) Handler() http.Handler { return s.engine }

func (s *Server) routes(reg prometheus.Registerer) (*gin.Engine, error) {
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.ContextWithFallback = true
	// X-Forwarded-For counts only from the proxies configured; gin trusts every address by
	// default, which would let each request name its own client IP.
	if err := e.SetTrustedProxies(s.cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("api: trusted proxies: %w", err)
	}
	// Rate limiting comes before authentication: a flood of made-up tokens is refused before
	// any of them costs a database read.
	e.Use(s.recoverer, s.observe, s.deadline, s.bodyLimit, s.rateLimit, s.authenticate)
	e.NoRoute(func(c *gin.Context) {
		if s.web != nil && (c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead) && !strings.HasPrefix(c.Request.URL.Path, "/v1/") {
			s.web.ServeHTTP(c.Writer, c.Request)
			return
		}
		fail(c, notFound("no endpoint %s %s; see /docs", c.Request.Method, c.Request.URL.Path))
	})
	e.NoMethod(func(c *gin.Context) {
		fail(c, problem(http.StatusMethodNotAllowed, "method-not-allowed", "Method not allowed", "%s is not allowed on %s", c.Request.Method, c.Request.URL.Path))
	})
	apiv1.RegisterHandlersWithOptions(e, s, apiv1.GinServerOptions{
		// Parameters that do not parse (a job id "abc") are the client's mistake.
		ErrorHandler: func(c *gin.Context, err error, status int) {
			fail(c, &Problem{Status: http.StatusBadRequest, Type: "validation", Title: "Invalid request", Detail: err.Error()})
		},
	})
	s.mountGateway(e, reg)
	s.mountModelHub(e)
	s.docs(e)
	if s.cfg.ServeMetrics {
		e.GET("/metrics", gin.WrapH(s.metrics.handler(reg)))
	}
	return e, nil
}

// Run serves on ln and runs the controller node until ctx ends, then shuts down gracefully:
// in-flight requests get up to 10 s to finish, event streams are closed, loops finish their
// current step.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.engine,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout,
		IdleTimeout:       2 * time.Minute,
		// Requests finish on their own context during shutdown; only event streams are closed.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	srv.RegisterOnShutdown(s.closeStreams)
	loops, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.node.Run(loops)
	}()
	swept := make(chan struct{})
	go func() {
		defer close(swept)
		s.sweep(loops)
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("api listening", "addr", ln.Addr().String(), "chain_id", s.chainID)
	select {
	case err := <-errc:
		stop()
		<-done
		<-swept
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(shut)
	stop()
	<-done
	<-swept
	if ferr := s.gw.Flush(shut); ferr != nil {
		s.log.Error("gateway meter flush at shutdown failed", "err", ferr)
	}
	s.log.Info("api stopped")
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// Controller is the controller node this instance runs; tests call its Tick to step time.
func (s *Server) Controller() *controller.Node { return s.node }

// ControllerID is this instance's id in the matching graph (what providers report latency to).
func (s *Server) ControllerID() string { return s.node.ID() }

// SetSettlement connects the settlement service after construction (tests; cmd passes it in Deps).
func (s *Server) SetSettlement(st Settlement) { s.settlement = st }
