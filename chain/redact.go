package chain

import (
	"net/url"
	"strings"
)

// RedactURL is a URL fit for logs and errors: node providers put API keys in the user
// information, the path or the query of RPC URLs, so only the scheme, host and port are kept
// ("/…" marks what was cut).
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return RedactScheme(raw)
	}
	r := u.Scheme + "://" + u.Host
	if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		r += "/…"
	}
	return r
}

// RedactScheme keeps only the scheme of a URL that does not parse (or any secret-bearing string).
func RedactScheme(raw string) string {
	if i := strings.Index(raw, "://"); i > 0 {
		return raw[:i+3] + "…"
	}
	return "…"
}
