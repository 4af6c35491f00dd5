package runtime

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strings"

	"github.com/distribution/reference"
)

// checkImageRef refuses an image reference whose registry is on a private, loopback, link-local
// or otherwise internal address: the engine pulls as root from the provider's network, so such a
// reference would make it connect into the provider's LAN (and report what it found there in
// the job's trail). Names without a registry host (gintonic/runtime:dev, ubuntu) are Docker Hub
// references or images built on this machine and pass. lookup, when not nil, resolves registry
// host names so a public-looking name that resolves to a private address is refused too (the
// engine resolves again when it pulls; see the README for what that leaves open).
func checkImageRef(ctx context.Context, ref string, lookup func(context.Context, string) ([]netip.Addr, error)) error {
	named, err := reference.ParseNormalizedNamed(strings.TrimSpace(ref))
	if err != nil {
		return fmt.Errorf("%w: image reference %q is not valid (%v); use registry/repository:tag or @sha256:digest", ErrRefused, ref, err)
	}
	domain := reference.Domain(named)
	host := domain
	if h, _, err := net.SplitHostPort(domain); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	refuse := func(why string) error {
		return fmt.Errorf("%w: image %q names the registry %s, %s; providers pull only from public registries: "+
			"push the image to one (Docker Hub, ghcr.io, ...) and use that reference", ErrRefused, ref, domain, why)
	}
	lh := strings.ToLower(host)
	if lh == "localhost" || strings.HasSuffix(lh, ".localhost") || strings.HasSuffix(lh, ".local") ||
		strings.HasSuffix(lh, ".internal") || strings.HasSuffix(lh, ".lan") || strings.HasSuffix(lh, ".home.arpa") {
		return refuse("which is a local or internal name")
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if internalAddr(a) {
			return refuse("which is a private, loopback or link-local address")
		}
		return nil
	}
	if lookup == nil || domain == "docker.io" || !strings.Contains(host, ".") {
		return nil
	}
	addrs, err := lookup(ctx, host)
	if err != nil {
		return nil // the pull fails and says so; nothing internal was reached through the name
	}
	for _, a := range addrs {
		if internalAddr(a) {
			return refuse(fmt.Sprintf("whose name resolves to the internal address %s", a))
		}
	}
	return nil
}

// internalAddr is an address a marketplace client must never make the provider's engine reach.
func internalAddr(a netip.Addr) bool {
	a = a.Unmap()
	return !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() ||
		netip.MustParsePrefix("100.64.0.0/10").Contains(a) || // carrier-grade NAT, Tailscale
		netip.MustParsePrefix("192.0.0.0/24").Contains(a) ||
		netip.MustParsePrefix("198.18.0.0/15").Contains(a) ||
		netip.MustParsePrefix("0.0.0.0/8").Contains(a)
}

func resolveHost(ctx context.Context, host string) ([]netip.Addr, error) {
	return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
}
