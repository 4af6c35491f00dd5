package indexer

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/chain"
)

// Ledger buckets.
const (
	Wallet         = "wallet"
	EscrowFree     = "escrow_free"
	EscrowLocked   = "escrow_locked"
	StakeActive    = "stake_active"
	StakeUnbonding = "stake_unbonding"
	Earned         = "earned"
	FeesOwed       = "fees_owed"
	Slashed        = "slashed"
)

// Job states as the mirror names them (the escrow's JobState enum).
var jobStates = []string{"None", "Open", "Running", "Failover", "Ended", "Closed", "Cancelled"}

// rejections names the escrow's Rejection enum.
var rejections = []string{"NotJobProvider", "NotSettleable", "StaleRound", "NothingDue"}

// position identifies a log.
type position struct {
	block     uint64
	blockHash common.Hash
	blockTime uint64
	logIndex  uint
}

type eventRow struct {
	position
	txHash   common.Hash
	txIndex  uint
	contract string
	name     string
	args     []byte
}

type ledgerRow struct {
	position
	seq     int
	account common.Address
	bucket  string
	jobID   *uint64
	amount  *big.Int // signed
}

type jobRow struct {
	position
	txHash                     common.Hash
	jobID                      uint64
	client                     common.Address
	specHash                   common.Hash
	maxPrice, budget, minStake *big.Int
	gpuCount                   uint16
	biddingDeadline            uint64
}

type jobEventRow struct {
	position
	jobID      uint64
	name       string
	state      *string
	provider   *common.Address
	round      *int64
	price      *big.Int
	amount     *big.Int
	cumulative *big.Int
	reason     *string
}

type stakeEventRow struct {
	position
	account     common.Address
	name        string
	amount      *big.Int
	unlockAt    *uint64
	beneficiary *common.Address
	reason      *string
}

// batch is everything one range of blocks adds to the mirror.
type batch struct {
	events      []eventRow
	ledger      []ledgerRow
	jobs        []jobRow
	jobEvents   []jobEventRow
	stakeEvents []stakeEventRow
	// ledger rows of settlements, whose client is resolved at commit (from this batch, a cache of
	// committed jobs, or the jobs table)
	pendingClient []int // indexes into ledger
}

// decoder turns logs into rows with the generated bindings.
type decoder struct {
	d       *chain.Deployment
	token   *gintoken.GinToken
	staking *staking.ProviderStaking
	escrow  *escrow.AuctionEscrow
	events  map[eventKey]namedEvent
}

type eventKey struct {
	contract string
	topic    common.Hash
}

type namedEvent struct {
	contract string
	ev       abi.Event
}

func newDecoder(d *chain.Deployment) (*decoder, error) {
	dec := &decoder{d: d, token: gintoken.NewGinToken(), staking: staking.NewProviderStaking(), escrow: escrow.NewAuctionEscrow(), events: map[eventKey]namedEvent{}}
	for name, md := range map[string]interface{ ParseABI() (*abi.ABI, error) }{
		"token": &gintoken.GinTokenMetaData, "staking": &staking.ProviderStakingMetaData, "escrow": &escrow.AuctionEscrowMetaData,
	} {
		a, err := md.ParseABI()
		if err != nil {
			return nil, fmt.Errorf("parse %s ABI: %w", name, err)
		}
		for _, ev := range a.Events {
			dec.events[eventKey{name, ev.ID}] = namedEvent{contract: name, ev: ev}
		}
	}
	return dec, nil
}

func (d *decoder) contractOf(addr common.Address) string {
	switch addr {
	case d.d.Token:
		return "token"
	case d.d.Staking:
		return "staking"
	case d.d.Escrow:
		return "escrow"
	}
	return ""
}

// add decodes one log into b.
func (d *decoder) add(b *batch, l *types.Log) error {
	if len(l.Topics) == 0 {
		return fmt.Errorf("log %d of block %d has no topics", l.Index, l.BlockNumber)
	}
	contract := d.contractOf(l.Address)
	ne, ok := d.events[eventKey{contract, l.Topics[0]}]
	if contract == "" || !ok {
		return fmt.Errorf("log %d of block %d: unknown event %s from %s", l.Index, l.BlockNumber, l.Topics[0], l.Address)
	}
	args, err := argsJSON(ne.ev, l)
	if err != nil {
		return fmt.Errorf("decode %s in block %d: %w", ne.ev.Name, l.BlockNumber, err)
	}
	pos := position{block: l.BlockNumber, blockHash: l.BlockHash, blockTime: l.BlockTimestamp, logIndex: l.Index}
	b.events = append(b.events, eventRow{position: pos, txHash: l.TxHash, txIndex: l.TxIndex, contract: contract, name: ne.ev.Name, args: args})

	seq := 0
	move := func(account common.Address, bucket string, jobID *uint64, amount *big.Int) {
		b.ledger = append(b.ledger, ledgerRow{position: pos, seq: seq, account: account, bucket: bucket, jobID: jobID, amount: amount})
		seq++
	}
	neg := func(x *big.Int) *big.Int { return new(big.Int).Neg(x) }
	jobEvent := func(jobID uint64, state string) *jobEventRow {
		r := jobEventRow{position: pos, jobID: jobID, name: ne.ev.Name}
		if state != "" {
			r.state = &state
		}
		b.jobEvents = append(b.jobEvents, r)
		return &b.jobEvents[len(b.jobEvents)-1]
	}
	stakeEvent := func(account common.Address, amount *big.Int) *stakeEventRow {
		b.stakeEvents = append(b.stakeEvents, stakeEventRow{position: pos, account: account, name: ne.ev.Name, amount: amount})
		return &b.stakeEvents[len(b.stakeEvents)-1]
	}

	switch contract + "." + ne.ev.Name {
	case "token.Transfer":
		e, err := d.token.UnpackTransferEvent(l)
		if err != nil {
			return err
		}
		if e.From != (common.Address{}) {
			move(e.From, Wallet, nil, neg(e.Value))
		}
		if e.To != (common.Address{}) {
			move(e.To, Wallet, nil, e.Value)
		}
	case "escrow.Deposited":
		e, err := d.escrow.UnpackDepositedEvent(l)
		if err != nil {
			return err
		}
		move(e.Client, EscrowFree, nil, e.Amount)
	case "escrow.Withdrawn":
		e, err := d.escrow.UnpackWithdrawnEvent(l)
		if err != nil {
			return err
		}
		move(e.Client, EscrowFree, nil, neg(e.Amount))
	case "escrow.JobCreated":
		e, err := d.escrow.UnpackJobCreatedEvent(l)
		if err != nil {
			return err
		}
		id := e.JobId.Uint64()
		move(e.Client, EscrowFree, &id, neg(e.Budget))
		move(e.Client, EscrowLocked, &id, e.Budget)
		b.jobs = append(b.jobs, jobRow{position: pos, txHash: l.TxHash, jobID: id, client: e.Client, specHash: e.SpecHash,
			maxPrice: e.MaxPricePerGpuSecond, budget: e.Budget, minStake: e.MinProviderStake, gpuCount: e.GpuCount, biddingDeadline: e.BiddingDeadline.Uint64()})
	case "escrow.JobAwarded":
		e, err := d.escrow.UnpackJobAwardedEvent(l)
		if err != nil {
			return err
		}
		r := jobEvent(e.JobId.Uint64(), "Running")
		round := int64(e.Round)
		r.provider, r.round, r.price = &e.Provider, &round, e.PricePerGpuSecond
	case "escrow.ReplicaAdded":
		e, err := d.escrow.UnpackReplicaAddedEvent(l)
		if err != nil {
			return err
		}
		// A replica round opens beside the current one: the job's state does not change.
		r := jobEvent(e.JobId.Uint64(), "")
		round := int64(e.Round)
		r.provider, r.round, r.price, r.amount = &e.Provider, &round, e.Price, e.Budget
	case "escrow.ReplicaEnded":
		e, err := d.escrow.UnpackReplicaEndedEvent(l)
		if err != nil {
			return err
		}
		r := jobEvent(e.JobId.Uint64(), "")
		round := int64(e.Round)
		r.provider, r.round, r.amount = &e.Provider, &round, e.Due
	case "escrow.UsageSettled":
		e, err := d.escrow.UnpackUsageSettledEvent(l)
		if err != nil {
			return err
		}
		id := e.JobId.Uint64()
		r := jobEvent(id, "")
		r.amount, r.cumulative = e.Amount, e.CumulativeGpuSeconds
		move(common.Address{}, EscrowLocked, &id, neg(e.Amount)) // client filled in at commit
		b.pendingClient = append(b.pendingClient, len(b.ledger)-1)
	case "escrow.UsageRejected":
		e, err := d.escrow.UnpackUsageRejectedEvent(l)
		if err != nil {
			return err
		}
		r := jobEvent(e.JobId.Uint64(), "")
		reason := "Unknown"
		if int(e.Reason) < len(rejections) {
			reason = rejections[e.Reason]
		}
		r.provider, r.reason = &e.Provider, &reason
	case "escrow.ProviderPaid":
		e, err := d.escrow.UnpackProviderPaidEvent(l)
		if err != nil {
			return err
		}
		move(e.Provider, Earned, nil, new(big.Int).Sub(e.Gross, e.Fee))
		move(d.d.Escrow, FeesOwed, nil, e.Fee)
	case "escrow.JobEnded":
		e, err := d.escrow.UnpackJobEndedEvent(l)
		if err != nil {
			return err
		}
		jobEvent(e.JobId.Uint64(), "Ended").provider = &e.By
	case "escrow.JobFailed":
		e, err := d.escrow.UnpackJobFailedEvent(l)
		if err != nil {
			return err
		}
		r := jobEvent(e.JobId.Uint64(), "Failover")
		round := int64(e.Round)
		r.provider, r.round, r.amount, r.reason = &e.Provider, &round, e.Due, &e.Reason
	case "escrow.JobCancelled":
		e, err := d.escrow.UnpackJobCancelledEvent(l)
		if err != nil {
			return err
		}
		jobEvent(e.JobId.Uint64(), "Cancelled")
	case "escrow.JobClosed":
		e, err := d.escrow.UnpackJobClosedEvent(l)
		if err != nil {
			return err
		}
		jobEvent(e.JobId.Uint64(), "Closed")
	case "escrow.Refunded":
		e, err := d.escrow.UnpackRefundedEvent(l)
		if err != nil {
			return err
		}
		id := e.JobId.Uint64()
		jobEvent(id, "").amount = e.Amount
		move(e.Client, EscrowLocked, &id, neg(e.Amount))
		move(e.Client, EscrowFree, &id, e.Amount)
	case "escrow.BudgetToppedUp":
		e, err := d.escrow.UnpackBudgetToppedUpEvent(l)
		if err != nil {
			return err
		}
		id := e.JobId.Uint64()
		jobEvent(id, "").amount = e.Amount
		// The client's free balance funds it (a permit top-up deposits first: its Deposited event
		// comes before this one).
		move(common.Address{}, EscrowFree, &id, neg(e.Amount))
		move(common.Address{}, EscrowLocked, &id, e.Amount)
		b.pendingClient = append(b.pendingClient, len(b.ledger)-2, len(b.ledger)-1)
	case "escrow.FeesSwept":
		e, err := d.escrow.UnpackFeesSweptEvent(l)
		if err != nil {
			return err
		}
		move(d.d.Escrow, FeesOwed, nil, neg(e.Amount))
	case "staking.Staked":
		e, err := d.staking.UnpackStakedEvent(l)
		if err != nil {
			return err
		}
		move(e.Account, StakeActive, nil, e.Amount)
		stakeEvent(e.Account, e.Amount)
	case "staking.UnstakeRequested":
		e, err := d.staking.UnpackUnstakeRequestedEvent(l)
		if err != nil {
			return err
		}
		move(e.Account, StakeActive, nil, neg(e.Amount))
		move(e.Account, StakeUnbonding, nil, e.Amount)
		unlock := e.UnlockAt
		stakeEvent(e.Account, e.Amount).unlockAt = &unlock
	case "staking.StakeWithdrawn":
		e, err := d.staking.UnpackStakeWithdrawnEvent(l)
		if err != nil {
			return err
		}
		move(e.Account, StakeUnbonding, nil, neg(e.Amount))
		stakeEvent(e.Account, e.Amount)
	case "staking.Slashed":
		e, err := d.staking.UnpackSlashedEvent(l)
		if err != nil {
			return err
		}
		move(e.Account, StakeActive, nil, neg(e.FromActive))
		move(e.Account, StakeUnbonding, nil, neg(e.FromUnbonding))
		move(e.Account, Slashed, nil, e.Amount)
		r := stakeEvent(e.Account, e.Amount)
		r.beneficiary, r.reason = &e.Beneficiary, &e.Reason
	}
	return nil
}

// argsJSON renders all of an event's arguments (indexed and not) as a JSON object; integers become
// decimal strings so no precision is lost on the way to jsonb.
func argsJSON(ev abi.Event, l *types.Log) ([]byte, error) {
	m := map[string]any{}
	if len(l.Data) > 0 {
		if err := ev.Inputs.UnpackIntoMap(m, l.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(indexed) > 0 {
		if err := abi.ParseTopicsIntoMap(m, indexed, l.Topics[1:]); err != nil {
			return nil, err
		}
	}
	for k, v := range m {
		m[k] = jsonValue(v)
	}
	return json.Marshal(m)
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case common.Hash:
		return x.Hex()
	case []byte:
		return common.Bytes2Hex(x)
	case uint8, uint16, uint32, uint64, int8, int16, int32, int64:
		return fmt.Sprint(x)
	}
	// tuples (ParamsSet) are structs of the above; render them through their fields
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	var generic map[string]any
	if json.Unmarshal(b, &generic) == nil {
		return generic
	}
	return json.RawMessage(b)
}
