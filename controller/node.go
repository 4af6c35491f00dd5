package controller

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/netguard"
)

// Stakes reads providers' stakes from the indexer's chain mirror (*indexer.Reader is one).
type Stakes interface {
	Balance(ctx context.Context, account common.Address, bucket string, f indexer.Finality) (*big.Int, error)
}

// Deps are the connections a node works through.
type Deps struct {
	DB        *gorm.DB
	Chain     chain.Backend
	Contracts *chain.Contracts
	// Mirror gives the bidders' stakes at finality, for matching.
	Mirror   Stakes
	Registry prometheus.Registerer // nil: a private registry
	Log      *slog.Logger          // nil: slog.Default()
	Now      func() time.Time      // nil: time.Now
	// Load is this instance's load from 0 (idle) to 1 (saturated), advertised in the matching
	// graph; nil: idle.
	Load func() float64
}

// Node is one controller node.
type Node struct {
	cfg     Config
	db      *gorm.DB
	k       *chain.Contracts
	chainID *big.Int
	mirror  Stakes
	log     *slog.Logger
	now     func() time.Time
	load    func() float64
	metrics *metrics
	sender  *chain.Sender // nil when the node has no controller key
	faults  *Faults       // the fault quorum; nil when the node has no controller key
	bidding market.Bidding
	beats   market.Heartbeats
	// distrustLogged: the reason heartbeats are not acted on was logged (once per spell).
	distrustLogged atomic.Bool
	probeOnce      sync.Once
	probes         *netguard.ProviderTransport // latency probes' transport (probe.go)
	confirmed      sync.Map                    // job id → why its provider is confirmed unreachable (confirm.go)
	webhookOnce    sync.Once
	webhooks       *http.Client // posts webhook deliveries (webhooks.go)
	reach          reachCache   // Reach's snapshots, by region (reach.go)
}

// New checks cfg and builds a node; call Run (or Tick) to do its work.
func New(ctx context.Context, cfg Config, d Deps) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if d.DB == nil || d.Chain == nil || d.Contracts == nil || d.Mirror == nil {
		return nil, errors.New("controller: database, chain, contracts and mirror are all required")
	}
	id, err := d.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("controller: read chain id: %w", err)
	}
	n := &Node{cfg: cfg, db: d.DB, k: d.Contracts, chainID: id, mirror: d.Mirror, log: d.Log, now: d.Now, load: d.Load,
		bidding: market.Bidding{Period: cfg.BiddingPeriod, AwardMargin: cfg.AwardMargin},
		beats:   market.Heartbeats{Interval: cfg.HeartbeatInterval, Timeout: cfg.HeartbeatTimeout}}
	if n.log == nil {
		n.log = slog.Default()
	}
	n.log = n.log.With("controller", cfg.ControllerID)
	if n.now == nil {
		n.now = time.Now
	}
	if n.load == nil {
		n.load = func() float64 { return 0 }
	}
	reg := d.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	n.metrics = newMetrics(reg)
	if cfg.ControllerKey != nil {
		n.sender = &chain.Sender{Backend: d.Chain, Opts: bind.NewKeyedTransactor(cfg.ControllerKey, id)}
		n.faults, err = NewFaults(FaultConfig{Key: cfg.ControllerKey, HeartbeatTimeout: cfg.HeartbeatTimeout, Grace: cfg.FaultGrace},
			d.DB, d.Contracts, n.sender, n.log, n.now)
		if err != nil {
			return nil, err
		}
	}
	return n, nil
}

// ID is this node's id in the matching graph (what providers report latency to).
func (n *Node) ID() string { return n.cfg.ControllerID }

// Faults is this node's part in the fault quorum; nil when it has no controller key.
func (n *Node) Faults() *Faults { return n.faults }

// Run does the node's work every Poll until ctx ends: its own heartbeat, awarding jobs whose
// bidding closed, failing over jobs whose provider is gone, folding chain events into the status
// trails, and the fault quorum.
func (n *Node) Run(ctx context.Context) {
	if n.cfg.ProbeInterval > 0 {
		go n.probeLoop(ctx)
	}
	go n.webhookLoop(ctx)
	t := time.NewTicker(n.cfg.Poll)
	defer t.Stop()
	for {
		n.Tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick does one round of the node's work; tests call it to step time.
func (n *Node) Tick(ctx context.Context) {
	for _, l := range []struct {
		name         string
		step         func(context.Context) error
		connectivity bool // fails only when Postgres or the chain cannot be reached
	}{
		{"controller heartbeat", n.beat, true},
		{"chain follow", n.followChain, true},
		{"award", n.awardDue, false},
		{"failover", n.failoverDue, false},
		{"autoscale", n.autoscaleDue, false},
		{"replicas", n.replicasDue, false},
		{"observe the silence of providers failed over early", n.observeSilences, false},
		{"fault quorum", n.faultQuorum, false},
		{"close failed rounds", n.closeRounds, false},
		{"warn jobs whose duration ends soon", n.warnEnding, false},
		{"end jobs past their duration", n.endOverdue, false},
	} {
		if ctx.Err() != nil {
			return
		}
		if err := l.step(ctx); err != nil && ctx.Err() == nil {
			n.log.Warn(l.name+" failed; retrying next tick", "err", err)
			if n.faults != nil && l.connectivity {
				// This node could not do its work (Postgres, the chain): what it sees of providers'
				// heartbeats is not to be trusted for a grace period.
				n.faults.Unhealthy()
			}
		}
	}
}

// faultQuorum runs this controller's part of the fault quorum (co-sign, file, execute).
func (n *Node) faultQuorum(ctx context.Context) error {
	if n.faults == nil {
		return nil
	}
	return n.faults.Step(ctx)
}

// closeRounds has the controller close the failed rounds whose settlement window passed.
func (n *Node) closeRounds(ctx context.Context) error {
	if n.faults == nil {
		return nil
	}
	return n.faults.CloseRounds(ctx)
}

// healthy: the provider answered a heartbeat recently enough.
func (n *Node) healthy(p *market.Provider) bool { return n.beats.Healthy(p, n.now()) }
