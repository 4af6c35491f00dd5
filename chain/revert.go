package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/bindings/disputes"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/gintoken"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/bindings/timelock"
)

// RevertError is a contract revert decoded into the custom error the contract declared.
type RevertError struct {
	Name string         // e.g. "InsufficientBalance"
	Args map[string]any // argument name → value
	Raw  []byte         // the revert data
	err  error          // the RPC error it came from
}

func (e *RevertError) Error() string {
	return "contract reverted: " + e.Signature()
}

// Signature renders the error as Name(arg: value, ...), in declaration order.
func (e *RevertError) Signature() string {
	ae, ok := knownErrors[selector(e.Raw)]
	if !ok {
		return e.Name
	}
	parts := make([]string, 0, len(ae.Inputs))
	for _, in := range ae.Inputs {
		parts = append(parts, fmt.Sprintf("%s: %v", in.Name, e.Args[in.Name]))
	}
	return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
}

func (e *RevertError) Unwrap() error { return e.err }

// knownErrors maps a 4-byte selector to the custom errors of all five contracts (and the
// OpenZeppelin errors they inherit). Same-named errors share a selector, so the merge is safe.
var knownErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, md := range []*abi.ABI{
		mustABI(gintoken.GinTokenMetaData.ParseABI()),
		mustABI(staking.ProviderStakingMetaData.ParseABI()),
		mustABI(escrow.AuctionEscrowMetaData.ParseABI()),
		mustABI(disputes.FaultDisputesMetaData.ParseABI()),
		mustABI(timelock.GinTimelockMetaData.ParseABI()),
	} {
		for _, e := range md.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			m[sel] = e
		}
	}
	// Error(string) and Panic(uint256) from require/assert.
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	for _, e := range []abi.Error{
		abi.NewError("Error", abi.Arguments{{Name: "message", Type: str}}),
		abi.NewError("Panic", abi.Arguments{{Name: "code", Type: u256}}),
	} {
		var sel [4]byte
		copy(sel[:], e.ID[:4])
		m[sel] = e
	}
	return m
}()

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(fmt.Sprintf("generated bindings hold an invalid ABI: %v", err))
	}
	return a
}

func selector(data []byte) [4]byte {
	var s [4]byte
	copy(s[:], data)
	return s
}

// dataError is the interface of RPC errors that carry revert data (rpc.DataError).
type dataError interface {
	Error() string
	ErrorData() any
}

// DecodeRevert turns an RPC error carrying revert data into a *RevertError naming the contract's
// custom error and its arguments. Other errors are returned unchanged.
func DecodeRevert(err error) error {
	if err == nil {
		return nil
	}
	var de dataError
	if !errors.As(err, &de) {
		return err
	}
	var raw []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return err
		}
		raw = b
	case []byte:
		raw = d
	default:
		return err
	}
	return decodeRevertData(raw, err)
}

func decodeRevertData(raw []byte, cause error) error {
	if len(raw) < 4 {
		return fmt.Errorf("contract reverted without a reason: %w", cause)
	}
	ae, ok := knownErrors[selector(raw)]
	if !ok {
		return fmt.Errorf("contract reverted with unknown error %x: %w", raw[:4], cause)
	}
	args := map[string]any{}
	if err := ae.Inputs.UnpackIntoMap(args, raw[4:]); err != nil {
		return fmt.Errorf("contract reverted with malformed %s data: %w", ae.Name, cause)
	}
	return &RevertError{Name: ae.Name, Args: args, Raw: raw, err: cause}
}

// IsRevert reports whether err is a decoded revert with the given custom error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}
