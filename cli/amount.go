package cli

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// parseGIN reads an amount of GIN ("1000", "0.5", "1,000") as wei; never through a float.
func parseGIN(s string) (*big.Int, error) {
	d, err := decimal.NewFromString(strings.ReplaceAll(strings.TrimSpace(s), ",", ""))
	if err != nil {
		return nil, fmt.Errorf("%q is not an amount of GIN (e.g. 1000 or 0.25)", s)
	}
	wei := d.Shift(18)
	if !wei.Equal(wei.Truncate(0)) {
		return nil, fmt.Errorf("%q has more than 18 decimals", s)
	}
	if wei.Sign() <= 0 {
		return nil, fmt.Errorf("%q must be more than 0 GIN", s)
	}
	return wei.BigInt(), nil
}

// formatGIN writes wei as GIN with up to 18 decimals and no trailing zeros.
func formatGIN(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	return decimal.NewFromBigInt(wei, -18).String()
}

func weiString(s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	return formatGIN(v)
}
