package indexer_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

var (
	clients   = []string{"client", "client2"}
	providers = []string{"provider", "provider2", "backup"}
)

// world drives a random but valid marketplace scenario through the bindings.
type world struct {
	t     *testing.T
	c     *chaintest.Chain
	k     *chain.Contracts
	rng   *rand.Rand
	jobs  []scenarioJob
	nonce uint64
}

type scenarioJob struct {
	id       uint64
	client   string
	provider string
	round    uint8
	state    string
	usage    uint64
	awarded  []string // the provider of each round, in order
}

func newWorld(t *testing.T, c *chaintest.Chain, seed uint64) *world {
	w := &world{t: t, c: c, k: c.Contracts, rng: rand.New(rand.NewPCG(seed, 7))}
	for _, p := range providers {
		c.Stake(t, p, chain.Tokens(100_000))
	}
	c.Stake(t, "controller", chain.Tokens(50_000))
	for _, cl := range clients {
		c.FundGIN(t, cl, chain.Tokens(5_000_000))
	}
	return w
}

func (w *world) send(name string, to *bind.BoundContract, data []byte) *types.Receipt {
	return w.c.Send(w.t, name, to, data)
}

func (w *world) deposit(client string, amount *big.Int) {
	k := w.k
	if w.rng.IntN(2) == 0 {
		w.send(client, k.TokenC, k.Token.PackApprove(k.Deployment.Escrow, amount))
		w.send(client, k.EscrowC, k.Escrow.PackDeposit(amount))
		return
	}
	deadline := w.c.HeadTime(w.t) + 600
	v, r, s, err := k.SignPermit(ctx, w.c.Keys[client], k.Deployment.Escrow, amount, deadline)
	if err != nil {
		w.t.Fatal(err)
	}
	w.send(client, k.EscrowC, k.Escrow.PackDepositWithPermit(amount, new(big.Int).SetUint64(deadline), v, r, s))
}

func (w *world) createJob(client string) {
	k := w.k
	budget := chain.Tokens(int64(100 + w.rng.IntN(900)))
	w.deposit(client, budget)
	gpus := uint16(1 + w.rng.IntN(4))
	rc := w.send(client, k.EscrowC, k.Escrow.PackCreateJob(crypto.Keccak256Hash([]byte{byte(len(w.jobs))}),
		big.NewInt(5e13), gpus, budget, new(big.Int).SetUint64(w.c.HeadTime(w.t)+3600), big.NewInt(0)))
	for _, l := range rc.Logs {
		if ev, err := k.Escrow.UnpackJobCreatedEvent(l); err == nil {
			w.jobs = append(w.jobs, scenarioJob{id: ev.JobId.Uint64(), client: client, state: "Open"})
		}
	}
}

func (w *world) award(j *scenarioJob, provider string, backup bool) {
	w.nonce++
	price := big.NewInt(int64(1e12 + w.rng.IntN(1e12)))
	terms, err := w.k.JobTermsHash(ctx, j.id)
	if err != nil {
		w.t.Fatal(err)
	}
	bid := chain.Bid{JobID: j.id, Terms: terms, Provider: chaintest.Addr(provider), PricePerGpuSecond: price, Expiry: w.c.HeadTime(w.t) + 3600, Nonce: w.nonce}
	sig, err := w.k.SignBid(bid, w.c.Keys[provider])
	if err != nil {
		w.t.Fatal(err)
	}
	by := j.client
	if w.rng.IntN(2) == 0 {
		by = "controller"
	}
	if backup {
		w.send(by, w.k.EscrowC, w.k.Escrow.PackAwardBackup(bid.Binding(), sig))
	} else {
		w.send(by, w.k.EscrowC, w.k.Escrow.PackAward(bid.Binding(), sig))
	}
	j.provider, j.state, j.usage = provider, "Running", 0
	j.awarded = append(j.awarded, provider)
	j.round++
}

// settle sends one report per provider over its running jobs (usage grows, sometimes replayed).
func (w *world) settle() {
	var reports []escrow.AuctionEscrowUsageReport
	for _, p := range providers {
		var usages []chain.Usage
		for i := range w.jobs {
			j := &w.jobs[i]
			if j.provider != p || (j.state != "Running" && j.state != "Ended") {
				continue
			}
			if w.rng.IntN(4) != 0 {
				j.usage += uint64(1 + w.rng.IntN(30))
			}
			usages = append(usages, chain.Usage{JobID: j.id, Round: j.round, CumulativeGpuSeconds: j.usage})
		}
		if len(usages) == 0 {
			continue
		}
		r := chain.UsageReport{Provider: chaintest.Addr(p), Usages: usages}
		sig, err := w.k.SignUsageReport(r, w.c.Keys[p])
		if err != nil {
			w.t.Fatal(err)
		}
		reports = append(reports, r.Binding(sig))
	}
	if len(reports) > 0 {
		w.send("deployer", w.k.EscrowC, w.k.Escrow.PackSettleBatch(reports))
	}
}

func id(j *scenarioJob) *big.Int { return new(big.Int).SetUint64(j.id) }

// step performs one random action.
func (w *world) step() {
	k := w.k
	switch w.rng.IntN(12) {
	case 0, 1:
		w.createJob(clients[w.rng.IntN(len(clients))])
	case 2, 3:
		for i := range w.jobs {
			if w.jobs[i].state == "Open" {
				w.award(&w.jobs[i], providers[w.rng.IntN(2)], false)
				return
			}
		}
	case 4, 5:
		w.c.Advance(w.t, time.Duration(10+w.rng.IntN(60))*time.Second)
		w.settle()
	case 6:
		for i := range w.jobs {
			if j := &w.jobs[i]; j.state == "Running" || j.state == "Open" {
				w.send(j.client, k.EscrowC, k.Escrow.PackStopJob(id(j)))
				j.state = map[string]string{"Running": "Ended", "Open": "Cancelled"}[j.state]
				return
			}
		}
	case 7:
		for i := range w.jobs {
			if j := &w.jobs[i]; j.state == "Running" {
				w.send("controller", k.EscrowC, k.Escrow.PackReportFailure(id(j), "health check failed 3 times"))
				next := "backup"
				if j.provider == next {
					next = "provider"
				}
				w.award(j, next, true)
				return
			}
		}
	case 8:
		for i := range w.jobs {
			if j := &w.jobs[i]; j.state == "Ended" {
				w.send(j.provider, k.EscrowC, k.Escrow.PackFinalizeJob(id(j)))
				j.state = "Closed"
				return
			}
		}
	case 9:
		cl := clients[w.rng.IntN(len(clients))]
		if free, _ := k.FreeBalance(ctx, chaintest.Addr(cl)); free.Sign() > 0 {
			w.send(cl, k.EscrowC, k.Escrow.PackWithdraw(new(big.Int).Div(free, big.NewInt(2))))
		}
	case 10:
		p := providers[w.rng.IntN(len(providers))]
		w.send(p, k.StakingC, k.Staking.PackRequestUnstake(chain.Tokens(int64(1+w.rng.IntN(100)))))
	case 11:
		if fees, _ := bind.Call(k.EscrowC, nil, k.Escrow.PackFeesOwed(), k.Escrow.UnpackFeesOwed); fees.Sign() > 0 {
			w.send("deployer", k.EscrowC, k.Escrow.PackSweepFees())
		}
	}
}

// finish exercises the remaining event types once: a slash (the only way is a quorum's fault report
// on a failed-over round, executed after the challenge window), a closed round, a batch with a
// report whose signature the escrow skips, a withdrawal of unbonded stake, cancelled bid nonces and
// a paused/unpaused escrow.
func (w *world) finish() {
	k := w.k
	w.createJob("client")
	j := &w.jobs[len(w.jobs)-1]
	w.award(j, "provider2", false)
	cj, err := k.Job(ctx, j.id)
	if err != nil {
		w.t.Fatal(err)
	}
	w.c.Advance(w.t, 30*time.Second)
	w.send("controller", k.EscrowC, k.Escrow.PackReportFailure(id(j), "missed heartbeats"))
	j.state = "Failover"
	report := chain.FaultReport{JobID: j.id, Round: j.round, Provider: chaintest.Addr("provider2"),
		SilentSince: cj.StartedAt.Uint64() + 1, ObservedAt: w.c.HeadTime(w.t)}
	sig, err := k.SignFaultReport(report, w.c.Keys["controller"])
	if err != nil {
		w.t.Fatal(err)
	}
	var dispute *big.Int
	for _, l := range w.send("controller", k.DisputesC, k.Disputes.PackReportFault(report.Binding(), [][]byte{sig})).Logs {
		if ev, err := k.Disputes.UnpackFaultReportedEvent(l); err == nil {
			dispute = ev.DisputeId
		}
	}
	if dispute == nil {
		w.t.Fatal("no FaultReported event")
	}
	w.c.Advance(w.t, 2*time.Hour+time.Second) // past the challenge window (and the round's settlement window)
	w.send("client", k.DisputesC, k.Disputes.PackExecute(dispute))
	w.send("client", k.EscrowC, k.Escrow.PackCloseRound(id(j), big.NewInt(int64(j.round)), chaintest.Addr("provider2")))
	w.send("client", k.EscrowC, k.Escrow.PackStopJob(id(j)))
	j.state = "Closed"

	// A report with V = 0 (refused on chain) next to a good one: the batch settles the good one.
	var good *scenarioJob
	for i := range w.jobs {
		if w.jobs[i].state == "Running" {
			good = &w.jobs[i]
			break
		}
	}
	if good == nil {
		w.createJob("client2")
		good = &w.jobs[len(w.jobs)-1]
		w.award(good, "provider", false)
		w.c.Advance(w.t, 10*time.Second)
	}
	good.usage++
	ok := chain.UsageReport{Provider: chaintest.Addr(good.provider), Usages: []chain.Usage{{JobID: good.id, Round: good.round, CumulativeGpuSeconds: good.usage}}}
	okSig, err := k.SignUsageReport(ok, w.c.Keys[good.provider])
	if err != nil {
		w.t.Fatal(err)
	}
	bad := chain.UsageReport{Provider: chaintest.Addr("backup"), Usages: []chain.Usage{{JobID: good.id, Round: good.round, CumulativeGpuSeconds: 1}}}
	badSig, err := k.SignUsageReport(bad, w.c.Keys["backup"])
	if err != nil {
		w.t.Fatal(err)
	}
	badSig[64] -= 27
	w.send("deployer", k.EscrowC, k.Escrow.PackSettleBatch([]escrow.AuctionEscrowUsageReport{bad.Binding(badSig), ok.Binding(okSig)}))

	w.send("provider2", k.StakingC, k.Staking.PackRequestUnstake(chain.Tokens(10)))
	w.c.Advance(w.t, 8*24*time.Hour)
	w.send("provider2", k.StakingC, k.Staking.PackWithdraw())
	w.send("provider", k.EscrowC, k.Escrow.PackCancelBidNonce(big.NewInt(1<<40)))
	w.send("provider", k.EscrowC, k.Escrow.PackCancelBidsBelow(big.NewInt(1<<41)))
	w.send("deployer", k.EscrowC, k.Escrow.PackPause())
	w.send("deployer", k.EscrowC, k.Escrow.PackUnpause())
}
