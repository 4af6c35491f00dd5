package api

import (
	"context"
	"errors"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/netguard"
)

// devEndpoints reports whether provider endpoints may be plain http on private addresses: on a
// development chain, unless the instance is configured strict.
func (s *Server) devEndpoints() bool {
	return chain.IsDevChain(s.chainID.Uint64()) && !s.cfg.StrictEndpoints
}

// checkEndpoint adds to f why endpoint cannot be a provider's: not https (outside development),
// user information, a query or fragment, or a host that resolves to an address the gateway
// must not reach (loopback, private, link-local, CGNAT, metadata, multicast). The gateway
// checks the address again when it dials, so a name that later resolves elsewhere gains nothing.
func (s *Server) checkEndpoint(ctx context.Context, f *fields, endpoint string) {
	err := netguard.CheckURL(ctx, endpoint, s.devEndpoints())
	switch {
	case err == nil:
	case errors.Is(err, netguard.ErrForbidden):
		f.add("endpoint", "%q: the gateway does not connect there: %v", market.Truncate(endpoint, 80), err)
	default:
		f.add("endpoint", "%q: %v", market.Truncate(endpoint, 80), err)
	}
}

// busyStates are the states in which a job's provider serves it: its endpoint is frozen then.
const busyStates = `('awarded', 'deploying', 'running')`

// endpointFrozen is the 409 for a provider that tried to move its endpoint while serving a job.
func endpointFrozen(id int64) error {
	return conflict("the endpoint cannot change while you serve job %d (awarded or running): the gateway sends its client's traffic "+
		"to the endpoint checked when you registered; register the new endpoint once the job has ended (PUT /v1/providers/me checks it again)", id)
}
