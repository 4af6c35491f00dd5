package settlement

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/gintonic/gintonic/chain"
)

// Kinds of outbox transactions.
const (
	txKindSettle   = "settle_batch"
	txKindFailure  = "report_failure"
	txKindFinalize = "finalize_job"
	// txKindCloseRound closes a failed-over round after its settlement window: what its provider
	// did not settle goes back to the client and its collateral is freed.
	txKindCloseRound = "close_round"
)

// outgoing is a transaction signed and stored, ready to broadcast.
type outgoing struct {
	id           int64
	tx           *types.Transaction
	attestations int
}

// prepare estimates gas for calldata to the escrow, assigns the sender's next nonce, signs an
// EIP-1559 transaction and stores it (outbox row and first attempt) in tx. A call that would revert
// fails here, before any nonce is used: the service does not send transactions that revert.
func (s *Service) prepare(ctx context.Context, tx *sql.Tx, kind string, jobID uint64, calldata []byte, attestations int) (*outgoing, error) {
	to := s.cfg.Deployment.Escrow
	gas, err := s.chain.EstimateGas(ctx, ethereum.CallMsg{From: s.sender, To: &to, Data: calldata})
	if err != nil {
		return nil, fmt.Errorf("estimate %s gas: %w", kind, chain.DecodeRevert(err))
	}
	gas += gas / 5 // estimates run on the pending state; timestamps can cost a little more once mined
	if err := lockKey(ctx, tx, "sender", s.sender); err != nil {
		return nil, fmt.Errorf("lock sender: %w", err)
	}
	nonce, err := s.nextNonce(ctx, tx)
	if err != nil {
		return nil, err
	}
	tip, feeCap, err := s.fees(ctx, nil, nil)
	if err != nil {
		return nil, err
	}
	signed, err := s.sign(nonce, gas, tip, feeCap, calldata)
	if err != nil {
		return nil, err
	}
	var job any
	if jobID != 0 {
		job = int64(jobID)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO settlement_txs (chain_id, sender, nonce, kind, job_id, calldata, gas_limit, attestations, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		s.chainID, s.sender.Bytes(), int64(nonce), kind, job, calldata, int64(gas), attestations, s.clock.Now()).Scan(&id); err != nil {
		return nil, fmt.Errorf("store %s transaction: %w", kind, err)
	}
	if err := s.storeAttempt(ctx, tx, id, signed); err != nil {
		return nil, err
	}
	return &outgoing{id: id, tx: signed, attestations: attestations}, nil
}

// nextNonce is the first nonce neither the outbox nor the chain has used. Nonces are assigned only
// under the sender lock, so instances sharing a key never hand out one twice.
// lockSender serializes, across instances, the transactions that claim work and give it the
// sender's next nonce: claims then take nonces in the order they were made, so a job's later
// attestation can never go out under a lower nonce than an earlier one (which the escrow would
// then pay nothing for). The lock ends with tx.
func (s *Service) lockSender(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, $2))`,
		"gintonic-settlement-sender:"+s.sender.Hex(), s.chainID); err != nil {
		return fmt.Errorf("lock the sender %s: %w", s.sender.Hex(), err)
	}
	return nil
}

func (s *Service) nextNonce(ctx context.Context, tx *sql.Tx) (uint64, error) {
	if err := s.lockSender(ctx, tx); err != nil {
		return 0, err
	}
	var stored sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(nonce) FROM settlement_txs WHERE chain_id = $1 AND sender = $2 AND state <> 'dropped'`,
		s.chainID, s.sender.Bytes()).Scan(&stored); err != nil {
		return 0, fmt.Errorf("read last nonce: %w", err)
	}
	onChain, err := s.chain.NonceAt(ctx, s.sender, nil)
	if err != nil {
		return 0, fmt.Errorf("read nonce of %s: %w", s.sender, err)
	}
	if stored.Valid && uint64(stored.Int64)+1 > onChain {
		return uint64(stored.Int64) + 1, nil
	}
	return onChain, nil
}

// fees returns EIP-1559 fees: the suggested tip and twice the base fee on top, within the
// configured caps. Given the previous attempt's fees it returns a replacement's: both at least
// 12.5% higher (nodes demand 10%), still within the caps.
func (s *Service) fees(ctx context.Context, prevTip, prevCap *big.Int) (tip, feeCap *big.Int, err error) {
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read base fee: %w", err)
	}
	tip, err = s.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	if prevTip != nil {
		tip = maxBig(tip, bump(prevTip))
	}
	tip = minBig(tip, s.cfg.MaxTipCap)
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if prevCap != nil {
		feeCap = maxBig(feeCap, bump(prevCap))
	}
	feeCap = minBig(feeCap, s.cfg.MaxFeeCap)
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

func bump(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(1125))
	return y.Div(y, big.NewInt(1000)).Add(y, big.NewInt(1))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func (s *Service) sign(nonce, gas uint64, tip, feeCap *big.Int, calldata []byte) (*types.Transaction, error) {
	to := s.cfg.Deployment.Escrow
	signed, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(s.cfg.Deployment.ChainID), Nonce: nonce, To: &to,
		Gas: gas, GasTipCap: tip, GasFeeCap: feeCap, Data: calldata,
	})
	if err != nil {
		return nil, fmt.Errorf("sign transaction with nonce %d: %w", nonce, err)
	}
	return signed, nil
}

func (s *Service) storeAttempt(ctx context.Context, tx *sql.Tx, id int64, signed *types.Transaction) error {
	raw, err := signed.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode transaction: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO settlement_attempts (tx_hash, tx_id, raw, gas_fee_cap, gas_tip_cap, created_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, signed.Hash().Bytes(), id, raw,
		pgtype.Numeric{Int: signed.GasFeeCap(), Valid: true}, pgtype.Numeric{Int: signed.GasTipCap(), Valid: true}, s.clock.Now()); err != nil {
		return fmt.Errorf("store attempt %s: %w", signed.Hash(), err)
	}
	return nil
}

// broadcast sends a stored transaction. Failures are logged, not returned: the transaction is in
// the outbox and track sends it again.
func (s *Service) broadcast(ctx context.Context, id int64, signed *types.Transaction) {
	s.mu.Lock()
	s.sent[id] = s.clock.Now()
	s.mu.Unlock()
	err := s.chain.SendTransaction(ctx, signed)
	if err != nil && !harmlessSendError(err) {
		s.log.Warn("broadcast failed; will retry", "tx", id, "hash", signed.Hash(), "nonce", signed.Nonce(), "err", err)
		return
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE settlement_txs SET state = 'sent', sent_at = coalesce(sent_at, $2) WHERE id = $1 AND state = 'signed'`,
		id, s.clock.Now()); err != nil {
		s.log.Warn("record broadcast", "tx", id, "err", err)
	}
}

// rebroadcastDue reports whether a transaction still waiting for a receipt should be sent to the
// node again: it was never sent by this instance (a restart), or not for a while (a node may drop
// transactions from its pool, and a reorg may have taken it out of a block).
func (s *Service) rebroadcastDue(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	last, ok := s.sent[id]
	return !ok || s.age(last) >= max(s.cfg.ReplaceAfter/4, time.Second)
}

// forget drops what this instance remembers of a finished transaction.
func (s *Service) forget(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sent, id)
}

// harmlessSendError: the node has the transaction already, or its nonce is used (by it or by a
// replacement); the receipt will tell.
func harmlessSendError(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"already known", "known transaction", "nonce too low", "replacement transaction underpriced", "already imported"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
