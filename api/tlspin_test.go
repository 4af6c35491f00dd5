package api

import (
	"strings"
	"testing"
)

// TestCheckPin: an https endpoint must name its key outside a dev chain, a pin must look like
// one, and a plain-HTTP endpoint has none.
func TestCheckPin(t *testing.T) {
	good := "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
	bad := "sha256/nope"
	for _, c := range []struct {
		endpoint string
		pin      *string
		dev      bool
		want     string // "" accepted
	}{
		{"https://gpu1.example:8443", &good, false, ""},
		{"https://gpu1.example:8443", nil, false, "tlsPin: is required with an https endpoint"},
		{"https://gpu1.example:8443", nil, true, ""},
		{"https://gpu1.example:8443", &bad, false, "tlsPin: must be sha256/"},
		{"http://127.0.0.1:8443", &good, true, "tlsPin: is for https endpoints"},
		{"http://127.0.0.1:8443", nil, true, ""},
	} {
		var f fields
		got := checkPin(&f, c.endpoint, c.pin, c.dev)
		err := f.err()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s pin %v dev %v: refused: %v", c.endpoint, c.pin != nil, c.dev, err)
		case c.want != "" && (err == nil || !strings.Contains(err.(*Problem).Detail, c.want)):
			t.Errorf("%s pin %v dev %v: %v, want %q", c.endpoint, c.pin != nil, c.dev, err, c.want)
		case c.want == "" && c.pin != nil && (got == nil || *got != *c.pin):
			t.Errorf("%s: the pin to store is %v", c.endpoint, got)
		}
	}
}
