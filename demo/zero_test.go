package demo_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/gintonic/gintonic/demo"
	"github.com/gintonic/gintonic/devstack"
)

// TestScaleToZero runs one idle-and-wake cycle on the dev stack with the real controller, agent
// and runtime in Docker: the idle job is scaled to zero, its container removed and its round kept
// on chain; a request with X-Scale-Up-Timeout then wakes it and is answered, not failed.
func TestScaleToZero(t *testing.T) {
	if testing.Short() {
		t.Skip("the scale-to-zero cycle takes about half a minute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	s := startStack(ctx, t, 1)
	var out bytes.Buffer
	res, err := (&demo.ScaleToZero{S: s, Out: &out, Idle: devstack.ScaleToZeroFloor}).Run(ctx)
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatalf("scale to zero: %v", err)
	}
	t.Logf("at zero %s after the last answer; woken in %s", res.Zeroes[0], res.Wakes[0])
}
