package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/market"
)

func jsonDecoder(r io.Reader) *json.Decoder {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	return dec
}

// decodeProblem explains a JSON decoding error to the client, naming the field when it can.
func decodeProblem(err error) *Problem {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF):
		return badRequest("the request body is empty; send a JSON object")
	case errors.As(err, &typeErr):
		var f fields
		f.add(typeErr.Field, "must be %s, not a JSON %s", typeErr.Type.String(), typeErr.Value)
		return f.err().(*Problem)
	case errors.As(err, &syntaxErr):
		return badRequest("malformed JSON at byte %d: %v", syntaxErr.Offset, err)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		var f fields
		f.add(strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), "is not a field of this request")
		return f.err().(*Problem)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("the JSON body ends early")
	}
	return &Problem{Status: http.StatusBadRequest, Type: "bad-request", Title: "Bad request", Detail: err.Error()}
}

// maxUint256 bounds every amount: anything larger cannot be a uint256 on chain.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// amount parses a decimal wei string; bits bounds it (the contract's own ranges).
func amount(f *fields, field, s string, bits int, positive bool) *big.Int {
	if s == "" {
		f.add(field, "is required (a decimal integer of GIN wei)")
		return nil
	}
	if len(s) > 78 || strings.TrimLeft(s, "0123456789") != "" {
		f.add(field, "must be a decimal integer of GIN wei (digits only, no sign, decimals or exponent), got %q", market.Truncate(s, 40))
		return nil
	}
	v, _ := new(big.Int).SetString(s, 10)
	switch {
	case v.BitLen() > bits:
		f.add(field, "must be below 2^%d wei", bits)
		return nil
	case positive && v.Sign() == 0:
		f.add(field, "must be greater than 0")
		return nil
	}
	return v
}

// address parses a 0x-hex address, accepting any case but refusing a wrong EIP-55 checksum.
func address(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", market.Truncate(s, 60))
	}
	a := common.HexToAddress(s)
	hasUpper, hasLower := strings.ToLower(s) != s, strings.ToUpper(s[2:]) != s[2:]
	if hasUpper && hasLower && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%q has a wrong EIP-55 checksum (did you mean %s?)", s, a.Hex())
	}
	return a, nil
}

// signature decodes a 65-byte 0x-hex signature.
func signature(s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("must be 0x-prefixed hex: %v", err)
	}
	if len(b) != 65 {
		return nil, fmt.Errorf("must be 65 bytes (r, s, v), got %d", len(b))
	}
	return b, nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

// deref is *p, or the zero value for nil: the optional fields of a request.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
