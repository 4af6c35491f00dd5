package settlement

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The split and the ledger are read from the indexer's chain mirror (jobs, job_events,
// chain_events), not from the service's own outbox: a client's stopJob or a provider's
// completeJob moves money too, and the mirror has every escrow event whoever sent it.

// JobSplit is where a job's budget went, as the escrow's events tell it.
// Budget = Σ Payouts[i].Net + Fees + Refunded + Remaining, always; Remaining is 0 once closed.
type JobSplit struct {
	JobID     uint64
	Client    common.Address
	State     string // the escrow's state as indexed: Open, Running, Failover, Ended, Closed, Cancelled
	Closed    bool
	FeeBps    uint16 // of the latest settlement (the escrow's current fee before any)
	Budget    *big.Int
	Settled   *big.Int // gross paid for usage, fees included
	Fees      *big.Int
	Refunded  *big.Int
	Remaining *big.Int // still locked in the escrow for the job
	Payouts   []RoundPayout
	Slashes   []Slash
}

// RoundPayout is what one award round paid its provider.
type RoundPayout struct {
	Provider        common.Address
	Round           uint8
	Price           *big.Int // per GPU-second
	GpuSeconds      *big.Int // cumulative, as settled
	Gross, Fee, Net *big.Int
}

// Slash is a failure report's penalty: from the provider's stake to the job's client.
type Slash struct {
	Provider common.Address
	Round    uint8
	Amount   *big.Int
	Reason   string
	TxHash   common.Hash
}

// Ledger entry kinds (see LedgerEntry).
const (
	KindPayout       = "payout"       // provider: net earnings for settled usage
	KindFee          = "fee"          // provider: protocol fee withheld from that usage
	KindSlash        = "slash"        // provider: stake lost for a reported failure
	KindUsage        = "usage"        // client: budget paid for settled usage (gross)
	KindRefund       = "refund"       // client: budget back to its free balance
	KindCompensation = "compensation" // client: a failed provider's slash
)

// LedgerKinds lists every kind, in the order totals report them.
var LedgerKinds = []string{KindPayout, KindFee, KindSlash, KindUsage, KindRefund, KindCompensation}

// LedgerEntry is one movement of money for an account.
type LedgerEntry struct {
	Kind         string
	JobID        uint64
	Round        uint8
	Counterparty common.Address // the job's client for a provider's entries, its provider for a client's
	Amount       *big.Int
	TxHash       common.Hash
	Block        uint64
	LogIndex     uint
	Time         time.Time // zero when the mirror has no block time
	Reason       string
}

// Cursor is a position in a ledger: entries strictly before it come next.
type Cursor struct {
	Block    uint64
	LogIndex uint
}

// String renders the cursor as the API passes it around ("block.logIndex").
func (c Cursor) String() string { return fmt.Sprintf("%d.%d", c.Block, c.LogIndex) }

// ParseCursor reads a Cursor's String form.
func ParseCursor(s string) (Cursor, error) {
	var c Cursor
	if _, err := fmt.Sscanf(s, "%d.%d", &c.Block, &c.LogIndex); err != nil || c.String() != s {
		return c, fmt.Errorf("cursor %q is not <block>.<logIndex>", s)
	}
	return c, nil
}

// LedgerPage is an account's totals by kind and one page of its entries, newest first.
type LedgerPage struct {
	Totals  map[string]*big.Int
	Entries []LedgerEntry
	Next    *Cursor // nil on the last page
}

// escrowEvent is one row of job_events with the award in force when it happened.
type escrowEvent struct {
	name       string
	jobID      uint64
	client     common.Address
	provider   common.Address // UsageSettled: the provider of the round in force
	round      uint8
	price      *big.Int
	amount     *big.Int
	cumulative *big.Int
	reason     string
	state      string
	block      uint64
	logIndex   uint
	time       time.Time
	txHash     common.Hash
}

const eventCols = `je.name, je.job_id, j.client, coalesce(je.provider, aw.provider), coalesce(je.round, aw.round, 0),
	coalesce(je.price, aw.price, 0)::text, coalesce(je.amount, 0)::text, coalesce(je.cumulative_gpu_seconds, 0)::text,
	coalesce(je.reason, ''), coalesce(je.state, ''), je.block_number, je.log_index, je.block_time, ce.tx_hash`

// eventFrom joins a job event with its job, its transaction and, for usage, the award in force.
const eventFrom = `job_events je
	JOIN jobs j ON j.chain_id = je.chain_id AND j.job_id = je.job_id
	LEFT JOIN chain_events ce ON ce.chain_id = je.chain_id AND ce.block_hash = je.block_hash AND ce.log_index = je.log_index
	LEFT JOIN LATERAL (SELECT a.provider, a.round, a.price FROM job_events a
		WHERE a.chain_id = je.chain_id AND a.job_id = je.job_id AND a.name = 'JobAwarded'
		  AND (a.block_number, a.log_index) < (je.block_number, je.log_index)
		ORDER BY a.block_number DESC, a.log_index DESC LIMIT 1) aw ON je.name = 'UsageSettled'`

func scanEvents(rows *sql.Rows) ([]escrowEvent, error) {
	defer rows.Close()
	var out []escrowEvent
	for rows.Next() {
		var e escrowEvent
		var client, prov, hash []byte
		var job, block int64
		var round, logIndex int
		var price, amount, cum string
		var bt sql.NullInt64
		if err := rows.Scan(&e.name, &job, &client, &prov, &round, &price, &amount, &cum, &e.reason, &e.state, &block, &logIndex, &bt, &hash); err != nil {
			return nil, err
		}
		e.jobID, e.client, e.provider, e.round = uint64(job), common.BytesToAddress(client), common.BytesToAddress(prov), uint8(round)
		e.price, e.amount, e.cumulative = decimal(price), decimal(amount), decimal(cum)
		e.block, e.logIndex, e.txHash = uint64(block), uint(logIndex), common.BytesToHash(hash)
		if bt.Valid {
			e.time = time.Unix(bt.Int64, 0).UTC()
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// feeSchedule is the escrow's fee over time, from its ParamsSet events; before the first one it
// knows (an indexer started after deployment) the current fee applies.
type feeSchedule struct {
	blocks  []uint64
	bps     []uint16
	current uint16
}

func (f feeSchedule) at(block uint64) uint16 {
	i := sort.Search(len(f.blocks), func(i int) bool { return f.blocks[i] > block })
	if i == 0 {
		return f.current
	}
	return f.bps[i-1]
}

func (f feeSchedule) fee(gross *big.Int, block uint64) *big.Int {
	fee := new(big.Int).Mul(gross, big.NewInt(int64(f.at(block))))
	return fee.Quo(fee, big.NewInt(10_000))
}

func (s *Service) feeRates(ctx context.Context) (feeSchedule, error) {
	var f feeSchedule
	rows, err := s.db.QueryContext(ctx, `SELECT block_number, args FROM chain_events
		WHERE chain_id = $1 AND contract = 'escrow' AND name = 'ParamsSet' ORDER BY block_number, log_index`, s.chainID)
	if err != nil {
		return f, fmt.Errorf("read fee changes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var block int64
		var args []byte
		if err := rows.Scan(&block, &args); err != nil {
			return f, err
		}
		var p struct {
			Params struct{ FeeBps json.Number } `json:"params"`
		}
		if err := json.Unmarshal(args, &p); err != nil {
			return f, fmt.Errorf("decode ParamsSet at block %d: %w", block, err)
		}
		bps, err := p.Params.FeeBps.Int64()
		if err != nil {
			return f, fmt.Errorf("decode ParamsSet fee at block %d: %w", block, err)
		}
		f.blocks, f.bps = append(f.blocks, uint64(block)), append(f.bps, uint16(bps))
	}
	if err := rows.Err(); err != nil {
		return f, err
	}
	p, err := s.escrow.params(ctx)
	if err != nil {
		if len(f.bps) == 0 {
			return f, fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		p.FeeBps = f.bps[len(f.bps)-1]
	}
	f.current = p.FeeBps
	return f, nil
}

// ErrJobNotIndexed is returned for a job the chain mirror does not have (yet).
var ErrJobNotIndexed = errors.New("job not indexed")

// Split returns escrow job id's budget split.
func (s *Service) Split(ctx context.Context, jobID uint64) (JobSplit, error) {
	sp := JobSplit{JobID: jobID, State: "Open", Settled: new(big.Int), Fees: new(big.Int), Refunded: new(big.Int)}
	var client []byte
	var budget string
	err := s.db.QueryRowContext(ctx, `SELECT client, budget::text FROM jobs WHERE chain_id = $1 AND job_id = $2`, s.chainID, int64(jobID)).
		Scan(&client, &budget)
	if errors.Is(err, sql.ErrNoRows) {
		return sp, fmt.Errorf("job %d: %w", jobID, ErrJobNotIndexed)
	}
	if err != nil {
		return sp, fmt.Errorf("read job %d: %w", jobID, err)
	}
	sp.Client, sp.Budget = common.BytesToAddress(client), decimal(budget)
	fees, err := s.feeRates(ctx)
	if err != nil {
		return sp, err
	}
	sp.FeeBps = fees.current
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventCols+` FROM `+eventFrom+`
		WHERE je.chain_id = $1 AND je.job_id = $2 ORDER BY je.block_number, je.log_index`, s.chainID, int64(jobID))
	if err != nil {
		return sp, fmt.Errorf("read events of job %d: %w", jobID, err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return sp, fmt.Errorf("read events of job %d: %w", jobID, err)
	}
	for _, e := range evs {
		if e.state != "" {
			sp.State = e.state
		}
		switch e.name {
		case "JobAwarded":
			sp.Payouts = append(sp.Payouts, RoundPayout{Provider: e.provider, Round: e.round, Price: e.price,
				GpuSeconds: new(big.Int), Gross: new(big.Int), Fee: new(big.Int), Net: new(big.Int)})
		case "UsageSettled":
			if len(sp.Payouts) == 0 {
				continue // cannot happen on a consistent mirror: usage needs an award
			}
			p := &sp.Payouts[len(sp.Payouts)-1]
			fee := fees.fee(e.amount, e.block)
			sp.FeeBps = fees.at(e.block)
			p.GpuSeconds = e.cumulative
			p.Gross.Add(p.Gross, e.amount)
			p.Fee.Add(p.Fee, fee)
			p.Net.Add(p.Net, new(big.Int).Sub(e.amount, fee))
			sp.Settled.Add(sp.Settled, e.amount)
			sp.Fees.Add(sp.Fees, fee)
		case "Refunded":
			sp.Refunded.Add(sp.Refunded, e.amount)
		case "JobFailed":
			// A failover moves no stake (its amount is what the failed round may still pay). Slashes
			// come from FaultDisputes after a quorum report and its challenge window; the job's trail
			// shows them, this split does not (yet) attribute them to jobs.
		}
	}
	sp.Closed = sp.State == "Closed" || sp.State == "Cancelled"
	sp.Remaining = new(big.Int).Sub(new(big.Int).Sub(sp.Budget, sp.Settled), sp.Refunded)
	return sp, nil
}

// Ledger returns account's totals and the page of its entries before cursor (from the newest when
// nil), of kind (every kind when ""), at most limit settlement events' worth. Fees are attributed
// per job at the escrow's rate (floor), so a report paying several jobs at once can show up to 1 wei
// per job less fee than the escrow's ProviderPaid event.
func (s *Service) Ledger(ctx context.Context, account common.Address, kind string, before *Cursor, limit int) (LedgerPage, error) {
	page := LedgerPage{Totals: map[string]*big.Int{}}
	for _, k := range LedgerKinds {
		page.Totals[k] = new(big.Int)
	}
	fees, err := s.feeRates(ctx)
	if err != nil {
		return page, err
	}
	// Every event of the account's jobs (as client or as a round's provider) that moved money.
	// Totals need them all; the account's history is bounded by its jobs.
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventCols+` FROM `+eventFrom+`
		WHERE je.chain_id = $1 AND je.name IN ('UsageSettled', 'Refunded', 'JobFailed') AND je.amount > 0
		  AND (j.client = $2 OR je.job_id IN (SELECT job_id FROM job_events WHERE chain_id = $1 AND name = 'JobAwarded' AND provider = $2))
		ORDER BY je.block_number DESC, je.log_index DESC`, s.chainID, account.Bytes())
	if err != nil {
		return page, fmt.Errorf("read ledger of %s: %w", account.Hex(), err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return page, fmt.Errorf("read ledger of %s: %w", account.Hex(), err)
	}
	// Slashes come from FaultDisputes through the staking contract (never from a failover): the
	// slashed provider's loss, and what its beneficiaries (the client, the treasury) received.
	rows, err = s.db.QueryContext(ctx, `SELECT 'Slashed', 0, se.beneficiary, se.account, 0, '0', se.amount::text, '0',
			coalesce(se.reason, ''), '', se.block_number, se.log_index, se.block_time, ce.tx_hash
		FROM stake_events se LEFT JOIN chain_events ce ON ce.chain_id = se.chain_id AND ce.block_hash = se.block_hash AND ce.log_index = se.log_index
		WHERE se.chain_id = $1 AND se.name = 'Slashed' AND (se.account = $2 OR se.beneficiary = $2)`, s.chainID, account.Bytes())
	if err != nil {
		return page, fmt.Errorf("read slashes of %s: %w", account.Hex(), err)
	}
	slashes, err := scanEvents(rows)
	if err != nil {
		return page, fmt.Errorf("read slashes of %s: %w", account.Hex(), err)
	}
	evs = append(evs, slashes...)
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].block != evs[j].block {
			return evs[i].block > evs[j].block
		}
		return evs[i].logIndex > evs[j].logIndex
	})
	events := 0
	for _, e := range evs {
		entries := ledgerEntries(e, account, fees)
		for _, en := range entries {
			page.Totals[en.Kind].Add(page.Totals[en.Kind], en.Amount)
		}
		if before != nil && (e.block > before.Block || (e.block == before.Block && e.logIndex >= before.LogIndex)) {
			continue
		}
		var shown []LedgerEntry
		for _, en := range entries {
			if kind == "" || en.Kind == kind {
				shown = append(shown, en)
			}
		}
		if len(shown) == 0 || page.Next != nil {
			continue
		}
		if events == limit {
			page.Next = &Cursor{Block: page.Entries[len(page.Entries)-1].Block, LogIndex: page.Entries[len(page.Entries)-1].LogIndex}
			continue
		}
		events++
		page.Entries = append(page.Entries, shown...)
	}
	return page, nil
}

// ledgerEntries is what one escrow event means for account.
func ledgerEntries(e escrowEvent, account common.Address, fees feeSchedule) []LedgerEntry {
	base := LedgerEntry{JobID: e.jobID, Round: e.round, TxHash: e.txHash, Block: e.block, LogIndex: e.logIndex, Time: e.time}
	entry := func(kind string, counterparty common.Address, amount *big.Int) LedgerEntry {
		en := base
		en.Kind, en.Counterparty, en.Amount = kind, counterparty, amount
		return en
	}
	var out []LedgerEntry
	switch e.name {
	case "UsageSettled":
		if e.provider == account {
			fee := fees.fee(e.amount, e.block)
			out = append(out, entry(KindPayout, e.client, new(big.Int).Sub(e.amount, fee)), entry(KindFee, e.client, fee))
		}
		if e.client == account {
			out = append(out, entry(KindUsage, e.provider, e.amount))
		}
	case "Refunded":
		if e.client == account {
			out = append(out, entry(KindRefund, common.Address{}, e.amount))
		}
	case "Slashed":
		// provider: the slashed account; client: the beneficiary (the job's client, or the treasury).
		if e.provider == account {
			en := entry(KindSlash, e.client, e.amount)
			en.Reason = e.reason
			out = append(out, en)
		}
		if e.client == account {
			en := entry(KindCompensation, e.provider, e.amount)
			en.Reason = e.reason
			out = append(out, en)
		}
	}
	// JobFailed moves no money: a failover is not a slash.
	return out
}
