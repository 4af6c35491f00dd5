// Package netguard decides which network addresses the controller may connect to on a
// provider's behalf. Providers choose their own endpoints, so every address they name is
// checked at registration and again at dial time (after DNS resolution), which keeps a
// provider from turning the gateway into a proxy into the controller's own network.
package netguard

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
)

// ErrForbidden is wrapped by every refusal, so callers can tell a policy refusal from a
// resolution or parse failure.
var ErrForbidden = errors.New("address not allowed")

// Ranges refused outside development. Metadata, unspecified, multicast and broadcast
// addresses are refused even in development: nothing legitimate listens there.
var (
	alwaysDenied = prefixes(
		"0.0.0.0/8",          // "this network"; dialing 0.0.0.0 reaches the local host
		"169.254.169.254/32", // cloud metadata (AWS, GCP, Azure, OpenStack)
		"169.254.170.2/32",   // AWS ECS task metadata
		"100.100.100.200/32", // Alibaba Cloud metadata
		"fd00:ec2::254/128",  // AWS metadata over IPv6
		"224.0.0.0/4",        // multicast
		"240.0.0.0/4",        // reserved, including 255.255.255.255
		"::/128",             // unspecified
		"ff00::/8",           // multicast
	)
	privateDenied = prefixes(
		"127.0.0.0/8",     // loopback
		"10.0.0.0/8",      // RFC 1918
		"172.16.0.0/12",   // RFC 1918
		"192.168.0.0/16",  // RFC 1918
		"100.64.0.0/10",   // carrier-grade NAT (RFC 6598)
		"169.254.0.0/16",  // link-local
		"192.0.0.0/24",    // IETF protocol assignments
		"198.18.0.0/15",   // benchmarking
		"192.0.2.0/24",    // documentation
		"198.51.100.0/24", // documentation
		"203.0.113.0/24",  // documentation
		"::1/128",         // loopback
		"fc00::/7",        // unique local
		"fe80::/10",       // link-local
		"2001:db8::/32",   // documentation
	)
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

func prefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// CheckIP returns nil when the controller may connect to ip. allowPrivate (a development
// chain) admits loopback, private, CGNAT and link-local addresses; metadata, unspecified,
// multicast and reserved addresses are refused regardless.
func CheckIP(ip net.IP, allowPrivate bool) error {
	addr, ok := netip.AddrFromSlice(ip)
	if !ok {
		return fmt.Errorf("%w: %q is not an IP address", ErrForbidden, ip.String())
	}
	return checkAddr(addr, allowPrivate)
}

func checkAddr(addr netip.Addr, allowPrivate bool) error {
	addr = addr.Unmap().WithZone("")
	candidates := []netip.Addr{addr}
	// IPv6 forms that carry an IPv4 address reach that address through a translator.
	if addr.Is6() && (nat64.Contains(addr) || sixToFour.Contains(addr)) {
		b := addr.As16()
		var v4 [4]byte
		if nat64.Contains(addr) {
			copy(v4[:], b[12:16])
		} else {
			copy(v4[:], b[2:6])
		}
		candidates = append(candidates, netip.AddrFrom4(v4))
	}
	for _, a := range candidates {
		for _, p := range alwaysDenied {
			if p.Contains(a) {
				return fmt.Errorf("%w: %s is in %s", ErrForbidden, addr, p)
			}
		}
		if allowPrivate {
			continue
		}
		for _, p := range privateDenied {
			if p.Contains(a) {
				return fmt.Errorf("%w: %s is in %s (private, loopback or link-local; allowed only on a development chain)", ErrForbidden, addr, p)
			}
		}
	}
	return nil
}

// Resolver is the part of *net.Resolver that CheckURLWith needs.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// CheckURL validates a provider endpoint: an absolute http(s) URL with no userinfo, query,
// fragment or dot-segments, https unless dev, whose host resolves only to addresses that
// CheckIP admits. dev is true on a development chain.
func CheckURL(ctx context.Context, raw string, dev bool) error {
	return CheckURLWith(ctx, net.DefaultResolver, raw, dev)
}

// CheckURLWith is CheckURL with an explicit resolver.
func CheckURLWith(ctx context.Context, r Resolver, raw string, dev bool) error {
	u, err := ParseEndpoint(raw, dev)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		return checkAddr(ip, dev)
	}
	addrs, err := r.LookupIPAddr(ctx, host)
	if err != nil {
		return fmt.Errorf("resolve %q: %w", host, err)
	}
	if len(addrs) == 0 {
		return fmt.Errorf("resolve %q: no addresses", host)
	}
	// Every address must pass: the dialer may pick any of them.
	for _, a := range addrs {
		if err := CheckIP(a.IP, dev); err != nil {
			return fmt.Errorf("%s resolves to a refused address: %w", host, err)
		}
	}
	return nil
}

// ParseEndpoint checks the shape of an endpoint URL without resolving it.
func ParseEndpoint(raw string, dev bool) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("endpoint is not a URL: %w", err)
	}
	switch {
	case u.Scheme != "https" && !(dev && u.Scheme == "http"):
		if dev {
			return nil, fmt.Errorf("endpoint must be an http or https URL")
		}
		return nil, fmt.Errorf("endpoint must be an https URL (plain http only on a development chain)")
	case u.Opaque != "" || u.Host == "" || u.Hostname() == "":
		return nil, fmt.Errorf("endpoint must be an absolute URL with a host")
	case u.User != nil:
		return nil, fmt.Errorf("endpoint must not contain user information")
	case u.RawQuery != "" || u.ForceQuery:
		return nil, fmt.Errorf("endpoint must not contain a query")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return nil, fmt.Errorf("endpoint must not contain a fragment")
	}
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		if s, _ := url.PathUnescape(seg); s == "." || s == ".." || strings.Contains(s, "/") || strings.Contains(s, "\\") {
			return nil, fmt.Errorf("endpoint path must not contain dot-segments or encoded slashes")
		}
	}
	if p := u.Port(); p != "" {
		if n, err := net.LookupPort("tcp", p); err != nil || n == 0 {
			return nil, fmt.Errorf("endpoint port %q is not valid", p)
		}
	}
	return u, nil
}

// Control returns a net.Dialer Control function that refuses connections to addresses
// CheckIP refuses. It runs after DNS resolution, on the address actually dialed, which
// defeats DNS rebinding.
func Control(allowPrivate bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("%w: %q", ErrForbidden, address)
		}
		addr, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("%w: %q is not an IP address", ErrForbidden, host)
		}
		return checkAddr(addr, allowPrivate)
	}
}
