//go:build bench

package settlement_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/settlement"
)

// TestBenchSettlement measures the service end to end on a chain that makes a block every second
// (the simulated backend, committed by a ticker), with many providers each signing its own
// reports: 100 providers serve one one-GPU job each, and every report carries one attestation,
// so a batch of 100 attestations holds 100 signatures and pays 100 providers — the expensive
// shape, unlike the gas benchmark's one provider × 100 jobs. Reports arrive concurrently, as
// from many agents, and are verified (one eth_call per entry), queued in a durable Postgres,
// batched, sent, mined and confirmed through receipts.
//
// Delay: a steady stream (every provider reports every 250 ms: 400 attestations/s), arrival →
// settlement confirmed. Throughput and the scale curve: bursts of 1k, 10k and 100k attestations,
// from the first submission to the last confirmation. The 100k point takes minutes, so it is
// measured once per `make bench` (its line says n=1) and left out of `make bench-quick`.
func TestBenchSettlement(t *testing.T) {
	const providers = 100
	e := newEnv(t)
	names := make([]string, providers)
	ids := make([]uint64, providers)
	for i := range names {
		names[i] = fmt.Sprintf("bench-provider-%d", i)
		e.c.Account(t, names[i], chain.Tokens(1))
		e.c.Stake(t, names[i], chain.Tokens(100_000))
		ids[i] = e.job(t, names[i], 1, chain.Tokens(1))
	}
	e.c.Advance(t, 1_000_000*time.Second) // room under the time cap for one GPU-second a report

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

	used := make([]uint64, providers) // each job's cumulative GPU-seconds reported so far
	// round: every provider submits one report for its job, concurrently.
	round := func() {
		var wg sync.WaitGroup
		for i := range names {
			used[i]++
			r := e.report(t, names[i], use(ids[i], 1, used[i]))
			wg.Go(func() {
				rc, err := s.Submit(ctx, r)
				if err != nil {
					t.Errorf("%s submits: %v", names[i], err)
					return
				}
				for _, v := range rc.Entries {
					if v.Intake != settlement.Accepted {
						t.Errorf("%s: entry %s", names[i], v)
					}
				}
			})
		}
		wg.Wait()
		if t.Failed() {
			t.FailNow()
		}
	}
	settled := func() int {
		return e.count(t, `SELECT count(*) FROM settlement_reports WHERE state = 'settled'`)
	}
	waitSettled := func(n int, within time.Duration) {
		deadline := time.Now().Add(within)
		for settled() < n {
			if time.Now().After(deadline) {
				t.Fatalf("%d of %d reports settled within %v", settled(), n, within)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	var r bench.Report
	total := 0
	burst := func(run, n int) {
		start := time.Now()
		for range n / providers {
			round()
		}
		total += n
		waitSettled(total, 10*time.Minute)
		took := time.Since(start)
		r.AddMs(fmt.Sprintf("settlement.settle_ms.%dk_attestations", n/1000), took)
		if n == 10_000 {
			r.Add("settlement.attestations_per_s", "/s", float64(n)/took.Seconds())
		}
		t.Logf("run %d: %d attestations from %d providers settled and confirmed in %v (%.0f/s)", run+1, n, providers, took.Round(time.Millisecond), float64(n)/took.Seconds())
	}
	for run := range bench.Runs(3) {
		// Delay: 20 rounds, one every 250 ms.
		since := time.Now()
		for range 20 {
			round()
			total += providers
			time.Sleep(250 * time.Millisecond)
		}
		waitSettled(total, time.Minute)
		var delays []float64
		e.db.Raw(`SELECT extract(epoch FROM settled_at - received_at) * 1000 FROM settlement_reports WHERE state = 'settled' AND received_at >= ?`, since).Scan(&delays)
		r.Add("settlement.delay_p50_ms", "ms", bench.Median(delays))

		burst(run, 1_000)
		burst(run, 10_000)
		var gas, att int64
		full := `FROM settlement_txs WHERE kind = 'settle_batch' AND state = 'confirmed' AND attestations = 100`
		e.db.Raw(`SELECT coalesce(sum(gas_used), 0) ` + full).Scan(&gas)
		e.db.Raw(`SELECT coalesce(sum(attestations), 0) ` + full).Scan(&att)
		if att == 0 {
			t.Fatal("no full batch of 100 attestations was settled")
		}
		r.Add("settlement.gas_per_attestation.b100", "gas", float64(gas/att))
	}
	if !bench.Quick() {
		burst(0, 100_000)
	}
	stop()
	<-done

	for i, id := range ids {
		if _, got := e.onchainJob(t, id); got != used[i] {
			t.Fatalf("job %d settled %d GPU-seconds on chain, want %d", id, got, used[i])
		}
	}
	r.Print(nil)
}
