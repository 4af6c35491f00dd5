package agent

import (
	"context"
	"strings"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// maxEvidence bounds the acknowledgements kept: at one per second, the last hour and more.
const maxEvidence = 4096

// keepEvidence keeps the heartbeat acknowledgements staked controllers signed for this provider:
// the evidence that voids a fault report claiming a silence during which it was in fact answering.
// One per second is enough (a report's times are in seconds).
func (a *Agent) keepEvidence(e *apiv1.SignedHeartbeatAck) {
	if e == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if n := len(a.evidence); n > 0 && a.evidence[n-1].Timestamp >= e.Timestamp {
		return
	}
	a.evidence = append(a.evidence, *e)
	if len(a.evidence) > maxEvidence {
		a.evidence = a.evidence[len(a.evidence)-maxEvidence:]
	}
}

// evidenceWithin returns the latest acknowledgement in (after, until], if this agent holds one.
func (a *Agent) evidenceWithin(after, until int64) (apiv1.SignedHeartbeatAck, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for i := len(a.evidence) - 1; i >= 0; i-- {
		if e := a.evidence[i]; e.Timestamp > after && e.Timestamp <= until {
			return e, true
		}
	}
	return apiv1.SignedHeartbeatAck{}, false
}

// challenges voids the fault reports filed against this provider whose claimed silence this agent
// can show it broke: a controller acknowledged one of its heartbeats within the claimed silence.
// The controllers relay the evidence to FaultDisputes (a provider needs no gas or RPC for it). It
// looks when a heartbeat answer says reports are pending, and once a minute in any case.
func (a *Agent) challenges(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		a.challenge(ctx)
		select {
		case <-ctx.Done():
			return
		case <-a.disputed:
		case <-t.C:
		}
	}
}

// challengeSoon wakes the challenges loop.
func (a *Agent) challengeSoon() {
	select {
	case a.disputed <- struct{}{}:
	default:
	}
}

func (a *Agent) challenge(ctx context.Context) {
	me := a.provider.Hex()
	pending := apiv1.ListDisputesParamsStatePending
	r, err := a.api.ListDisputesWithResponse(ctx, &apiv1.ListDisputesParams{Provider: &me, State: &pending})
	if err != nil || r.JSON200 == nil {
		return
	}
	for _, d := range r.JSON200.Disputes {
		if !strings.EqualFold(d.Provider, me) || a.challenged[d.Id] {
			continue
		}
		ev, ok := a.evidenceWithin(d.SilentSince, d.ObservedAt)
		if !ok {
			a.log.Warn("a fault report against this provider stands: no controller acknowledged a heartbeat within the claimed silence",
				"dispute", d.Id, "job", d.JobId, "silent_since", d.SilentSince, "observed_at", d.ObservedAt)
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
