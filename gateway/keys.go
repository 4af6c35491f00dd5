// Package gateway is the model gateway in front of deployments: per-job API keys, and a reverse
// proxy that forwards a client's OpenAI-compatible (and Gintonic design) model requests to the
// providers that serve the job now (its current round and its running replicas, balanced by load
// and latency, a failed request retried on another), metering requests and tokens per key and per
// deployment.
//
// Feeding these counters into the provider agent's signed usage reports is the agent's job; the
// escrow settles on those reports, not on the gateway's meter.
package gateway

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// KeyPrefix starts every gateway key, so that a server can tell one from a session token.
const KeyPrefix = "gk_"

// prefixLen is how much of a key is stored in clear to tell keys apart (prefix plus 6 characters).
const prefixLen = len(KeyPrefix) + 6

// ErrNoKey is returned for a key id that is not among the job's keys.
var ErrNoKey = errors.New("no such key")

// Key is an API key as listed: never its secret.
type Key struct {
	ID               int64
	JobID            int64
	Prefix           string
	CreatedAt        time.Time
	LastUsedAt       *time.Time
	RevokedAt        *time.Time
	Requests         int64
	PromptTokens     int64
	CompletionTokens int64
	Deployment       bool       // issued when the deployment first ran
	RevealedAt       *time.Time // when the deployment key's secret was revealed
}

// Keys stores API keys and their meters in Postgres.
type Keys struct{ db *gorm.DB }

// NewKeys is the key store over db (migrated with postgres/migrations).
func NewKeys(db *gorm.DB) *Keys { return &Keys{db: db} }

func hashKey(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

const keyCols = `id, job_id, prefix, created_at, last_used_at, revoked_at, requests, prompt_tokens, completion_tokens, deployment, revealed_at`

// Create issues a key for the job on behalf of its client and returns it with its secret, the
// only time the secret is seen. Who may create keys for which job is the caller's to check.
func (k *Keys) Create(ctx context.Context, jobID int64, client common.Address) (Key, string, error) {
	secret, err := newSecret()
	if err != nil {
		return Key{}, "", fmt.Errorf("create key for job %d: %w", jobID, err)
	}
	var key Key
	err = k.db.WithContext(ctx).Raw(`INSERT INTO market.api_keys (job_id, client, hash, prefix) VALUES (?, ?, ?, ?)
		RETURNING `+keyCols, jobID, client.Bytes(), hashKey(secret), secret[:prefixLen]).Scan(&key).Error
	if err != nil {
		return Key{}, "", fmt.Errorf("create key for job %d: %w", jobID, err)
	}
	return key, secret, nil
}

func newSecret() (string, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	return KeyPrefix + base64.RawURLEncoding.EncodeToString(raw[:]), nil
}

// IssueDeploymentKey issues the job's deployment key, when it has none yet, in db (the caller's
// transaction, as the job starts running). It has no secret yet: Reveal draws it, for the client
// only, so the secret is never stored. Concurrent callers (several API instances) issue one key
// between them; it reports whether this call issued it.
func IssueDeploymentKey(ctx context.Context, db *gorm.DB, jobID int64, client common.Address) (bool, error) {
	res := db.WithContext(ctx).Exec(`INSERT INTO market.api_keys (job_id, client, prefix, deployment)
		VALUES (?, ?, '', true) ON CONFLICT (job_id) WHERE deployment DO NOTHING`, jobID, client.Bytes())
	if res.Error != nil {
		return false, fmt.Errorf("issue the deployment key of job %d: %w", jobID, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// RevealWindow is how long an issued deployment key can be revealed.
const RevealWindow = 24 * time.Hour

// Errors of Reveal.
var (
	ErrNoDeploymentKey = errors.New("no deployment key yet")
	ErrRevealed        = errors.New("the deployment key was already revealed")
)

// Reveal draws the secret of the job's deployment key and stores its hash in one statement that
// only succeeds once: the secret is returned here and nowhere else. ErrNoDeploymentKey before the
// deployment runs; ErrRevealed (with the key) after the first reveal, or once RevealWindow passed.
func (k *Keys) Reveal(ctx context.Context, jobID int64) (Key, string, error) {
	secret, err := newSecret()
	if err != nil {
		return Key{}, "", fmt.Errorf("reveal the deployment key of job %d: %w", jobID, err)
	}
	var key Key
	res := k.db.WithContext(ctx).Raw(`UPDATE market.api_keys SET hash = ?, prefix = ?, revealed_at = now()
		WHERE job_id = ? AND deployment AND hash IS NULL AND revoked_at IS NULL AND created_at > now() - make_interval(secs => ?)
		RETURNING `+keyCols, hashKey(secret), secret[:prefixLen], jobID, RevealWindow.Seconds()).Scan(&key)
	if res.Error != nil {
		return Key{}, "", fmt.Errorf("reveal the deployment key of job %d: %w", jobID, res.Error)
	}
	if res.RowsAffected == 1 {
		return key, secret, nil
	}
	res = k.db.WithContext(ctx).Raw(`SELECT `+keyCols+` FROM market.api_keys WHERE job_id = ? AND deployment`, jobID).Scan(&key)
	if res.Error != nil {
		return Key{}, "", fmt.Errorf("read the deployment key of job %d: %w", jobID, res.Error)
	}
	if res.RowsAffected == 0 {
		return Key{}, "", ErrNoDeploymentKey
	}
	return key, "", ErrRevealed
}

// List is the job's keys, oldest first.
func (k *Keys) List(ctx context.Context, jobID int64) ([]Key, error) {
	var keys []Key
	if err := k.db.WithContext(ctx).Raw(`SELECT `+keyCols+` FROM market.api_keys WHERE job_id = ? ORDER BY id`, jobID).Scan(&keys).Error; err != nil {
		return nil, fmt.Errorf("list keys of job %d: %w", jobID, err)
	}
	return keys, nil
}

// Revoke revokes one of the job's keys (again: a no-op) and returns it; ErrNoKey when the job has
// no such key. Gateways that cached the key refuse it once their cache entry expires.
func (k *Keys) Revoke(ctx context.Context, jobID, keyID int64) (Key, error) {
	var key Key
	res := k.db.WithContext(ctx).Raw(`UPDATE market.api_keys SET revoked_at = coalesce(revoked_at, now())
		WHERE id = ? AND job_id = ? RETURNING `+keyCols, keyID, jobID).Scan(&key)
	if res.Error != nil {
		return Key{}, fmt.Errorf("revoke key %d of job %d: %w", keyID, jobID, res.Error)
	}
	if res.RowsAffected == 0 {
		return Key{}, ErrNoKey
	}
	return key, nil
}

// grant is what a key lets its bearer do: use one job's deployment, as its client.
type grant struct {
	KeyID   int64
	JobID   int64
	Client  []byte
	Revoked bool
}

// lookup resolves a secret; nil when no key has it.
func (k *Keys) lookup(ctx context.Context, secret string) (*grant, error) {
	if !strings.HasPrefix(secret, KeyPrefix) {
		return nil, nil
	}
	var g grant
	res := k.db.WithContext(ctx).Raw(`SELECT id AS key_id, job_id, client, revoked_at IS NOT NULL AS revoked
		FROM market.api_keys WHERE hash = ?`, hashKey(secret)).Scan(&g)
	if res.Error != nil {
		return nil, fmt.Errorf("look up key: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return nil, nil
	}
	return &g, nil
}

// serving is where a job's requests can go now: the job's state (its current round's), its
// current round's provider, and its running replicas.
type serving struct {
	State    string
	Current  target   // Provider is nil before the first award
	Replicas []target // running, while the job is live (liveStates)
	// A job scaled to zero (minReplicas 0) since ZeroSince runs no deployment; one that a request
	// woke at WakingSince is starting it again (its provider has not reported it running yet).
	ZeroSince, WakingSince *time.Time
}

// asleep reports whether the job's current round runs no deployment because it scaled to zero
// (or is only waking from it).
func (s *serving) asleep() bool { return s.ZeroSince != nil || s.WakingSince != nil }

// targets are the providers that serve the job now: the current round's while it runs, then the
// running replicas. With starting, a job that is awarded or deploying and has no replica running
// lists its current round's provider too: asked anyway when requests are not held for it. Only
// those a request can be forwarded to are listed.
func (s *serving) targets(starting bool) []target {
	seen := map[string]bool{}
	usable := func(t target) bool {
		// A replica promoted to the current round may linger for a moment under both names.
		ok := t.Provider != nil && t.usable() && !seen[string(t.Provider)]
		seen[string(t.Provider)] = true
		return ok
	}
	var out []target
	if s.State == "running" && !s.asleep() && usable(s.Current) {
		out = append(out, s.Current)
	}
	for _, r := range s.Replicas {
		if usable(r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 && starting && (s.State == "awarded" || s.State == "deploying") && usable(s.Current) {
		out = append(out, s.Current)
	}
	return out
}

// target is one provider serving a job: the current round's, or a replica's. Each is reached and
// passed like the other (its own round and provider in the pass).
type target struct {
	Provider         []byte
	Endpoint         *string
	ChainJobID       *int64     // the escrow's job id: the provider's agent routes by it
	Round            *int64     // the escrow's round of this provider's award: the pass binds it
	TLSPin           *string    // the provider endpoint's key, pinned at registration
	UnreachableSince *time.Time // set while the gateway cannot reach the provider
	Replica          bool       // a market.replicas round, not the job's current one
}

// usable reports whether a request can be forwarded to t.
func (t *target) usable() bool {
	return t.Endpoint != nil && *t.Endpoint != "" && t.ChainJobID != nil && t.Round != nil
}

// liveStates are the job states in which its replicas serve, whatever its current round does:
// starting, running, or failing over to a backup.
var liveStates = []string{"awarded", "deploying", "running", "failed_over"}

// serving reads the job's state and targets in one statement: the current round (always the
// first row, for the state) and the replica rounds that run.
func (k *Keys) serving(ctx context.Context, jobID int64) (*serving, error) {
	var rows []struct {
		State                  string
		ZeroSince, WakingSince *time.Time
		Target                 target `gorm:"embedded"`
	}
	res := k.db.WithContext(ctx).Raw(`SELECT j.state, j.zero_since, j.waking_since, false AS replica, j.provider, p.endpoint, j.chain_job_id, j.round, p.tls_pin, j.unreachable_since
			FROM market.jobs j LEFT JOIN market.providers p ON p.address = j.provider WHERE j.id = ?
		UNION ALL
		SELECT j.state, NULL, NULL, true, r.provider, p.endpoint, j.chain_job_id, r.round, p.tls_pin, r.unreachable_since
			FROM market.replicas r JOIN market.jobs j ON j.id = r.job_id LEFT JOIN market.providers p ON p.address = r.provider
			WHERE r.job_id = ? AND r.state = 'running' AND j.state IN ?
		ORDER BY replica, round`, jobID, jobID, liveStates).Scan(&rows)
	if res.Error != nil {
		return nil, fmt.Errorf("read job %d: %w", jobID, res.Error)
	}
	if len(rows) == 0 || rows[0].Target.Replica {
		return nil, fmt.Errorf("job %d is gone", jobID)
	}
	s := &serving{State: rows[0].State, Current: rows[0].Target, ZeroSince: rows[0].ZeroSince, WakingSince: rows[0].WakingSince}
	for _, r := range rows[1:] {
		s.Replicas = append(s.Replicas, r.Target)
	}
	return s, nil
}

// reachable records whether the gateway got through to a provider serving the job: the first
// failure sets unreachable_since (what the controller fails the job or the replica over on, after
// probing the provider itself), the next request that gets through clears it. Only changes are
// written, so a healthy deployment costs no write per request. A replica's mark is on its
// market.replicas row, the current round's on the job.
func (k *Keys) reachable(ctx context.Context, jobID int64, t *target, ok bool, now time.Time) error {
	var q string
	var args []any
	switch {
	case t.Replica && ok:
		q = `UPDATE market.replicas SET unreachable_since = NULL WHERE job_id = ? AND round = ? AND provider = ? AND unreachable_since IS NOT NULL`
		args = []any{jobID, t.Round, t.Provider}
	case t.Replica:
		q = `UPDATE market.replicas SET unreachable_since = ? WHERE job_id = ? AND round = ? AND provider = ? AND unreachable_since IS NULL`
		args = []any{now, jobID, t.Round, t.Provider}
	case ok:
		q = `UPDATE market.jobs SET unreachable_since = NULL WHERE id = ? AND provider = ? AND unreachable_since IS NOT NULL`
		args = []any{jobID, t.Provider}
	default:
		q = `UPDATE market.jobs SET unreachable_since = ? WHERE id = ? AND provider = ? AND unreachable_since IS NULL`
		args = []any{now, jobID, t.Provider}
	}
	if err := k.db.WithContext(ctx).Exec(q, args...).Error; err != nil {
		return fmt.Errorf("job %d: record whether its provider %s is reachable: %w", jobID, common.BytesToAddress(t.Provider), err)
	}
	return nil
}

// Usage is what one forwarded request counts.
type Usage struct {
	PromptTokens     int64 `json:"prompt_tokens"`
	CompletionTokens int64 `json:"completion_tokens"`
}

// DeploymentUsage is the job's counters over all its keys.
func (k *Keys) DeploymentUsage(ctx context.Context, jobID int64) (requests int64, u Usage, err error) {
	var row struct {
		Requests, PromptTokens, CompletionTokens int64
	}
	if err := k.db.WithContext(ctx).Raw(`SELECT requests, prompt_tokens, completion_tokens FROM market.deployment_usage WHERE job_id = ?`, jobID).Scan(&row).Error; err != nil {
		return 0, Usage{}, fmt.Errorf("read usage of job %d: %w", jobID, err)
	}
	return row.Requests, Usage{row.PromptTokens, row.CompletionTokens}, nil
}
