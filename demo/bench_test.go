//go:build bench

package demo_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/gintonic/gintonic/demo"
	"github.com/gintonic/gintonic/devstack"
)

// TestBenchJourney prints the marketplace's end-to-end figures from one run of the demo's journey
// on the local stack (1-second blocks): how long the stack takes to start, a job from its
// createJob transaction to a container answering, a failover from the provider's death to the
// backup serving, and a stop to the job closed with its refund (bounded below by the dev chain's
// 15-second settlement window).
func TestBenchJourney(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	t0 := time.Now()
	s, err := devstack.Start(ctx, devstack.Options{FreePorts: true, DatabaseURL: os.Getenv("DATABASE_URL")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	up := time.Since(t0)
	res, err := (&demo.Journey{S: s, Out: io.Discard}).Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	metric := func(name string, d time.Duration) { fmt.Printf("metric: %s %d ms\n", name, d.Milliseconds()) }
	metric("demo.stack_up_ms", up)
	metric("demo.submit_to_running_ms", res.SubmitToRunning)
	metric("demo.failover_ms", res.Failover)
	metric("demo.stop_to_closed_ms", res.StopToClosed)
}
