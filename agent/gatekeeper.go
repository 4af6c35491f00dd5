package agent

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// Controllers tells whether an address is a staked controller of the escrow (chain.Contracts
// does, over the agent's RPC URL).
type Controllers interface {
	IsController(ctx context.Context, account common.Address) (bool, error)
}

// gatekeeper checks the gateway pass on every request to the provider's endpoint: signed by a
// staked controller for this provider, this job and the round of it this provider runs (the job's
// current round, or the replica round it serves: a pass names (job, round, provider) like the
// escrow's round key), this method and URI, not expired, not valid for long, and never seen before.
type gatekeeper struct {
	domain      chain.Domain
	self        common.Address
	controllers Controllers
	now         func() time.Time
	// lookups bounds the chain reads for signers not in the cache: a flood of passes signed by
	// fresh keys costs the RPC node a few calls a second, not one per request.
	lookups *rate.Limiter

	mu    sync.Mutex
	known map[common.Address]knownSigner
	seen  map[common.Hash]uint64 // nonce → expiry, until it has passed
	// pruned is when seen last lost its expired nonces (at most once a second).
	pruned time.Time
}

type knownSigner struct {
	controller bool
	until      time.Time
}

// How long the escrow's answer about a signer is kept: a controller that loses its role or stake
// is refused at most controllerTTL later.
const (
	controllerTTL    = 2 * time.Minute
	notControllerTTL = 30 * time.Second
	passClockSkew    = 5 * time.Second
)

func newGatekeeper(domain chain.Domain, self common.Address, c Controllers) *gatekeeper {
	return &gatekeeper{domain: domain, self: self, controllers: c, now: time.Now,
		lookups: rate.NewLimiter(5, 10), known: map[common.Address]knownSigner{}, seen: map[common.Hash]uint64{}}
}

// refusal is why a request was refused: reason labels the metric, status and message go to the caller.
type refusal struct {
	reason string
	status int
	msg    string
}

func (r *refusal) Error() string { return r.msg }

func refuse(reason, format string, a ...any) *refusal {
	return &refusal{reason: reason, status: http.StatusUnauthorized, msg: fmt.Sprintf(format, a...)}
}

// check authenticates r, whose apiv1.JobHeader names job, against round, the round of that job
// this agent runs (0 when it runs none). It returns the job id the pass is for.
func (g *gatekeeper) check(ctx context.Context, r *http.Request, roundOf func(job uint64) uint64) (uint64, *refusal) {
	v := r.Header.Get(chain.PassHeader)
	if v == "" {
		return 0, refuse("missing", "missing %s: this endpoint serves only the marketplace gateway's requests", chain.PassHeader)
	}
	p, sig, err := chain.ParsePass(v, r.Method, r.URL.RequestURI())
	if err != nil {
		return 0, refuse("malformed", "%v", err)
	}
	if h := r.Header.Get(apiv1.JobHeader); h != "" && h != strconv.FormatUint(p.JobID, 10) {
		return 0, refuse("malformed", "%s %s names another job than the pass (%d)", apiv1.JobHeader, strconv.Quote(h), p.JobID)
	}
	if p.Provider != g.self {
		return 0, refuse("wrong_provider", "the pass is for provider %s, this is %s", p.Provider.Hex(), g.self.Hex())
	}
	now := g.now()
	if exp := time.Unix(int64(p.ExpiresAt), 0); now.After(exp.Add(passClockSkew)) {
		return 0, refuse("expired", "the pass expired at %s", exp.UTC().Format(time.RFC3339))
	} else if exp.Sub(now) > chain.MaxPassTTL {
		return 0, refuse("too_long", "the pass is valid until %s, longer than the %s this provider accepts", exp.UTC().Format(time.RFC3339), chain.MaxPassTTL)
	}
	signer, err := chain.Recover(g.domain.Digest(p.StructHash()), sig)
	if err != nil {
		return 0, refuse("bad_signature", "pass signature: %v", err)
	}
	ok, err := g.isController(ctx, signer)
	if err != nil {
		return 0, &refusal{reason: "unverifiable", status: http.StatusServiceUnavailable, msg: "cannot check the pass's signer right now: " + err.Error()}
	}
	if !ok {
		// A pass for another request recovers to some unrelated address: it lands here too.
		return 0, refuse("not_controller", "the pass is not signed by a staked controller of escrow %s for this request", g.domain.Contract.Hex())
	}
	if cur := roundOf(p.JobID); cur != p.Round {
		if cur == 0 {
			return 0, &refusal{reason: "not_running", status: http.StatusServiceUnavailable, msg: fmt.Sprintf("job %d has no running deployment on this provider", p.JobID)}
		}
		return 0, refuse("wrong_round", "the pass is for round %d of job %d, this provider serves round %d", p.Round, p.JobID, cur)
	}
	if !g.remember(p.Nonce, p.ExpiresAt, now) {
		return 0, refuse("replayed", "the pass was used before")
	}
	return p.JobID, nil
}

// remember records a nonce until its pass expires; false when it was there already.
func (g *gatekeeper) remember(nonce common.Hash, exp uint64, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, dup := g.seen[nonce]; dup {
		return false
	}
	if now.After(g.pruned.Add(time.Second)) {
		cut := uint64(now.Add(-passClockSkew).Unix())
		for n, e := range g.seen {
			if e < cut {
				delete(g.seen, n)
			}
		}
		g.pruned = now
	}
	g.seen[nonce] = exp
	return true
}

var errLookupLimit = errors.New("too many unknown signers at once; retry in a second")

func (g *gatekeeper) isController(ctx context.Context, a common.Address) (bool, error) {
	now := g.now()
	g.mu.Lock()
	k, ok := g.known[a]
	g.mu.Unlock()
	if ok && now.Before(k.until) {
		return k.controller, nil
	}
	if !g.lookups.Allow() {
		return false, errLookupLimit
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	is, err := g.controllers.IsController(cctx, a)
	if err != nil {
		return false, fmt.Errorf("read isController(%s) from the escrow: %w", a.Hex(), err)
	}
	ttl := notControllerTTL
	if is {
		ttl = controllerTTL
	}
	g.mu.Lock()
	if len(g.known) >= 4096 {
		clear(g.known)
	}
	g.known[a] = knownSigner{controller: is, until: now.Add(ttl)}
	g.mu.Unlock()
	return is, nil
}
