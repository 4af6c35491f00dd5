package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// errBidFinal marks a refusal that bidding again cannot change (already bid, bidding closed).
var errBidFinal = errors.New("final")

// nonceFile is a bid nonce counter persisted before each use, so a restart never reuses one.
type nonceFile struct {
	mu   sync.Mutex
	path string
	next uint64
}

func openNonces(dir string) (*nonceFile, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("state dir %s: %w", dir, err)
	}
	// A fresh counter starts at the current time in microseconds, not at 1: an agent whose state
	// dir was lost then never signs a nonce it used before (it bid far fewer than a million times
	// a second), and the escrow's single-use nonces stay unique.
	n := &nonceFile{path: filepath.Join(dir, "bid-nonce"), next: uint64(time.Now().UnixMicro())}
	b, err := os.ReadFile(n.path)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		return nil, fmt.Errorf("read nonce counter: %w", err)
	default:
		v, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("nonce counter %s is corrupt (%q): fix or remove it", n.path, b)
		}
		n.next = v
	}
	return n, nil
}

// Take returns a fresh nonce after recording the next one on disk. Nonces never fall behind the
// clock in microseconds: `gin cancel-bids` voids every bid with a nonce below the time it runs
// (the escrow's minBidNonce), and the bids signed after it must stay valid.
func (n *nonceFile) Take() (uint64, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	v := max(n.next, uint64(time.Now().UnixMicro()))
	if err := writeFileSync(n.path, []byte(strconv.FormatUint(v+1, 10)), 0o600); err != nil {
		return 0, fmt.Errorf("save nonce counter: %w", err)
	}
	n.next = v + 1
	return v, nil
}

// Price is the agent's price for a job: max(floor, floor × (1 + markup × utilization)),
// or false when the model is not priced or the price exceeds the job's maximum.
func (a *Agent) Price(j apiv1.Job, utilization float64) (*big.Int, bool) {
	floor := a.cfg.FloorFor(j.Gpu.Model)
	if floor == nil {
		return nil, false
	}
	p := new(big.Int).Set(floor)
	if m := a.cfg.Markup * utilization; m > 0 {
		extra, _ := new(big.Float).Mul(new(big.Float).SetInt(floor), big.NewFloat(m)).Int(nil)
		p.Add(p, extra)
	}
	limit, ok := new(big.Int).SetString(j.MaxPricePerGpuSecond, 10)
	if !ok || p.Cmp(limit) > 0 {
		return nil, false
	}
	return p, true
}

func (a *Agent) serves(j apiv1.Job) bool {
	if m, ok, err := modelOf(j); ok && (err != nil || !a.servesModel(m)) {
		return false
	}
	for _, g := range a.gpus {
		if (j.Gpu.Model == "" || g.Model == j.Gpu.Model) && g.MemoryMiB >= j.Gpu.MemoryMiB && g.Count >= j.Gpu.Count {
			return true
		}
	}
	return false
}

// bidding polls the open jobs every Poll and bids once on each job the offered GPUs can serve.
// The API has no stream of open jobs (its SSE stream is per job's trail), so this is a poll.
func (a *Agent) bidding(ctx context.Context) {
	every(ctx, a.cfg.Poll, func(ctx context.Context) {
		r, err := a.api.ListOpenJobsWithResponse(ctx, nil)
		if err != nil || r.JSON200 == nil {
			a.log.Warn("list open jobs failed", "err", err)
			return
		}
		for _, j := range r.JSON200.Jobs {
			a.mu.Lock()
			done := a.bid[j.Id]
			a.mu.Unlock()
			if done || a.bids.Has(j.Id) || j.ChainJobId == nil || !a.serves(j) {
				continue
			}
			if a.bidBefore(ctx, j) {
				continue
			}
			err := a.Bid(ctx, j)
			if err != nil {
				a.log.Warn("no bid", "job", j.Id, "err", err)
			}
			// Bid once per job; a refusal that may pass later (stake, capacity) is retried.
			if err == nil || errors.Is(err, errBidFinal) {
				a.mu.Lock()
				a.bid[j.Id] = true
				a.mu.Unlock()
			}
		}
	})
}

// bidBefore asks the API whether this provider already bid on j, for jobs the bid book does not
// know (a state dir that was lost or moved): a bid found is recorded and not placed again.
func (a *Agent) bidBefore(ctx context.Context, j apiv1.Job) bool {
	r, err := a.api.ListBidsWithResponse(ctx, j.Id)
	if err != nil || r.JSON200 == nil {
		return false // Bid finds out, at worst with a 409
	}
	me := a.provider.Hex()
	for _, b := range r.JSON200.Bids {
		if !strings.EqualFold(b.Provider, me) {
			continue
		}
		nonce, _ := strconv.ParseUint(b.Nonce, 10, 64)
		if err := a.bids.Add(j.Id, placedBid{ChainJobID: *j.ChainJobId, Nonce: nonce, Expiry: b.Expiry}); err != nil {
			a.log.Warn("record bid", "job", j.Id, "err", err)
		}
		a.log.Info("bid placed before", "job", j.Id, "nonce", b.Nonce)
		return true
	}
	return false
}

// Bid signs and places one bid on j.
func (a *Agent) Bid(ctx context.Context, j apiv1.Job) error {
	stake, err := a.Stake(ctx)
	if err != nil {
		return err
	}
	var need *big.Int
	if j.MinProviderStake != nil {
		need, _ = new(big.Int).SetString(*j.MinProviderStake, 10)
	}
	if err := a.CheckStake(stake, need); err != nil {
		return fmt.Errorf("job %d: %w", j.Id, err)
	}
	a.mu.Lock()
	util := float64(a.assigned()) / float64(max(a.offered(), 1))
	a.mu.Unlock()
	price, ok := a.Price(j, util)
	if !ok {
		return fmt.Errorf("job %d: our price for %s is above its maximum %s wei or unset", j.Id, j.Gpu.Model, j.MaxPricePerGpuSecond)
	}
	nonce, err := a.nonces.Take()
	if err != nil {
		return err
	}
	expiry := bidExpiry(j, time.Now())
	if j.ChainTerms == nil {
		return fmt.Errorf("job %d: the API does not show its chain terms yet", j.Id)
	}
	b := chain.Bid{JobID: uint64(*j.ChainJobId), Terms: common.HexToHash(*j.ChainTerms), Provider: a.provider,
		PricePerGpuSecond: price, Expiry: uint64(expiry.Unix()), Nonce: nonce}
	d := a.cfg.Domain()
	sig, err := chain.Sign(d.Digest(b.StructHash()), a.cfg.key)
	if err != nil {
		return err
	}
	req := apiv1.BidRequest{Expiry: int64(b.Expiry), Nonce: strconv.FormatUint(nonce, 10),
		PricePerGpuSecond: price.String(), Signature: fmt.Sprintf("0x%x", sig)}
	if m, ok, err := modelOf(j); err == nil && ok {
		warm, d := a.startEstimate(m)
		secs := int(d.Round(time.Second) / time.Second)
		req.Warm, req.StartSeconds = &warm, &secs
	}
	r, err := a.api.PlaceBidWithResponse(ctx, j.Id, req)
	if err != nil {
		return fmt.Errorf("bid on job %d: %w", j.Id, err)
	}
	if r.StatusCode() == 409 || r.StatusCode() == 403 {
		a.metrics.bids.WithLabelValues("refused").Inc()
		return fmt.Errorf("bid on job %d refused: %w: HTTP %d %s", j.Id, errBidFinal, r.StatusCode(), r.Body)
	}
	if r.StatusCode() != 201 {
		a.metrics.bids.WithLabelValues("refused").Inc()
		return fmt.Errorf("bid on job %d refused: HTTP %d %s", j.Id, r.StatusCode(), r.Body)
	}
	a.metrics.bids.WithLabelValues("placed").Inc()
	if err := a.bids.Add(j.Id, placedBid{ChainJobID: *j.ChainJobId, Nonce: nonce, Expiry: int64(b.Expiry)}); err != nil {
		a.log.Warn("record bid", "job", j.Id, "err", err)
	}
	a.log.Info("bid", "job", j.Id, "price", price, "nonce", nonce)
	return nil
}

// maxBidLife bounds how long after bidding closes a bid can still be awarded.
const maxBidLife = 30 * 24 * time.Hour

// bidExpiry is how long a bid on j stays good: an hour past the close of bidding (or past now,
// for a bid placed after it), and for a service as long as it is expected to run (at most
// maxBidLife), so that the controller can still award it as a backup or a replica when a provider
// of the job dies hours in. A provider that cannot serve it any more cancels it (gin cancel-bids)
// or fails the award, which passes it on.
func bidExpiry(j apiv1.Job, now time.Time) time.Time {
	closes := now
	if j.BiddingClosesAt != nil && j.BiddingClosesAt.After(now) {
		closes = *j.BiddingClosesAt // a bid after the auction (for a replica) counts from now
	}
	life := time.Hour
	if j.Kind == apiv1.Service {
		life = max(life, min(time.Duration(j.DurationSeconds)*time.Second, maxBidLife))
	}
	return closes.Add(life)
}
