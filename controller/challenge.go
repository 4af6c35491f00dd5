package controller

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
)

// ErrEvidence is returned by Challenge when the acknowledgement cannot void the dispute.
var ErrEvidence = errors.New("the acknowledgement does not void this fault report")

// Challenge relays a provider's evidence against dispute id to FaultDisputes: a staked
// controller's acknowledgement of a heartbeat later than the claimed silence. Anyone may send it
// on chain; controllers relay it so a provider needs no gas and no RPC. It is checked first, so a
// useless acknowledgement costs nothing.
func (f *Faults) Challenge(ctx context.Context, id uint64, ack chain.HeartbeatAck, sig []byte) (common.Hash, error) {
	d, err := bind.Call(f.k.DisputesC, &bind.CallOpts{Context: ctx}, f.k.Disputes.PackGetDispute(new(big.Int).SetUint64(id)), f.k.Disputes.UnpackGetDispute)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read dispute %d: %w", id, err)
	}
	switch {
	case d.State != 1:
		return common.Hash{}, fmt.Errorf("%w: dispute %d is not pending", ErrEvidence, id)
	case d.Provider != ack.Provider:
		return common.Hash{}, fmt.Errorf("%w: dispute %d is about %s, the acknowledgement about %s", ErrEvidence, id, d.Provider.Hex(), ack.Provider.Hex())
	case ack.Timestamp <= uint64(d.SilentSince) || ack.Timestamp > uint64(d.ObservedAt):
		return common.Hash{}, fmt.Errorf("%w: acknowledged at %d, not within the claimed silence (%d, %d]", ErrEvidence, ack.Timestamp, d.SilentSince, d.ObservedAt)
	}
	signer, err := chain.Recover(f.k.Deployment.DisputesDomain().Digest(ack.StructHash()), sig)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	ok, err := bind.Call(f.k.EscrowC, &bind.CallOpts{Context: ctx}, f.k.Escrow.PackIsController(signer), f.k.Escrow.UnpackIsController)
	if err != nil {
		return common.Hash{}, err
	}
	if !ok {
		return common.Hash{}, fmt.Errorf("%w: signed by %s, not a staked controller", ErrEvidence, signer.Hex())
	}
	rc, err := f.sender.Send(ctx, f.k.DisputesC, f.k.Disputes.PackChallenge(new(big.Int).SetUint64(id), ack.Binding(), sig))
	if err != nil {
		return common.Hash{}, fmt.Errorf("challenge dispute %d: %w", id, err)
	}
	return rc.TxHash, nil
}
