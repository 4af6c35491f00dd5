package agent

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// endpointTLS is the certificate an https endpoint serves and the pin registered for it. With
// no -tls-cert the agent makes a self-signed ECDSA P-256 certificate once and keeps it in the
// state directory (key file 0600), so the pin survives restarts; the gateway checks the key
// against the pin, never a CA.
func endpointTLS(cfg Config) (*tls.Certificate, string, error) {
	u, err := url.Parse(cfg.Endpoint)
	if err != nil || u.Scheme != "https" {
		return nil, "", nil
	}
	certFile, keyFile := cfg.TLSCert, cfg.TLSKey
	if certFile == "" {
		certFile, keyFile = filepath.Join(cfg.StateDir, "endpoint-cert.pem"), filepath.Join(cfg.StateDir, "endpoint-key.pem")
		if _, err := os.Stat(certFile); errors.Is(err, fs.ErrNotExist) {
			if err := selfSign(u.Hostname(), certFile, keyFile); err != nil {
				return nil, "", fmt.Errorf("make the endpoint's self-signed certificate: %w", err)
			}
		}
	}
	if st, err := os.Stat(keyFile); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, "", fmt.Errorf("TLS key %s is readable by others (mode %v): chmod 600 it", keyFile, st.Mode().Perm())
	}
	c, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, "", fmt.Errorf("load the endpoint's TLS certificate %s: %w", certFile, err)
	}
	leaf, err := x509.ParseCertificate(c.Certificate[0])
	if err != nil {
		return nil, "", fmt.Errorf("parse the endpoint's TLS certificate %s: %w", certFile, err)
	}
	c.Leaf = leaf
	return &c, apiv1.TLSPin(leaf), nil
}

// selfSign writes a fresh self-signed certificate for host, valid for ten years (the pin, not
// the dates, is what the gateway checks).
func selfSign(host, certFile, keyFile string) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: host, Organization: []string{"Gintonic provider"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().AddDate(10, 0, 0),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	if ip := net.ParseIP(host); ip != nil {
		tmpl.IPAddresses = []net.IP{ip}
	} else {
		tmpl.DNSNames = []string{host}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return err
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	if err := writeFileSync(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		return err
	}
	return writeFileSync(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
}
