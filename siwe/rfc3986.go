package siwe

import (
	"fmt"
	"net/netip"
	"strings"
)

// The grammar of RFC 3986, written out rather than borrowed from net/url: url.Parse is a
// forgiving parser for fetching things (it takes spaces, relative references, raw Unicode), and a
// signed message must match the EIP-4361 ABNF exactly, or two parsers could read one signature as
// two different messages. Each function returns an error that says which character is wrong.

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

// sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
func isSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }

// gen-delims = ":" / "/" / "?" / "#" / "[" / "]" / "@"
func isGenDelim(c byte) bool { return strings.IndexByte(":/?#[]@", c) >= 0 }

// describe names a byte for an error message; the offending byte may be a control character or
// part of a multi-byte UTF-8 sequence, which %q on a lone byte would print confusingly.
func describe(c byte) string {
	switch {
	case c == ' ':
		return "a space"
	case c < 0x20 || c == 0x7f:
		return fmt.Sprintf("control character 0x%02x", c)
	case c >= 0x80:
		return "a non-ASCII character"
	default:
		return fmt.Sprintf("%q", c)
	}
}

// checkChars checks that s is made of bytes allowed by ok and of pct-encoded triplets when
// pct is true. what names the grammar rule for the error.
func checkChars(s, what string, pct bool, ok func(byte) bool) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if pct && c == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return fmt.Errorf("%s: \"%%\" is not followed by two hex digits", what)
			}
			i += 2
			continue
		}
		if !ok(c) {
			return fmt.Errorf("%s: %s is not allowed", what, describe(c))
		}
	}
	return nil
}

// pchar = unreserved / pct-encoded / sub-delims / ":" / "@"   (pct-encoded handled by checkChars)
func isPchar(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' }

// isPathChar is pchar plus the "/" between segments.
func isPathChar(c byte) bool { return isPchar(c) || c == '/' }

// query = fragment = *( pchar / "/" / "?" )
func isQueryChar(c byte) bool { return isPchar(c) || c == '/' || c == '?' }

// validScheme reports whether s is an RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func validScheme(s string) error {
	if s == "" {
		return fmt.Errorf("scheme is empty")
	}
	if !isAlpha(s[0]) {
		return fmt.Errorf("scheme %s must start with a letter", quote(s))
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return fmt.Errorf("scheme %s: %s is not allowed (letters, digits, \"+\", \"-\", \".\")", quote(s), describe(c))
		}
	}
	return nil
}

// validAuthority checks authority = [ userinfo "@" ] host [ ":" port ]. requireHost is set for the
// SIWE domain, where an empty host (legal in "file:///x") would name nobody.
func validAuthority(s string, requireHost bool) error {
	hostport := s
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		// userinfo = *( unreserved / pct-encoded / sub-delims / ":" ); it cannot hold "@", so a
		// second "@" shows up as a bad character here.
		if err := checkChars(s[:at], "userinfo", true, func(c byte) bool {
			return isUnreserved(c) || isSubDelim(c) || c == ':'
		}); err != nil {
			return err
		}
		hostport = s[at+1:]
	}
	host, port := hostport, ""
	hasPort := false
	if strings.HasPrefix(hostport, "[") {
		end := strings.IndexByte(hostport, ']')
		if end < 0 {
			return fmt.Errorf("host %s: \"[\" without a closing \"]\"", quote(hostport))
		}
		host = hostport[:end+1]
		rest := hostport[end+1:]
		if rest != "" {
			if rest[0] != ':' {
				return fmt.Errorf("host %s: unexpected %s after \"]\"", quote(hostport), describe(rest[0]))
			}
			port, hasPort = rest[1:], true
		}
		if err := validIPLiteral(host[1 : len(host)-1]); err != nil {
			return err
		}
	} else {
		if i := strings.IndexByte(hostport, ':'); i >= 0 {
			host, port, hasPort = hostport[:i], hostport[i+1:], true
		}
		// reg-name = *( unreserved / pct-encoded / sub-delims ); IPv4address is a subset of it.
		if err := checkChars(host, "host", true, func(c byte) bool {
			return isUnreserved(c) || isSubDelim(c)
		}); err != nil {
			return err
		}
	}
	if requireHost && host == "" {
		return fmt.Errorf("host is empty")
	}
	if hasPort {
		// port = *DIGIT
		if err := checkChars(port, "port", false, isDigit); err != nil {
			return err
		}
	}
	return nil
}

// validIPLiteral checks the inside of "[...]": IPv6address / IPvFuture.
func validIPLiteral(s string) error {
	if len(s) > 0 && (s[0] == 'v' || s[0] == 'V') {
		// IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
		dot := strings.IndexByte(s, '.')
		if dot < 2 || dot == len(s)-1 {
			return fmt.Errorf("IP literal %s is not an IPvFuture address (v<hex>.<address>)", quote(s))
		}
		if err := checkChars(s[1:dot], "IPvFuture version", false, isHex); err != nil {
			return err
		}
		return checkChars(s[dot+1:], "IPvFuture address", false, func(c byte) bool {
			return isUnreserved(c) || isSubDelim(c) || c == ':'
		})
	}
	// netip accepts zones ("fe80::1%eth0") and IPv4; RFC 3986 allows neither inside brackets.
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() || a.Zone() != "" {
		return fmt.Errorf("IP literal %s is not an IPv6 address", quote(s))
	}
	return nil
}

// validURI checks URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]: an absolute URI,
// never a relative reference.
func validURI(s string) error {
	if s == "" {
		return fmt.Errorf("URI is empty")
	}
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return fmt.Errorf("%s is not an absolute URI (no scheme)", quote(s))
	}
	if err := validScheme(s[:colon]); err != nil {
		return fmt.Errorf("%s: %w", quote(s), err)
	}
	rest := s[colon+1:]
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		if err := checkChars(rest[i+1:], "fragment", true, isQueryChar); err != nil {
			return fmt.Errorf("%s: %w", quote(s), err)
		}
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		if err := checkChars(rest[i+1:], "query", true, isQueryChar); err != nil {
			return fmt.Errorf("%s: %w", quote(s), err)
		}
		rest = rest[:i]
	}
	// hier-part = "//" authority path-abempty / path-absolute / path-rootless / path-empty. Without
	// the "//" the path cannot start with "//" either, which the first branch already claims, so
	// every remaining form is just pchars and slashes.
	if strings.HasPrefix(rest, "//") {
		auth := rest[2:]
		path := ""
		if i := strings.IndexByte(auth, '/'); i >= 0 {
			auth, path = auth[:i], auth[i:]
		}
		if err := validAuthority(auth, false); err != nil {
			return fmt.Errorf("%s: %w", quote(s), err)
		}
		rest = path
	}
	if err := checkChars(rest, "path", true, isPathChar); err != nil {
		return fmt.Errorf("%s: %w", quote(s), err)
	}
	return nil
}

// quote is %q for error messages, cut short so a hostile megabyte of input does not come back as
// a megabyte of error text.
func quote(s string) string {
	const max = 80
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
