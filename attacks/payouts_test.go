package attacks

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/devstack"
)

// TestPayoutAttacks runs the attacks on payouts that worked at 61b54d6 against one stack: a
// client whose escrow job's terms differ from the job the API showed providers, and usage reports
// that carry an entry the escrow cannot pay, absurd served counts, or arrive twice (a lost
// answer) — each of which used to refuse the whole report, and with it the provider's payments.
func TestPayoutAttacks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	m := start(t, ctx)

	t.Run("an escrow job with other terms than the API's job is refused and never awarded", func(t *testing.T) {
		m.t = t
		pr, err := m.c.ListProvidersWithResponse(ctx, nil)
		if err != nil || pr.JSON200 == nil || len(pr.JSON200.Providers) == 0 {
			t.Fatalf("list providers: %v", err)
		}
		gpu := pr.JSON200.Providers[0].Gpus[0]
		sub, err := m.c.SubmitJobWithResponse(ctx, apiv1.JobRequest{Image: ptr(m.s.Opts.Image), Kind: apiv1.Service,
			Gpu:                  apiv1.GPUSpec{Model: gpu.Model, MemoryMiB: gpu.MemoryMiB, Count: 1},
			MaxPricePerGpuSecond: new(big.Int).Div(chain.GIN, big.NewInt(100)).String(),
			Budget:               chain.Tokens(100).String(), DurationSeconds: 3600})
		if err != nil || sub.JSON201 == nil {
			t.Fatalf("submit: %v %s", err, sub.Body)
		}
		// createJob(specHash, maxPrice, gpuCount, budget, deadline, minStake) with a budget of
		// 1 wei: providers would run the job for nothing.
		data := hexutil.MustDecode(sub.JSON201.CreateJobTx.Data)
		big.NewInt(1).FillBytes(data[4+32*3 : 4+32*4])
		tx := m.send(ctx, hexutil.Encode(data))
		at, err := m.c.AttachJobTxWithResponse(ctx, sub.JSON201.Job.Id, apiv1.TxHash{TxHash: tx.Hex()})
		if err != nil || at.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(at.Body), "terms-mismatch") {
			t.Fatalf("attach an escrow job with a 1-wei budget: %v %s, want 422 terms-mismatch", err, at.Body)
		}
		time.Sleep(5 * time.Second) // the controllers' chain followers see the escrow job meanwhile
		if j := m.job(ctx, sub.JSON201.Job.Id); j.State != apiv1.JobStateSubmitted || j.ChainJobId != nil {
			t.Fatalf("job %s, linked to escrow job %v: the mismatched escrow job was taken for it", j.State, j.ChainJobId)
		}
	})

	t.Run("a report with an unpayable entry, absurd served counts, sent twice, still pays", func(t *testing.T) {
		m.t = t
		job := m.submit(ctx, m.s.Opts.Image)
		m.waitFor(ctx, 2*time.Minute, "the job to run", func() bool { return m.job(ctx, job.Id).State == apiv1.JobStateRunning })
		provider := common.HexToAddress(deref(m.job(ctx, job.Id).Provider))
		on, err := m.k.Job(ctx, uint64(*job.ChainJobId))
		if err != nil {
			t.Fatal(err)
		}
		// Half the GPU-seconds since the award: most likely above what the agent reported so far
		// (it started the container later), and never more than the escrow pays.
		half := uint64(max(time.Now().Unix()-int64(on.StartedAt.Uint64()), 2)) / 2
		var p *apiclient.Client
		var usage chain.UsageReport
		var sig []byte
		for _, k := range m.s.Accounts.Providers {
			if devstack.Addr(k) != provider {
				continue
			}
			var err error
			if p, err = apiclient.Dial(ctx, m.s.APIURL, k); err != nil {
				t.Fatalf("provider signs in: %v", err)
			}
			// Beside the job's own round: a round of a job nobody awarded it, which the escrow
			// cannot pay. (Should the agent have reported more of the real job already, that entry
			// is refused as not increasing, and the report with it, each entry's verdict named.)
			usage = chain.UsageReport{Provider: provider, Usages: []chain.Usage{
				{JobID: uint64(*job.ChainJobId) + 1000, Round: 1, CumulativeGpuSeconds: 5},
				{JobID: uint64(*job.ChainJobId), Round: 1, CumulativeGpuSeconds: half},
			}}
			if sig, err = m.k.SignUsageReport(usage, k); err != nil {
				t.Fatal(err)
			}
		}
		if p == nil {
			t.Fatalf("no key for provider %s", provider.Hex())
		}
		req := apiv1.AttestationRequest{Signature: hexutil.Encode(sig), Served: &[]apiv1.ServedUsage{
			{JobId: *job.ChainJobId, Round: 1, Requests: -1, PromptTokens: -1, CompletionTokens: 3}}} // 2^64-1 as int64
		for _, u := range usage.Usages {
			req.Usages = append(req.Usages, apiv1.UsageEntry{JobId: int64(u.JobID), Round: int(u.Round), CumulativeGpuSeconds: int64(u.CumulativeGpuSeconds)})
		}
		// Sent twice, as after a lost answer: the second gets the first's receipt.
		var first int64
		for try := range 2 {
			r, err := p.SubmitAttestationWithResponse(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if r.StatusCode() == http.StatusUnprocessableEntity && strings.Contains(string(r.Body), "not_increasing") && strings.Contains(string(r.Body), "not_awarded") {
				// Both entries unpayable (the agent had reported more): refused, with each entry's
				// verdict named, and nothing stored.
				t.Logf("send %d: %s", try+1, r.Body)
				continue
			}
			if r.JSON202 == nil {
				t.Fatalf("send %d: HTTP %d %s, want the report taken", try+1, r.StatusCode(), r.Body)
			}
			if try == 0 {
				first = r.JSON202.Id
			} else if r.JSON202.Id != first {
				t.Fatalf("the same report again is report %d, want %d", r.JSON202.Id, first)
			}
			if in := deref(r.JSON202.Usages[0].Intake); in != "refused:not_awarded" {
				t.Fatalf("the foreign round's verdict %q, want refused:not_awarded", in)
			}
			if in := deref(r.JSON202.Usages[1].Intake); strings.HasPrefix(in, "refused:") {
				t.Fatalf("the job's own round's verdict %q, want it taken", in)
			}
		}
		// The agent goes on being paid for the job, past what this report claimed.
		m.waitFor(ctx, time.Minute, "the agent's usage to settle past the report", func() bool {
			on, err := m.k.Job(ctx, uint64(*job.ChainJobId))
			return err == nil && on.SettledGpuSeconds.Uint64() > half
		})
		on, err = m.k.Job(ctx, uint64(*job.ChainJobId))
		if err != nil {
			t.Fatal(err)
		}
		settled := on.SettledGpuSeconds.Uint64()
		m.waitFor(ctx, time.Minute, "the agent's next usage to settle", func() bool {
			on, err := m.k.Job(ctx, uint64(*job.ChainJobId))
			return err == nil && on.SettledGpuSeconds.Uint64() > settled
		})
	})
}
