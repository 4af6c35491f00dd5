package agent

import (
	"context"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
)

// keepEvidence keeps the latest heartbeat acknowledgement a staked controller signed for this
// provider: the evidence that voids a fault report claiming an earlier silence.
func (a *Agent) keepEvidence(e *apiv1.SignedHeartbeatAck) {
	if e == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.evidence == nil || e.Timestamp > a.evidence.Timestamp {
		a.evidence = e
	}
}

// challenges watches the fault reports filed against this provider and voids each one whose
// claimed silence began before the latest heartbeat a controller acknowledged: the controllers
// relay the evidence to FaultDisputes (a provider needs no gas or RPC for it).
func (a *Agent) challenges(ctx context.Context) {
	every(ctx, a.cfg.Heartbeat, a.challenge)
}

func (a *Agent) challenge(ctx context.Context) {
	me := crypto.PubkeyToAddress(a.cfg.key.PublicKey).Hex()
	pending := apiv1.ListDisputesParamsStatePending
	r, err := a.api.ListDisputesWithResponse(ctx, &apiv1.ListDisputesParams{Provider: &me, State: &pending})
	if err != nil || r.JSON200 == nil {
		return
	}
	a.mu.Lock()
	ev := a.evidence
	a.mu.Unlock()
	for _, d := range r.JSON200.Disputes {
		if !strings.EqualFold(d.Provider, me) || a.challenged[d.Id] {
			continue
		}
		if ev == nil || ev.Timestamp <= d.SilentSince {
			a.log.Warn("a fault report against this provider stands: no controller acknowledged a heartbeat after the claimed silence",
				"dispute", d.Id, "job", d.JobId, "silent_since", d.SilentSince)
			a.challenged[d.Id] = true
			continue
		}
		res, err := a.api.ChallengeDisputeWithResponse(ctx, d.Id, apiv1.ChallengeRequest{Provider: me, Timestamp: ev.Timestamp, Signature: ev.Signature})
		if err != nil {
			a.log.Warn("challenge failed; retrying", "dispute", d.Id, "err", err)
			continue
		}
		if res.JSON200 == nil {
			a.log.Warn("challenge refused", "dispute", d.Id, "status", res.StatusCode(), "body", string(res.Body))
			if res.StatusCode() < 500 {
				a.challenged[d.Id] = true
			}
			continue
		}
		a.challenged[d.Id] = true
		a.log.Info("fault report voided with a controller's heartbeat acknowledgement", "dispute", d.Id, "job", d.JobId,
			"ack", ev.Timestamp, "silent_since", d.SilentSince, "tx", res.JSON200.Tx)
	}
}
