// Package demo runs the scripted client journey of `make demo` against any chain with the
// contracts deployed: deposit with permit → job → bids → award → usage → settlement → a provider
// fails → failover → stop → refund, printing each step with its timing and the final balances.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
)

// Actors are the journey's keys; the deployer holds the GIN supply and is governance.
type Actors struct {
	Deployer, Controller, Client, Provider, Backup *ecdsa.PrivateKey
}

// Journey is one scripted run.
type Journey struct {
	Backend chain.Backend
	K       *chain.Contracts
	A       Actors
	Out     io.Writer
	// Wait lets usage accrue (a sleep on a live chain, a time warp on a simulated one).
	Wait func(ctx context.Context, d time.Duration) error

	chainID *big.Int
	started time.Time
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (j *Journey) step(format string, args ...any) func(detail string) {
	t0 := time.Now()
	fmt.Fprintf(j.Out, "▶ %-64s", fmt.Sprintf(format, args...))
	return func(detail string) {
		fmt.Fprintf(j.Out, " %6d ms  %s\n", time.Since(t0).Milliseconds(), detail)
	}
}

func (j *Journey) send(ctx context.Context, key *ecdsa.PrivateKey, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	s := &chain.Sender{Backend: j.Backend, Opts: bind.NewKeyedTransactor(key, j.chainID), Poll: 100 * time.Millisecond}
	return s.Send(ctx, c, data)
}

// Result holds the figures the journey ends with; they add up exactly.
type Result struct {
	JobID                    uint64
	Budget                   *big.Int
	PaidProvider, PaidBackup *big.Int // net of fees
	Fees, Refund, Slashed    *big.Int
	ClientEscrowFree         *big.Int
}

// Run performs the journey.
func (j *Journey) Run(ctx context.Context) (*Result, error) {
	k := j.K
	var err error
	if j.chainID, err = j.Backend.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	j.started = time.Now()
	gin := chain.Tokens
	res := &Result{}

	done := j.step("fund the client, two providers and a controller with GIN")
	for _, f := range []struct {
		to  *ecdsa.PrivateKey
		amt *big.Int
	}{{j.A.Client, gin(3_000_000)}, {j.A.Provider, gin(100_000)}, {j.A.Backup, gin(100_000)}, {j.A.Controller, gin(50_000)}} {
		if _, err := j.send(ctx, j.A.Deployer, k.TokenC, k.Token.PackTransfer(addr(f.to), f.amt)); err != nil {
			return nil, fmt.Errorf("fund %s: %w", addr(f.to), err)
		}
	}
	done("3,000,000 GIN to the client")

	done = j.step("providers and controller stake (permit: one signature, one tx)")
	for _, s := range []struct {
		key *ecdsa.PrivateKey
		amt *big.Int
	}{{j.A.Provider, gin(100_000)}, {j.A.Backup, gin(100_000)}, {j.A.Controller, gin(50_000)}} {
		deadline := uint64(time.Now().Add(10 * time.Minute).Unix())
		v, r, ss, err := k.SignPermit(ctx, s.key, k.Deployment.Staking, s.amt, deadline)
		if err != nil {
			return nil, err
		}
		if _, err := j.send(ctx, s.key, k.StakingC, k.Staking.PackStakeWithPermit(s.amt, new(big.Int).SetUint64(deadline), v, r, ss)); err != nil {
			return nil, fmt.Errorf("stake: %w", err)
		}
	}
	done("100,000 + 100,000 + 50,000 GIN staked")

	done = j.step("client deposits 2,000,000 GIN with permit")
	deposit := gin(2_000_000)
	deadline := uint64(time.Now().Add(10 * time.Minute).Unix())
	v, r, s, err := k.SignPermit(ctx, j.A.Client, k.Deployment.Escrow, deposit, deadline)
	if err != nil {
		return nil, err
	}
	if _, err := j.send(ctx, j.A.Client, k.EscrowC, k.Escrow.PackDepositWithPermit(deposit, new(big.Int).SetUint64(deadline), v, r, s)); err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	done("escrow balance 2,000,000 GIN")

	done = j.step("client submits a job: 2 GPUs, budget 1,000 GIN")
	res.Budget = gin(1_000)
	maxPrice := chain.GIN // 1 GIN per GPU-second at most
	head, err := j.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	rc, err := j.send(ctx, j.A.Client, k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte("hf://roneneldan/TinyStories-1M")),
		maxPrice, 2, res.Budget, new(big.Int).SetUint64(head.Time+600), big.NewInt(0)))
	if err != nil {
		return nil, fmt.Errorf("create job: %w", err)
	}
	for _, l := range rc.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			res.JobID = ev.JobId.Uint64()
		}
	}
	if res.JobID == 0 {
		return nil, errors.New("create job: no JobCreated event")
	}
	done(fmt.Sprintf("job %d, budget locked", res.JobID))

	done = j.step("two providers sign EIP-712 bids")
	bids := []struct {
		key   *ecdsa.PrivateKey
		price *big.Int
	}{{j.A.Provider, big.NewInt(5e17)}, {j.A.Backup, big.NewInt(6e17)}}
	signed := make([]chain.Bid, len(bids))
	sigs := make([][]byte, len(bids))
	for i, b := range bids {
		signed[i] = chain.Bid{JobID: res.JobID, Provider: addr(b.key), PricePerGpuSecond: b.price, Expiry: head.Time + 3600, Nonce: res.JobID}
		if sigs[i], err = k.SignBid(signed[i], b.key); err != nil {
			return nil, err
		}
	}
	done("0.5 and 0.6 GIN per GPU-second")

	done = j.step("controller awards the cheaper bid on chain")
	if _, err := j.send(ctx, j.A.Controller, k.EscrowC, k.Escrow.PackAward(signed[0].Binding(), sigs[0])); err != nil {
		return nil, fmt.Errorf("award: %w", err)
	}
	done(fmt.Sprintf("provider %s…, backup kept for failover", addr(j.A.Provider).Hex()[:10]))

	res.PaidProvider, res.PaidBackup, res.Fees = new(big.Int), new(big.Int), new(big.Int)
	// settle signs the provider's cumulative usage (its meter: run time × GPUs), settles it and
	// books the net payout and fee.
	settle := func(key *ecdsa.PrivateKey, round uint8, net *big.Int) error {
		job, err := k.Job(ctx, res.JobID)
		if err != nil {
			return err
		}
		h, err := j.Backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		end := h.Time
		if job.EndedAt.Uint64() != 0 {
			end = job.EndedAt.Uint64()
		}
		used := uint64(job.GpuCount) * (end - job.StartedAt.Uint64())
		rep := chain.UsageReport{Provider: addr(key), Usages: []chain.Usage{{JobID: res.JobID, Round: round, CumulativeGpuSeconds: used}}}
		sig, err := k.SignUsageReport(rep, key)
		if err != nil {
			return err
		}
		rc, err := j.send(ctx, j.A.Deployer, k.EscrowC, k.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{rep.Binding(sig)}))
		if err != nil {
			return fmt.Errorf("settle: %w", err)
		}
		for _, l := range rc.Logs {
			if ev, err := k.Escrow.UnpackProviderPaidEvent(l); err == nil {
				net.Add(net, new(big.Int).Sub(ev.Gross, ev.Fee))
				res.Fees.Add(res.Fees, ev.Fee)
			}
		}
		return nil
	}

	done = j.step("the job runs; the provider meters GPU-seconds")
	if err := j.Wait(ctx, 4*time.Second); err != nil {
		return nil, err
	}
	done("")
	done = j.step("signed cumulative usage → batch settlement")
	if err := settle(j.A.Provider, 1, res.PaidProvider); err != nil {
		return nil, err
	}
	done(fmt.Sprintf("provider paid %s GIN net of fee", format(res.PaidProvider)))

	done = j.step("provider 1 dies; the controller reports the failure")
	rc, err = j.send(ctx, j.A.Controller, k.EscrowC, k.Escrow.PackReportFailure(new(big.Int).SetUint64(res.JobID), "health check failed 3 times"))
	if err != nil {
		return nil, fmt.Errorf("report failure: %w", err)
	}
	res.Slashed = new(big.Int)
	for _, l := range rc.Logs {
		if ev, err := k.Escrow.UnpackJobFailedEvent(l); err == nil {
			res.Slashed = ev.Slashed
		}
	}
	done(fmt.Sprintf("%s GIN of its stake slashed to the client", format(res.Slashed)))

	done = j.step("failover: the backup bid is awarded without a new auction")
	if _, err := j.send(ctx, j.A.Controller, k.EscrowC, k.Escrow.PackAwardBackup(signed[1].Binding(), sigs[1])); err != nil {
		return nil, fmt.Errorf("award backup: %w", err)
	}
	done("round 2 running on the backup provider")

	if err := j.Wait(ctx, 4*time.Second); err != nil {
		return nil, err
	}
	done = j.step("backup's usage settled")
	if err := settle(j.A.Backup, 2, res.PaidBackup); err != nil {
		return nil, err
	}
	done(fmt.Sprintf("backup paid %s GIN net", format(res.PaidBackup)))

	done = j.step("client stops the job; the unspent budget comes back")
	before, err := k.FreeBalance(ctx, addr(j.A.Client))
	if err != nil {
		return nil, err
	}
	id := new(big.Int).SetUint64(res.JobID)
	if _, err := j.send(ctx, j.A.Client, k.EscrowC, k.Escrow.PackStopJob(id)); err != nil {
		return nil, fmt.Errorf("stop: %w", err)
	}
	if job, _ := k.Job(ctx, res.JobID); job.State == 4 { // Ended: the backup closes it after its last settlement
		if err := settle(j.A.Backup, 2, res.PaidBackup); err != nil {
			return nil, err
		}
		if _, err := j.send(ctx, j.A.Backup, k.EscrowC, k.Escrow.PackFinalizeJob(id)); err != nil {
			return nil, fmt.Errorf("finalize: %w", err)
		}
	}
	after, err := k.FreeBalance(ctx, addr(j.A.Client))
	if err != nil {
		return nil, err
	}
	res.Refund = new(big.Int).Sub(after, before)
	res.ClientEscrowFree = after
	done(fmt.Sprintf("refund %s GIN", format(res.Refund)))
	return res, j.balances(ctx, res)
}

// balances prints the job's final split and checks it adds up to the budget, wei for wei.
func (j *Journey) balances(ctx context.Context, res *Result) error {
	job, err := j.K.Job(ctx, res.JobID)
	if err != nil {
		return err
	}
	fmt.Fprintf(j.Out, "\nfinal split of job %d's budget (GIN):\n", res.JobID)
	rows := []struct {
		name string
		v    *big.Int
	}{{"provider 1 (failed), net", res.PaidProvider}, {"provider 2 (backup), net", res.PaidBackup},
		{"protocol fee (treasury)", res.Fees}, {"refunded to the client", res.Refund}, {"still locked", job.Remaining}}
	sum := new(big.Int)
	for _, r := range rows {
		fmt.Fprintf(j.Out, "  %-26s %14s\n", r.name, format(r.v))
		sum.Add(sum, r.v)
	}
	fmt.Fprintf(j.Out, "  %-26s %14s\n", "= budget", format(res.Budget))
	fmt.Fprintf(j.Out, "  (the client also received %s GIN slashed from provider 1's stake)\n", format(res.Slashed))
	if sum.Cmp(res.Budget) != 0 {
		return fmt.Errorf("the split does not add up: %s wei accounted for, budget %s wei", sum, res.Budget)
	}
	fmt.Fprintf(j.Out, "  adds up to the wei ✓  (journey took %s)\n", time.Since(j.started).Round(time.Millisecond))
	return nil
}

// format renders wei as GIN with 6 decimals.
func format(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	micro := new(big.Int).Div(wei, big.NewInt(1e12))
	return fmt.Sprintf("%d.%06d", new(big.Int).Div(micro, big.NewInt(1e6)), new(big.Int).Mod(micro, big.NewInt(1e6)).Int64())
}

// DemoActors derives the journey's accounts deterministically from deployer's key (so reruns reuse
// them) and gives each some ETH for gas from the deployer.
func DemoActors(ctx context.Context, b chain.Backend, deployer *ecdsa.PrivateKey) (Actors, error) {
	derive := func(name string) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256(crypto.FromECDSA(deployer), []byte("gintonic demo "+name)))
		if err != nil {
			panic(err) // a keccak output is a valid key with overwhelming probability
		}
		return k
	}
	a := Actors{Deployer: deployer, Controller: derive("controller"), Client: derive("client"), Provider: derive("provider"), Backup: derive("backup")}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return a, err
	}
	from := addr(deployer)
	for _, k := range []*ecdsa.PrivateKey{a.Controller, a.Client, a.Provider, a.Backup} {
		nonce, err := b.PendingNonceAt(ctx, from)
		if err != nil {
			return a, err
		}
		tip, err := b.SuggestGasTipCap(ctx)
		if err != nil {
			return a, err
		}
		head, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			return a, err
		}
		to := addr(k)
		feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
		tx, err := types.SignNewTx(deployer, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, To: &to, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
			Gas: 21_000, GasTipCap: tip, GasFeeCap: feeCap,
		})
		if err != nil {
			return a, err
		}
		if err := b.SendTransaction(ctx, tx); err != nil {
			return a, fmt.Errorf("fund %s with ETH for gas: %w", to, err)
		}
		if _, err := chain.WaitMined(ctx, b, tx.Hash(), 100*time.Millisecond); err != nil {
			return a, err
		}
	}
	return a, nil
}
