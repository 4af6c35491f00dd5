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
	signers *chain.Signers // operator keys, remembered for a while
	abi     *escrow.AuctionEscrow
	domain  chain.Domain
	signer  types.Signer
	sender  common.Address
	key     *ecdsa.PrivateKey
	chainID int64

	mu   sync.Mutex
	sent map[int64]time.Time // outbox id → last broadcast by this instance

	jobs  jobCache      // getJob answers for intake, for a moment
	slots providerSlots // one report per provider in verification at a time

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
		jobs:    jobCache{ttl: 2 * time.Second},
	}
	s.signers = &chain.Signers{Read: func(ctx context.Context, provider, signer common.Address) (bool, error) {
		return s.escrow.signsFor(ctx, d.Staking, provider, signer)
	}}
	for _, o := range opts {
		o(s)
	}
	s.log = s.log.With("service", "settlement", "sender", s.sender)
	return s, nil
}

// Sender is the address the service sends transactions from.
func (s *Service) Sender() common.Address { return s.sender }

// Submit verifies a provider's signed report and queues it for settlement, deciding each entry
// as the escrow will (see Verdict): a report is kept with its entries that can be paid, so one
// stale, closed or over-budget round never stops the provider's other rounds from being paid.
// The same report again returns the first receipt (Replayed), never an error. A report at fault
// as a whole (malformed, forged), or none of whose entries can be paid, returns a *RejectError
// (see ReasonOf; the latter carries the verdicts); an outage of the chain RPC or the database
// returns an error wrapping ErrUnavailable, and nothing is stored.
func (s *Service) Submit(ctx context.Context, r SignedReport) (rc Receipt, err error) {
	defer func() { s.metrics.submitted(rc, err) }()
	if err := s.checkShape(r); err != nil {
		return Receipt{}, err
	}
	digest, err := s.checkSignature(ctx, r)
	if err != nil {
		return Receipt{}, err
	}
	if rc, err := s.storedReceipt(ctx, s.db, digest); err != nil || rc.Replayed {
		if err != nil {
			return Receipt{}, fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		return rc, nil
	}
	release, err := s.slots.acquire(ctx, r.Provider)
	if err != nil {
		return Receipt{}, fmt.Errorf("%w: wait for the provider's previous report: %w", ErrUnavailable, err)
	}
	defer release()
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return Receipt{}, fmt.Errorf("%w: read head: %w", ErrUnavailable, err)
	}
	verdicts, err := s.checkUsages(ctx, r, head.Time)
	if err != nil {
		return Receipt{}, err
	}
	rc, err = s.insertReport(ctx, r, digest, verdicts)
	var re *RejectError
	if err != nil && !errors.As(err, &re) {
		return Receipt{}, fmt.Errorf("%w: queue report: %w", ErrUnavailable, err)
	}
	for i, v := range verdicts {
		// A running job whose budget this report spends is ended: nobody else is bound to.
		if v.spends(r.Usages[i]) {
			if err := s.EndJob(ctx, r.Usages[i].JobID); err != nil {
				s.log.Warn("end of a job whose budget is spent not queued; the next report queues it", "job", r.Usages[i].JobID, "err", err)
			}
		}
	}
	if err == nil {
		s.log.Debug("report queued", "report", rc.ID, "provider", r.Provider, "usages", len(r.Usages), "replayed", rc.Replayed)
	}
	return rc, err
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
