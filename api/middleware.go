package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/gintonic/gintonic/gateway"
	"github.com/gintonic/gintonic/siwe"
)

const callerKey = "gintonic.caller"

// recoverer turns a panic in a handler into a logged 500 problem instead of a dropped connection.
func (s *Server) recoverer(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			if r == http.ErrAbortHandler {
				panic(r)
			}
			fail(c, fmt.Errorf("panic: %v", r))
		}
	}()
	c.Next()
}

// observe logs every request (structured) and feeds the request metrics.
func (s *Server) observe(c *gin.Context) {
	t0 := time.Now()
	s.metrics.inflight.Inc()
	s.metrics.inflightN.Add(1)
	defer func() {
		s.metrics.inflight.Dec()
		s.metrics.inflightN.Add(-1)
	}()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	d := time.Since(t0)
	status := c.Writer.Status()
	s.metrics.observeRequest(c.Request.Method, route, status, d)
	lvl := s.log.Debug
	if status >= 500 {
		lvl = s.log.Error
	}
	lvl("request", "method", c.Request.Method, "route", route, "status", status, "ms", d.Milliseconds())
}

// deadline bounds every request but the event streams, which are meant to stay open: a request
// stuck on a slow database or RPC fails with its context instead of holding a connection.
func (s *Server) deadline(c *gin.Context) {
	// Model requests (completions, streams, uploads) take as long as the model needs; the client
	// going away cancels them.
	if strings.HasSuffix(c.Request.URL.Path, "/events/stream") || modelRoute(c.Request.URL.Path) {
		c.Next()
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// bodyLimit caps request bodies: a larger one fails to decode with a 413.
func (s *Server) bodyLimit(c *gin.Context) {
	limit := s.cfg.MaxBodyBytes
	if modelRoute(c.Request.URL.Path) {
		limit = max(limit, modelBodyBytes)
	}
	if artifactRoute(c) {
		limit = max(limit, MaxArtifactBytes)
	}
	if c.Request.ContentLength > limit {
		fail(c, problem(http.StatusRequestEntityTooLarge, "too-large", "Request body too large", "the body has %d bytes; the limit is %d", c.Request.ContentLength, limit))
		return
	}
	if c.Request.Body != nil {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	}
	c.Next()
}

// authenticate resolves a bearer token to its address. A request without one continues
// anonymously (public endpoints); one with a bad or expired token is refused outright, so that a
// client never mistakes a lapsed session for anonymous access.
func (s *Server) authenticate(c *gin.Context) {
	h := c.GetHeader("Authorization")
	if h == "" {
		c.Next()
		return
	}
	token, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || token == "" {
		fail(c, unauthorized("the Authorization header must be \"Bearer <token>\" with a token from POST /v1/auth/login"))
		return
	}
	if strings.HasPrefix(token, gateway.KeyPrefix) {
		// A deployment API key, checked by the model gateway on its routes; elsewhere the
		// request is anonymous.
		c.Next()
		return
	}
	addr, err := s.session(c.Request.Context(), token)
	if err != nil {
		fail(c, err)
		return
	}
	c.Set(callerKey, addr)
	c.Next()
}

// modelBodyBytes is the body limit of the model routes: training files for fine-tuning are larger
// than API requests (the reference runtime accepts 16 MiB).
const modelBodyBytes = 16 << 20

// modelRoute reports whether path is served by the model gateway.
func modelRoute(path string) bool {
	for _, r := range gateway.Routes {
		if prefix, ok := strings.CutSuffix(r, "/*"); ok {
			if strings.HasPrefix(path, prefix+"/") {
				return true
			}
		} else if path == r {
			return true
		}
	}
	return false
}

// caller is the signed-in address, or a 401 problem.
func caller(c *gin.Context) (common.Address, error) {
	v, ok := c.Get(callerKey)
	if !ok {
		return common.Address{}, unauthorized("sign in first: POST /v1/auth/nonce, sign the EIP-4361 message, POST /v1/auth/login, then send Authorization: Bearer <token>")
	}
	return v.(common.Address), nil
}

// rateLimit runs before authenticate, so that a request costs nothing beyond its bucket until
// it is allowed. The bucket is the caller's address for a session this instance already knows,
// the key for a deployment key the gateway already accepted, and otherwise the client's IP (its
// /64 for IPv6): a random bearer token, valid-looking or not, is counted against its IP.
func (s *Server) rateLimit(c *gin.Context) {
	key, gk := s.limitKey(c)
	if !s.limits.allow(key, s.now()) {
		c.Header("Retry-After", "1")
		fail(c, problem(http.StatusTooManyRequests, "rate-limited", "Too many requests", "more than %.0f requests per second from %s; slow down and retry", s.cfg.RateLimit, limitedWho[strings.SplitN(key, ":", 2)[0]]))
		return
	}
	c.Next()
	if gk != (siwe.TokenHash{}) && modelRoute(c.Request.URL.Path) {
		switch c.Writer.Status() {
		case http.StatusUnauthorized, http.StatusForbidden, http.StatusTooManyRequests:
		default:
			// The gateway took the key: its later requests get the key's own bucket.
			s.goodKeys.put(gk, struct{}{}, s.now())
		}
	}
}

// limitedWho names a bucket's kind in the 429 problem (never the key itself).
var limitedWho = map[string]string{"ip": "your address", "addr": "your account", "key": "this API key"}

// limitKey is the bucket of the request, and the hash of its deployment key when it carries one
// not yet known good.
func (s *Server) limitKey(c *gin.Context) (string, siwe.TokenHash) {
	now := s.now()
	if tok, ok := bearer(c); ok && tok != "" {
		h := siwe.HashToken(tok)
		if strings.HasPrefix(tok, gateway.KeyPrefix) {
			if _, ok := s.goodKeys.get(h, now); ok {
				return "key:" + h.String()[:18], siwe.TokenHash{}
			}
			return "ip:" + clientNet(c.ClientIP()), h
		}
		if sess, ok := s.sessions.get(h, now); ok && sess.expires.After(now) {
			return "addr:" + sess.addr.Hex(), siwe.TokenHash{}
		}
	}
	return "ip:" + clientNet(c.ClientIP()), siwe.TokenHash{}
}

// clientNet is the rate-limited unit of an address: the IPv4 address, or the IPv6 /64 (one
// customer's allocation, where every address costs the holder nothing).
func clientNet(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// limiter is a token bucket per key, with at most max buckets: buckets back at full burst are
// forgotten (a fresh one behaves the same), and past max new keys share one overflow bucket.
type limiter struct {
	mu       sync.Mutex
	r        rate.Limit
	burst    int
	max      int
	buckets  map[string]*bucket
	overflow *rate.Limiter
	swept    time.Time
}

type bucket struct {
	l    *rate.Limiter
	used time.Time
}

func newLimiter(perSecond float64, burst, max int) *limiter {
	return &limiter{r: rate.Limit(perSecond), burst: burst, max: max, buckets: map[string]*bucket{},
		overflow: rate.NewLimiter(rate.Limit(perSecond), burst)}
}

func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	// A bucket idle for refill is full again: forgetting it changes nothing.
	refill := time.Duration(float64(l.burst)/float64(l.r)*float64(time.Second)) + time.Second
	if now.Sub(l.swept) > time.Minute || len(l.buckets) >= l.max && now.Sub(l.swept) > time.Second {
		for k, b := range l.buckets {
			if now.Sub(b.used) > refill {
				delete(l.buckets, k)
			}
		}
		l.swept = now
	}
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.max {
			return l.overflow.AllowN(now, 1)
		}
		b = &bucket{l: rate.NewLimiter(l.r, l.burst)}
		l.buckets[key] = b
	}
	b.used = now
	return b.l.AllowN(now, 1)
}

// size is the number of buckets held (for tests and metrics).
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// decode reads a JSON body into v, turning every decoding failure into a problem naming the
// field when there is one.
func decode(c *gin.Context, v any) error {
	dec := jsonDecoder(c.Request.Body)
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return problem(http.StatusRequestEntityTooLarge, "too-large", "Request body too large", "the limit is %d bytes", tooBig.Limit)
		}
		return decodeProblem(err)
	}
	if dec.More() {
		return badRequest("the body must hold exactly one JSON value")
	}
	return nil
}
