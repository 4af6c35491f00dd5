package netguard_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/netguard"
)

// TestProviderTransportPinsAndGuards: the gateway talks to an https provider only when it shows
// the key pinned at registration (a hijacked name with another certificate gets nothing), and
// outside a dev chain never dials loopback or private addresses, whatever the name resolves to.
func TestProviderTransportPinsAndGuards(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) }))
	defer srv.Close()
	pin := apiv1.TLSPin(srv.Certificate())
	// httptest's servers share one built-in certificate: the impostor gets a key of its own.
	impostor := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("stolen")) }))
	impostor.TLS = &tls.Config{Certificates: []tls.Certificate{selfSigned(t)}}
	impostor.StartTLS()
	defer impostor.Close()

	dev := netguard.NewProviderTransport(true)
	get := func(rt http.RoundTripper, url string) (string, error) {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		rsp, err := rt.RoundTrip(req)
		if err != nil {
			return "", err
		}
		defer rsp.Body.Close()
		b := make([]byte, 16)
		n, _ := rsp.Body.Read(b)
		return string(b[:n]), nil
	}
	if body, err := get(dev.For(pin), srv.URL); err != nil || body != "ok" {
		t.Fatalf("the pinned provider: %q %v", body, err)
	}
	// The same pin, another key: a DNS or BGP hijack of the provider's name.
	if body, err := get(dev.For(pin), impostor.URL); err == nil || !strings.Contains(err.Error(), "not the "+pin) {
		t.Fatalf("an impostor's certificate was accepted: %q %v", body, err)
	}
	prod := netguard.NewProviderTransport(false)
	if _, err := get(prod.For(pin), srv.URL); !errors.Is(err, netguard.ErrForbidden) {
		t.Fatalf("outside a dev chain the gateway dialed %s: %v", srv.URL, err)
	}
	if _, err := get(prod.For(""), "http://169.254.169.254/latest/meta-data/"); !errors.Is(err, netguard.ErrForbidden) {
		t.Fatalf("the gateway dialed the metadata address: %v", err)
	}
	if _, err := get(dev.For(""), "http://169.254.169.254/latest/meta-data/"); !errors.Is(err, netguard.ErrForbidden) {
		t.Fatalf("even on a dev chain the metadata address is refused: %v", err)
	}
}

func selfSigned(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
