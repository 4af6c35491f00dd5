//go:build bench

package settlement_test

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
)

// TestBenchSettlement measures the service end to end on a chain that makes a block every second
// (the simulated backend, committed by a ticker): one provider serves 100 one-GPU jobs and reports
// all of them in each signed report; reports are verified, queued, batched
// (100 attestations a batch), sent, mined and confirmed through receipts. The delay is measured
// under a steady stream, the throughput under a burst.
func TestBenchSettlement(t *testing.T) {
	const jobs, paced, burst = 100, 20, 60
	e := newEnv(t)
	ids := make([]uint64, jobs)
	for i := range ids {
		ids[i] = e.job(t, "provider", 1, chain.Tokens(1))
	}
	e.c.Advance(t, 1000*time.Second) // room under the time cap for 5 GPU-seconds a report

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go func() { // 1-second blocks
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-runCtx.Done():
				return
			case <-tick.C:
				e.c.Sim.Commit()
			}
		}
	}()
	cfg := e.config()
	cfg.BatchSize = 100
	cfg.BatchInterval = time.Second
	cfg.Poll = 50 * time.Millisecond
	s := e.service(t, e.c.Sim.Client(), cfg)
	done := make(chan error, 1)
	go func() { done <- s.Run(runCtx) }()

	round := 0
	submit := func() {
		round++
		usages := make([]chain.Usage, jobs)
		for i, id := range ids {
			usages[i] = use(id, 1, uint64(5*round))
		}
		if _, err := s.Submit(ctx, e.report(t, "provider", usages...)); err != nil {
			t.Fatalf("submit report %d: %v", round, err)
		}
	}
	waitSettled := func(n int) {
		deadline := time.Now().Add(60 * time.Second)
		for e.count(t, `SELECT count(*) FROM settlement_reports WHERE state = 'settled'`) < n {
			if time.Now().After(deadline) {
				t.Fatalf("not all reports settled within a minute")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	// Delay: a steady stream, one 100-attestation report every 250 ms (400 attestations/s).
	for i := 0; i < paced; i++ {
		submit()
		time.Sleep(250 * time.Millisecond)
	}
	waitSettled(paced)
	var delays []float64
	e.db.Raw(`SELECT extract(epoch FROM settled_at - received_at) * 1000 FROM settlement_reports WHERE state = 'settled'`).Scan(&delays)
	sort.Float64s(delays)

	// Throughput: reports back to back, until the last is confirmed.
	start := time.Now()
	for i := 0; i < burst; i++ {
		submit()
	}
	submitted := time.Since(start)
	waitSettled(paced + burst)
	elapsed := time.Since(start)
	stop()
	<-done

	var gas, att int64
	e.db.Raw(`SELECT coalesce(sum(gas_used), 0) FROM settlement_txs WHERE kind = 'settle_batch' AND state = 'confirmed'`).Scan(&gas)
	e.db.Raw(`SELECT coalesce(sum(attestations), 0) FROM settlement_txs WHERE kind = 'settle_batch' AND state = 'confirmed'`).Scan(&att)
	if att != jobs*(paced+burst) {
		t.Fatalf("%d attestations settled, want %d", att, jobs*(paced+burst))
	}
	for _, id := range ids {
		if _, settled := e.onchainJob(t, id); settled != 5*(paced+burst) {
			t.Fatalf("job %d settled %d, want %d", id, settled, 5*(paced+burst))
		}
	}
	if got := e.balance(t, "provider"); got.Sign() == 0 {
		t.Fatal("provider was not paid")
	}
	t.Logf("paced: delays min %.0f ms, max %.0f ms; burst: %d reports × %d attestations submitted in %s, all confirmed after %s",
		delays[0], delays[len(delays)-1], burst, jobs, submitted.Round(time.Millisecond), elapsed.Round(time.Millisecond))
	fmt.Printf("metric: settlement.gas_per_attestation.b100 %d gas\n", gas/att)
	fmt.Printf("metric: settlement.attestations_per_s %.0f /s\n", float64(burst*jobs)/elapsed.Seconds())
	fmt.Printf("metric: settlement.delay_p50_ms %.0f ms\n", delays[len(delays)/2])
}
