package apiv1

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
)

// TLSPin is the pin of a certificate's key, as a provider registers it (ProviderRegistration's
// tlsPin): "sha256/" and the base64 SHA-256 of its SubjectPublicKeyInfo.
func TLSPin(c *x509.Certificate) string {
	sum := sha256.Sum256(c.RawSubjectPublicKeyInfo)
	return "sha256/" + base64.StdEncoding.EncodeToString(sum[:])
}
