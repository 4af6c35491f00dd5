package demo_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/gintonic/gintonic/demo"
)

// TestReplicaLoad is the shorter `make test` run of the replica load test (bench_test.go runs it at
// 100 requests per second for 30 s): a deployment on two providers' agents, a steady load through
// the gateway, and one provider killed in the middle. Not one client request may fail.
func TestReplicaLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("the replica load test takes about a minute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := startStack(ctx, t, 2)
	var out bytes.Buffer
	res, err := (&demo.LoadTest{S: s, Out: &out, Rate: 25, Duration: 12 * time.Second}).Run(ctx)
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatalf("load test: %v", err)
	}
	t.Logf("%d requests (%.0f/s), %d failed; after the kill %d, %d failed; p50 %s p99 %s, after the kill p99 %s, max %s",
		res.Requests, res.AchievedRate, res.Failed, res.AfterKill, res.FailedAfterKill, res.P50, res.P99, res.P99AfterKill, res.Max)
	if res.AfterKill < 50 {
		t.Errorf("only %d requests were sent after the kill: the load did not cover it", res.AfterKill)
	}
	if res.Failed != 0 {
		t.Errorf("%d of %d requests failed (%d after the kill): %v", res.Failed, res.Requests, res.FailedAfterKill, res.Errors)
	}
}
