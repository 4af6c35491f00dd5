package settlement_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/settlement"
)

// poison stores r straight into the queue, as a row that bypassed Submit's signature check would
// be (a bug, an older version's row, a hand edit): a report whose signature the escrow refuses.
func (e *env) poison(t testing.TB, r settlement.SignedReport) int64 {
	t.Helper()
	digest := e.c.Contracts.Deployment.EscrowDomain().Digest(r.StructHash())
	var id int64
	if err := e.db.Raw(`INSERT INTO settlement_reports (chain_id, provider, digest, signature, usages, received_at)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, e.c.ChainID.Int64(), r.Provider.Bytes(), digest.Bytes(), r.Signature, len(r.Usages), time.Now().Add(-time.Minute)).
		Scan(&id).Error; err != nil {
		t.Fatal(err)
	}
	for i, u := range r.Usages {
		if err := e.db.Exec(`INSERT INTO settlement_usages (chain_id, job_id, round, provider, cumulative_gpu_seconds, report_id, position)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, e.c.ChainID.Int64(), int64(u.JobID), int(u.Round), r.Provider.Bytes(), int64(u.CumulativeGpuSeconds), id, i).Error; err != nil {
			t.Fatal(err)
		}
	}
	return id
}

// TestBadSignatureDoesNotBlockTheBatch: Submit refuses a report whose signature the escrow would
// refuse (V = 0, another key's). If one reaches the queue anyway, it rides in a batch with good
// reports; settleBatch skips it (ReportRejected) and settles the others, the service books each
// attestation's true outcome — the poisoned one paid nothing — and moves on, never retrying the
// doomed report.
func TestBadSignatureDoesNotBlockTheBatch(t *testing.T) {
	e := newEnv(t)
	a := e.job(t, "provider", 2, chain.Tokens(1000))
	b := e.job(t, "provider2", 1, chain.Tokens(1000))
	c := e.job(t, "provider", 1, chain.Tokens(1000))
	d := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 100*time.Second)
	s := e.service(t, nil, e.config())

	vZero := e.report(t, "provider", use(c, 1, 40))
	vZero.Signature[64] -= 27 // V in {0, 1}: recovers to address(0) on chain
	otherKey := e.report(t, "provider2", use(d, 1, 30))
	otherKey.Provider = chaintest.Addr("provider") // provider2's signature, claiming to be provider
	for name, r := range map[string]settlement.SignedReport{"V = 0": vZero, "another key": otherKey} {
		if _, err := s.Submit(ctx, r); settlement.ReasonOf(err) != settlement.ReasonBadSignature {
			t.Fatalf("submit a report with %s: %v, want bad_signature", name, err)
		}
	}

	// Poisoned rows first in the queue (the oldest), then good reports.
	poisoned := []int64{e.poison(t, vZero), e.poison(t, otherKey)}
	e.submit(t, s, e.report(t, "provider", use(a, 1, 100)))
	e.submit(t, s, e.report(t, "provider2", use(b, 1, 50)))
	p1, p2 := e.balance(t, "provider"), e.balance(t, "provider2")
	e.drain(t, s) // fails the test if the backlog never drains

	for job, want := range map[uint64]uint64{a: 100, b: 50, c: 0, d: 0} {
		if _, settled := e.onchainJob(t, job); settled != want {
			t.Errorf("job %d settled %d GPU-seconds on chain, want %d", job, settled, want)
		}
	}
	if got := new(big.Int).Sub(e.balance(t, "provider"), p1); got.Cmp(net(wei(100))) != 0 {
		t.Errorf("provider received %s, want %s", got, net(wei(100)))
	}
	if got := new(big.Int).Sub(e.balance(t, "provider2"), p2); got.Cmp(net(wei(50))) != 0 {
		t.Errorf("provider2 received %s, want %s", got, net(wei(50)))
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE kind = 'settle_batch' AND state = 'reverted'`); n != 0 {
		t.Errorf("%d settlement batches reverted", n)
	}
	if n := e.count(t, `SELECT count(*) FROM settlement_txs WHERE kind = 'settle_batch'`); n != 1 {
		t.Errorf("%d settlement batches sent, want 1 (the poisoned reports must not be retried)", n)
	}

	// Each attestation's outcome is its own: the good ones settled for their amount, the poisoned
	// ones paid nothing.
	type row struct {
		Job     int64
		Outcome *string
		Amount  *string
	}
	var rows []row
	if err := e.db.Raw(`SELECT job_id AS job, outcome, amount::text AS amount FROM settlement_usages ORDER BY job_id`).Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		outcome, amount := "<none>", "<none>"
		if r.Outcome != nil {
			outcome = *r.Outcome
		}
		if r.Amount != nil {
			amount = *r.Amount
		}
		switch uint64(r.Job) {
		case a, b:
			want := map[uint64]*big.Int{a: wei(100), b: wei(50)}[uint64(r.Job)]
			if outcome != "settled" || amount != want.String() {
				t.Errorf("job %d: outcome %s amount %s, want settled for %s", r.Job, outcome, amount, want)
			}
		case c, d:
			if !strings.HasPrefix(outcome, "rejected") || (amount != "<none>" && amount != "0") {
				t.Errorf("poisoned report's attestation of job %d: outcome %s amount %s, want rejected and nothing paid", r.Job, outcome, amount)
			}
		}
	}
	for _, id := range poisoned {
		st, err := s.Report(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if st.State == "pending" || st.State == "batched" || st.State == "settled" || st.State == "superseded" {
			t.Errorf("poisoned report %d is %q, want it out of the queue and not shown as settled (the escrow skipped it)", id, st.State)
		}
	}

	// The service moves on: a correctly signed report for the poisoned job settles.
	e.c.Advance(t, 5*time.Second)
	e.submit(t, s, e.report(t, "provider", use(c, 1, 60)))
	e.drain(t, s)
	if _, settled := e.onchainJob(t, c); settled != 60 {
		t.Fatalf("job %d settled %d after a good report, want 60", c, settled)
	}
	if b, _ := s.Backlog(ctx); b != (settlement.Backlog{}) {
		t.Fatalf("backlog %+v, want empty", b)
	}
}
