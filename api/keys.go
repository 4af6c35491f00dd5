package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/market"
)

// Every job gets a deployment key when its container first runs (issued in the same transaction
// as the running state, revealed once to the client: RevealDeploymentKey); the client creates more
// with POST /v1/jobs/{id}/keys and revokes any of them.

// mountGateway builds the model gateway over this instance's database and balance cache, with its
// metrics in reg, and mounts it on gateway.Routes. Its bearer keys (gk_...) are not sessions: authenticate lets them through.
func (s *Server) mountGateway(e *gin.Engine, reg prometheus.Registerer) {
	gw, err := gateway.New(gateway.Config{
		Keys: gateway.NewKeys(s.db), MinBalance: s.cfg.MinBalance, Log: s.log, Registry: reg, Now: s.now,
		Sign: s.passSigner(), AllowPrivate: chain.IsDevChain(s.chainID.Uint64()), FailoverHold: s.cfg.GatewayHold,
		Balance: func(ctx context.Context, client common.Address) (*big.Int, error) {
			bal, err := s.finalizedBalances(ctx, client)
			if err != nil {
				return nil, err
			}
			total := new(big.Int).Add(orZero(bal["escrow_free"]), orZero(bal["escrow_locked"]))
			if total.Cmp(s.cfg.MinBalance) < 0 {
				s.balances.drop(client) // the next try, after a deposit, reads afresh
			}
			return total, nil
		},
	})
	if err != nil {
		panic(err) // the config above is always complete
	}
	s.gw = gw
	h := gin.WrapH(gw)
	for _, r := range gateway.Routes {
		if base, ok := strings.CutSuffix(r, "/*"); ok {
			r = base + "/*rest"
		}
		e.Any(r, h)
	}
}

// passSigner signs gateway passes with this instance's controller key; an instance without one
// cannot forward (providers take no request without a pass), so it gets none.
func (s *Server) passSigner() func(chain.GatewayPass) ([]byte, error) {
	key := s.cfg.ControllerKey
	if key == nil {
		return nil
	}
	return func(p chain.GatewayPass) ([]byte, error) { return chain.Sign(s.domain.Digest(p.StructHash()), key) }
}

// clientJob loads a job the caller is the client of, for managing its keys.
func (s *Server) clientJob(c *gin.Context, id int64) (*market.Job, common.Address, error) {
	addr, err := caller(c)
	if err != nil {
		return nil, addr, err
	}
	j, err := s.job(c.Request.Context(), s.db, id, false)
	if err != nil {
		return nil, addr, err
	}
	if common.BytesToAddress(j.Client) != addr {
		return nil, addr, notFound("no job %d among yours", id)
	}
	return j, addr, nil
}

func keyView(k gateway.Key) apiv1.ApiKey {
	v := apiv1.ApiKey{Id: k.ID, Prefix: k.Prefix, CreatedAt: k.CreatedAt.UTC(), Requests: k.Requests,
		PromptTokens: k.PromptTokens, CompletionTokens: k.CompletionTokens}
	if k.RevokedAt != nil {
		t := k.RevokedAt.UTC()
		v.RevokedAt = &t
	}
	if k.LastUsedAt != nil {
		t := k.LastUsedAt.UTC()
		v.LastUsedAt = &t
	}
	if k.Deployment {
		v.Deployment = &k.Deployment
	}
	if k.RevealedAt != nil {
		t := k.RevealedAt.UTC()
		v.RevealedAt = &t
	}
	return v
}

// RevealDeploymentKey implements apiv1.ServerInterface: the deployment key's secret, once.
func (s *Server) RevealDeploymentKey(c *gin.Context, id apiv1.JobID) {
	j, _, err := s.clientJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	k, secret, err := gateway.NewKeys(s.db).Reveal(c.Request.Context(), id)
	switch {
	case errors.Is(err, gateway.ErrNoDeploymentKey):
		fail(c, conflict("job %d is %s: its deployment key is issued when its container first runs (watch the trail for deployment_key)", id, j.State))
	case errors.Is(err, gateway.ErrRevealed):
		fail(c, gone("the deployment key of job %d was already revealed (key %d), or not within %s of its issue; create another with POST /v1/jobs/%d/keys, and revoke key %d if it may have leaked",
			id, k.ID, gateway.RevealWindow, id, k.ID))
	case err != nil:
		fail(c, err)
	default:
		c.JSON(http.StatusOK, apiv1.ApiKeyCreated{Id: k.ID, Key: secret, Prefix: k.Prefix, CreatedAt: k.CreatedAt.UTC()})
	}
}

// CreateJobKey implements apiv1.ServerInterface.
func (s *Server) CreateJobKey(c *gin.Context, id apiv1.JobID) {
	j, addr, err := s.clientJob(c, id)
	if err != nil {
		fail(c, err)
		return
	}
	if j.State != market.StateAwarded && j.State != market.StateDeploying && j.State != market.StateRunning {
		fail(c, conflict("job %d is %s; keys are issued for awarded, deploying or running jobs", id, j.State))
		return
	}
	k, secret, err := gateway.NewKeys(s.db).Create(c.Request.Context(), id, addr)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, apiv1.ApiKeyCreated{Id: k.ID, Key: secret, Prefix: k.Prefix, CreatedAt: k.CreatedAt.UTC()})
}

// ListJobKeys implements apiv1.ServerInterface.
func (s *Server) ListJobKeys(c *gin.Context, id apiv1.JobID) {
	if _, _, err := s.clientJob(c, id); err != nil {
		fail(c, err)
		return
	}
	// This instance's last counts first (other instances write theirs within 100 ms).
	if err := s.gw.Flush(c.Request.Context()); err != nil {
		s.log.Warn("gateway meter flush failed", "err", err)
	}
	keys, err := gateway.NewKeys(s.db).List(c.Request.Context(), id)
	if err != nil {
		fail(c, err)
		return
	}
	out := make([]apiv1.ApiKey, len(keys))
	for i, k := range keys {
		out[i] = keyView(k)
	}
	c.JSON(http.StatusOK, gin.H{"keys": out})
}

// RevokeJobKey implements apiv1.ServerInterface.
func (s *Server) RevokeJobKey(c *gin.Context, id apiv1.JobID, keyID int64) {
	if _, _, err := s.clientJob(c, id); err != nil {
		fail(c, err)
		return
	}
	k, err := gateway.NewKeys(s.db).Revoke(c.Request.Context(), id, keyID)
	if errors.Is(err, gateway.ErrNoKey) {
		fail(c, notFound("job %d has no key %d", id, keyID))
		return
	}
	if err != nil {
		fail(c, fmt.Errorf("revoke: %w", err))
		return
	}
	s.gw.Forget() // other instances refuse it once their short cache expires
	c.JSON(http.StatusOK, keyView(k))
}
