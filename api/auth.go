package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/siwe"
)

// nonces is the SIWE nonce store in Postgres: Consume is a DELETE … RETURNING, so a nonce is used
// once even when two instances see the same login at the same moment.
type nonces struct {
	db  *gorm.DB
	now func() time.Time
}

func (n nonces) Issue(ctx context.Context, ttl time.Duration) (string, error) {
	nonce := siwe.NewNonce()
	now := n.now()
	// Expired nonces are swept by Server.sweep, not here: one request, one write.
	if err := n.db.WithContext(ctx).Exec(`INSERT INTO market.nonces (nonce, expires_at) VALUES ( ?, ?)`, nonce, now.Add(ttl)).Error; err != nil {
		return "", fmt.Errorf("store nonce: %w", err)
	}
	return nonce, nil
}

func (n nonces) Consume(ctx context.Context, nonce string) error {
	res := n.db.WithContext(ctx).Exec(`DELETE FROM market.nonces WHERE nonce = ? AND expires_at > ?`, nonce, n.now())
	if res.Error != nil {
		return fmt.Errorf("consume nonce: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("%w: nonce %q is unknown, expired or already used; ask POST /v1/auth/nonce for a new one", siwe.ErrNonceRejected, nonce)
	}
	return nil
}

// IssueNonce implements apiv1.ServerInterface.
func (s *Server) IssueNonce(c *gin.Context) {
	ctx := c.Request.Context()
	nonce, err := nonces{s.db, s.now}.Issue(ctx, s.cfg.NonceTTL)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, apiv1.SignInChallenge{
		Nonce: nonce, ExpiresAt: s.now().Add(s.cfg.NonceTTL).UTC(),
		Domain: s.cfg.Domain, Uri: s.cfg.URI, ChainId: s.chainID.Int64(),
	})
}

// Login implements apiv1.ServerInterface: a signed EIP-4361 message becomes a session.
func (s *Server) Login(c *gin.Context) {
	ctx := c.Request.Context()
	var req apiv1.LoginRequest
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	if req.Message == "" {
		f.add("message", "is required: the EIP-4361 message exactly as the wallet signed it")
	}
	sig, err := siwe.DecodeSignature(req.Signature)
	if err != nil {
		f.add("signature", "%v", err)
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	store := nonces{s.db, s.now}
	msg, err := siwe.Verify(req.Message, sig, siwe.Expectations{
		Domain:     s.cfg.Domain,
		URIPrefix:  s.cfg.URI,
		ChainID:    s.chainID.Uint64(),
		CheckNonce: func(n string) error { return store.Consume(ctx, n) },
	}, s.now())
	if err != nil {
		fail(c, siweProblem(err))
		return
	}
	// An operator key's session is its provider's (see operator.go).
	who, err := s.actingFor(ctx, msg.Address)
	if err != nil {
		fail(c, err)
		return
	}
	sess := siwe.Tokens{TTL: s.cfg.SessionTTL}.Issue(who, s.now())
	if !msg.ExpirationTime.IsZero() && msg.ExpirationTime.Time().Before(sess.ExpiresAt) {
		// The session never outlives what the user signed.
		sess.ExpiresAt = msg.ExpirationTime.Time()
	}
	if err := s.db.WithContext(ctx).Exec(`INSERT INTO market.sessions (token_hash, address, expires_at) VALUES ( ?, ?, ?)`,
		sess.Hash[:], who.Bytes(), sess.ExpiresAt).Error; err != nil {
		fail(c, fmt.Errorf("store session: %w", err))
		return
	}
	// Known here from now on: its requests get the account's own rate-limit bucket.
	s.sessions.put(sess.Hash, session{addr: who, expires: sess.ExpiresAt}, s.now())
	c.JSON(http.StatusOK, apiv1.Session{Token: sess.Token, Address: who.Hex(), ExpiresAt: sess.ExpiresAt.UTC()})
}

// siweProblem maps siwe's sentinel errors to client problems; anything else is a server fault.
func siweProblem(err error) error {
	for _, known := range []error{siwe.ErrMalformedMessage, siwe.ErrDomainMismatch, siwe.ErrURIMismatch, siwe.ErrChainMismatch, siwe.ErrExpired,
		siwe.ErrNotYetValid, siwe.ErrBadSignature, siwe.ErrSignerMismatch, siwe.ErrNonceRejected} {
		if errors.Is(err, known) {
			return unauthorized("sign-in refused: %v", err)
		}
	}
	return err
}

// Logout implements apiv1.ServerInterface.
func (s *Server) Logout(c *gin.Context) {
	if _, err := caller(c); err != nil {
		fail(c, err)
		return
	}
	token, _ := bearer(c)
	h := siwe.HashToken(token)
	s.sessions.drop(h)
	if err := s.db.WithContext(c.Request.Context()).Exec(`DELETE FROM market.sessions WHERE token_hash = ?`, h[:]).Error; err != nil {
		fail(c, fmt.Errorf("delete session: %w", err))
		return
	}
	c.Status(http.StatusNoContent)
}

func bearer(c *gin.Context) (string, bool) {
	h := c.GetHeader("Authorization")
	if len(h) > 7 && h[:7] == "Bearer " {
		return h[7:], true
	}
	return "", false
}

// badTokenTTL is how long an instance remembers a token the database did not know: the same
// made-up token sent again costs no read. Tokens are random, so a real one is never in it.
const badTokenTTL = 30 * time.Second

var errUnknownSession = unauthorized("the session token is unknown or was signed out; sign in again")

// sweepEvery is how often expired sessions, nonces and container logs are deleted.
const sweepEvery = 10 * time.Minute

// sweep deletes expired sessions and nonces until ctx ends. Every instance sweeps; the DELETEs
// are idempotent.
func (s *Server) sweep(ctx context.Context) {
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	for {
		if err := s.SweepExpired(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("sweep expired sessions and nonces", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// SweepExpired deletes the sessions and nonces that expired and the container logs past their
// retention (Run calls it every 10 minutes).
func (s *Server) SweepExpired(ctx context.Context) error {
	now := s.now()
	if err := s.db.WithContext(ctx).Exec(`DELETE FROM market.sessions WHERE expires_at < ?`, now).Error; err != nil {
		return fmt.Errorf("sweep sessions: %w", err)
	}
	if err := s.db.WithContext(ctx).Exec(`DELETE FROM market.nonces WHERE expires_at < ?`, now).Error; err != nil {
		return fmt.Errorf("sweep nonces: %w", err)
	}
	if err := s.db.WithContext(ctx).Exec(`DELETE FROM market.container_logs WHERE received_at < ?`, now.Add(-s.cfg.LogRetention)).Error; err != nil {
		return fmt.Errorf("sweep container logs: %w", err)
	}
	return nil
}

// sessionCacheTTL bounds how long an instance trusts a session it looked up: a logout through
// another instance takes effect here within it.
const sessionCacheTTL = 5 * time.Second

type session struct {
	addr    common.Address
	expires time.Time
}

// session resolves a bearer token to the address it is bound to.
func (s *Server) session(ctx context.Context, token string) (common.Address, error) {
	h := siwe.HashToken(token)
	now := s.now()
	sess, ok := s.sessions.get(h, now)
	if _, bad := s.badTokens.get(h, now); bad && !ok {
		return common.Address{}, errUnknownSession
	}
	if !ok {
		var row struct {
			Address   []byte
			ExpiresAt time.Time
		}
		res := s.db.WithContext(ctx).Raw(`SELECT address, expires_at FROM market.sessions WHERE token_hash = ?`, h[:]).Scan(&row)
		if res.Error != nil {
			return common.Address{}, fmt.Errorf("read session: %w", res.Error)
		}
		if res.RowsAffected == 0 {
			s.badTokens.put(h, struct{}{}, now)
			return common.Address{}, errUnknownSession
		}
		sess = session{addr: common.BytesToAddress(row.Address), expires: row.ExpiresAt}
		s.sessions.put(h, sess, now)
	}
	if !sess.expires.After(now) {
		return common.Address{}, unauthorized("the session expired at %s; sign in again", sess.expires.UTC().Format(time.RFC3339))
	}
	return sess.addr, nil
}

// GetMe implements apiv1.ServerInterface.
func (s *Server) GetMe(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	bal, err := s.mirror.Balances(c.Request.Context(), addr, indexer.Finalized)
	if err != nil {
		fail(c, err)
		return
	}
	free, locked := orZero(bal["escrow_free"]), orZero(bal["escrow_locked"])
	total := new(big.Int).Add(free, locked)
	stake := orZero(bal["stake_active"]).String()
	c.JSON(http.StatusOK, apiv1.Account{
		Address: addr.Hex(), EscrowFree: free.String(), EscrowLocked: locked.String(),
		MinimumBalance: s.cfg.MinBalance.String(), MayUseGpus: total.Cmp(s.cfg.MinBalance) >= 0, Stake: &stake,
	})
}
