//go:build bench

package demo_test

import (
	"context"
	"io"
	"os"
	"testing"
	"time"

	"github.com/gintonic/gintonic/bench"
	"github.com/gintonic/gintonic/demo"
	"github.com/gintonic/gintonic/devstack"
)

// TestBenchJourney prints the marketplace's end-to-end figures from runs of the demo's journey on
// the local stack (anvil with 1-second blocks, Postgres with default durability): how long the
// stack takes to start, a job from its createJob transaction to a container answering, a failover
// from the provider's death to the backup serving, and a stop to the job closed with its refund
// (bounded below by the dev chain's 15-second settlement window). Each run starts a new stack.
//
// The failover is measured twice: with the dev stack's timings (1 s heartbeats, 5 s timeout)
// and with gin-api's and gin-agent's defaults (5 s heartbeats, 20 s timeout), which is what a
// production deployment gets unless its operator shortens them.
func TestBenchJourney(t *testing.T) {
	var r bench.Report
	journey := func(o devstack.Options) (time.Duration, *demo.Result) {
		ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
		defer cancel()
		o.FreePorts, o.DatabaseURL = true, os.Getenv("DATABASE_URL")
		t0 := time.Now()
		s, err := devstack.Start(ctx, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		up := time.Since(t0)
		res, err := (&demo.Journey{S: s, Out: io.Discard}).Run(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return up, res
	}
	for run := range bench.Runs(3) {
		up, res := journey(devstack.Options{DurableDatabase: true})
		r.AddMs("demo.stack_up_ms", up)
		r.AddMs("demo.submit_to_running_ms", res.SubmitToRunning)
		r.AddMs("demo.failover_ms", res.Failover)
		r.AddMs("demo.stop_to_closed_ms", res.StopToClosed)
		// The client's requests sent between the kill and the backup running (one every 250 ms).
		r.Add("demo.failover_requests", "requests", float64(res.DuringFailover.Requests))
		r.Add("demo.failover_failed_requests", "requests", float64(res.DuringFailover.Failed))
		r.AddMs("demo.failover_slowest_request_ms", res.DuringFailover.Slowest)
		t.Logf("run %d (dev timings): up %v, submit→running %v, failover %v, stop→closed %v", run+1, up, res.SubmitToRunning, res.Failover, res.StopToClosed)
	}
	for run := range bench.Runs(3) {
		_, res := journey(devstack.Options{DurableDatabase: true, DefaultTimeouts: true})
		r.AddMs("demo.failover_ms.default_timeouts", res.Failover)
		r.Add("demo.failover_failed_requests.default_timeouts", "requests", float64(res.DuringFailover.Failed))
		t.Logf("run %d (default timeouts): failover %v", run+1, res.Failover)
	}
	r.Print(nil)
}

// TestBenchReplicaLoad is issue 17's load test at full size: a deployment with two replicas on two
// provider agents running the real runtime in Docker, 100 requests per second for 30 s through the
// gateway, and the current round's provider killed (agent stopped, container removed with SIGKILL)
// at 15 s. failover_requests are the requests sent from the kill on, failover_failed_requests
// those that failed (target 0), failover_p99_ms their 99th percentile latency.
func TestBenchReplicaLoad(t *testing.T) {
	var r bench.Report
	for run := range bench.Runs(3) {
		ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
		s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, DurableDatabase: true, DatabaseURL: os.Getenv("DATABASE_URL")}, nil)
		if err != nil {
			cancel()
			t.Fatal(err)
		}
		res, err := (&demo.LoadTest{S: s, Out: io.Discard, Rate: 100, Duration: 30 * time.Second}).Run(ctx)
		s.Close()
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		r.Add("gateway.failover_requests", "requests", float64(res.AfterKill))
		r.Add("gateway.failover_failed_requests", "requests", float64(res.FailedAfterKill))
		r.AddMs("gateway.failover_p99_ms", res.P99AfterKill)
		r.Add("gateway.load_rate", "rps", res.AchievedRate)
		r.Add("gateway.load_failed_requests", "requests", float64(res.Failed))
		r.AddMs("gateway.load_p99_ms", res.P99)
		t.Logf("run %d: %d requests (%.0f/s), %d failed; after the kill %d, %d failed, p99 %s; overall p99 %s, max %s; errors %v",
			run+1, res.Requests, res.AchievedRate, res.Failed, res.AfterKill, res.FailedAfterKill, res.P99AfterKill, res.P99, res.Max, res.Errors)
	}
	r.Print(nil)
}

// TestBenchScaleToZero measures waking a deployment scaled to zero: from a request sent with
// X-Scale-Up-Timeout to the job at zero until its answer, the agent starting the model again from
// its cache (deploy.wake_from_zero_ms), over five idle-and-wake cycles on the dev stack (its
// scale-to-zero floor and scale window shortened, production's are 60 s and 30 s).
func TestBenchScaleToZero(t *testing.T) {
	var r bench.Report
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, DurableDatabase: true, DatabaseURL: os.Getenv("DATABASE_URL"), Providers: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := (&demo.ScaleToZero{S: s, Out: io.Discard, Cycles: bench.Runs(5), Idle: devstack.ScaleToZeroFloor}).Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range res.Wakes {
		r.AddMs("deploy.wake_from_zero_ms", w)
		t.Logf("cycle %d: at zero %s after the last answer, woken in %s", i+1, res.Zeroes[i], w)
	}
	r.Print(nil)
}
