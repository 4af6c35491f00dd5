package controller

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/netguard"
)

// Confirming what the gateway saw: a provider whose agent died stops answering at once, but its
// last heartbeat stays fresh for up to HeartbeatTimeout (20 s by default), and the job's clients
// would wait that long. When the gateway marks a job's provider unreachable (unreachable_since)
// and the mark stands for ConfirmUnreachable, this controller probes the provider's endpoint
// itself; when those probes fail too, the job fails over at once. The gateway alone cannot cause
// it (a client cannot make the gateway's requests fail), and a provider that answers the
// controller keeps its job: a failover moves no stake either way.

const (
	confirmProbes   = 2
	confirmTimeout  = time.Second
	confirmInterval = 300 * time.Millisecond
)

// unreachableConfirmed probes the providers the gateway marked unreachable for ConfirmUnreachable
// (and whose heartbeats have not timed out: those jobs are due anyway) and returns the jobs whose
// provider failed every probe, remembering why for the failover's reason.
func (n *Node) unreachableConfirmed(ctx context.Context) ([]int64, error) {
	if n.cfg.ConfirmUnreachable <= 0 {
		return nil, nil
	}
	now := n.now()
	var rows []struct {
		ID       int64
		Provider []byte
		Endpoint string
		TLSPin   *string
	}
	if err := n.db.WithContext(ctx).Raw(`SELECT j.id, j.provider, p.endpoint, p.tls_pin FROM market.jobs j JOIN market.providers p ON p.address = j.provider
		WHERE j.state IN (?, ?, ?) AND j.chain_job_id IS NOT NULL AND j.unreachable_since < ? AND p.last_heartbeat_at >= ?
			AND j.zero_since IS NULL AND j.waking_since IS NULL
		ORDER BY j.unreachable_since LIMIT 32`,
		market.StateAwarded, market.StateDeploying, market.StateRunning, now.Add(-n.cfg.ConfirmUnreachable), now.Add(-n.cfg.HeartbeatTimeout)).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read jobs the gateway cannot reach: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	n.probeOnce.Do(func() { n.probes = netguard.NewProviderTransport(chain.IsDevChain(n.chainID.Uint64())) })
	// Each endpoint once, several at a time: a dead provider with many jobs costs one probe, and
	// a tick waits for the slowest endpoint only (about confirmProbes seconds), not their sum.
	type probe struct {
		endpoint, pin string
		err           error
	}
	probes := map[string]*probe{}
	keys := make([]string, len(rows)) // the endpoint (and pin) of each row
	for i, r := range rows {
		pin := ""
		if r.TLSPin != nil {
			pin = *r.TLSPin
		}
		keys[i] = pin + " " + r.Endpoint
		probes[keys[i]] = &probe{endpoint: r.Endpoint, pin: pin}
	}
	sem := make(chan struct{}, probeConcurrency)
	var wg sync.WaitGroup
	for _, p := range probes {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			p.err = n.probeUntilAnswer(ctx, n.probes.For(p.pin), p.endpoint)
		})
	}
	wg.Wait()
	var ids []int64
	for i, r := range rows {
		err := probes[keys[i]].err
		if err == nil {
			continue // it answers this controller: the heartbeat timeout decides, as before
		}
		n.confirmed.Store(r.ID, fmt.Sprintf("the gateway cannot reach provider %s at %s, and neither can controller %s (%d probes: %v)",
			common.BytesToAddress(r.Provider).Hex(), r.Endpoint, n.cfg.ControllerID, confirmProbes, err))
		ids = append(ids, r.ID)
	}
	return ids, nil
}

// probeUntilAnswer GETs endpoint/healthz up to confirmProbes times; nil as soon as one answers 2xx.
func (n *Node) probeUntilAnswer(ctx context.Context, rt http.RoundTripper, endpoint string) error {
	var last error
	for i := range confirmProbes {
		if i > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(confirmInterval):
			}
		}
		pctx, cancel := context.WithTimeout(ctx, confirmTimeout)
		req, err := http.NewRequestWithContext(pctx, http.MethodGet, endpoint+"/healthz", nil)
		if err != nil {
			cancel()
			return err
		}
		rsp, err := rt.RoundTrip(req)
		cancel()
		if err == nil {
			rsp.Body.Close()
			if rsp.StatusCode < 300 {
				return nil
			}
			err = fmt.Errorf("HTTP %d", rsp.StatusCode)
		}
		last = err
	}
	return last
}
