package api_test

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// settledJob runs one job to its close: awarded to "provider" at 0.1 GIN per GPU-second (the
// "backup" bids higher and loses), 40 GPU-seconds attested and settled, stopped by the client and
// finalized by the settlement service after the settlement window. It returns the job and the
// clients of the client, the provider and the losing bidder.
func settledJob(t *testing.T, s *stack) (job apiv1.Job, a *instance, client, prov, loser *apiclient.Client) {
	t.Helper()
	s.WithSettlement()
	a = s.start("ctl-1", "controller")
	s.c.Stake(t, "controller", chain.Tokens(50_000))
	prov = s.provider(a, "provider", "eu", 5)
	loser = s.provider(a, "backup", "eu", 5)
	s.deposit("client", chain.Tokens(1_000_000))
	s.sync()
	client = s.login(a, "client")
	job = s.submit(client, "client", defaultJob())
	for i, p := range []*apiclient.Client{prov, loser} {
		name := []string{"provider", "backup"}[i]
		price := []*big.Int{big.NewInt(1e17), big.NewInt(2e17)}[i]
		if r, err := p.PlaceBidWithResponse(ctx, job.Id, s.signBid(name, *job.ChainJobId, price, 1)); err != nil || r.StatusCode() != 201 {
			t.Fatalf("bid of %s: %v %s", name, err, body(r))
		}
	}
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 5)
	s.heartbeat(loser, 5)
	s.tick()
	s.c.Advance(t, 30*time.Second) // the job runs on 2 GPUs

	rep := chain.UsageReport{Provider: chaintest.Addr("provider"), Usages: []chain.Usage{{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: 40}}}
	sig, err := s.c.Contracts.SignUsageReport(rep, chaintest.Key("provider"))
	if err != nil {
		t.Fatal(err)
	}
	att, err := prov.SubmitAttestationWithResponse(ctx, apiv1.AttestationRequest{Signature: hexutil.Encode(sig),
		Usages: []apiv1.UsageEntry{{JobId: *job.ChainJobId, Round: 1, CumulativeGpuSeconds: 40}}})
	if err != nil || att.JSON202 == nil {
		t.Fatalf("attestation: %v %s", err, body(att))
	}
	s.Settle()

	stop, err := client.StopJobWithResponse(ctx, job.Id)
	if err != nil || stop.JSON200 == nil {
		t.Fatalf("stop: %v %s", err, body(stop))
	}
	s.sendUnsigned("client", *stop.JSON200)
	s.c.Advance(t, 61*time.Minute) // past the settlement window: the service finalizes unasked
	s.sync()
	s.Settle()
	s.sync()
	return job, a, client, prov, loser
}

// TestJobSettlementAddsUp: after a job closed, its split (usage, fee, payout, refund) adds up to
// its budget and matches what the chain holds: the provider's wallet, the escrow's fees, the
// client's refund.
func TestJobSettlementAddsUp(t *testing.T) {
	s := newStack(t)
	walletBefore, err := s.c.Contracts.TokenBalance(ctx, chaintest.Addr("provider"))
	if err != nil {
		t.Fatal(err)
	}
	job, _, client, prov, _ := settledJob(t, s)

	r, err := client.GetJobSettlementWithResponse(ctx, job.Id)
	if err != nil || r.JSON200 == nil {
		t.Fatalf("settlement: %v %s", err, body(r))
	}
	sp := *r.JSON200
	if !sp.Closed || sp.ChainState != "Closed" || sp.Remaining != "0" || sp.JobId != job.Id || sp.FeeBps != 250 {
		t.Fatalf("split of a closed job: %+v", sp)
	}
	if len(sp.Payouts) != 1 {
		t.Fatalf("payouts: %+v", sp.Payouts)
	}
	p := sp.Payouts[0]
	want := apiv1.ProviderPayout{Provider: chaintest.Addr("provider").Hex(), Round: 1, PricePerGpuSecond: "100000000000000000",
		GpuSeconds: "40", Gross: "4000000000000000000", Fee: "100000000000000000", Net: "3900000000000000000"}
	if p != want {
		t.Errorf("payout:\n got %+v\nwant %+v", p, want)
	}
	sum := new(big.Int)
	for _, v := range []string{p.Net, sp.Fees, sp.Refunded, sp.Remaining} {
		sum.Add(sum, num(t, v))
	}
	if sum.Cmp(num(t, sp.Budget)) != 0 || sp.Budget != chain.Tokens(1000).String() {
		t.Errorf("net %s + fees %s + refunded %s + remaining %s = %s, budget %s", p.Net, sp.Fees, sp.Refunded, sp.Remaining, sum, sp.Budget)
	}

	// The chain agrees: the escrow holds nothing more for the job, the provider's wallet got the net
	// payout and the escrow owes the fee to the treasury.
	k := s.c.Contracts
	onChain, err := k.Job(ctx, uint64(*job.ChainJobId))
	if err != nil || onChain.Remaining.Sign() != 0 {
		t.Fatalf("escrow job: %v remaining %v", err, onChain.Remaining)
	}
	walletAfter, _ := k.TokenBalance(ctx, chaintest.Addr("provider"))
	if got := new(big.Int).Sub(walletAfter, walletBefore); got.Cmp(num(t, p.Net)) != 0 {
		t.Errorf("provider's wallet grew by %s, split says %s", got, p.Net)
	}
	fees, err := bind.Call(k.EscrowC, nil, k.Escrow.PackFeesOwed(), k.Escrow.UnpackFeesOwed)
	if err != nil || fees.String() != sp.Fees {
		t.Errorf("escrow owes %v in fees (%v), split says %s", fees, err, sp.Fees)
	}
	// The awarded provider sees the same split.
	if r, _ := prov.GetJobSettlementWithResponse(ctx, job.Id); r.JSON200 == nil || r.JSON200.Fees != sp.Fees {
		t.Errorf("provider reads the split: %s", body(r))
	}
}

// TestLedger: the provider's ledger has the payout and the fee, the client's the usage and the
// refunds, with totals, job ids, transactions and blocks; pages follow the cursor.
func TestLedger(t *testing.T) {
	s := newStack(t)
	job, _, client, prov, _ := settledJob(t, s)
	chainJob := *job.ChainJobId

	pl, err := prov.GetLedgerWithResponse(ctx, chaintest.Addr("provider").Hex(), nil)
	if err != nil || pl.JSON200 == nil {
		t.Fatalf("provider's ledger: %v %s", err, body(pl))
	}
	l := *pl.JSON200
	if l.Totals.Payout != "3900000000000000000" || l.Totals.Fee != "100000000000000000" || l.Totals.Refund != "0" || l.Totals.Usage != "0" {
		t.Errorf("provider's totals: %+v", l.Totals)
	}
	if len(l.Entries) != 2 || l.Entries[0].Kind != apiv1.LedgerKind(settlement.KindPayout) || l.Entries[1].Kind != apiv1.LedgerKind(settlement.KindFee) {
		t.Fatalf("provider's entries: %+v", l.Entries)
	}
	for _, e := range l.Entries {
		if e.JobId != chainJob || e.Block == 0 || len(e.TxHash) != 66 || e.Time == nil || e.Round == nil || *e.Round != 1 ||
			e.Counterparty == nil || *e.Counterparty != chaintest.Addr("client").Hex() {
			t.Errorf("provider's entry: %+v", e)
		}
	}

	cl, err := client.GetLedgerWithResponse(ctx, chaintest.Addr("client").Hex(), nil)
	if err != nil || cl.JSON200 == nil {
		t.Fatalf("client's ledger: %v %s", err, body(cl))
	}
	l = *cl.JSON200
	if l.Totals.Usage != "4000000000000000000" || l.Totals.Refund != chain.Tokens(996).String() || l.Totals.Payout != "0" {
		t.Errorf("client's totals: %+v", l.Totals)
	}
	if len(l.Entries) < 2 || l.Entries[len(l.Entries)-1].Kind != apiv1.LedgerKind(settlement.KindUsage) {
		t.Fatalf("client's entries: %+v", l.Entries)
	}
	refunds := new(big.Int)
	for _, e := range l.Entries {
		if e.Kind == apiv1.LedgerKind(settlement.KindRefund) {
			refunds.Add(refunds, num(t, e.Amount))
		}
	}
	if refunds.Cmp(chain.Tokens(996)) != 0 {
		t.Errorf("refund entries sum to %s", refunds)
	}

	// One event a page, newest first, until no next cursor.
	var pages [][]apiv1.LedgerEntry
	params := &apiv1.GetLedgerParams{Limit: ptr(1)}
	for len(pages) < 10 {
		r, err := client.GetLedgerWithResponse(ctx, chaintest.Addr("client").Hex(), params)
		if err != nil || r.JSON200 == nil {
			t.Fatalf("page %d: %v %s", len(pages), err, body(r))
		}
		pages = append(pages, r.JSON200.Entries)
		if r.JSON200.Next == nil {
			break
		}
		params.Before = r.JSON200.Next
	}
	var flat []apiv1.LedgerEntry
	for _, p := range pages {
		flat = append(flat, p...)
	}
	if len(flat) != len(l.Entries) || len(pages) != len(l.Entries) {
		t.Errorf("paged: %d entries in %d pages, unpaged %d", len(flat), len(pages), len(l.Entries))
	}
	// A kind filter keeps the totals whole.
	kind := apiv1.LedgerKind(settlement.KindUsage)
	if r, _ := client.GetLedgerWithResponse(ctx, chaintest.Addr("client").Hex(), &apiv1.GetLedgerParams{Kind: &kind}); r.JSON200 == nil ||
		len(r.JSON200.Entries) != 1 || r.JSON200.Totals.Refund != chain.Tokens(996).String() {
		t.Errorf("usage only: %s", body(r))
	}
}

// TestSettlementErrors: who may not read money gets a problem saying why.
func TestSettlementErrors(t *testing.T) {
	s := newStack(t)
	job, a, client, _, loser := settledJob(t, s)
	check := func(name string, status int, typ string, code int, raw []byte) {
		t.Helper()
		var p apiv1.Problem
		if code != status || json.Unmarshal(raw, &p) != nil || !strings.HasSuffix(p.Type, "/"+typ) || p.Detail == nil || *p.Detail == "" {
			t.Errorf("%s: HTTP %d %s, want %d %s with a detail", name, code, raw, status, typ)
		}
	}
	ledger := func(name string, status int, typ string, addr string, p *apiv1.GetLedgerParams) {
		t.Helper()
		r, err := client.GetLedgerWithResponse(ctx, addr, p)
		if err != nil {
			t.Fatal(err)
		}
		check(name, status, typ, r.StatusCode(), r.Body)
	}
	bad, kind, me := "12x", apiv1.LedgerKind("tips"), chaintest.Addr("client").Hex()
	ledger("another's ledger", http.StatusForbidden, "forbidden", chaintest.Addr("provider").Hex(), nil)
	ledger("not an address", http.StatusBadRequest, "bad-request", "0x1234", nil)
	ledger("bad cursor", http.StatusBadRequest, "bad-request", me, &apiv1.GetLedgerParams{Before: &bad})
	ledger("bad kind", http.StatusBadRequest, "bad-request", me, &apiv1.GetLedgerParams{Kind: &kind})
	ledger("bad limit", http.StatusBadRequest, "bad-request", me, &apiv1.GetLedgerParams{Limit: ptr(501)})

	split := func(name string, status int, typ string, c *apiclient.Client, id int64) {
		t.Helper()
		r, err := c.GetJobSettlementWithResponse(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		check(name, status, typ, r.StatusCode(), r.Body)
	}
	split("a losing bidder's split", http.StatusForbidden, "forbidden", loser, job.Id)
	split("a stranger's split", http.StatusNotFound, "not-found", s.login(a, "client2"), job.Id)
	split("unknown job", http.StatusNotFound, "not-found", client, 99999)

	// Without a session: 401 with a problem body.
	for _, path := range []string{"/v1/accounts/" + chaintest.Addr("client").Hex() + "/ledger", "/v1/jobs/1/settlement"} {
		rsp, err := http.Get(a.url + path)
		if err != nil {
			t.Fatal(err)
		}
		var p apiv1.Problem
		_ = json.NewDecoder(rsp.Body).Decode(&p)
		rsp.Body.Close()
		if rsp.StatusCode != http.StatusUnauthorized || rsp.Header.Get("Content-Type") != "application/problem+json" || p.Status != 401 {
			t.Errorf("%s without a session: %d %s %+v", path, rsp.StatusCode, rsp.Header.Get("Content-Type"), p)
		}
	}
}

func num(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a decimal integer", s)
	}
	return v
}
