package siwe

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: Parse never panics, every failure is a *ParseError on a line the text has (or the one
// just past its end), and every success is an exact round trip that Validate accepts.
func FuzzParse(f *testing.F) {
	for _, tc := range roundTrips {
		f.Add(tc.text)
	}
	for _, tc := range parseErrorCases {
		f.Add(tc.text())
	}
	f.Add(strings.Join(baseLines, "\n"))
	f.Fuzz(func(t *testing.T, text string) {
		m, err := Parse(text)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrMalformedMessage) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if lines := strings.Count(text, "\n") + 1; pe.Line < 1 || pe.Line > lines+1 {
				t.Fatalf("error on line %d of a %d-line text: %v", pe.Line, lines, err)
			}
			if len(err.Error()) > 1024 {
				t.Fatalf("error text of %d bytes", len(err.Error()))
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("accepted invalid UTF-8 %q", text)
		}
		out := m.String()
		if out != text {
			t.Fatalf("String() does not round-trip:\n got %q\nwant %q", out, text)
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("String() output does not parse: %v", err)
		}
		if !reflect.DeepEqual(m, again) {
			t.Fatalf("re-parse differs:\n%#v\n%#v", m, again)
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("Validate refuses a parsed message: %v", err)
		}
	})
}

// FuzzVerifySignature: whatever the text and signature bytes, Verify and the signature decoders
// never panic, and no signature verifies unless alice's key made it — the seeds hold none that
// she did, only the high-s twin of one, another key's signature and junk. Because the
// Expectations are complete, every refusal must be one of the client-error sentinels.
func FuzzVerifySignature(f *testing.F) {
	text := loginMessage(alice, nonce).String()
	good := metaMaskSign(f, aliceKey, text)
	f.Add(text, highSTwin(good))
	f.Add(text, metaMaskSign(f, malloryKey, text))
	f.Add(text, []byte{})
	f.Add(text, make([]byte, 65))
	f.Add(text, []byte("0x"+strings.Repeat("ab", 65)))
	f.Add("", []byte{0xff})

	want := expectations("")
	want.CheckNonce = func(string) error { return nil } // accept every nonce: only the signature stands in the way
	sentinels := []error{ErrMalformedMessage, ErrDomainMismatch, ErrURIMismatch, ErrChainMismatch, ErrExpired, ErrNotYetValid, ErrBadSignature, ErrSignerMismatch, ErrNonceRejected}

	f.Fuzz(func(t *testing.T, text string, sig []byte) {
		if dec, err := DecodeSignature(string(sig)); err == nil && len(dec) != SignatureLength {
			t.Fatalf("DecodeSignature returned %d bytes", len(dec))
		} else if err != nil && !errors.Is(err, ErrBadSignature) {
			t.Fatalf("DecodeSignature error %v is not ErrBadSignature", err)
		}
		if _, err := RecoverSigner([]byte(text), sig); err != nil && !errors.Is(err, ErrBadSignature) {
			t.Fatalf("RecoverSigner error %v is not ErrBadSignature", err)
		}
		m, err := Verify(text, sig, want, now)
		if err == nil {
			t.Fatalf("verified a signature alice did not make: %x over %q as %#v", sig, text, m)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("refusal %v matches no sentinel", err)
	})
}
