// Package money writes GIN amounts the way people read them. On chain, in the API's JSON number
// fields and in Postgres, amounts stay exact integers of wei (10^-18 GIN); every text a person
// reads — problem details, trail entries, matching explanations, the CLI — goes through here.
package money

import (
	"math/big"
	"strings"
)

var weiPerGIN = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// FormatGIN writes an amount in wei as GIN: exact (up to 18 decimals, no trailing zeros, never
// through a float), thousands separated, with the unit — "1,000,000 GIN", "0.002 GIN".
func FormatGIN(wei *big.Int) string {
	if wei == nil {
		wei = new(big.Int)
	}
	sign := ""
	if wei.Sign() < 0 {
		sign = "-"
	}
	whole, frac := new(big.Int).QuoRem(new(big.Int).Abs(wei), weiPerGIN, new(big.Int))
	digits := whole.String()
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac.Sign() > 0 {
		f := strings.TrimRight(leftPad(frac.String(), 18), "0")
		b.WriteString("." + f)
	}
	b.WriteString(" GIN")
	return b.String()
}

func leftPad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

// FormatGINString is FormatGIN for a decimal wei string (as the API and Postgres keep amounts);
// a string that is not one is returned as it is, followed by " wei".
func FormatGINString(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei + " wei"
	}
	return FormatGIN(v)
}

// FormatPrice writes a price in wei per GPU-second: "0.002 GIN per GPU-second".
func FormatPrice(weiPerGpuSecond *big.Int) string {
	return FormatGIN(weiPerGpuSecond) + " per GPU-second"
}

// FormatPriceString is FormatPrice for a decimal wei string.
func FormatPriceString(weiPerGpuSecond string) string {
	return FormatGINString(weiPerGpuSecond) + " per GPU-second"
}

// Plain writes an amount in wei as a bare decimal number of GIN ("1000000", "0.002"): for a
// command line a person pastes, as `gin deposit` and `gin stake` read it.
func Plain(wei *big.Int) string {
	s := FormatGIN(wei)
	return strings.ReplaceAll(strings.TrimSuffix(s, " GIN"), ",", "")
}
