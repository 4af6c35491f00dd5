package netguard

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
)

// ProviderTransport reaches provider endpoints, and only them: the dialer refuses the addresses
// CheckIP refuses (after DNS resolution, so a rebinding name gets nothing), no proxy from the
// environment is used, and an https endpoint must present the key pinned at its registration
// (whatever CA signed it, if any). Connections to a pinned endpoint are pooled per pin, so a
// re-registered key is never served a connection verified for the old one.
type ProviderTransport struct {
	allowPrivate bool
	mu           sync.Mutex
	byPin        map[string]*http.Transport
}

// NewProviderTransport is the transport to providers; allowPrivate lets it reach loopback and
// private addresses (dev chains only).
func NewProviderTransport(allowPrivate bool) *ProviderTransport {
	return &ProviderTransport{allowPrivate: allowPrivate, byPin: map[string]*http.Transport{}}
}

// For is the round tripper to an endpoint pinned to pin ("" for plain HTTP, or https verified
// against the system's roots).
func (p *ProviderTransport) For(pin string) http.RoundTripper {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t, ok := p.byPin[pin]; ok {
		return t
	}
	if len(p.byPin) > 10_000 {
		for _, t := range p.byPin {
			t.CloseIdleConnections()
		}
		clear(p.byPin)
	}
	d := &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second, Control: Control(p.allowPrivate)}
	t := &http.Transport{
		Proxy:                  nil,
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           1024,
		MaxIdleConnsPerHost:    256,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    5 * time.Second,
		ResponseHeaderTimeout:  5 * time.Minute, // a long completion answers its headers late
		MaxResponseHeaderBytes: 64 << 10,
		ExpectContinueTimeout:  time.Second,
	}
	if pin != "" {
		t.TLSClientConfig = &tls.Config{
			MinVersion: tls.VersionTLS12,
			// The chain is not checked against any CA: the pinned key is the provider's identity.
			InsecureSkipVerify: true,
			VerifyConnection: func(cs tls.ConnectionState) error {
				if len(cs.PeerCertificates) == 0 {
					return errors.New("the provider presented no certificate")
				}
				if got := apiv1.TLSPin(cs.PeerCertificates[0]); got != pin {
					return fmt.Errorf("the provider's key is %s, not the %s pinned at its registration", got, pin)
				}
				return nil
			},
		}
	}
	p.byPin[pin] = t
	return t
}
