package settlement

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
)

// Service verifies and queues usage reports and settles them on chain. Several instances may share
// one database and key: batches are claimed with SKIP LOCKED and nonces are assigned under a
// per-sender lock.
type Service struct {
	cfg     Config
	db      *sql.DB
	chain   Chain
	clock   Clock
	log     *slog.Logger
	escrow  escrowReader
	abi     *escrow.AuctionEscrow
	domain  chain.Domain
	signer  types.Signer
	sender  common.Address
	key     *ecdsa.PrivateKey
	chainID int64

	mu   sync.Mutex
	sent map[int64]time.Time // outbox id → last broadcast by this instance

	metrics *metrics // nil without WithRegistry
}

// Option adjusts a Service at construction.
type Option func(*Service)

// WithClock replaces the wall clock (tests).
func WithClock(c Clock) Option { return func(s *Service) { s.clock = c } }

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// New validates cfg and returns a service over a migrated database and a chain endpoint.
func New(db *gorm.DB, c Chain, cfg Config, opts ...Option) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("settlement database: %w", err)
	}
	d := cfg.Deployment
	abi := escrow.NewAuctionEscrow()
	id := new(big.Int).SetUint64(d.ChainID)
	s := &Service{
		cfg:     cfg,
		db:      sqlDB,
		chain:   c,
		clock:   wallClock{},
		log:     slog.Default(),
		escrow:  escrowReader{chain: c, abi: abi, escrow: d.Escrow},
		abi:     abi,
		domain:  d.EscrowDomain(),
		signer:  types.LatestSignerForChainID(id),
		sender:  crypto.PubkeyToAddress(cfg.Key.PublicKey),
		key:     cfg.Key,
		chainID: int64(d.ChainID),
		sent:    map[int64]time.Time{},
	}
	for _, o := range opts {
		o(s)
	}
	s.log = s.log.With("service", "settlement", "sender", s.sender)
	return s, nil
}

// Sender is the address the service sends transactions from.
func (s *Service) Sender() common.Address { return s.sender }

// Submit verifies a provider's signed report and queues it for settlement. A report refused by
// verification returns a *RejectError (see ReasonOf); an outage of the chain RPC or the database
// returns an error wrapping ErrUnavailable, and nothing is stored.
func (s *Service) Submit(ctx context.Context, r SignedReport) (id int64, err error) {
	defer func() { s.metrics.submitted(err) }()
	if err := s.checkShape(r); err != nil {
		return 0, err
	}
	digest, err := s.checkSignature(r)
	if err != nil {
		return 0, err
	}
	var seen bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM settlement_reports WHERE chain_id = $1 AND digest = $2)`,
		s.chainID, digest.Bytes()).Scan(&seen); err != nil {
		return 0, fmt.Errorf("%w: look for replay: %w", ErrUnavailable, err)
	}
	if seen {
		return 0, reject(ReasonReplayed, 0, 0, "this report (digest %s) was already received", digest)
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: read head: %w", ErrUnavailable, err)
	}
	if err := s.checkUsages(ctx, r, head.Time); err != nil {
		return 0, err
	}
	id, err = s.insertReport(ctx, r, digest)
	var re *RejectError
	if err != nil && !errors.As(err, &re) {
		return 0, fmt.Errorf("%w: queue report: %w", ErrUnavailable, err)
	}
	if err == nil {
		s.log.Debug("report queued", "report", id, "provider", r.Provider, "usages", len(r.Usages))
	}
	return id, err
}

// Run settles queued reports and carries out job actions until ctx ends. Errors of the chain or
// the database are logged and retried: they delay settlement and lose nothing.
func (s *Service) Run(ctx context.Context) error {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	failures := 0
	for {
		if err := s.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			failures++
			s.log.Warn("settlement step failed; retrying", "err", err, "failures", failures)
		} else {
			failures = 0
		}
		wait := s.cfg.Poll
		if failures > 0 {
			wait = min(s.cfg.Poll*time.Duration(1<<min(failures, 6)), 10*time.Second)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// Step does one round of work: track transactions in flight, send a batch when one is due, queue
// the finalization of jobs that ended, then the job actions that are due. Run calls it in a loop; tests call it directly.
func (s *Service) Step(ctx context.Context) error {
	if err := s.track(ctx); err != nil {
		return fmt.Errorf("track transactions: %w", err)
	}
	for {
		sent, err := s.batch(ctx)
		if err != nil {
			return fmt.Errorf("batch: %w", err)
		}
		if !sent {
			break
		}
	}
	if err := s.queueEnded(ctx); err != nil {
		return err
	}
	if err := s.runActions(ctx); err != nil {
		return fmt.Errorf("job actions: %w", err)
	}
	return nil
}
