package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
)

// Chain is what the indexer reads from a JSON-RPC endpoint (ethclient.Client satisfies it).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is implemented by WebSocket clients; the indexer then wakes on every new head
// instead of polling.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Config tunes the indexer; zero values take the defaults.
type Config struct {
	Deployment    *chain.Deployment
	Name          string        // cursor name (default "indexer")
	FinalityDepth uint64        // blocks after which a block is treated as final (default 12)
	InitialSpan   uint64        // first eth_getLogs range (default 100)
	MaxSpan       uint64        // largest range (default 10000)
	PollInterval  time.Duration // head polling when not subscribed (default 1s)
	RPCTimeout    time.Duration // per call (default 30s)
	BatchEvents   int           // events per batch the range adapts towards (default 5000)
	Logger        *slog.Logger
	// BeforeCommit, when set, runs inside every batch transaction just before COMMIT; tests use it
	// to crash the indexer between its writes and its commit.
	BeforeCommit func(ctx context.Context) error
}

func (c *Config) defaults() {
	if c.Name == "" {
		c.Name = "indexer"
	}
	if c.FinalityDepth == 0 {
		c.FinalityDepth = 12
	}
	if c.InitialSpan == 0 {
		c.InitialSpan = 100
	}
	if c.MaxSpan == 0 {
		c.MaxSpan = 10_000
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.BatchEvents == 0 {
		c.BatchEvents = 5000
	}
	if c.RPCTimeout == 0 {
		c.RPCTimeout = 30 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Indexer follows one chain and mirrors the deployment's events.
type Indexer struct {
	cfg   Config
	src   Chain
	st    *store
	dec   *decoder
	span  span
	m     *metrics
	log   *slog.Logger
	query ethereum.FilterQuery
	// jobClients caches job id → client for settlements; cleared on reorg.
	jobClients map[uint64]common.Address
	// bloomMisses counts retries of blocks whose bloom names our contracts but whose logs came back
	// empty (a node serving an incomplete answer); bounded because blooms have false positives.
	bloomMisses map[common.Hash]int
}

// New builds an indexer over db (migrated) and src. reg may be nil.
func New(db *gorm.DB, src Chain, cfg Config, reg prometheus.Registerer) (*Indexer, error) {
	cfg.defaults()
	if cfg.Deployment == nil {
		return nil, errors.New("indexer: no deployment")
	}
	dec, err := newDecoder(cfg.Deployment)
	if err != nil {
		return nil, err
	}
	d := cfg.Deployment
	return &Indexer{
		cfg:         cfg,
		src:         src,
		st:          &store{db: db, chainID: int64(d.ChainID), name: cfg.Name, beforeCommit: cfg.BeforeCommit},
		dec:         dec,
		span:        span{cur: cfg.InitialSpan, min: 1, max: cfg.MaxSpan},
		m:           newMetrics(reg),
		log:         cfg.Logger.With("component", "indexer", "chain", d.ChainID),
		query:       ethereum.FilterQuery{Addresses: []common.Address{d.Token, d.Staking, d.Escrow}},
		jobClients:  map[uint64]common.Address{},
		bloomMisses: map[common.Hash]int{},
	}, nil
}

// Run indexes until ctx ends. Errors (RPC, Postgres) are logged and retried with backoff: the
// indexer slows down, it never skips a block.
func (ix *Indexer) Run(ctx context.Context) error {
	heads := ix.subscribe(ctx)
	backoff := 100 * time.Millisecond
	for {
		caughtUp, err := ix.Sync(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait := ix.cfg.PollInterval
		if err != nil {
			ix.log.Warn("indexing paused, will retry", "err", err, "retry_in", backoff)
			wait, backoff = backoff, min(backoff*2, 10*time.Second)
		} else {
			backoff = 100 * time.Millisecond
			if !caughtUp {
				continue
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-heads:
		case <-time.After(wait):
		}
	}
}

func (ix *Indexer) subscribe(ctx context.Context) <-chan *types.Header {
	hs, ok := ix.src.(HeadSubscriber)
	if !ok {
		return nil
	}
	ch := make(chan *types.Header, 16)
	sub, err := hs.SubscribeNewHead(ctx, ch)
	if err != nil {
		ix.log.Info("no head subscription, polling", "err", err)
		return nil
	}
	go func() {
		select {
		case <-ctx.Done():
		case err := <-sub.Err():
			ix.log.Warn("head subscription ended, polling", "err", err)
		}
		sub.Unsubscribe()
	}()
	return ch
}

// Sync indexes batches until the head is reached (caughtUp) or an error stops it. While one batch
// commits, the next range is already fetched and decoded, so the database write path — the limit
// on a local node — never waits for the RPC.
func (ix *Indexer) Sync(ctx context.Context) (caughtUp bool, err error) {
	cur, err := ix.start(ctx)
	if err != nil {
		return false, err
	}
	p := ix.prepare(ctx, cur)
	for ctx.Err() == nil {
		switch {
		case p.err != nil:
			return false, p.err
		case p.reorg:
			if err := ix.reorg(ctx, cur); err != nil {
				return false, err
			}
			if cur, err = ix.start(ctx); err != nil {
				return false, err
			}
			p = ix.prepare(ctx, cur)
			continue
		case p.retry:
			p = ix.prepare(ctx, cur)
			continue
		case p.b == nil:
			return true, nil // at the head
		}
		var ahead chan prepared
		if !p.atHead {
			ahead = make(chan prepared, 1)
			go func(next Cursor) { ahead <- ix.prepare(ctx, next) }(p.next)
		}
		if err := ix.commit(ctx, p); err != nil {
			if ahead != nil {
				<-ahead
			}
			return false, err
		}
		cur = p.next
		if ahead == nil {
			return true, nil
		}
		p = <-ahead
	}
	return false, ctx.Err()
}

// start is the cursor before the first block to index.
func (ix *Indexer) start(ctx context.Context) (Cursor, error) {
	c, ok, err := ix.st.cursor(ctx)
	if err != nil || ok {
		return c, err
	}
	first := ix.cfg.Deployment.DeployBlock
	if first == 0 {
		return Cursor{}, errors.New("deployment has no deploy block")
	}
	h, err := ix.header(ctx, first-1)
	if err != nil {
		return Cursor{}, err
	}
	return Cursor{Block: first - 1, Hash: h.Hash()}, nil
}

// prepared is one fetched and decoded range, or what to do instead.
type prepared struct {
	b      *batch // nil: nothing to index (at the head)
	from   Cursor // the cursor the batch follows: the commit checks it is still the stored one
	next   Cursor // the cursor after this batch
	logs   int
	span   uint64 // blocks covered
	atHead bool
	reorg  bool // cur is no longer canonical
	retry  bool // try the same cursor again (smaller range, chain moved)
	err    error
	began  time.Time
}

// prepare fetches, verifies and decodes the range after cur. It touches no database state.
func (ix *Indexer) prepare(ctx context.Context, cur Cursor) prepared {
	began := time.Now()
	head, err := ix.blockNumber(ctx)
	if err != nil {
		return prepared{err: err}
	}
	ix.m.head.Set(float64(head))
	if head <= cur.Block {
		// Nothing new (or a node behind us). Still make sure our tip was not replaced.
		h, err := ix.header(ctx, cur.Block)
		if err != nil {
			return prepared{err: err}
		}
		if h.Hash() != cur.Hash {
			return prepared{reorg: true}
		}
		ix.m.lag.Set(0)
		return prepared{}
	}

	from := cur.Block + 1
	to := min(from+ix.span.cur-1, head)
	fromHeader, err := ix.header(ctx, from)
	if err != nil {
		return prepared{err: err}
	}
	if fromHeader.ParentHash != cur.Hash {
		return prepared{reorg: true}
	}

	logs, err := ix.filterLogs(ctx, from, to)
	if err != nil {
		switch classify(err) {
		case errTooLarge:
			if ix.span.shrink() {
				ix.m.rpcErrors.WithLabelValues("range").Inc()
				ix.m.span.Set(float64(ix.span.cur))
				return prepared{retry: true}
			}
		case errRateLimit:
			ix.m.rpcErrors.WithLabelValues("rate_limit").Inc()
			return prepared{err: fmt.Errorf("rate limited: %w", err)}
		}
		ix.m.rpcErrors.WithLabelValues("other").Inc()
		return prepared{err: fmt.Errorf("eth_getLogs %d-%d: %w", from, to, err)}
	}

	toHash, err := ix.verify(ctx, cur, fromHeader, to, head, logs)
	if err != nil {
		return prepared{err: err}
	}
	if toHash == (common.Hash{}) {
		return prepared{retry: true} // the chain moved under us
	}
	b := &batch{}
	for i := range logs {
		if err := ix.dec.add(b, &logs[i]); err != nil {
			return prepared{err: err}
		}
	}
	ix.span.fit(to-from+1, len(logs), ix.cfg.BatchEvents)
	ix.m.span.Set(float64(ix.span.cur))
	return prepared{b: b, from: cur, next: Cursor{Block: to, Hash: toHash, Head: head}, logs: len(logs), span: to - from + 1, atHead: to == head, began: began}
}

// commit writes a prepared batch and its cursor in one transaction.
func (ix *Indexer) commit(ctx context.Context, p prepared) error {
	if err := ix.st.commit(ctx, p.b, p.from, p.next, ix.jobClients); err != nil {
		ix.jobClients = map[uint64]common.Address{} // it may hold jobs that were not committed
		return err
	}
	ix.m.events.Add(float64(p.logs))
	ix.m.indexed.Set(float64(p.next.Block))
	ix.m.lag.Set(float64(p.next.Head - p.next.Block))
	ix.m.batch.Observe(time.Since(p.began).Seconds())
	return nil
}

// verify checks that the logs of [from, to] come from one chain that extends cur, and returns the
// hash of block to. Blocks deeper than the finality depth are trusted; newer ones are checked
// header by header (parent links and every log's block hash). A zero hash means "retry".
func (ix *Indexer) verify(ctx context.Context, cur Cursor, fromHeader *types.Header, to, head uint64, logs []types.Log) (common.Hash, error) {
	hashes := map[uint64]common.Hash{fromHeader.Number.Uint64(): fromHeader.Hash()}
	firstUnsafe := fromHeader.Number.Uint64()
	if head > ix.cfg.FinalityDepth && head-ix.cfg.FinalityDepth > firstUnsafe {
		firstUnsafe = head - ix.cfg.FinalityDepth
	}
	if to >= firstUnsafe {
		parent := common.Hash{}
		if firstUnsafe == fromHeader.Number.Uint64() {
			parent = cur.Hash
		}
		for n := firstUnsafe; n <= to; n++ {
			h := fromHeader
			if n != fromHeader.Number.Uint64() {
				var err error
				if h, err = ix.header(ctx, n); err != nil {
					return common.Hash{}, err
				}
			}
			if parent != (common.Hash{}) && h.ParentHash != parent {
				return common.Hash{}, nil
			}
			parent = h.Hash()
			hashes[n] = parent
			if ix.missingLogs(h, logs) {
				return common.Hash{}, nil
			}
		}
	}
	for _, l := range logs {
		if l.Removed || l.BlockNumber < fromHeader.Number.Uint64() || l.BlockNumber > to {
			return common.Hash{}, nil
		}
		if want, ok := hashes[l.BlockNumber]; ok && want != l.BlockHash {
			return common.Hash{}, nil
		}
	}
	if h, ok := hashes[to]; ok {
		return h, nil
	}
	h, err := ix.header(ctx, to)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// missingLogs reports a block whose bloom says our contracts logged something while the node
// returned no log for it; after three tries the bloom is taken for a false positive.
func (ix *Indexer) missingLogs(h *types.Header, logs []types.Log) bool {
	n := h.Number.Uint64()
	for _, l := range logs {
		if l.BlockNumber == n {
			return false
		}
	}
	for _, a := range ix.query.Addresses {
		if types.BloomLookup(h.Bloom, a) {
			ix.bloomMisses[h.Hash()]++
			if ix.bloomMisses[h.Hash()] <= 3 {
				ix.m.rpcErrors.WithLabelValues("incomplete").Inc()
				return true
			}
			return false
		}
	}
	return false
}

// reorg finds the newest stored block that is still canonical and rolls everything above it back.
func (ix *Indexer) reorg(ctx context.Context, cur Cursor) error {
	candidates, err := ix.st.checkpoints(ctx, cur.Block, 4096)
	if err != nil {
		return err
	}
	ancestor := Cursor{}
	found := false
	for _, c := range candidates {
		h, err := ix.header(ctx, c.Block)
		if err != nil {
			return err
		}
		if h.Hash() == c.Hash {
			ancestor, found = c, true
			break
		}
	}
	if !found {
		// Nothing we stored survives: start over from the deployment.
		first := ix.cfg.Deployment.DeployBlock
		h, err := ix.header(ctx, first-1)
		if err != nil {
			return err
		}
		ancestor = Cursor{Block: first - 1, Hash: h.Hash()}
	}
	depth := cur.Block - ancestor.Block
	if depth > ix.cfg.FinalityDepth {
		ix.log.Error("reorg deeper than the finality depth", "depth", depth, "finality_depth", ix.cfg.FinalityDepth)
	}
	ancestor.Head = cur.Head
	deleted, err := ix.st.rollback(ctx, ancestor)
	if err != nil {
		return err
	}
	ix.jobClients = map[uint64]common.Address{}
	ix.m.reorgs.Inc()
	ix.m.indexed.Set(float64(ancestor.Block))
	ix.log.Warn("reorg rolled back", "from_block", cur.Block, "to_ancestor", ancestor.Block, "events_removed", deleted)
	return nil
}

func (ix *Indexer) blockNumber(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	defer cancel()
	n, err := ix.src.BlockNumber(ctx)
	if err != nil {
		ix.m.rpcErrors.WithLabelValues("other").Inc()
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return n, nil
}

// header fetches a header; a missing one (a node behind the head) is an error, so the batch waits.
func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	defer cancel()
	h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		ix.m.rpcErrors.WithLabelValues("other").Inc()
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	if h == nil {
		return nil, fmt.Errorf("header %d: the node does not have it yet", n)
	}
	return h, nil
}

func (ix *Indexer) filterLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	ctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	defer cancel()
	q := ix.query
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
	return ix.src.FilterLogs(ctx, q)
}
