package siwe

import (
	"strings"
	"testing"
)

func TestValidURI(t *testing.T) {
	valid := []string{
		"https://app.gintonic.dev/login",
		"https://app.gintonic.dev/login?next=%2Fjobs%2F42&x=1#top",
		"https://app.gintonic.dev",
		"https://app.gintonic.dev:8443/",
		"https://user:p%40ss@app.gintonic.dev/",
		"http://127.0.0.1:8080/v1",
		"http://[::1]:8080/",
		"http://[::ffff:192.0.2.1]/",
		"http://[v1.fe80::a+en1]/",
		"file:///etc/gintonic.toml",
		"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
		"urn:gintonic:job:42",
		"did:pkh:eip155:1:0x2c7536E3605D9C16a7a3D7b1898e529396a65c23",
		"mailto:ops@gintonic.dev",
		"a:",
		"x:/absolute/path",
		"x:?only-query",
		"git+ssh://git@github.com/gintonic/gintonic.git",
	}
	for _, s := range valid {
		if err := validURI(s); err != nil {
			t.Errorf("validURI(%q): %v", s, err)
		}
	}

	invalid := []struct{ uri, why string }{
		{"", "URI is empty"},
		{"/login", "not an absolute URI"},
		{"//app.gintonic.dev/login", "not an absolute URI"},
		{"app.gintonic.dev", "not an absolute URI"},
		{"1http://x", "must start with a letter"},
		{":x", "scheme is empty"},
		{"ht_tp://x", "'_' is not allowed"},
		{"http://exa mple.com/", "host: a space is not allowed"},
		{"http://x/%g0", `path: "%" is not followed by two hex digits`},
		{"http://x/%2", `path: "%" is not followed by two hex digits`},
		{"http://x/é", "path: a non-ASCII character is not allowed"},
		{"http://x/{id}", "path: '{' is not allowed"},
		{"http://x/a\\b", `path: '\\' is not allowed`},
		{"http://x/a\tb", "path: control character 0x09 is not allowed"},
		{"http://x/?a=\"b\"", `query: '"' is not allowed`},
		{"http://x/#a b", "fragment: a space is not allowed"},
		{"http://[::1/", `"[" without a closing "]"`},
		{"http://[::1]x/", `unexpected 'x' after "]"`},
		{"http://[192.0.2.1]/", "not an IPv6 address"},
		{"http://[fe80::1%25en0]/", "not an IPv6 address"},
		{"http://[v.x]/", "not an IPvFuture address"},
		{"http://[v1.]/", "not an IPvFuture address"},
		{"http://[vg.x]/", "IPvFuture version: 'g' is not allowed"},
		{"http://host:8a/", "port: 'a' is not allowed"},
		{"http://a@b@c/", "userinfo: '@' is not allowed"},
		{"http://a:b:c/", "port: 'b' is not allowed"},
		{"http://x[/", "host: '[' is not allowed"},
	}
	for _, tc := range invalid {
		err := validURI(tc.uri)
		if err == nil {
			t.Errorf("validURI(%q) accepted", tc.uri)
			continue
		}
		if !strings.Contains(err.Error(), tc.why) {
			t.Errorf("validURI(%q) = %v, want the reason %q", tc.uri, err, tc.why)
		}
	}
}

func TestQuoteTruncates(t *testing.T) {
	if got := quote(strings.Repeat("a", 1000)); len(got) > 100 || !strings.HasSuffix(got, "…") {
		t.Errorf("quote of 1000 bytes = %q", got)
	}
}
