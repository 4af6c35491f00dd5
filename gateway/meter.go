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
	armed   bool             // a flush is scheduled
	flushMu sync.Mutex       // one flush at a time, in order
}

type count struct {
	job                int64
	requests           int64
	prompt, completion int64
	lastUsed           time.Time
}

func newMeterBatch(db *gorm.DB, log *slog.Logger) *meterBatch {
	return &meterBatch{db: db, log: log, pending: map[int64]*count{}}
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
	if !m.armed {
		m.armed = true
		time.AfterFunc(meterDelay, func() {
			if err := m.Flush(context.Background()); err != nil {
				m.log.Error("gateway meter flush failed", "err", err)
			}
		})
	}
}

// Flush writes the counts not yet written. A failed write keeps them for the next flush.
func (m *meterBatch) Flush(ctx context.Context) error {
	m.flushMu.Lock()
	defer m.flushMu.Unlock()
	m.mu.Lock()
	batch := m.pending
	m.pending = map[int64]*count{}
	m.armed = false
	m.mu.Unlock()
	if len(batch) == 0 {
		return nil
	}
	jobs := map[int64]*count{}
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
			if err := tx.Exec(`INSERT INTO market.deployment_usage AS d (job_id, requests, prompt_tokens, completion_tokens)
				VALUES (?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET requests = d.requests + excluded.requests,
				prompt_tokens = d.prompt_tokens + excluded.prompt_tokens,
				completion_tokens = d.completion_tokens + excluded.completion_tokens, updated_at = now()`,
				job, c.requests, c.prompt, c.completion).Error; err != nil {
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
		if !m.armed {
			m.armed = true
			time.AfterFunc(time.Second, func() { _ = m.Flush(context.Background()) })
		}
		m.mu.Unlock()
	}
	return err
}
