package demo

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/devstack"
	"github.com/gintonic/gintonic/gateway"
)

// ScaleToZero deploys the stack's model with minReplicas 0 and lets it go idle: the controller
// scales it to zero (the provider's agent removes the container, keeping the round), and a
// request sent then with X-Scale-Up-Timeout is held while the agent starts the model again from
// its cache, and answered. Cycles repeats the idle and the wake.
type ScaleToZero struct {
	S       *devstack.Stack
	Out     io.Writer
	Cycles  int           // default 1
	Idle    int           // scaleToZeroAfter in seconds (the stack's floor: devstack.ScaleToZeroFloor)
	Wait    int           // the requests' X-Scale-Up-Timeout in seconds (default 60)
	Timeout time.Duration // each wait for the marketplace (default 90 s)
}

// ZeroResult is what each cycle saw.
type ZeroResult struct {
	JobID int64
	// Wakes are the times from sending a request to the job at zero to its answer (the model
	// started again on its provider, from the cache); Zeroes those from the last answer to the
	// job at zero (its idle time, plus up to two of the controller's scale windows).
	Wakes, Zeroes []time.Duration
}

// Run deposits, deploys, and runs the cycles.
func (z *ScaleToZero) Run(ctx context.Context) (*ZeroResult, error) {
	if z.Cycles <= 0 {
		z.Cycles = 1
	}
	if z.Wait <= 0 {
		z.Wait = 60
	}
	j, err := funded(ctx, &Journey{S: z.S, Out: z.Out, Timeout: z.Timeout})
	if err != nil {
		return nil, err
	}
	c := j.c
	res := &Result{Budget: Budget}
	done := j.step("client submits the model to scale to zero after %d s without a request", z.Idle)
	zero, idle := 0, z.Idle
	if err := j.submitModel(ctx, res, Budget, 1, func(r *apiv1.JobRequest) { r.MinReplicas, r.ScaleToZeroAfter = &zero, &idle }); err != nil {
		return nil, err
	}
	done("job %d (escrow job %d)", res.JobID, res.ChainJobID)
	out := &ZeroResult{JobID: res.JobID}
	done = j.step("the controller awards it; the agent starts the model")
	job, err := j.follow(ctx, res, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateRunning && jb.WakingSince == nil })
	if err != nil {
		return nil, err
	}
	provider := common.HexToAddress(deref(job.Provider))
	done("serving on %s", provider.Hex())
	kr, err := c.RevealDeploymentKeyWithResponse(ctx, res.JobID)
	if err != nil || kr.JSON200 == nil {
		return nil, fmt.Errorf("reveal the deployment key: %v", err)
	}
	key := kr.JSON200.Key
	agent, err := agentOf(z.S, provider)
	if err != nil {
		return nil, err
	}
	chainJob := uint64(res.ChainJobID)
	hc := &http.Client{Timeout: time.Duration(z.Wait+10) * time.Second}
	ask := func(wait bool) (time.Duration, error) {
		body := fmt.Sprintf(`{"model":%q,"prompt":"The cat","max_tokens":8,"temperature":0}`, devstack.ModelRepo)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, z.S.APIURL+"/v1/completions", bytes.NewBufferString(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		if wait {
			req.Header.Set(gateway.ScaleUpTimeoutHeader, fmt.Sprint(z.Wait))
		}
		t0 := time.Now()
		rsp, err := hc.Do(req)
		if err != nil {
			return 0, err
		}
		b, _ := io.ReadAll(rsp.Body)
		rsp.Body.Close()
		if rsp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte(`"text"`)) {
			return 0, fmt.Errorf("completion: HTTP %d %s", rsp.StatusCode, b)
		}
		return time.Since(t0), nil
	}
	if _, err := ask(false); err != nil {
		return nil, err
	}
	for cycle := range z.Cycles {
		last := time.Now()
		done = j.step("cycle %d: no request; after %d s the controller scales the job to zero and the agent removes the container, keeping the round", cycle+1, z.Idle)
		if _, err := j.follow(ctx, res, func(jb apiv1.Job) bool { return jb.ZeroSince != nil && agent.Agent.Addr(chainJob) == "" }); err != nil {
			return nil, err
		}
		out.Zeroes = append(out.Zeroes, time.Since(last))
		round, err := z.S.Contracts.Round(ctx, chainJob, uint8(*job.Round), provider)
		if err != nil || round.State != chain.RoundRunning {
			return nil, fmt.Errorf("at zero, the provider's round is %v (%v), want it still running", round.State, err)
		}
		done("at zero %s after the last answer; the provider's round still running on chain", time.Since(last).Round(time.Millisecond))
		done = j.step("a request with %s: %d arrives; the gateway wakes the job and holds it while the agent starts the model from its cache", gateway.ScaleUpTimeoutHeader, z.Wait)
		took, err := ask(true)
		if err != nil {
			return nil, fmt.Errorf("the request that woke the job: %w", err)
		}
		out.Wakes = append(out.Wakes, took)
		if err := j.trail(ctx, res); err != nil {
			return nil, err
		}
		done("answered after %s, its deployment serving again", took.Round(time.Millisecond))
	}
	return out, nil
}
