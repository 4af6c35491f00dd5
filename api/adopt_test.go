package api_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestAwardMadeElsewhereKeepsBackups: an award the controller did not record itself — sent by
// the job's client, or by an instance that died between sending it and writing it down — keeps
// the job's backups, so the first failure fails over instead of ending the job. (At 61b54d6 the
// adopted award stored no match and the job went to failed; offchain audit F15.1.)
func TestAwardMadeElsewhereKeepsBackups(t *testing.T) {
	s, _, c, prov, backup, job := biddingJob(t)
	// The client awards the provider's bid on chain itself, before any controller does.
	terms, err := s.c.Contracts.JobTermsHash(ctx, uint64(*job.ChainJobId))
	if err != nil {
		t.Fatal(err)
	}
	b := s.signBid("provider", *job.ChainJobId, big.NewInt(5e17), 1)
	price, _ := new(big.Int).SetString(b.PricePerGpuSecond, 10)
	cb := chain.Bid{JobID: uint64(*job.ChainJobId), Terms: terms, Provider: chaintest.Addr("provider"), PricePerGpuSecond: price, Expiry: uint64(b.Expiry), Nonce: 1}
	k := s.c.Contracts
	s.c.Send(t, "client", k.EscrowC, k.Escrow.PackAward(cb.Binding(), hexutil.MustDecode(b.Signature)))
	s.clk.Advance(3 * time.Second)
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	if got := s.getJob(c, job.Id); got.State != apiv1.JobStateAwarded || *got.Provider != chaintest.Addr("provider").Hex() {
		t.Fatalf("adopted award: %s %v", got.State, deref(got.Provider))
	}
	for i := 0; i < 3; i++ {
		if r, err := prov.ReportJobStatusWithResponse(ctx, job.Id, apiv1.StatusReport{State: apiv1.StatusReportStateFailed, Reason: ptr("exit 1")}); err != nil || r.JSON200 == nil {
			t.Fatalf("report failure: %v %s", err, body(r))
		}
	}
	s.heartbeat(prov, 8)
	s.heartbeat(backup, 90)
	s.tick()
	got := s.getJob(c, job.Id)
	if got.State != apiv1.JobStateAwarded || *got.Provider != chaintest.Addr("backup").Hex() {
		t.Fatalf("after the failures: %s %v, want the backup awarded; trail %v", got.State, deref(got.Provider), kinds(*got.Events))
	}
}
