package agent

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
)

// Escrow is what the agent reads from the chain itself rather than taking the controller's word:
// who signs gateway passes, and what a job's award really is (*chain.Contracts over -rpc).
type Escrow interface {
	Controllers
	Job(ctx context.Context, jobID uint64) (escrow.AuctionEscrowJob, error)
	// Round reads any round of a job, the replica rounds getJob does not describe included.
	Round(ctx context.Context, jobID uint64, round uint8, provider common.Address) (chain.Round, error)
}

// escrowRunning is AuctionEscrow.JobState.Running.
const escrowRunning = 2

// checkAward reads the job from the escrow before anything is deployed for it: the API (or a
// compromised controller) cannot have the machine run a job that was never awarded to this
// provider in this round — free GPU time, since the escrow would never pay — nor on more GPUs
// than the escrow pays for (offchain audit F16). A replica round (replica) is read as the round
// (job, round, this provider) itself, since getJob describes the current round only.
func (a *Agent) checkAward(ctx context.Context, j apiv1.Job, job runtime.Job, replica bool) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if replica {
		return a.checkReplica(ctx, j, job)
	}
	on, err := a.escrow.Job(ctx, job.ID)
	if err != nil {
		return fmt.Errorf("read escrow job %d: %w", job.ID, err)
	}
	switch {
	case on.State != escrowRunning:
		return fmt.Errorf("escrow job %d is not running (state %d)", job.ID, on.State)
	case on.Provider != a.provider:
		return fmt.Errorf("escrow job %d is awarded to %s, not to %s", job.ID, on.Provider.Hex(), a.provider.Hex())
	case uint64(on.Round) != job.Round:
		return fmt.Errorf("escrow job %d is in round %d, the API says %d", job.ID, on.Round, job.Round)
	case j.Gpu.Count != int(on.GpuCount):
		return fmt.Errorf("escrow job %d pays for %d GPUs, the API asks for %d", job.ID, on.GpuCount, j.Gpu.Count)
	}
	return nil
}

// checkReplica requires the escrow to hold a running round (job, round, this provider) paying for
// the job's GPUs: a replica the controller ended, or one opened for another provider, is refused.
func (a *Agent) checkReplica(ctx context.Context, j apiv1.Job, job runtime.Job) error {
	if job.Round < 1 || job.Round > math.MaxUint8 {
		return fmt.Errorf("escrow job %d has no round %d: the escrow numbers rounds 1 to 255", job.ID, job.Round)
	}
	r, err := a.escrow.Round(ctx, job.ID, uint8(job.Round), a.provider)
	if err != nil {
		return fmt.Errorf("read replica round %d of escrow job %d: %w", job.Round, job.ID, err)
	}
	switch {
	case r.State != chain.RoundRunning:
		return fmt.Errorf("escrow job %d has no running replica round %d of %s (round state %d)", job.ID, job.Round, a.provider.Hex(), r.State)
	case j.Gpu.Count < 0 || r.GPUs != uint64(j.Gpu.Count):
		return fmt.Errorf("escrow job %d's replica round %d pays for %d GPUs, the API asks for %d", job.ID, job.Round, r.GPUs, j.Gpu.Count)
	}
	return nil
}
