package gateway

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"gorm.io/gorm"
)

// meterDelay is how long a request's counts wait to be written with the others of that moment.
// Counting each request in its own statement serializes a busy key's requests on its row lock;
// summing them first makes the gateway's added latency independent of the request rate. The
// counters are the client's view only (the escrow pays the provider's signed GPU-seconds): a
// crash loses at most this much of them.
const meterDelay = 100 * time.Millisecond

// meterBatch sums usage per key and writes it to Postgres in one transaction per meterDelay.
type meterBatch struct {
	db  *gorm.DB
	log *slog.Logger

	mu      sync.Mutex
	pending map[int64]*count // by key id
	busy    map[int64]int64  // by job: milliseconds its requests spent in the gateway, answered or held
	armed   bool             // a flush is scheduled
	flushMu sync.Mutex       // one flush at a time, in order
}

type count struct {
	job                int64
	requests           int64
	prompt, completion int64
	busyMs             int64 // per job only
	lastUsed           time.Time
}

func newMeterBatch(db *gorm.DB, log *slog.Logger) *meterBatch {
	return &meterBatch{db: db, log: log, pending: map[int64]*count{}, busy: map[int64]int64{}}
}

// addBusy counts d of one request's time in flight for job: the sum over an interval, divided by
// it, is the job's average concurrency, which the controller's autoscaler reads.
func (m *meterBatch) addBusy(job int64, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.busy[job] += d.Milliseconds()
	m.arm()
}

// arm schedules a flush within meterDelay, once (m.mu held).
func (m *meterBatch) arm() {
	if !m.armed {
		m.armed = true
		time.AfterFunc(meterDelay, func() {
			if err := m.Flush(context.Background()); err != nil {
				m.log.Error("gateway meter flush failed", "err", err)
			}
		})
	}
}

// add counts one request of g with usage u; it is written within meterDelay.
func (m *meterBatch) add(g *grant, u Usage) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.pending[g.KeyID]
	if c == nil {
		c = &count{job: g.JobID}
		m.pending[g.KeyID] = c
	}
	c.requests++
	c.prompt += u.PromptTokens
	c.completion += u.CompletionTokens
	c.lastUsed = time.Now()
	m.arm()
}

// Flush writes the counts not yet written. A failed write keeps them for the next flush.
func (m *meterBatch) Flush(ctx context.Context) error {
	m.flushMu.Lock()
	defer m.flushMu.Unlock()
	m.mu.Lock()
	batch, busy := m.pending, m.busy
	m.pending, m.busy = map[int64]*count{}, map[int64]int64{}
	m.armed = false
	m.mu.Unlock()
	if len(batch) == 0 && len(busy) == 0 {
		return nil
	}
	jobs := map[int64]*count{}
	for job, ms := range busy {
		jobs[job] = &count{job: job, busyMs: ms}
	}
	for _, c := range batch {
		j := jobs[c.job]
		if j == nil {
			j = &count{job: c.job}
			jobs[c.job] = j
		}
		j.requests += c.requests
		j.prompt += c.prompt
		j.completion += c.completion
	}
	err := m.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for key, c := range batch {
			if err := tx.Exec(`UPDATE market.api_keys SET requests = requests + ?, prompt_tokens = prompt_tokens + ?,
				completion_tokens = completion_tokens + ?, last_used_at = GREATEST(last_used_at, ?) WHERE id = ?`,
				c.requests, c.prompt, c.completion, c.lastUsed, key).Error; err != nil {
				return fmt.Errorf("meter key %d: %w", key, err)
			}
		}
		for job, c := range jobs {
			if err := tx.Exec(`INSERT INTO market.deployment_usage AS d (job_id, requests, prompt_tokens, completion_tokens, busy_ms)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET requests = d.requests + excluded.requests,
				prompt_tokens = d.prompt_tokens + excluded.prompt_tokens,
				completion_tokens = d.completion_tokens + excluded.completion_tokens, busy_ms = d.busy_ms + excluded.busy_ms, updated_at = now()`,
				job, c.requests, c.prompt, c.completion, c.busyMs).Error; err != nil {
				return fmt.Errorf("meter job %d: %w", job, err)
			}
		}
		return nil
	})
	if err != nil {
		m.mu.Lock()
		for key, c := range batch { // back in the queue, summed with what came meanwhile
			p := m.pending[key]
			if p == nil {
				m.pending[key] = c
				continue
			}
			p.requests += c.requests
			p.prompt += c.prompt
			p.completion += c.completion
			if c.lastUsed.After(p.lastUsed) {
				p.lastUsed = c.lastUsed
			}
		}
		for job, ms := range busy {
			m.busy[job] += ms
		}
		if !m.armed {
			m.armed = true
			time.AfterFunc(time.Second, func() { _ = m.Flush(context.Background()) })
		}
		m.mu.Unlock()
	}
	return err
}
