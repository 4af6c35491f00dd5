package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/money"
)

// signWindow is how long a client has to sign and send createJob before its job can no longer be
// awarded: it is folded into the on-chain bidding deadline.
const signWindow = 10 * time.Minute

// job reads job id (under its row lock when lock is set); a job that does not exist is a 404.
func (s *Server) job(ctx context.Context, db *gorm.DB, id int64, lock bool) (*market.Job, error) {
	j, err := market.LoadJob(ctx, db, id, lock)
	if errors.Is(err, market.ErrNotFound) {
		return nil, notFound("no job %d", id)
	}
	if err == nil && j.Replicas > 1 {
		j.ReplicaRounds, err = market.Replicas(ctx, db, id)
	}
	return j, err
}

// visibleJob loads a job the caller may see: its client, its provider, or a provider that bid
// (viewerOf says how much of it).
func (s *Server) visibleJob(c *gin.Context, id int64) (*market.Job, error) {
	addr, err := caller(c)
	if err != nil {
		return nil, err
	}
	return s.visibleJobFor(c.Request.Context(), id, addr)
}

func (s *Server) visibleJobFor(ctx context.Context, id int64, addr common.Address) (*market.Job, error) {
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		return nil, err
	}
	if viewerOf(j, addr) != viewerBidder {
		return j, nil
	}
	var n int64
	if err := s.db.WithContext(ctx).Raw(`SELECT count(*) FROM market.bids WHERE job_id = ? AND provider = ?`, id, addr.Bytes()).Scan(&n).Error; err != nil {
		return nil, fmt.Errorf("read bids of job %d: %w", id, err)
	}
	if n == 0 {
		// Not found rather than forbidden: job ids of others are not for probing.
		return nil, notFound("no job %d among yours", id)
	}
	return j, nil
}

// envFor is the container's environment when addr may see it (the client, the awarded provider
// who passes it to the container), else nil: bidders and others never see it.
func envFor(j *market.Job, addr common.Address) *map[string]string {
	if common.BytesToAddress(j.Client) != addr && !servesJob(j, addr) {
		return nil
	}
	var spec jobSpec
	if json.Unmarshal(j.Spec, &spec) != nil || len(spec.Env) == 0 {
		return nil
	}
	return &spec.Env
}

func jobView(j *market.Job, withMatch bool) apiv1.Job {
	var spec jobSpec
	_ = json.Unmarshal(j.Spec, &spec)
	v := apiv1.Job{
		Id: j.ID, Client: common.BytesToAddress(j.Client).Hex(), State: apiv1.JobState(j.State),
		Image: spec.Image, Kind: apiv1.JobKind(spec.Kind), Gpu: spec.GPU, Region: j.Region,
		MaxPricePerGpuSecond: j.MaxPrice, Budget: j.Budget, DurationSeconds: j.DurationSeconds,
		SpecHash: hexutil.Encode(j.SpecHash), CreatedAt: j.CreatedAt.UTC(), UpdatedAt: j.UpdatedAt.UTC(),
	}
	closes := j.BiddingClosesAt.UTC()
	v.BiddingClosesAt = &closes
	if spec.Model != "" {
		v.Model = &spec.Model
	}
	if spec.Engine != "" {
		v.Engine = &spec.Engine
	}
	v.ModelInfo = spec.ModelInfo
	v.Resources = spec.Resources
	if j.Reason != "" {
		v.Reason = &j.Reason
	}
	if j.MinProviderStake != "0" {
		v.MinProviderStake = &j.MinProviderStake
	}
	v.ChainJobId = j.ChainJobID
	if len(j.ChainTerms) == 32 {
		t := hexutil.Encode(j.ChainTerms)
		v.ChainTerms = &t
	}
	if j.Provider != nil {
		p := common.BytesToAddress(j.Provider).Hex()
		v.Provider = &p
		r := j.Round
		v.Round = &r
	}
	if j.AwardTx != nil {
		h := hexutil.Encode(j.AwardTx)
		v.AwardTx = &h
	}
	if j.ReplicasMin != nil && j.ReplicasTarget != nil && j.TargetConcurrency != nil {
		lo, at, c := *j.ReplicasMin, *j.ReplicasTarget, float32(*j.TargetConcurrency)
		v.MinReplicas, v.ReplicasTarget, v.TargetConcurrency = &lo, &at, &c
		v.ScaleToZeroAfter, v.ZeroSince, v.WakingSince = j.ScaleToZeroAfter, j.ZeroSince, j.WakingSince
	}
	if j.Replicas > 1 {
		n := j.Replicas
		v.ReplicasWanted = &n
		if spec.DistinctRegions {
			v.DistinctRegions = &spec.DistinctRegions
		}
		rs := make([]apiv1.Replica, len(j.ReplicaRounds))
		for i, r := range j.ReplicaRounds {
			rs[i] = replicaView(r)
		}
		v.Replicas = &rs
	}
	if withMatch && j.Match != nil {
		var m apiv1.MatchResult
		if json.Unmarshal(j.Match, &m) == nil {
			v.Match = &m
		}
	}
	return v
}

// SubmitJob implements apiv1.ServerInterface.
func (s *Server) SubmitJob(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.JobRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	spec, maxPrice, budget, minStake, err := s.validateJob(addr, &req)
	if err != nil {
		fail(c, err)
		return
	}
	ctx := c.Request.Context()
	if spec.Model != "" {
		// The model is read before anything else costs: pinned, sized, checked against the GPUs.
		if err := s.pinModel(ctx, &spec, secret(req.Secrets, "HF_TOKEN")); err != nil {
			fail(c, err)
			return
		}
	}
	if req.Insist == nil || !*req.Insist {
		// Before the balance: a client who cannot be served learns it before depositing.
		if err := s.checkServable(ctx, quoteOf(spec, maxPrice, budget, minStake)); err != nil {
			fail(c, err)
			return
		}
	}
	if err := s.checkBalance(ctx, addr, budget); err != nil {
		fail(c, err)
		return
	}
	specJSON, _ := json.Marshal(spec)
	specHash := crypto.Keccak256(specJSON)
	var secrets []byte
	if req.Secrets != nil && len(*req.Secrets) > 0 {
		secrets, _ = json.Marshal(*req.Secrets)
	}
	var hookURL *string
	var hookSecret []byte
	if u := deref(req.WebhookUrl); u != "" {
		if err := s.checkWebhook(ctx, u); err != nil {
			fail(c, err)
			return
		}
		key := make([]byte, 32)
		_, _ = rand.Read(key)
		// The HMAC key is the secret as the client is shown it, whsec_ and all.
		hookURL, hookSecret = &u, []byte(webhookSecretPrefix+hex.EncodeToString(key))
	}
	now := s.now()
	deadline := now.Add(signWindow + s.cfg.BiddingPeriod + s.cfg.AwardMargin).Unix()
	// Autoscaling starts at its least, and a job that scales to zero with one provider serving.
	var replicasMin, replicasTarget any
	if spec.TargetConcurrency > 0 {
		replicasMin, replicasTarget = spec.MinReplicas, max(spec.MinReplicas, 1)
	}
	// One statement: the job and the first entry of its trail.
	var j market.Job
	if err := s.db.WithContext(ctx).Raw(`WITH j AS (
			INSERT INTO market.jobs (client, state, reason, spec, spec_hash, region, gpu_model, gpu_memory_mib, gpu_count,
				max_price, budget, min_provider_stake, duration_seconds, bidding_deadline, bidding_closes_at, secrets, webhook_url, webhook_secret, replicas,
				replicas_min, replicas_target, target_concurrency, scale_to_zero_after)
			VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *),
		e AS (INSERT INTO market.job_events (job_id, seq, state, kind, reason) SELECT id, 1, state, 'submitted', reason FROM j)
		SELECT `+market.JobCols+` FROM j`,
		addr.Bytes(), market.StateSubmitted, "waiting for the client's createJob transaction", specJSON, specHash, spec.Region, spec.GPU.Model,
		spec.GPU.MemoryMiB, spec.GPU.Count, maxPrice.String(), budget.String(), minStake.String(), spec.DurationSeconds, deadline,
		time.Unix(deadline, 0).Add(-s.cfg.AwardMargin), secrets, hookURL, hookSecret, max(spec.Replicas, 1),
		replicasMin, replicasTarget, nullIfZero(spec.TargetConcurrency), nullIfZero(spec.ScaleToZeroAfter)).Scan(&j).Error; err != nil {
		fail(c, fmt.Errorf("insert job: %w", err))
		return
	}
	s.metrics.submitted.Inc()
	data := s.k.Escrow.PackCreateJob([32]byte(specHash), maxPrice, uint16(spec.GPU.Count), budget, big.NewInt(deadline), minStake)
	if spec.Replicas > 1 {
		data = s.k.Escrow.PackCreateReplicatedJob([32]byte(specHash), maxPrice, uint16(spec.GPU.Count), budget, big.NewInt(deadline), minStake, uint8(spec.Replicas))
	}
	from := addr.Hex()
	sub := apiv1.JobSubmission{
		Job: jobView(&j, false),
		CreateJobTx: apiv1.UnsignedTx{
			ChainId: s.chainID.Int64(), From: &from, To: s.k.Deployment.Escrow.Hex(),
			Data: hexutil.Encode(data), Value: "0x0",
		},
	}
	if hookURL != nil {
		secret := string(hookSecret)
		sub.WebhookSecret, sub.Job.WebhookUrl = &secret, hookURL
	}
	c.JSON(http.StatusCreated, sub)
}

// checkBalance enforces the minimum balance to use GPUs, and that the budget is deposited, from
// the indexed escrow state at finality: a deposit counts once it cannot be reorganised away.
func (s *Server) checkBalance(ctx context.Context, client common.Address, budget *big.Int) error {
	bal, err := s.finalizedBalances(ctx, client)
	if err != nil {
		return err
	}
	free, locked := orZero(bal["escrow_free"]), orZero(bal["escrow_locked"])
	total := new(big.Int).Add(free, locked)
	if total.Cmp(s.cfg.MinBalance) < 0 || free.Cmp(budget) < 0 {
		// A refusal is never served from the cache: the client's next try, after a deposit, reads afresh.
		s.balances.drop(client)
	}
	if total.Cmp(s.cfg.MinBalance) < 0 {
		return &Problem{Status: http.StatusPaymentRequired, Type: "insufficient-balance", Title: "Balance below the minimum to use GPUs",
			Detail: fmt.Sprintf("your escrow balance is %s (free %s + locked %s, finalized); using GPUs needs at least %s: deposit %s more (gin deposit, or the dashboard)",
				money.FormatGIN(total), money.FormatGIN(free), money.FormatGIN(locked), money.FormatGIN(s.cfg.MinBalance), money.FormatGIN(new(big.Int).Sub(s.cfg.MinBalance, total)))}
	}
	if free.Cmp(budget) < 0 {
		return &Problem{Status: http.StatusPaymentRequired, Type: "insufficient-balance", Title: "Budget exceeds the free escrow balance",
			Detail: fmt.Sprintf("the budget is %s but only %s of your escrow balance is free (finalized); deposit %s more or lower the budget",
				money.FormatGIN(budget), money.FormatGIN(free), money.FormatGIN(new(big.Int).Sub(budget, free)))}
	}
	return nil
}

// balanceCacheTTL: finalized balances change only as blocks finalize, so a second-old answer is
// as good as a fresh one for the minimum-balance check (the chain enforces the budget anyway).
const balanceCacheTTL = time.Second

func (s *Server) finalizedBalances(ctx context.Context, addr common.Address) (map[string]*big.Int, error) {
	now := s.now()
	if b, ok := s.balances.get(addr, now); ok {
		return b, nil
	}
	b, err := s.mirror.Balances(ctx, addr, indexer.Finalized)
	if err != nil {
		return nil, err
	}
	s.balances.put(addr, b, now)
	return b, nil
}

// ListJobs implements apiv1.ServerInterface.
func (s *Server) ListJobs(c *gin.Context, params apiv1.ListJobsParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	limit, err := limitParam(params.Limit)
	if err != nil {
		fail(c, err)
		return
	}
	col := "client"
	if params.Role != nil {
		switch *params.Role {
		case apiv1.ListJobsParamsRoleClient:
		case apiv1.ListJobsParamsRoleProvider:
			col = "provider"
		default:
			fail(c, badRequest("role must be client or provider"))
			return
		}
	}
	q := `SELECT ` + market.JobCols + ` FROM market.jobs WHERE ` + col + ` = ?`
	args := []any{addr.Bytes()}
	if col == "provider" {
		// A provider's jobs include those it serves as a replica.
		q = `SELECT ` + market.JobCols + ` FROM market.jobs WHERE (provider = ? OR id IN (SELECT job_id FROM market.replicas WHERE provider = ? AND state <> 'ended'))`
		args = append(args, addr.Bytes())
	}
	if params.State != nil {
		if !market.ValidState(string(*params.State)) {
			fail(c, badRequest("state %q is not a job state", market.Truncate(string(*params.State), 40)))
			return
		}
		q += ` AND state = ?`
		args = append(args, string(*params.State))
	}
	var rows []market.Job
	if err := s.db.WithContext(c.Request.Context()).Raw(q+` ORDER BY id DESC LIMIT ?`, append(args, limit)...).Scan(&rows).Error; err != nil {
		fail(c, fmt.Errorf("list jobs: %w", err))
		return
	}
	if err := s.withReplicas(c.Request.Context(), rows); err != nil {
		fail(c, err)
		return
	}
	out := make([]apiv1.Job, len(rows))
	for i := range rows {
		out[i] = jobView(&rows[i], false)
		out[i].Env = envFor(&rows[i], addr)
	}
	c.JSON(http.StatusOK, gin.H{"jobs": out})
}

func limitParam(p *int) (int, error) {
	if p == nil {
		return 100, nil
	}
	if *p < 1 || *p > 500 {
		return 0, badRequest("limit must be between 1 and 500")
	}
	return *p, nil
}

// ListOpenJobs implements apiv1.ServerInterface: jobs in bidding whose GPU needs the caller's
// registered inventory meets.
func (s *Server) ListOpenJobs(c *gin.Context, params apiv1.ListOpenJobsParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	limit, err := limitParam(params.Limit)
	if err != nil {
		fail(c, err)
		return
	}
	ctx := c.Request.Context()
	p, ok, err := s.provider(ctx, addr)
	if err != nil {
		fail(c, err)
		return
	}
	if !ok {
		fail(c, notFound("%s is not a registered provider; PUT /v1/providers/me first", addr.Hex()))
		return
	}
	var gpus []apiv1.GPUSpec
	_ = json.Unmarshal(p.Gpus, &gpus)
	var rows []market.Job
	// Jobs in their auction, and replicated jobs that want more replicas than their auction's bids
	// gave (a new auction: the controller adds replicas from bids placed after the award too),
	// those this provider bid on or serves left out.
	if err := s.db.WithContext(ctx).Raw(`SELECT `+market.JobCols+` FROM market.jobs j
		WHERE (j.state = ? AND j.bidding_closes_at > ?) OR ((`+market.WantsReplicas+` OR (j.replicas > 1 AND j.state = 'failed_over'))
			AND j.provider <> ? AND NOT EXISTS (SELECT 1 FROM market.bids b WHERE b.job_id = j.id AND b.provider = ?)
			AND NOT EXISTS (SELECT 1 FROM market.replicas r WHERE r.job_id = j.id AND r.provider = ? AND r.state <> 'ended'))
		ORDER BY j.id LIMIT ?`, market.StateBidding, s.now(), addr.Bytes(), addr.Bytes(), addr.Bytes(), limit).Scan(&rows).Error; err != nil {
		fail(c, fmt.Errorf("list open jobs: %w", err))
		return
	}
	out := []apiv1.Job{}
	for i := range rows {
		if serves(gpus, &rows[i]) {
			out = append(out, jobView(&rows[i], false))
		}
	}
	c.JSON(http.StatusOK, gin.H{"jobs": out})
}

// serves: some GPU kind of the inventory meets the job's model, memory and count.
func serves(gpus []apiv1.GPUSpec, j *market.Job) bool {
	for _, g := range gpus {
		if (j.GpuModel == "" || strings.EqualFold(g.Model, j.GpuModel)) && g.MemoryMiB >= j.GpuMemoryMib && g.Count >= j.GpuCount {
			return true
		}
	}
	return false
}

// GetJob implements apiv1.ServerInterface.
func (s *Server) GetJob(c *gin.Context, id apiv1.JobID) {
	j, err := s.visibleJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	addr, _ := caller(c)
	who := viewerOf(j, addr)
	// The match holds every bid's price and score: the client's alone.
	v := jobView(j, who == viewerClient)
	v.Env = envFor(j, addr)
	if servesJob(j, addr) {
		// The awarded provider's agent (or a replica's) fetches a gated model with them; nobody else reads them,
		// the client who gave them included.
		var row struct{ Secrets []byte }
		if err := s.db.WithContext(c.Request.Context()).Raw(`SELECT secrets FROM market.jobs WHERE id = ?`, id).Scan(&row).Error; err != nil {
			fail(c, fmt.Errorf("read secrets of job %d: %w", id, err))
			return
		}
		var secrets map[string]string
		if json.Unmarshal(row.Secrets, &secrets) == nil && len(secrets) > 0 {
			v.Secrets = &secrets
		}
	}
	if who == viewerClient {
		v.WebhookUrl = j.WebhookURL
	}
	if who == viewerBidder {
		v.Reason = nil // may quote the container's log lines
	}
	if v.Usage, err = s.jobUsage(c.Request.Context(), id); err != nil {
		fail(c, err)
		return
	}
	evs, _, err := s.events(c.Request.Context(), id, 0, who, addr)
	if err != nil {
		fail(c, err)
		return
	}
	v.Events = &evs
	c.JSON(http.StatusOK, v)
}

// AttachJobTx implements apiv1.ServerInterface: the client's createJob transaction links the job
// to its on-chain id, and bidding opens.
func (s *Server) AttachJobTx(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.TxHash
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	raw, err := hexutil.Decode(req.TxHash)
	if err != nil || len(raw) != 32 {
		var f fields
		f.add("txHash", "must be a 0x-prefixed 32-byte hex transaction hash")
		fail(c, f.err())
		return
	}
	ctx := c.Request.Context()
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	if common.BytesToAddress(j.Client) != addr {
		fail(c, notFound("no job %d among yours", id))
		return
	}
	if j.ChainJobID != nil {
		if common.BytesToHash(j.CreateTx) == common.BytesToHash(raw) {
			c.JSON(http.StatusOK, jobView(j, true)) // the same hash again: nothing to do
			return
		}
		fail(c, conflict("job %d is already on chain as escrow job %d", id, *j.ChainJobID))
		return
	}
	rc, err := s.chain.TransactionReceipt(ctx, common.BytesToHash(raw))
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			fail(c, conflict("transaction %s is not mined yet (or unknown to the node); retry once it is", req.TxHash))
			return
		}
		fail(c, fmt.Errorf("receipt of %s: %w", req.TxHash, err))
		return
	}
	if rc.Status != 1 {
		fail(c, problem(http.StatusUnprocessableEntity, "tx-reverted", "Transaction reverted",
			"transaction %s reverted: check the escrow's free balance and send createJob again", req.TxHash))
		return
	}
	var chainID *big.Int
	var differ []FieldError
	for _, l := range rc.Logs {
		if l.Address != s.k.Deployment.Escrow {
			continue
		}
		ev, err := s.k.Escrow.UnpackJobCreatedEvent(l)
		if err != nil || ev.Client != addr || common.Hash(ev.SpecHash) != common.BytesToHash(j.SpecHash) {
			continue
		}
		if d := termsDiffer(j, ev); len(d) > 0 {
			differ = d
			continue
		}
		chainID = ev.JobId
	}
	if chainID == nil && differ != nil {
		// Providers would bid for, and run, the job the API shows, while the escrow pays by its
		// own terms: never link (nor award) such a job.
		p := problem(http.StatusUnprocessableEntity, "terms-mismatch", "The escrow job's terms differ from this job's",
			"transaction %s created an escrow job whose terms (%s) differ from job %d's; it is not linked and will not be awarded: stop that escrow job (stopJob) to get its budget back, and send the createJob transaction the API prepared for this job unchanged",
			req.TxHash, fieldNames(differ), id)
		p.Fields = differ
		fail(c, p)
		return
	}
	if chainID == nil || !chainID.IsInt64() {
		fail(c, problem(http.StatusUnprocessableEntity, "wrong-tx", "Transaction did not create this job",
			"transaction %s has no JobCreated event from %s with this job's spec hash %s", req.TxHash, addr.Hex(), hexutil.Encode(j.SpecHash)))
		return
	}
	if err := s.openBidding(ctx, id, chainID.Int64(), raw); err != nil {
		fail(c, err)
		return
	}
	j, err = s.job(ctx, s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, jobView(j, true))
}

// termsDiffer names every term of the escrow job ev that differs from the job j the API accepted.
func termsDiffer(j *market.Job, ev *escrow.AuctionEscrowJobCreated) []FieldError {
	var out []FieldError
	cmp := func(field string, chain *big.Int, api string) {
		want, ok := new(big.Int).SetString(api, 10)
		if !ok || chain == nil || chain.Cmp(want) != 0 {
			out = append(out, FieldError{Field: field, Message: fmt.Sprintf("the escrow job has %v, the job asks for %s", chain, api)})
		}
	}
	cmp("gpu.count", big.NewInt(int64(ev.GpuCount)), strconv.Itoa(j.GpuCount))
	cmp("budget", ev.Budget, j.Budget)
	cmp("maxPricePerGpuSecond", ev.MaxPricePerGpuSecond, j.MaxPrice)
	cmp("biddingDeadline", ev.BiddingDeadline, strconv.FormatInt(j.BiddingDeadline, 10))
	cmp("minProviderStake", ev.MinProviderStake, j.MinProviderStake)
	return out
}

func fieldNames(fs []FieldError) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Field
	}
	return strings.Join(names, ", ")
}

// openBidding links job id to escrow job chainJobID and opens bidding (market.Bidding.Open).
func (s *Server) openBidding(ctx context.Context, id, chainJobID int64, tx []byte) error {
	return market.Bidding{Period: s.cfg.BiddingPeriod, AwardMargin: s.cfg.AwardMargin}.Open(ctx, s.db, s.k, id, chainJobID, tx, s.now)
}

// StopJob implements apiv1.ServerInterface. The API never holds client keys: it returns the
// stopJob transaction for the client's wallet, and the trail records the stop once it is mined.
func (s *Server) StopJob(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	j, err := s.job(c.Request.Context(), s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	if common.BytesToAddress(j.Client) != addr {
		fail(c, notFound("no job %d among yours", id))
		return
	}
	switch {
	case j.ChainJobID == nil:
		fail(c, conflict("job %d is not on chain, so nothing is locked: if you sent createJob, POST its hash to /v1/jobs/%d/chain-tx first", id, id))
		return
	case j.State == market.StateStopped || j.State == market.StateSettled || j.State == market.StateCompleted:
		// A failed job still holds its budget on chain (open, or waiting for a backup): stopping
		// it is how the client gets the budget back. So does a job the controller completed off
		// chain (its duration is over: the escrow knows no duration, only the client or the
		// provider can end it there).
		on, err := s.k.Job(c.Request.Context(), uint64(*j.ChainJobID))
		if err != nil {
			fail(c, fmt.Errorf("read escrow job %d: %w", *j.ChainJobID, err))
			return
		}
		if on.State < 1 || on.State > 3 { // not Open, Running or Failover: nothing left to stop
			fail(c, conflict("job %d is already %s", id, j.State))
			return
		}
	}
	from := addr.Hex()
	c.JSON(http.StatusOK, apiv1.UnsignedTx{
		ChainId: s.chainID.Int64(), From: &from, To: s.k.Deployment.Escrow.Hex(),
		Data: hexutil.Encode(s.k.Escrow.PackStopJob(big.NewInt(*j.ChainJobID))), Value: "0x0",
	})
}
