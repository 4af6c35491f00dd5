package demo

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/devstack"
)

// LoadTest is issue 17's proof: a deployment with two replicas on two provider agents running the
// real runtime in Docker takes a steady load through the gateway, and in the middle one provider's
// agent is stopped dead and its container killed (docker rm -f: SIGKILL). The gateway takes the
// dead replica out of rotation at its first failed request and retries that request on the other,
// so no client request fails; the controller then takes the dead round out on chain.
type LoadTest struct {
	S   *devstack.Stack
	Out io.Writer
	// Rate is the requests sent per second (open loop: a request does not wait for the previous);
	// Duration how long; the kill comes at half of it.
	Rate     int
	Duration time.Duration
	Timeout  time.Duration // each wait for the marketplace (default 90 s)
}

// LoadResult is what the load saw, in all and from the kill on.
type LoadResult struct {
	Requests, Failed           int
	AfterKill, FailedAfterKill int // the requests sent from the kill on, and those that failed
	P50, P99, P99AfterKill     time.Duration
	Max                        time.Duration
	AchievedRate               float64  // requests sent per second
	Errors                     []string // the first few failures
	Killed                     common.Address

	killedAt               time.Time
	latencies, afterKilled []time.Duration
}

// Run deposits, deploys the stack's model with two replicas, waits until both serve, then runs
// the load and the kill.
func (lt *LoadTest) Run(ctx context.Context) (*LoadResult, error) {
	if lt.Rate <= 0 || lt.Duration <= 0 {
		return nil, fmt.Errorf("load test: rate and duration must be positive")
	}
	j, err := funded(ctx, &Journey{S: lt.S, Out: lt.Out, Timeout: lt.Timeout, Replicas: 2})
	if err != nil {
		return nil, err
	}
	c := j.c
	res := &Result{Budget: Budget}
	done := j.step("client submits the model with two replicas: two providers serve it at once, behind one endpoint and key")
	if err := j.submitModel(ctx, res, Budget, 2); err != nil {
		return nil, err
	}
	done("job %d (escrow job %d)", res.JobID, res.ChainJobID)
	done = j.step("the controller awards the best bid and adds the next as a replica round on chain; both agents start the model")
	job, err := j.follow(ctx, res, func(jb apiv1.Job) bool { return jb.State == apiv1.JobStateRunning && runningReplicas(jb) >= 1 })
	if err != nil {
		return nil, err
	}
	primary := common.HexToAddress(deref(job.Provider))
	done("serving on %s (round %d) and its replica %s", primary.Hex(), deref(job.Round), replicaProviders(job))
	kr, err := c.RevealDeploymentKeyWithResponse(ctx, res.JobID)
	if err != nil || kr.JSON200 == nil {
		return nil, fmt.Errorf("reveal the deployment key: %v", err)
	}
	key := kr.JSON200.Key

	victim, err := agentOf(lt.S, primary)
	if err != nil {
		return nil, err
	}
	done = j.step("%d requests per second for %s through the gateway; at half time provider %s dies (agent stopped, container killed)", lt.Rate, lt.Duration, short(primary))
	out := lt.load(ctx, key, victim)
	out.Killed = primary
	done("%d requests (%.0f/s), %d failed; from the kill on: %d requests, %d failed, p99 %s; slowest %s",
		out.Requests, out.AchievedRate, out.Failed, out.AfterKill, out.FailedAfterKill, out.P99AfterKill.Round(time.Millisecond), out.Max.Round(time.Millisecond))

	done = j.step("the controller takes the dead round out on chain; the replica serves on")
	if _, err := j.follow(ctx, res, func(apiv1.Job) bool { return j.hasKind(res, "provider_failed") }); err != nil {
		return nil, err
	}
	done("failed over on chain: no stake moved, the dead provider keeps its claim to the time it served")
	return out, nil
}

// load sends lt.Rate requests a second for lt.Duration, killing victim at half time.
func (lt *LoadTest) load(ctx context.Context, key string, victim *devstack.Provider) *LoadResult {
	out := &LoadResult{}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 512, MaxConnsPerHost: 0, IdleConnTimeout: time.Minute}}
	body := []byte(fmt.Sprintf(`{"model":%q,"prompt":"The cat","max_tokens":4,"temperature":0}`, devstack.ModelRepo))
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	interval := time.Second / time.Duration(lt.Rate)
	started := time.Now()
	end := started.Add(lt.Duration)
	killAt := started.Add(lt.Duration / 2)
	killed := false
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for now := time.Now(); now.Before(end) && ctx.Err() == nil; now = <-tick.C {
		if !killed && !now.Before(killAt) {
			killed = true
			wg.Add(1)
			go func() { // the kill must not stall the load's clock
				defer wg.Done()
				mu.Lock()
				out.killedAt = time.Now()
				mu.Unlock()
				victim.Kill()
			}()
		}
		wg.Add(1)
		go func(sent time.Time) {
			defer wg.Done()
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, lt.S.APIURL+"/v1/completions", bytes.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+key)
			req.Header.Set("Content-Type", "application/json")
			rsp, err := hc.Do(req)
			code := 0
			if err == nil {
				code = rsp.StatusCode
				_, _ = io.Copy(io.Discard, rsp.Body)
				rsp.Body.Close()
			}
			took := time.Since(sent)
			mu.Lock()
			defer mu.Unlock()
			out.Requests++
			after := !out.killedAt.IsZero() && sent.After(out.killedAt)
			if after {
				out.AfterKill++
				out.afterKilled = append(out.afterKilled, took)
			}
			out.latencies = append(out.latencies, took)
			if err != nil || code != http.StatusOK {
				out.Failed++
				if after {
					out.FailedAfterKill++
				}
				if len(out.Errors) < 10 {
					out.Errors = append(out.Errors, fmt.Sprintf("HTTP %d %v", code, err))
				}
			}
		}(now)
	}
	wg.Wait()
	out.AchievedRate = float64(out.Requests) / lt.Duration.Seconds()
	out.P50, out.P99, out.Max = percentile(out.latencies, 50), percentile(out.latencies, 99), percentile(out.latencies, 100)
	out.P99AfterKill = percentile(out.afterKilled, 99)
	return out
}

// percentile is the p-th percentile of ds (nearest rank); 100 is the maximum.
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (p*len(s)+99)/100 - 1
	return s[min(max(i, 0), len(s)-1)]
}

func runningReplicas(j apiv1.Job) int {
	n := 0
	if j.Replicas != nil {
		for _, r := range *j.Replicas {
			if r.State == apiv1.ReplicaStateRunning {
				n++
			}
		}
	}
	return n
}

func replicaProviders(j apiv1.Job) string {
	var out []string
	if j.Replicas != nil {
		for _, r := range *j.Replicas {
			if r.State != apiv1.ReplicaStateEnded {
				out = append(out, fmt.Sprintf("%s (round %d)", r.Provider, r.Round))
			}
		}
	}
	return fmt.Sprint(out)
}

// funded signs the client of j's stack in and has it deposit, for a run of j's steps from now.
func funded(ctx context.Context, j *Journey) (*Journey, error) {
	if j.Timeout == 0 {
		j.Timeout = 90 * time.Second
	}
	j.started = time.Now()
	c, err := apiclient.Dial(ctx, j.S.APIURL, j.S.Accounts.Client)
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	j.c = c
	if err := j.deposit(ctx); err != nil {
		return nil, err
	}
	return j, nil
}

// agentOf is the stack's agent of provider p.
func agentOf(s *devstack.Stack, p common.Address) (*devstack.Provider, error) {
	for _, a := range s.Agents {
		if devstack.Addr(s.Accounts.Providers[a.Index-1]) == p {
			return a, nil
		}
	}
	return nil, fmt.Errorf("the provider %s is not one of the stack's", p.Hex())
}
