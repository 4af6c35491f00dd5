package controller

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/netguard"
)

// Webhook deliveries: the trail entries market.WebhookKinds names (and a job's failure) are posted
// to the URL its client gave, from the outbox market.webhook_deliveries that market.Record fills in
// the transaction of the entry. Any controller instance may deliver; a delivery is claimed under
// its row lock (SKIP LOCKED) so that two instances never post the same entry at once, and a job's
// entries go in trail order (one waits while an earlier one is undelivered and not given up).
const (
	webhookTimeout   = 5 * time.Second
	webhookAttempts  = 8                // then it is given up, with the last error kept
	webhookFirstWait = 2 * time.Second  // doubling after each failed attempt
	webhookMaxWait   = 10 * time.Minute // the longest wait between attempts
	webhookBatch     = 4                // deliveries in flight per instance, each holding a connection
)

// WebhookEvent is the body of a webhook delivery: one trail entry of the job.
type WebhookEvent struct {
	JobID  int64          `json:"jobId"`
	Seq    int64          `json:"seq"`
	Kind   string         `json:"kind"`
	State  string         `json:"state"`
	Reason string         `json:"reason"`
	Detail map[string]any `json:"detail,omitempty"`
	At     time.Time      `json:"at"`
}

// WebhookSignature is the X-Gintonic-Signature of body sent at t with secret:
// "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">". A receiver recomputes it with the
// secret it was shown at submission and refuses an old t (a replay).
func WebhookSignature(secret []byte, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts + "."))
	m.Write(body)
	return "t=" + ts + ",v1=" + hex.EncodeToString(m.Sum(nil))
}

// webhookLoop delivers due webhooks every poll, apart from Tick: a slow receiver never holds up
// awards or failovers.
func (n *Node) webhookLoop(ctx context.Context) {
	t := time.NewTicker(n.cfg.Poll)
	defer t.Stop()
	for {
		if err := n.DeliverWebhooks(ctx); err != nil && ctx.Err() == nil {
			n.log.Warn("webhook deliveries failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// webhookClient posts deliveries: no redirects, bounded time, and on a production chain no
// connection to a loopback, private or metadata address (checked on the address dialed).
func (n *Node) webhookClient() *http.Client {
	n.webhookOnce.Do(func() {
		dial := &net.Dialer{Timeout: webhookTimeout, Control: netguard.Control(chain.IsDevChain(n.chainID.Uint64()))}
		n.webhooks = &http.Client{Timeout: webhookTimeout,
			Transport:     &http.Transport{DialContext: dial.DialContext, MaxIdleConnsPerHost: 2, IdleConnTimeout: time.Minute},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	})
	return n.webhooks
}

type webhookDue struct {
	JobID    int64
	Seq      int64
	Attempts int
	URL      string
	Secret   []byte
	Kind     string
	State    string
	Reason   string
	Detail   []byte
	At       time.Time
}

// DeliverWebhooks posts the deliveries that are due, at most webhookBatch at once; each is
// claimed, posted and its outcome recorded in one transaction.
func (n *Node) DeliverWebhooks(ctx context.Context) error {
	var wg sync.WaitGroup
	errs := make([]error, webhookBatch)
	for i := range webhookBatch {
		done, err := n.deliverOne(ctx, &wg, &errs[i])
		if err != nil {
			return err
		}
		if !done {
			break
		}
	}
	wg.Wait()
	return errors.Join(errs...)
}

// deliverOne claims one due delivery and posts it in the background; done is false when none is due.
func (n *Node) deliverOne(ctx context.Context, wg *sync.WaitGroup, errp *error) (done bool, err error) {
	tx := n.db.WithContext(ctx).Begin()
	if tx.Error != nil {
		return false, tx.Error
	}
	var d webhookDue
	res := tx.Raw(`SELECT w.job_id, w.seq, w.attempts, j.webhook_url AS url, j.webhook_secret AS secret,
			e.kind, e.state, e.reason, e.detail, e.at
		FROM market.webhook_deliveries w JOIN market.jobs j ON j.id = w.job_id
		JOIN market.job_events e ON e.job_id = w.job_id AND e.seq = w.seq
		WHERE w.delivered_at IS NULL AND w.gave_up_at IS NULL AND w.next_at <= ?
		  AND NOT EXISTS (SELECT 1 FROM market.webhook_deliveries p WHERE p.job_id = w.job_id AND p.seq < w.seq
		                  AND p.delivered_at IS NULL AND p.gave_up_at IS NULL)
		ORDER BY w.next_at, w.job_id, w.seq LIMIT 1 FOR UPDATE OF w SKIP LOCKED`, n.now()).Scan(&d)
	if res.Error != nil || res.RowsAffected == 0 {
		tx.Rollback()
		return false, res.Error
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		*errp = n.post(ctx, tx, d)
	}()
	return true, nil
}

// post sends d and records the outcome in tx (which holds its row), then commits.
func (n *Node) post(ctx context.Context, tx *gorm.DB, d webhookDue) error {
	ev := WebhookEvent{JobID: d.JobID, Seq: d.Seq, Kind: d.Kind, State: d.State, Reason: d.Reason, At: d.At.UTC()}
	_ = json.Unmarshal(d.Detail, &ev.Detail)
	body, _ := json.Marshal(ev)
	perr := n.send(ctx, d, body)
	var q string
	args := []any{}
	switch {
	case perr == nil:
		q, args = `UPDATE market.webhook_deliveries SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE job_id = ? AND seq = ?`,
			[]any{n.now(), d.JobID, d.Seq}
	case d.Attempts+1 >= webhookAttempts:
		n.log.Warn("webhook given up", "job", d.JobID, "seq", d.Seq, "url", d.URL, "attempts", d.Attempts+1, "err", perr)
		q, args = `UPDATE market.webhook_deliveries SET gave_up_at = ?, attempts = attempts + 1, last_error = ? WHERE job_id = ? AND seq = ?`,
			[]any{n.now(), market.Truncate(perr.Error(), 500), d.JobID, d.Seq}
	default:
		wait := min(webhookFirstWait<<d.Attempts, webhookMaxWait)
		q, args = `UPDATE market.webhook_deliveries SET next_at = ?, attempts = attempts + 1, last_error = ? WHERE job_id = ? AND seq = ?`,
			[]any{n.now().Add(wait), market.Truncate(perr.Error(), 500), d.JobID, d.Seq}
	}
	if err := tx.Exec(q, args...).Error; err != nil {
		tx.Rollback()
		return fmt.Errorf("record the webhook of job %d entry %d: %w", d.JobID, d.Seq, err)
	}
	return tx.Commit().Error
}

// send posts body to d's URL, signed; any 2xx is a delivery.
func (n *Node) send(ctx context.Context, d webhookDue, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, webhookTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "gintonic-webhooks")
	req.Header.Set("X-Gintonic-Event", d.Kind)
	req.Header.Set("X-Gintonic-Delivery", fmt.Sprintf("%d-%d", d.JobID, d.Seq))
	req.Header.Set("X-Gintonic-Signature", WebhookSignature(d.Secret, n.now(), body))
	rsp, err := n.webhookClient().Do(req)
	if err != nil {
		return err
	}
	defer rsp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(rsp.Body, 64<<10))
	if rsp.StatusCode/100 != 2 {
		return fmt.Errorf("HTTP %d", rsp.StatusCode)
	}
	return nil
}
