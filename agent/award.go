package agent

import (
	"context"
	"fmt"
	"time"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/bindings/escrow"
)

// Escrow is what the agent reads from the chain itself rather than taking the controller's word:
// who signs gateway passes, and what a job's award really is (*chain.Contracts over -rpc).
type Escrow interface {
	Controllers
	Job(ctx context.Context, jobID uint64) (escrow.AuctionEscrowJob, error)
}

// escrowRunning is AuctionEscrow.JobState.Running.
const escrowRunning = 2

// checkAward reads the job from the escrow before anything is deployed for it: the API (or a
// compromised controller) cannot have the machine run a job that was never awarded to this
// provider in this round — free GPU time, since the escrow would never pay — nor on more GPUs
// than the escrow pays for (offchain audit F16).
func (a *Agent) checkAward(ctx context.Context, j apiv1.Job, job runtime.Job) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
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
