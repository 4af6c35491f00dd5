package netguard

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
)

func TestCheckIP(t *testing.T) {
	for _, tc := range []struct {
		ip        string
		prod, dev bool // allowed in production, allowed in development
	}{
		{"8.8.8.8", true, true},
		{"2606:4700:4700::1111", true, true},
		{"127.0.0.1", false, true},
		{"127.5.6.7", false, true},
		{"::1", false, true},
		{"10.0.0.7", false, true},
		{"172.16.3.4", false, true},
		{"172.32.0.1", true, true},
		{"192.168.1.1", false, true},
		{"100.64.0.1", false, true},
		{"169.254.1.1", false, true},
		{"fe80::1", false, true},
		{"fd12::1", false, true},
		{"169.254.169.254", false, false},
		{"::ffff:169.254.169.254", false, false},
		{"::ffff:127.0.0.1", false, true},
		{"64:ff9b::a9fe:a9fe", false, false}, // NAT64 of the metadata address
		{"64:ff9b::7f00:1", false, true},     // NAT64 of loopback
		{"2002:a00:1::", false, true},        // 6to4 of 10.0.0.1
		{"fd00:ec2::254", false, false},
		{"100.100.100.200", false, false},
		{"0.0.0.0", false, false},
		{"::", false, false},
		{"224.0.0.1", false, false},
		{"ff02::1", false, false},
		{"255.255.255.255", false, false},
	} {
		ip := net.ParseIP(tc.ip)
		if ip == nil {
			t.Fatalf("bad test IP %q", tc.ip)
		}
		if err := CheckIP(ip, false); (err == nil) != tc.prod {
			t.Errorf("CheckIP(%s, prod) = %v, want allowed=%v", tc.ip, err, tc.prod)
		} else if err != nil && !errors.Is(err, ErrForbidden) {
			t.Errorf("CheckIP(%s) error %v does not wrap ErrForbidden", tc.ip, err)
		}
		if err := CheckIP(ip, true); (err == nil) != tc.dev {
			t.Errorf("CheckIP(%s, dev) = %v, want allowed=%v", tc.ip, err, tc.dev)
		}
	}
}

type fakeResolver map[string][]string

func (f fakeResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	ss, ok := f[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	var out []net.IPAddr
	for _, s := range ss {
		out = append(out, net.IPAddr{IP: net.ParseIP(s)})
	}
	return out, nil
}

func TestCheckURL(t *testing.T) {
	r := fakeResolver{
		"gpu.example.com":  {"8.8.8.8"},
		"evil.example.com": {"8.8.8.8", "10.0.0.7"}, // one bad answer is enough to refuse
		"meta.example.com": {"169.254.169.254"},
		"lan.example.com":  {"192.168.0.10"},
	}
	for _, tc := range []struct {
		url       string
		dev       bool
		wantError string // "" = allowed
	}{
		{"https://gpu.example.com", false, ""},
		{"https://gpu.example.com:8443/base/path", false, ""},
		{"http://gpu.example.com", false, "https"},
		{"http://gpu.example.com", true, ""},
		{"ftp://gpu.example.com", true, "http"},
		{"https://user:pw@gpu.example.com", false, "user information"},
		{"https://gpu.example.com/?x=1", false, "query"},
		{"https://gpu.example.com/?", false, "query"},
		{"https://gpu.example.com/#frag", false, "fragment"},
		{"https://gpu.example.com/a/../b", false, "dot-segments"},
		{"https://gpu.example.com/a/%2e%2e/b", false, "dot-segments"},
		{"https://gpu.example.com/a%2fb", false, "dot-segments"},
		{"https:///nohost", false, "host"},
		{"https://evil.example.com", false, "not allowed"},
		{"https://evil.example.com", true, ""},
		{"https://meta.example.com", true, "not allowed"},
		{"https://lan.example.com", false, "not allowed"},
		{"https://169.254.169.254/latest/meta-data", true, "not allowed"},
		{"https://[::1]:8080", false, "not allowed"},
		{"http://127.0.0.1:8080", true, ""},
		{"https://nx.example.com", false, "resolve"},
		{"https://gpu.example.com:0", false, "port"},
	} {
		err := CheckURLWith(context.Background(), r, tc.url, tc.dev)
		switch {
		case tc.wantError == "" && err != nil:
			t.Errorf("CheckURL(%q, dev=%v) = %v, want allowed", tc.url, tc.dev, err)
		case tc.wantError != "" && (err == nil || !strings.Contains(err.Error(), tc.wantError)):
			t.Errorf("CheckURL(%q, dev=%v) = %v, want error containing %q", tc.url, tc.dev, err, tc.wantError)
		}
	}
}

// TestCheckURLOddForms: numeric host spellings that some resolvers read as loopback are refused
// one way or the other (they do not parse as an address, and what they resolve to is checked).
func TestCheckURLOddForms(t *testing.T) {
	for _, u := range []string{"https://2130706433", "https://0x7f.0.0.1", "https://0177.0.0.1", "https://127.1", "https://localhost."} {
		if err := CheckURL(context.Background(), u, false); err == nil {
			t.Errorf("CheckURL(%q) allowed", u)
		}
	}
}

// TestControlRefusesRebinding dials through a Dialer using Control: the check runs on the
// address actually connected to, whatever a name resolved to at registration.
func TestControlRefusesRebinding(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	d := net.Dialer{Control: Control(false)}
	if _, err := d.Dial("tcp", ln.Addr().String()); err == nil || !errors.Is(err, ErrForbidden) {
		t.Fatalf("dial loopback in production = %v, want ErrForbidden", err)
	}
	d = net.Dialer{Control: Control(true)}
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatalf("dial loopback in development: %v", err)
	}
	c.Close()
}
