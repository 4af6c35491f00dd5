package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

func bidView(b market.Bid, chainJobID *int64) apiv1.Bid {
	return apiv1.Bid{
		JobId: b.JobID, ChainJobId: chainJobID, Provider: common.BytesToAddress(b.Provider).Hex(),
		PricePerGpuSecond: b.Price, Expiry: b.Expiry, Nonce: b.Nonce, Signature: hexutil.Encode(b.Signature),
		Warm: &b.Warm, StartSeconds: &b.StartSeconds, CreatedAt: b.CreatedAt.UTC(),
	}
}

// PlaceBid implements apiv1.ServerInterface. A bid is accepted only when the contract would
// accept it at award time: the provider's EIP-712 signature over the escrow job, a price within
// the job's maximum, an expiry after the bidding deadline, an unused nonce, eligible stake — and
// the capacity to serve the job.
func (s *Server) PlaceBid(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.BidRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	ctx := c.Request.Context()
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	if err := s.checkBid(ctx, addr, j, &req); err != nil {
		fail(c, err)
		return
	}
	sig, _ := hexutil.Decode(req.Signature)
	var b market.Bid
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// Bidding may have closed while the checks ran: decide under the job's row lock.
		cur, err := s.job(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if cur.State != market.StateBidding && !replicaBidding(cur) {
			return conflict("bidding on job %d closed: it is %s", id, cur.State)
		}
		warm, start := req.Warm != nil && *req.Warm, 0
		if req.StartSeconds != nil {
			start = *req.StartSeconds
		}
		if err := tx.Raw(`INSERT INTO market.bids (job_id, provider, price, expiry, nonce, signature, warm, start_seconds)
			VALUES ( ?, ?, ?, ?, ?, ?, ?, ?) RETURNING `+market.BidCols,
			id, addr.Bytes(), req.PricePerGpuSecond, req.Expiry, req.Nonce, sig, warm, start).Scan(&b).Error; err != nil {
			var pg *pgconn.PgError
			if errors.As(err, &pg) && pg.Code == "23505" {
				if pg.ConstraintName == "bids_pkey" {
					return conflict("%s already bid on job %d: one bid per provider and job", addr.Hex(), id)
				}
				return conflict("bid nonce %s of %s was already used for another bid; sign with a fresh nonce", req.Nonce, addr.Hex())
			}
			return fmt.Errorf("store bid: %w", err)
		}
		reason, detail := fmt.Sprintf("%s bids %s", addr.Hex(), money.FormatPriceString(req.PricePerGpuSecond)),
			map[string]any{"provider": addr.Hex(), "pricePerGpuSecond": req.PricePerGpuSecond}
		if req.Warm != nil || req.StartSeconds != nil {
			reason += "; " + startWords(warm, start)
			detail["warm"], detail["startSeconds"] = warm, start
		}
		return market.Record(ctx, tx, id, market.Event{Kind: "bid", Reason: reason, Detail: detail})
	})
	if err != nil {
		fail(c, err)
		return
	}
	s.metrics.bids.Inc()
	c.JSON(http.StatusCreated, bidView(b, j.ChainJobID))
}

func (s *Server) checkBid(ctx context.Context, provider common.Address, j *market.Job, req *apiv1.BidRequest) error {
	switch {
	case j.State == market.StateSubmitted || j.ChainJobID == nil:
		return conflict("job %d is not on chain yet; bids open once its createJob transaction is mined", j.ID)
	case replicaBidding(j) && servesJob(j, provider):
		return conflict("%s serves job %d already", provider.Hex(), j.ID)
	case replicaBidding(j):
		// A replicated service takes bids while it runs: its replicas come from them.
	case j.State != market.StateBidding:
		return conflict("bidding on job %d closed: it is %s", j.ID, j.State)
	case !j.BiddingClosesAt.After(s.now()):
		return conflict("bidding on job %d closed at %s", j.ID, j.BiddingClosesAt.UTC().Format(time.RFC3339))
	}
	if common.BytesToAddress(j.Client) == provider {
		return forbidden("a client cannot bid on its own job")
	}
	var f fields
	price := amount(&f, "pricePerGpuSecond", req.PricePerGpuSecond, 64, true)
	maxPrice, _ := new(big.Int).SetString(j.MaxPrice, 10)
	if price != nil && price.Cmp(maxPrice) > 0 {
		f.add("pricePerGpuSecond", "%s exceeds the job's maximum of %s", money.FormatPrice(price), money.FormatPrice(maxPrice))
	}
	nonce := amount(&f, "nonce", req.Nonce, 64, false)
	if req.Expiry < j.BiddingDeadline {
		f.add("expiry", "must be at or after the job's bidding deadline %d (unix seconds) so the bid can still be awarded", j.BiddingDeadline)
	}
	if req.Expiry > s.now().Add(366*24*time.Hour).Unix() {
		f.add("expiry", "must be within a year")
	}
	sig, err := signature(req.Signature)
	if err != nil {
		f.add("signature", "%v", err)
	}
	if req.StartSeconds != nil && (*req.StartSeconds < 0 || *req.StartSeconds > 86400) {
		f.add("startSeconds", "must be between 0 and 86400 (a day)")
	}
	if err := f.err(); err != nil {
		return err
	}
	bid := chain.Bid{JobID: uint64(*j.ChainJobID), Terms: common.BytesToHash(j.ChainTerms), Provider: provider, PricePerGpuSecond: price, Expiry: uint64(req.Expiry), Nonce: nonce.Uint64()}
	signer, err := chain.Recover(s.domain.Digest(bid.StructHash()), sig)
	ok := false
	if err == nil {
		if ok, err = s.signsFor(ctx, provider, signer); err != nil {
			return err
		}
	}
	if !ok {
		f.add("signature", "is not the EIP-712 signature of %s or of its operator key over Bid(jobId %d, terms %s, provider, pricePerGpuSecond, expiry, nonce) for escrow %s on chain %d (the terms are the job's chainTerms)",
			provider.Hex(), *j.ChainJobID, hexutil.Encode(j.ChainTerms), s.k.Deployment.Escrow.Hex(), s.chainID)
		return f.err()
	}

	// Capacity: registered, healthy, with the GPUs and enough of them free.
	p, ok, err := s.provider(ctx, provider)
	if err != nil {
		return err
	}
	if !ok {
		return forbidden("%s is not a registered provider; PUT /v1/providers/me with its GPUs first", provider.Hex())
	}
	var gpus []apiv1.GPUSpec
	_ = json.Unmarshal(p.Gpus, &gpus)
	if !serves(gpus, j) {
		return problem(http.StatusUnprocessableEntity, "no-capacity", "The provider cannot serve this job",
			"job %d needs %d × %s with %d MiB; the registered inventory has no such GPUs", j.ID, j.GpuCount, nonEmpty(j.GpuModel, "any GPU"), j.GpuMemoryMib)
	}
	if !s.healthy(p) {
		return problem(http.StatusUnprocessableEntity, "no-capacity", "The provider is not sending heartbeats",
			"no heartbeat from %s in the last %s; an unhealthy provider cannot win", provider.Hex(), s.cfg.HeartbeatTimeout)
	}
	if p.FreeGpus < j.GpuCount {
		return problem(http.StatusUnprocessableEntity, "no-capacity", "Not enough free GPUs",
			"job %d needs %d GPUs; the last heartbeat reported %d free", j.ID, j.GpuCount, p.FreeGpus)
	}

	// Stake, as indexed at finality, against the job's and the staking contract's minimum.
	stake, err := s.mirror.Balance(ctx, provider, "stake_active", indexer.Finalized)
	if err != nil {
		return err
	}
	need, _ := new(big.Int).SetString(j.MinProviderStake, 10)
	global, err := bind.Call(s.k.StakingC, &bind.CallOpts{Context: ctx}, s.k.Staking.PackMinStake(), s.k.Staking.UnpackMinStake)
	if err != nil {
		return fmt.Errorf("read the staking minimum: %w", err)
	}
	if global.Cmp(need) > 0 {
		need = global
	}
	if stake.Cmp(need) < 0 || stake.Sign() == 0 {
		return problem(http.StatusUnprocessableEntity, "insufficient-stake", "Stake too low to bid",
			"%s has %s staked (finalized); this job needs at least %s: stake %s more", provider.Hex(), money.FormatGIN(stake), money.FormatGIN(need), money.FormatGIN(new(big.Int).Sub(need, stake)))
	}

	// Replay: a nonce the contract already consumed (an earlier award, or cancelBidNonce).
	used, err := bind.Call(s.k.EscrowC, &bind.CallOpts{Context: ctx}, s.k.Escrow.PackBidNonceUsed(provider, nonce), s.k.Escrow.UnpackBidNonceUsed)
	if err != nil {
		return fmt.Errorf("read bid nonce: %w", err)
	}
	if used {
		return conflict("bid nonce %s of %s is already used on chain; sign with a fresh nonce", nonce, provider.Hex())
	}
	return nil
}

// ListBids implements apiv1.ServerInterface: the job's client sees every bid, a provider its own.
func (s *Server) ListBids(c *gin.Context, id apiv1.JobID) {
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	addr, _ := caller(c)
	q := `SELECT ` + market.BidCols + ` FROM market.bids WHERE job_id = ?`
	args := []any{id}
	if common.BytesToAddress(j.Client) != addr {
		q += ` AND provider = ?`
		args = append(args, addr.Bytes())
	}
	var rows []market.Bid
	if err := s.db.WithContext(c.Request.Context()).Raw(q+` ORDER BY price, provider`, args...).Scan(&rows).Error; err != nil {
		fail(c, fmt.Errorf("list bids of job %d: %w", id, err))
		return
	}
	out := make([]apiv1.Bid, len(rows))
	for i, b := range rows {
		out[i] = bidView(b, j.ChainJobID)
	}
	c.JSON(http.StatusOK, gin.H{"bids": out})
}

// startWords says how a bid expects to start: "warm start, about 2 s" or "cold start (downloads
// the model), about 1 min 30 s".
func startWords(warm bool, seconds int) string {
	d := time.Duration(seconds) * time.Second
	if warm {
		return "warm start (model cached), about " + d.String()
	}
	return "cold start (downloads the model), about " + d.String()
}
