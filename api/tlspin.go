package api

import (
	"net/url"
	"regexp"
)

var pinPattern = regexp.MustCompile(`^sha256/[A-Za-z0-9+/]{43}=$`)

// checkPin checks a registration's TLS pin against its endpoint: an https endpoint names the
// SHA-256 of its key (required outside a dev chain, where there is no other way to know the
// provider's key), a plain-HTTP one names none. It returns the pin to store (nil for none).
func checkPin(f *fields, endpoint string, pin *string, dev bool) *string {
	u, err := url.Parse(endpoint)
	if err != nil {
		return nil // the endpoint's own check says why
	}
	switch {
	case pin != nil && u.Scheme != "https":
		f.add("tlsPin", "is for https endpoints; the endpoint is %s", u.Scheme)
	case pin != nil && !pinPattern.MatchString(*pin):
		f.add("tlsPin", "must be sha256/ and the base64 SHA-256 of the certificate's SubjectPublicKeyInfo (44 characters), e.g. sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
	case pin == nil && u.Scheme == "https" && !dev:
		f.add("tlsPin", "is required with an https endpoint: the gateway accepts only the key it names (gin-agent registers it for you)")
	default:
		if pin == nil || *pin == "" {
			return nil
		}
		return pin
	}
	return nil
}
