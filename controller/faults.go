package controller

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// FaultConfig is what the fault quorum needs.
type FaultConfig struct {
	// Key is this controller's key: it must hold CONTROLLER_ROLE and the controller stake.
	Key *ecdsa.PrivateKey
	// HeartbeatTimeout is the silence after which a provider counts as failed.
	HeartbeatTimeout time.Duration
	// Grace is how long this controller signs nothing after it starts or recovers from an error
	// reaching Postgres or the chain (at least HeartbeatTimeout).
	Grace time.Duration
}

// Faults is one controller's part in the fault quorum. A controller that sees a provider go silent
// on a job signs an EIP-712 fault observation; other controllers that see the same silence
// co-sign it; once a quorum of distinct staked controllers signed, the report goes to
// FaultDisputes on chain, and after its challenge window the slash is executed. A controller that
// was itself unhealthy (cut off from Postgres or the chain, or just started) signs nothing for a
// grace period, so its own outage never turns into reports against providers. It also signs the
// heartbeat acknowledgements providers keep as evidence against false reports.
type Faults struct {
	cfg    FaultConfig
	db     *gorm.DB
	k      *chain.Contracts
	sender *chain.Sender
	log    *slog.Logger
	now    func() time.Time
	self   common.Address

	mu            sync.Mutex
	unhealthyTill time.Time

	mirrored int64 // the highest dispute id mirrored into market.disputes; only Step touches it
}

// NewFaults returns this controller's fault quorum member. It starts in its grace period.
func NewFaults(cfg FaultConfig, db *gorm.DB, k *chain.Contracts, sender *chain.Sender, log *slog.Logger, now func() time.Time) (*Faults, error) {
	if cfg.Key == nil || sender == nil {
		return nil, errors.New("controller: the fault quorum needs a controller key")
	}
	if cfg.Grace == 0 {
		cfg.Grace = 2 * cfg.HeartbeatTimeout
	}
	if cfg.Grace < cfg.HeartbeatTimeout {
		cfg.Grace = cfg.HeartbeatTimeout
	}
	if now == nil {
		now = time.Now
	}
	f := &Faults{cfg: cfg, db: db, k: k, sender: sender, log: log, now: now,
		self: crypto.PubkeyToAddress(cfg.Key.PublicKey)}
	f.unhealthyTill = now().Add(cfg.Grace)
	return f, nil
}

// Address is this controller's signing address.
func (f *Faults) Address() common.Address { return f.self }

// Unhealthy records that this controller could not reach Postgres or the chain: it signs nothing
// until Grace after now.
func (f *Faults) Unhealthy() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if till := f.now().Add(f.cfg.Grace); till.After(f.unhealthyTill) {
		f.unhealthyTill = till
	}
}

// Healthy says whether this controller has been healthy for a whole grace period.
func (f *Faults) Healthy() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return !f.now().Before(f.unhealthyTill)
}

// SignsAgainAt reports when this controller may sign again (zero when it may now).
func (f *Faults) SignsAgainAt() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.now().Before(f.unhealthyTill) {
		return f.unhealthyTill
	}
	return time.Time{}
}

// Ack signs a heartbeat acknowledgement for provider at time at.
func (f *Faults) Ack(provider common.Address, at time.Time) (chain.HeartbeatAck, []byte, error) {
	a := chain.HeartbeatAck{Provider: provider, Timestamp: uint64(at.Unix())}
	sig, err := f.k.SignHeartbeatAck(a, f.cfg.Key)
	return a, sig, err
}

// Observe records this controller's signed observation that provider was silent on round of
// jobID from silentSince until now. It signs nothing while this controller is in its grace period.
func (f *Faults) Observe(ctx context.Context, jobID int64, chainJobID uint64, round uint8, provider common.Address, silentSince time.Time) (bool, error) {
	if !f.Healthy() {
		f.log.Warn("not signing a fault observation: this controller is in its grace period", "job", jobID, "provider", provider)
		return false, nil
	}
	r := chain.FaultReport{JobID: chainJobID, Round: round, Provider: provider,
		SilentSince: uint64(silentSince.Unix()), ObservedAt: uint64(f.now().Add(-time.Second).Unix())}
	if r.ObservedAt <= r.SilentSince {
		return false, fmt.Errorf("observe job %d: the silence since %s is not over yet", jobID, silentSince)
	}
	return true, f.sign(ctx, jobID, r)
}

func (f *Faults) sign(ctx context.Context, jobID int64, r chain.FaultReport) error {
	sig, err := f.k.SignFaultReport(r, f.cfg.Key)
	if err != nil {
		return err
	}
	return f.db.WithContext(ctx).Exec(`INSERT INTO market.fault_observations
		(job_id, round, provider, controller, silent_since, observed_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, jobID, int(r.Round), r.Provider.Bytes(), f.self.Bytes(), int64(r.SilentSince), int64(r.ObservedAt), sig).Error
}

// Step does one round of quorum work: co-signs the observations of other controllers that this
// controller can confirm, files the reports that reached the quorum, and executes the disputes
// whose challenge window passed.
func (f *Faults) Step(ctx context.Context) error {
	return errors.Join(f.cosign(ctx), f.file(ctx), f.mirror(ctx), f.execute(ctx))
}

type observation struct {
	JobID       int64
	ChainJobID  int64
	Round       int
	Provider    []byte
	SilentSince int64
	ObservedAt  int64
	Signers     int
	Mine        bool
	LastBeat    *time.Time
}

// pending lists the reports not filed yet with their signers, and whether this controller signed.
func (f *Faults) pending(ctx context.Context) ([]observation, error) {
	var obs []observation
	err := f.db.WithContext(ctx).Raw(`SELECT o.job_id, j.chain_job_id, o.round, o.provider, o.silent_since, o.observed_at,
			count(*) AS signers, bool_or(o.controller = ?) AS mine, max(p.last_heartbeat_at) AS last_beat
		FROM market.fault_observations o JOIN market.jobs j ON j.id = o.job_id
		LEFT JOIN market.providers p ON p.address = o.provider
		WHERE NOT EXISTS (SELECT 1 FROM market.disputes d WHERE d.job_id = o.job_id AND d.round = o.round)
		  AND o.created_at > now() - interval '1 day'
		GROUP BY o.job_id, j.chain_job_id, o.round, o.provider, o.silent_since, o.observed_at`, f.self.Bytes()).Scan(&obs).Error
	if err != nil {
		return nil, fmt.Errorf("load fault observations: %w", err)
	}
	return obs, nil
}

// cosign signs the same report as another controller when this one, healthy, sees the same
// silence: no heartbeat from the provider since the report's silentSince, for at least the timeout.
func (f *Faults) cosign(ctx context.Context) error {
	if !f.Healthy() {
		return nil
	}
	obs, err := f.pending(ctx)
	if err != nil {
		return err
	}
	for _, o := range obs {
		if o.Mine {
			continue
		}
		silent := time.Unix(o.SilentSince, 0)
		if o.LastBeat != nil && o.LastBeat.Unix() > o.SilentSince {
			f.log.Info("not co-signing a fault report: the provider sent a heartbeat after the claimed silence",
				"job", o.JobID, "provider", common.BytesToAddress(o.Provider), "silent_since", silent, "last_heartbeat", o.LastBeat)
			continue
		}
		if f.now().Sub(silent) < f.cfg.HeartbeatTimeout {
			continue
		}
		r := chain.FaultReport{JobID: uint64(o.ChainJobID), Round: uint8(o.Round), Provider: common.BytesToAddress(o.Provider),
			SilentSince: uint64(o.SilentSince), ObservedAt: uint64(o.ObservedAt)}
		if err := f.sign(ctx, o.JobID, r); err != nil {
			return err
		}
	}
	return nil
}

// file sends the reports that reached the quorum to FaultDisputes.
func (f *Faults) file(ctx context.Context) error {
	obs, err := f.pending(ctx)
	if err != nil {
		return err
	}
	if len(obs) == 0 {
		return nil
	}
	p, err := bind.Call(f.k.DisputesC, &bind.CallOpts{Context: ctx}, f.k.Disputes.PackParams(), f.k.Disputes.UnpackParams)
	if err != nil {
		return fmt.Errorf("read the dispute quorum: %w", err)
	}
	var errs []error
	for _, o := range obs {
		if o.Signers < int(p.Quorum) {
			continue
		}
		if err := f.fileOne(ctx, o, int(p.Quorum)); err != nil {
			errs = append(errs, fmt.Errorf("file the fault report on job %d: %w", o.JobID, err))
		}
	}
	return errors.Join(errs...)
}

func (f *Faults) fileOne(ctx context.Context, o observation, quorum int) error {
	var sigs []struct {
		Controller []byte
		Signature  []byte
	}
	if err := f.db.WithContext(ctx).Raw(`SELECT controller, signature FROM market.fault_observations
		WHERE job_id = ? AND round = ? AND silent_since = ? AND observed_at = ?`, o.JobID, o.Round, o.SilentSince, o.ObservedAt).Scan(&sigs).Error; err != nil {
		return err
	}
	// FaultDisputes counts each signer once by requiring ascending signer addresses.
	sort.Slice(sigs, func(i, j int) bool {
		return common.BytesToAddress(sigs[i].Controller).Cmp(common.BytesToAddress(sigs[j].Controller)) < 0
	})
	var raw [][]byte
	var signers []string
	for _, s := range sigs {
		raw = append(raw, s.Signature)
		signers = append(signers, common.BytesToAddress(s.Controller).Hex())
	}
	r := chain.FaultReport{JobID: uint64(o.ChainJobID), Round: uint8(o.Round), Provider: common.BytesToAddress(o.Provider),
		SilentSince: uint64(o.SilentSince), ObservedAt: uint64(o.ObservedAt)}
	// Only one instance files: the lock on the job's first observation row serialises them.
	return f.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var locked []int
		if err := tx.Raw(`SELECT 1 FROM market.fault_observations WHERE job_id = ? AND round = ? AND controller = ? FOR UPDATE SKIP LOCKED`,
			o.JobID, o.Round, sigs[0].Controller).Scan(&locked).Error; err != nil || len(locked) == 0 {
			return err // another instance is filing it
		}
		var filed int64
		if err := tx.Raw(`SELECT count(*) FROM market.disputes WHERE job_id = ? AND round = ?`, o.JobID, o.Round).Scan(&filed).Error; err != nil || filed > 0 {
			return err
		}
		rc, err := f.sender.Send(ctx, f.k.DisputesC, f.k.Disputes.PackReportFault(r.Binding(), raw))
		if err != nil {
			var re *chain.RevertError
			if errors.As(err, &re) {
				// Refused for good (another incident covers it, the window closed...): say so and stop.
				if err := tx.Exec(`DELETE FROM market.fault_observations WHERE job_id = ? AND round = ?`, o.JobID, o.Round).Error; err != nil {
					return err
				}
				return trail(ctx, tx, o.JobID, "fault_report_refused",
					fmt.Sprintf("the fault report on %s was refused on chain: %v; no stake moves", r.Provider.Hex(), re), nil)
			}
			return err
		}
		for _, l := range rc.Logs {
			ev, err := f.k.Disputes.UnpackFaultReportedEvent(l)
			if err != nil {
				continue
			}
			res := tx.Exec(`INSERT INTO market.disputes (dispute_id, job_id, round, provider, silent_since, observed_at, amount, compensation, execute_after, report_tx)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dispute_id) DO UPDATE SET report_tx = EXCLUDED.report_tx`, ev.DisputeId.Int64(), o.JobID, o.Round, r.Provider.Bytes(), o.SilentSince, o.ObservedAt,
				ev.Amount.String(), ev.Compensation.String(), ev.ExecuteAfter.Int64(), rc.TxHash.Bytes())
			if res.Error != nil {
				return fmt.Errorf("record dispute %s: %w", ev.DisputeId, res.Error)
			}
			until := time.Unix(ev.ExecuteAfter.Int64(), 0).UTC()
			return trail(ctx, tx, o.JobID, "fault_reported", fmt.Sprintf(
				"%d of %d required controllers signed that %s was silent since %s; fault report %s filed on chain. "+
					"The provider can void it with a later heartbeat acknowledgement until %s; otherwise at most %s of its stake "+
					"is slashed then (%s to the client as compensation, the rest to the treasury)",
				len(sigs), quorum, r.Provider.Hex(), time.Unix(o.SilentSince, 0).UTC().Format(time.RFC3339), ev.DisputeId,
				until.Format(time.RFC3339), money.FormatGIN(ev.Amount), money.FormatGIN(ev.Compensation)),
				map[string]any{"dispute": ev.DisputeId.String(), "signers": signers, "quorum": quorum, "executeAfter": until, "tx": rc.TxHash.Hex(),
					"amount": ev.Amount.String(), "compensation": ev.Compensation.String()})
		}
		return fmt.Errorf("reportFault %s mined without a FaultReported event", rc.TxHash)
	})
}

// execute carries out the slashes whose challenge window passed and records the ones voided.
func (f *Faults) execute(ctx context.Context) error {
	var ds []struct {
		DisputeID    int64
		JobID        int64
		Provider     []byte
		ExecuteAfter int64
	}
	if err := f.db.WithContext(ctx).Raw(`SELECT dispute_id, job_id, provider, execute_after FROM market.disputes WHERE state = 'pending' ORDER BY dispute_id`).Scan(&ds).Error; err != nil {
		return fmt.Errorf("load disputes: %w", err)
	}
	if len(ds) == 0 {
		return nil
	}
	head, err := f.sender.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	var errs []error
	for _, d := range ds {
		on, err := bind.Call(f.k.DisputesC, &bind.CallOpts{Context: ctx}, f.k.Disputes.PackGetDispute(big.NewInt(d.DisputeID)), f.k.Disputes.UnpackGetDispute)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch on.State {
		case disputeVoided:
			errs = append(errs, f.closeDispute(ctx, d.DisputeID, d.JobID, "voided", nil,
				fmt.Sprintf("fault report %d was voided: %s proved with a controller's heartbeat acknowledgement that it was answering; "+
					"its collateral is free and each reporting controller lost its %s bond", d.DisputeID, common.BytesToAddress(d.Provider).Hex(), money.FormatGIN(on.Bond))))
			continue
		case disputeExecuted:
			errs = append(errs, f.closeDispute(ctx, d.DisputeID, d.JobID, "executed", nil, fmt.Sprintf("fault report %d was executed", d.DisputeID)))
			continue
		}
		if head.Time < uint64(d.ExecuteAfter) {
			continue
		}
		rc, err := f.sender.Send(ctx, f.k.DisputesC, f.k.Disputes.PackExecute(big.NewInt(d.DisputeID)))
		var re *chain.RevertError
		if errors.As(err, &re) {
			// Another instance (or anyone) executed it first: the next round reads the outcome.
			f.log.Info("dispute already settled on chain", "dispute", d.DisputeID, "err", re)
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("execute dispute %d: %w", d.DisputeID, err))
			continue
		}
		reason := fmt.Sprintf("fault report %d executed after its challenge window", d.DisputeID)
		for _, l := range rc.Logs {
			if ev, err := f.k.Disputes.UnpackFaultSlashedEvent(l); err == nil {
				reason = fmt.Sprintf("the challenge window of fault report %d passed unchallenged: %s of %s's stake slashed, %s to the client as compensation, %s to the treasury",
					d.DisputeID, money.FormatGIN(new(big.Int).Add(ev.ToClient, ev.ToTreasury)), ev.Provider.Hex(), money.FormatGIN(ev.ToClient), money.FormatGIN(ev.ToTreasury))
			}
		}
		errs = append(errs, f.closeDispute(ctx, d.DisputeID, d.JobID, "executed", rc.TxHash.Bytes(), reason))
	}
	return errors.Join(errs...)
}

const (
	disputeVoided   = 2
	disputeExecuted = 3
)

func (f *Faults) closeDispute(ctx context.Context, id, jobID int64, state string, tx []byte, reason string) error {
	return f.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		res := db.Exec(`UPDATE market.disputes SET state = ?, close_tx = ? WHERE dispute_id = ? AND state = 'pending'`, state, tx, id)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		return trail(ctx, db, jobID, "fault_"+state, reason, map[string]any{"dispute": id})
	})
}

// trail appends an entry to a job's status trail.
func trail(ctx context.Context, db *gorm.DB, jobID int64, kind, reason string, detail map[string]any) error {
	return market.Record(ctx, db, jobID, market.Event{Kind: kind, Reason: reason, Detail: detail})
}
