package agent

import (
	"strings"

	"github.com/gintonic/gintonic/api/apiv1"
)

// held is the round of a job this provider holds. The escrow keys every round by (job, round,
// provider) and lets a provider hold at most one live round per job: either the job's current
// round (the job's provider and round) or a replica round, opened by addReplica beside the
// current one and numbered after the job's round at the time, which getJob does not describe.
type held struct {
	Round   uint64
	Replica bool // a replica round: the escrow's getJob describes another provider's round
	Live    bool // the round is to run now; otherwise it is kept as it is until the job ends
}

// heldRound says which round of j the provider me (0x-hex, any case) holds; false when none (a
// job of another provider, or a replica of me that ended or is no longer listed).
//
// The current round wins when the job is active and me is its provider; otherwise the newest
// replica entry of me that has not ended. A current round of a job that is neither active nor
// over (failing over, say) stays held but not live, so that nothing is deployed or stopped for
// it until the API says more.
func heldRound(j apiv1.Job, me string) (held, bool) {
	current := j.Provider != nil && strings.EqualFold(*j.Provider, me)
	round := uint64(1)
	if j.Round != nil && *j.Round > 0 {
		round = uint64(*j.Round)
	}
	if current && active(j.State) {
		return held{Round: round, Live: true}, true
	}
	if r := liveReplica(j, me); r != nil {
		return held{Round: uint64(r.Round), Replica: true, Live: replicaActive(r.State) && !ended(j.State)}, true
	}
	if current {
		return held{Round: round}, true
	}
	return held{}, false
}

// liveReplica is j's newest replica entry of provider me that has not ended, or nil.
func liveReplica(j apiv1.Job, me string) *apiv1.Replica {
	if j.Replicas == nil {
		return nil
	}
	for i, r := range *j.Replicas { // newest first
		if strings.EqualFold(r.Provider, me) && r.State != apiv1.ReplicaStateEnded && r.Round > 0 {
			return &(*j.Replicas)[i]
		}
	}
	return nil
}

func replicaActive(s apiv1.ReplicaState) bool {
	return s == apiv1.ReplicaStateAwarded || s == apiv1.ReplicaStateDeploying || s == apiv1.ReplicaStateRunning
}
