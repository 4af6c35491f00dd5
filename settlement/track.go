package settlement

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// inflight is an outbox transaction not yet confirmed, with every signed attempt (newest last).
type inflight struct {
	id        int64
	nonce     uint64
	kind      string
	state     string
	blockHash []byte
	attempts  []*types.Transaction
	lastAt    time.Time // when the newest attempt was signed
}

// track follows every transaction in flight: it sends stored ones that were never broadcast (a
// crash between signing and sending), records receipts, confirms them after enough blocks,
// notices receipts a reorg took away (the transaction is sent again, with the same nonce), replaces
// stuck ones with higher fees, and gives the work of a transaction whose nonce another transaction
// used back to the queue.
func (s *Service) track(ctx context.Context) error {
	open, err := s.inflight(ctx)
	if err != nil || len(open) == 0 {
		return err
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	// A nonce counts as taken by someone else only when it was used Confirmations blocks ago and
	// none of our attempts has a receipt: a receipt that lags behind the state (an RPC behind a
	// load balancer, a reorg in progress) must not requeue work that was paid. The nonce is read
	// before the receipts, so a transaction mined in between shows a receipt.
	var deep *big.Int
	if n := head.Number.Uint64(); n >= s.cfg.Confirmations {
		deep = new(big.Int).SetUint64(n - s.cfg.Confirmations)
	} else {
		deep = big.NewInt(0)
	}
	chainNonce, err := s.chain.NonceAt(ctx, s.sender, deep)
	if err != nil {
		return fmt.Errorf("read nonce: %w", err)
	}
	for _, f := range open {
		rcpt, err := s.receipt(ctx, f)
		if err != nil {
			return err
		}
		switch {
		case rcpt != nil:
			if err := s.mined(ctx, f, rcpt, head.Number.Uint64()); err != nil {
				return err
			}
		case f.nonce < chainNonce:
			if err := s.dropped(ctx, f); err != nil {
				return err
			}
		default:
			if f.state == "mined" {
				s.log.Warn("settlement transaction left the chain (reorg); sending it again", "tx", f.id, "nonce", f.nonce)
				s.forget(f.id)
				if _, err := s.db.ExecContext(ctx, `UPDATE settlement_txs SET state = 'sent', tx_hash = NULL, block_number = NULL, block_hash = NULL, gas_used = NULL, mined_at = NULL WHERE id = $1`, f.id); err != nil {
					return fmt.Errorf("record reorg of tx %d: %w", f.id, err)
				}
			}
			if s.age(f.lastAt) >= s.cfg.ReplaceAfter {
				if err := s.replace(ctx, f); err != nil {
					return err
				}
				continue
			}
			if f.state == "signed" || s.rebroadcastDue(f.id) {
				s.broadcast(ctx, f.id, f.attempts[len(f.attempts)-1])
			}
		}
	}
	return nil
}

func (s *Service) inflight(ctx context.Context) ([]*inflight, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.id, t.nonce, t.kind, t.state, t.block_hash, a.raw, a.created_at
		FROM settlement_txs t JOIN settlement_attempts a ON a.tx_id = t.id
		WHERE t.chain_id = $1 AND t.sender = $2 AND t.state IN ('signed', 'sent', 'mined')
		ORDER BY t.nonce, a.created_at, a.tx_hash`, s.chainID, s.sender.Bytes())
	if err != nil {
		return nil, fmt.Errorf("load transactions in flight: %w", err)
	}
	defer rows.Close()
	var out []*inflight
	for rows.Next() {
		var f inflight
		var raw []byte
		var at time.Time
		var nonce int64
		if err := rows.Scan(&f.id, &nonce, &f.kind, &f.state, &f.blockHash, &raw, &at); err != nil {
			return nil, fmt.Errorf("scan transaction in flight: %w", err)
		}
		f.nonce = uint64(nonce)
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decode stored transaction %d: %w", f.id, err)
		}
		if n := len(out); n > 0 && out[n-1].id == f.id {
			out[n-1].attempts = append(out[n-1].attempts, tx)
			out[n-1].lastAt = at
			continue
		}
		f.attempts, f.lastAt = []*types.Transaction{tx}, at
		out = append(out, &f)
	}
	return out, rows.Err()
}

// receipt returns the receipt of whichever attempt was mined, or nil.
func (s *Service) receipt(ctx context.Context, f *inflight) (*types.Receipt, error) {
	for i := len(f.attempts) - 1; i >= 0; i-- {
		r, err := s.chain.TransactionReceipt(ctx, f.attempts[i].Hash())
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", f.attempts[i].Hash(), err)
		}
	}
	return nil, nil
}

// mined records a receipt and confirms the transaction once it has enough blocks on top.
func (s *Service) mined(ctx context.Context, f *inflight, r *types.Receipt, head uint64) error {
	if f.state != "mined" || common.BytesToHash(f.blockHash) != r.BlockHash {
		if _, err := s.db.ExecContext(ctx, `UPDATE settlement_txs SET state = 'mined', tx_hash = $2, block_number = $3, block_hash = $4, gas_used = $5, mined_at = $6
			WHERE id = $1`, f.id, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.GasUsed), s.clock.Now()); err != nil {
			return fmt.Errorf("record receipt of tx %d: %w", f.id, err)
		}
		s.log.Debug("settlement transaction mined", "tx", f.id, "hash", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
	}
	if head+1 < r.BlockNumber.Uint64()+s.cfg.Confirmations {
		return nil
	}
	return s.confirm(ctx, f, r)
}

// dropped handles a nonce the chain used for a transaction that is none of ours (the key was used
// elsewhere): nothing of this one was paid, so its reports and actions go back to the queue.
func (s *Service) dropped(ctx context.Context, f *inflight) error {
	s.log.Warn("nonce used by a transaction the service did not send; requeueing its work", "tx", f.id, "nonce", f.nonce)
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE settlement_txs SET state = 'dropped' WHERE id = $1 AND state IN ('signed', 'sent', 'mined')`, f.id)
		if err != nil {
			return fmt.Errorf("drop tx %d: %w", f.id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		return s.requeue(ctx, tx, f.id, false)
	})
}

// requeue returns the reports and actions of outbox transaction id to the queue; reverted ones
// count an attempt, and reports that used up their attempts are marked failed.
func (s *Service) requeue(ctx context.Context, tx *sql.Tx, id int64, reverted bool) error {
	inc := 0
	if reverted {
		inc = 1
	}
	if _, err := tx.ExecContext(ctx, `UPDATE settlement_reports SET tx_id = NULL, attempts = attempts + $2,
		state = CASE WHEN attempts + $2 >= $3 THEN 'failed' ELSE 'pending' END WHERE tx_id = $1`, id, inc, s.cfg.MaxAttempts); err != nil {
		return fmt.Errorf("requeue reports of tx %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE settlement_actions SET tx_id = NULL, state = 'pending' WHERE tx_id = $1`, id); err != nil {
		return fmt.Errorf("requeue actions of tx %d: %w", id, err)
	}
	return nil
}

// replace signs the same call with the same nonce and higher fees, stores it, then sends it.
func (s *Service) replace(ctx context.Context, f *inflight) error {
	last := f.attempts[len(f.attempts)-1]
	tip, feeCap, err := s.fees(ctx, last.GasTipCap(), last.GasFeeCap())
	if err != nil {
		return err
	}
	if feeCap.Cmp(bump(last.GasFeeCap())) < 0 || tip.Cmp(bump(last.GasTipCap())) < 0 {
		s.log.Warn("transaction stuck at the fee cap; raise MaxFeeCap/MaxTipCap", "tx", f.id, "nonce", f.nonce, "feeCap", last.GasFeeCap())
		s.broadcast(ctx, f.id, last)
		return nil
	}
	signed, err := s.sign(f.nonce, last.Gas(), tip, feeCap, last.Data())
	if err != nil {
		return err
	}
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return s.storeAttempt(ctx, tx, f.id, signed) }); err != nil {
		return err
	}
	s.log.Info("replacing stuck transaction", "tx", f.id, "nonce", f.nonce, "hash", signed.Hash(), "feeCap", feeCap, "tip", tip)
	s.broadcast(ctx, f.id, signed)
	return nil
}
