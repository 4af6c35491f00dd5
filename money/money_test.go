package money

import (
	"math/big"
	"testing"
)

func TestFormatGIN(t *testing.T) {
	for _, c := range []struct {
		wei  string
		want string
	}{
		{"0", "0 GIN"},
		{"1", "0.000000000000000001 GIN"},
		{"2000000000000000", "0.002 GIN"},
		{"1000000000000000000", "1 GIN"},
		{"1500000000000000000", "1.5 GIN"},
		{"999000000000000000000", "999 GIN"},
		{"1000000000000000000000", "1,000 GIN"},
		{"1000000000000000000000000", "1,000,000 GIN"},
		{"1234567891000000000000000", "1,234,567.891 GIN"},
		{"-2500000000000000000000", "-2,500 GIN"},
	} {
		v, _ := new(big.Int).SetString(c.wei, 10)
		if got := FormatGIN(v); got != c.want {
			t.Errorf("FormatGIN(%s) = %q, want %q", c.wei, got, c.want)
		}
		if got := FormatGINString(c.wei); got != c.want {
			t.Errorf("FormatGINString(%s) = %q, want %q", c.wei, got, c.want)
		}
	}
	if got := FormatGIN(nil); got != "0 GIN" {
		t.Errorf("nil: %q", got)
	}
	if got := FormatGINString("12x"); got != "12x wei" {
		t.Errorf("not a number: %q", got)
	}
	if got := FormatPrice(big.NewInt(2e15)); got != "0.002 GIN per GPU-second" {
		t.Errorf("price: %q", got)
	}
}

func TestPlain(t *testing.T) {
	v, _ := new(big.Int).SetString("1234567891000000000000000", 10)
	if got := Plain(v); got != "1234567.891" {
		t.Errorf("Plain = %q", got)
	}
}
