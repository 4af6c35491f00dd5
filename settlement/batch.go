package settlement

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/chain"
)

// queued is a claimed report and its entries.
type queued struct {
	id        int64
	provider  common.Address
	signature []byte
	usages    []chain.Usage // every entry: the signature covers them all
	payable   []bool        // per entry: not refused at intake
}

type usageKey struct {
	job      uint64
	round    uint8
	provider common.Address
}

// due reports whether a batch should go out now: enough attestations are waiting, the oldest has
// waited the batch interval, or a failure report waits for its job's last reports.
func (s *Service) due(ctx context.Context) (bool, error) {
	var n int
	var oldest sql.NullTime
	var urgent bool
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(usages), 0), min(received_at),
		EXISTS (SELECT 1 FROM settlement_actions a JOIN settlement_usages u ON u.chain_id = a.chain_id AND u.job_id = a.job_id
			JOIN settlement_reports r ON r.id = u.report_id AND r.state = 'pending'
			WHERE a.chain_id = $1 AND a.state = 'pending' AND a.kind = 'report_failure')
		FROM settlement_reports WHERE chain_id = $1 AND state = 'pending'`, s.chainID).Scan(&n, &oldest, &urgent)
	if err != nil {
		return false, fmt.Errorf("count pending reports: %w", err)
	}
	if n == 0 {
		return false, nil
	}
	return n >= s.cfg.BatchSize || urgent || s.clock.Now().Sub(oldest.Time) >= s.cfg.BatchInterval, nil
}

// batch claims pending reports, drops those superseded by higher counters, and sends the rest in
// one settleBatch transaction. The transaction is signed and stored with the claim, in one
// database transaction, before it is broadcast. It reports whether it did anything.
func (s *Service) batch(ctx context.Context) (bool, error) {
	if ok, err := s.due(ctx); err != nil || !ok {
		return false, err
	}
	var out *outgoing
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockSender(ctx, tx); err != nil {
			return err
		}
		claimed, err := s.claim(ctx, tx)
		if err != nil || len(claimed) == 0 {
			return err
		}
		keep, superseded, err := s.supersede(ctx, tx, claimed)
		if err != nil {
			return err
		}
		if len(superseded) > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE settlement_reports SET state = 'superseded' WHERE id = ANY($1)`, superseded); err != nil {
				return fmt.Errorf("mark superseded reports: %w", err)
			}
		}
		if len(keep) == 0 {
			return nil
		}
		reports := make([]escrow.AuctionEscrowUsageReport, len(keep))
		ids := make([]int64, len(keep))
		n := 0
		for i, q := range keep {
			reports[i] = chain.UsageReport{Provider: q.provider, Usages: q.usages}.Binding(q.signature)
			ids[i] = q.id
			n += len(q.usages)
		}
		out, err = s.prepare(ctx, tx, txKindSettle, 0, s.abi.PackSettleBatch(reports), n)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE settlement_reports SET state = 'batched', tx_id = $1 WHERE id = ANY($2)`, out.id, ids); err != nil {
			return fmt.Errorf("mark batched reports: %w", err)
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if out != nil {
		s.log.Info("settlement batch signed", "tx", out.id, "nonce", out.tx.Nonce(), "hash", out.tx.Hash(), "attestations", out.attestations)
		s.broadcast(ctx, out.id, out.tx)
		s.metrics.batchSent()
	}
	return true, nil
}

// claim locks pending reports, oldest first, up to the batch size in attestations (a report is
// never split: its signature covers all its entries).
func (s *Service) claim(ctx context.Context, tx *sql.Tx) ([]queued, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, provider, signature, usages FROM settlement_reports
		WHERE chain_id = $1 AND state = 'pending' ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`, s.chainID, s.cfg.BatchSize)
	if err != nil {
		return nil, fmt.Errorf("claim reports: %w", err)
	}
	var claimed []queued
	byID := map[int64]int{}
	total := 0
	for rows.Next() {
		var q queued
		var prov []byte
		var n int
		if err := rows.Scan(&q.id, &prov, &q.signature, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan claimed report: %w", err)
		}
		if len(claimed) > 0 && total+n > s.cfg.BatchSize {
			break
		}
		total += n
		q.provider = common.BytesToAddress(prov)
		byID[q.id] = len(claimed)
		claimed = append(claimed, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim reports: %w", err)
	}
	if len(claimed) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(claimed))
	for i, q := range claimed {
		ids[i] = q.id
	}
	urows, err := tx.QueryContext(ctx, `SELECT report_id, job_id, round, cumulative_gpu_seconds, intake NOT LIKE 'refused:%' FROM settlement_usages
		WHERE report_id = ANY($1) ORDER BY report_id, position`, ids)
	if err != nil {
		return nil, fmt.Errorf("load claimed usages: %w", err)
	}
	defer urows.Close()
	for urows.Next() {
		var rid, job, cum int64
		var round int
		var payable bool
		if err := urows.Scan(&rid, &job, &round, &cum, &payable); err != nil {
			return nil, fmt.Errorf("scan claimed usage: %w", err)
		}
		q := &claimed[byID[rid]]
		q.usages = append(q.usages, chain.Usage{JobID: uint64(job), Round: uint8(round), CumulativeGpuSeconds: uint64(cum)})
		q.payable = append(q.payable, payable)
	}
	return claimed, urows.Err()
}

// supersede splits claimed reports into those worth sending and those every entry of which is
// outdone: by a higher counter in another claimed report, or by one already sent. Sending those
// would pay nothing (the escrow pays only the increase over what it settled).
func (s *Service) supersede(ctx context.Context, tx *sql.Tx, claimed []queued) (keep []queued, superseded []int64, err error) {
	best := map[usageKey]uint64{}
	for _, q := range claimed {
		for i, u := range q.usages {
			if !q.payable[i] {
				continue
			}
			k := usageKey{u.JobID, u.Round, q.provider}
			best[k] = max(best[k], u.CumulativeGpuSeconds)
		}
	}
	var jobs []int64
	var rounds []int32
	var provs [][]byte
	for k := range best {
		jobs, rounds, provs = append(jobs, int64(k.job)), append(rounds, int32(k.round)), append(provs, k.provider.Bytes())
	}
	// Per round, the highest counter already sent: read down the round's index from the top
	// until a batched or settled entry, so the cost does not grow with the round's history (a
	// GROUP BY over every entry of the batch's jobs did, and slowed settlement as the queue aged).
	sent := map[usageKey]uint64{}
	rows, err := tx.QueryContext(ctx, `SELECT k.job_id, k.round, k.provider, top.cum
		FROM unnest($2::bigint[], $3::integer[], $4::bytea[]) AS k(job_id, round, provider)
		CROSS JOIN LATERAL (SELECT u.cumulative_gpu_seconds AS cum
			FROM settlement_usages u JOIN settlement_reports r ON r.id = u.report_id
			WHERE u.chain_id = $1 AND u.job_id = k.job_id AND u.round = k.round AND u.provider = k.provider
				AND r.state IN ('batched', 'settled') AND u.intake NOT LIKE 'refused:%'
			ORDER BY u.cumulative_gpu_seconds DESC LIMIT 1) top`, s.chainID, jobs, rounds, provs)
	if err != nil {
		return nil, nil, fmt.Errorf("read sent usage: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var job, cum int64
		var round int
		var prov []byte
		if err := rows.Scan(&job, &round, &prov, &cum); err != nil {
			return nil, nil, fmt.Errorf("scan sent usage: %w", err)
		}
		sent[usageKey{uint64(job), uint8(round), common.BytesToAddress(prov)}] = uint64(cum)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	for _, q := range claimed {
		useful := false
		for i, u := range q.usages {
			k := usageKey{u.JobID, u.Round, q.provider}
			if !q.payable[i] {
				continue
			}
			if u.CumulativeGpuSeconds == best[k] && u.CumulativeGpuSeconds > sent[k] {
				useful = true
				break
			}
		}
		if useful {
			keep = append(keep, q)
		} else {
			superseded = append(superseded, q.id)
		}
	}
	return keep, superseded, nil
}

// age is how long ago t was by the service's clock.
func (s *Service) age(t time.Time) time.Duration { return s.clock.Now().Sub(t) }
