package siwe

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// baseLines is a valid message using every field; each error case breaks one thing in it.
var baseLines = []string{
	"https://app.gintonic.dev wants you to sign in with your Ethereum account:", // 1
	"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23",                                // 2
	"",                                    // 3
	"Sign in to Gintonic.",                // 4
	"",                                    // 5
	"URI: https://app.gintonic.dev/login", // 6
	"Version: 1",                          // 7
	"Chain ID: 8453",                      // 8
	"Nonce: K7QZ4M2XHRD6PJ3WVN5TBYCA2E",   // 9
	"Issued At: 2025-06-01T11:59:50.000Z", // 10
	"Expiration Time: 2025-06-01T12:10:00.000Z", // 11
	"Not Before: 2025-06-01T11:59:50.000Z",      // 12
	"Request ID: login-1",                       // 13
	"Resources:",                                // 14
	"- https://app.gintonic.dev/terms",          // 15
}

// Edits of baseLines, lines numbered from 1 as in the errors.
func set(n int, s string) func([]string) []string {
	return func(l []string) []string { l[n-1] = s; return l }
}
func del(n int) func([]string) []string {
	return func(l []string) []string { return slices.Delete(l, n-1, n) }
}
func ins(n int, s string) func([]string) []string {
	return func(l []string) []string { return slices.Insert(l, n-1, s) }
}
func upTo(n int) func([]string) []string { // keep lines 1..n
	return func(l []string) []string { return l[:n] }
}
func swap(a, b int) func([]string) []string {
	return func(l []string) []string { l[a-1], l[b-1] = l[b-1], l[a-1]; return l }
}

func TestParseBaseIsValid(t *testing.T) {
	text := strings.Join(baseLines, "\n")
	m, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if m.String() != text {
		t.Fatal("base message does not round-trip")
	}
}

// parseErrorCase is one way to break a message and the error Parse must give for it.
type parseErrorCase struct {
	name string
	edit func([]string) []string
	raw  *string // the whole text, instead of an edit
	line int
	want string
}

func (tc parseErrorCase) text() string {
	if tc.raw != nil {
		return *tc.raw
	}
	return strings.Join(tc.edit(slices.Clone(baseLines)), "\n")
}

// parseErrorCases is shared with FuzzParse, which starts from these texts.
var parseErrorCases = []parseErrorCase{
	{name: "empty text", raw: ptr(""), line: 1,
		want: `line 1: want "<domain> wants you to sign in with your Ethereum account:", got ""`},
	{name: "CRLF line endings", raw: ptr(strings.Join(baseLines, "\r\n")), line: 1,
		want: `line 1: carriage return; EIP-4361 messages use LF ("\n") line endings, not CRLF`},
	{name: "stray CR", edit: set(8, "Chain ID: 8453\r"), line: 8,
		want: `line 8: carriage return; EIP-4361 messages use LF ("\n") line endings, not CRLF`},
	{name: "header without colon", edit: set(1, "app.gintonic.dev wants you to sign in with your Ethereum account"), line: 1,
		want: `line 1: want "<domain> wants you to sign in with your Ethereum account:", got "app.gintonic.dev wants you to sign in with your Ethereum account"`},
	{name: "header wrong case", edit: set(1, "app.gintonic.dev wants you to sign in with your ethereum account:"), line: 1,
		want: `line 1: want "<domain> wants you to sign in with your Ethereum account:", got "app.gintonic.dev wants you to sign in with your ethereum account:"`},
	{name: "scheme starting with digit", edit: set(1, "1https://app.gintonic.dev wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: scheme: scheme "1https" must start with a letter`},
	{name: "empty scheme", edit: set(1, "://app.gintonic.dev wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: scheme: scheme is empty`},
	{name: "scheme with underscore", edit: set(1, "my_app://app.gintonic.dev wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: scheme: scheme "my_app": '_' is not allowed (letters, digits, "+", "-", ".")`},
	{name: "empty domain", edit: set(1, " wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: empty; want the site's host, like app.gintonic.dev`},
	{name: "domain with path", edit: set(1, "https://app.gintonic.dev/login wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "app.gintonic.dev/login" is not an RFC 3986 authority: host: '/' is not allowed`},
	{name: "domain with space", edit: set(1, "evil .example wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "evil .example" is not an RFC 3986 authority: host: a space is not allowed`},
	{name: "domain with unicode", edit: set(1, "gintönic.dev wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "gintönic.dev" is not an RFC 3986 authority: host: a non-ASCII character is not allowed`},
	{name: "domain bad port", edit: set(1, "app.gintonic.dev:80a wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "app.gintonic.dev:80a" is not an RFC 3986 authority: port: 'a' is not allowed`},
	{name: "domain port only", edit: set(1, ":8080 wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: ":8080" is not an RFC 3986 authority: host is empty`},
	{name: "domain bad IPv6", edit: set(1, "[::g] wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "[::g]" is not an RFC 3986 authority: IP literal "::g" is not an IPv6 address`},
	{name: "domain unclosed bracket", edit: set(1, "[::1 wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "[::1" is not an RFC 3986 authority: host "[::1": "[" without a closing "]"`},
	{name: "domain bad percent escape", edit: set(1, "app%2.dev wants you to sign in with your Ethereum account:"), line: 1,
		want: `line 1: domain: "app%2.dev" is not an RFC 3986 authority: host: "%" is not followed by two hex digits`},
	{name: "no address", edit: upTo(1), line: 2,
		want: `line 2: message ends early; want the address`},
	{name: "address lowercase", edit: set(2, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23"), line: 2,
		want: `line 2: address: 0x2c7536e3605d9c16a7a3d7b1898e529396a65c23 is not EIP-55 checksummed; write it as 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23`},
	{name: "address one letter wrong case", edit: set(2, "0x2c7536E3605D9C16a7a3D7b1898e529396a65C23"), line: 2,
		want: `line 2: address: 0x2c7536E3605D9C16a7a3D7b1898e529396a65C23 is not EIP-55 checksummed; write it as 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23`},
	{name: "address too short", edit: set(2, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c2"), line: 2,
		want: `line 2: address: "0x2c7536E3605D9C16a7a3D7b1898e529396a65c2" is not "0x" followed by 40 hex digits`},
	{name: "address 0X prefix", edit: set(2, "0X2c7536E3605D9C16a7a3D7b1898e529396a65c23"), line: 2,
		want: `line 2: address: "0X2c7536E3605D9C16a7a3D7b1898e529396a65c23" is not "0x" followed by 40 hex digits`},
	{name: "address not hex", edit: set(2, "0x2c7536E3605D9C16a7a3D7b1898e529396a65g23"), line: 2,
		want: `line 2: address: "0x2c7536E3605D9C16a7a3D7b1898e529396a65g23": 'g' is not a hex digit`},
	{name: "ENS name for address", edit: set(2, "alice.eth"), line: 2,
		want: `line 2: address: "alice.eth" is not "0x" followed by 40 hex digits`},
	{name: "no empty line after address", edit: del(3), line: 3,
		want: `line 3: want an empty line after the address, got "Sign in to Gintonic."`},
	{name: "ends after address", edit: upTo(2), line: 3,
		want: `line 3: message ends early; want an empty line after the address`},
	{name: "statement with double quote", edit: set(4, `Sign in to "Gintonic".`), line: 4,
		want: `line 4: statement: '"' at column 12 is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;=`},
	{name: "statement with percent", edit: set(4, "Save 10% on GPUs"), line: 4,
		want: `line 4: statement: '%' at column 8 is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;=`},
	{name: "statement with non-ASCII", edit: set(4, "Sign in — Gintonic"), line: 4,
		want: `line 4: statement: a non-ASCII character at column 9 is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;=`},
	{name: "statement with tab", edit: set(4, "Sign\tin"), line: 4,
		want: `line 4: statement: control character 0x09 at column 5 is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;=`},
	{name: "statement on two lines", edit: ins(5, "and rent GPUs."), line: 5,
		want: `line 5: want an empty line after the statement (statements are one line), got "and rent GPUs."`},
	{name: "no empty line after statement", edit: del(5), line: 5,
		want: `line 5: want an empty line after the statement (statements are one line), got "URI: https://app.gintonic.dev/login"`},
	{name: "empty statement", edit: set(4, ""), line: 4,
		want: `line 4: statement: empty statement line; without a statement the address is followed by exactly two empty lines`},
	{name: "only one empty line without statement", edit: func(l []string) []string { return slices.Delete(l, 3, 5) }, line: 4,
		want: `line 4: want a statement or an empty line, got the URI line; without a statement the address is followed by exactly two empty lines`},
	{name: "URI key misspelt", edit: set(6, "Uri: https://app.gintonic.dev/login"), line: 6,
		want: `line 6: want "URI: <uri>", got "Uri: https://app.gintonic.dev/login"`},
	{name: "URI relative", edit: set(6, "URI: /login"), line: 6,
		want: `line 6: URI: "/login" is not an absolute URI (no scheme)`},
	{name: "URI empty", edit: set(6, "URI: "), line: 6,
		want: `line 6: URI: URI is empty`},
	{name: "URI with space", edit: set(6, "URI: https://app.gintonic.dev/log in"), line: 6,
		want: `line 6: URI: "https://app.gintonic.dev/log in": path: a space is not allowed`},
	{name: "URI bad escape", edit: set(6, "URI: https://app.gintonic.dev/%zz"), line: 6,
		want: `line 6: URI: "https://app.gintonic.dev/%zz": path: "%" is not followed by two hex digits`},
	{name: "URI bad port", edit: set(6, "URI: https://app.gintonic.dev:https/"), line: 6,
		want: `line 6: URI: "https://app.gintonic.dev:https/": port: 'h' is not allowed`},
	{name: "URI bad query", edit: set(6, "URI: https://app.gintonic.dev/?q=<x>"), line: 6,
		want: `line 6: URI: "https://app.gintonic.dev/?q=<x>": query: '<' is not allowed`},
	{name: "URI bad fragment", edit: set(6, "URI: https://app.gintonic.dev/#a#b"), line: 6,
		want: `line 6: URI: "https://app.gintonic.dev/#a#b": fragment: '#' is not allowed`},
	{name: "version 2", edit: set(7, "Version: 2"), line: 7,
		want: `line 7: Version: "2" is not supported; want "1"`},
	{name: "version missing", edit: del(7), line: 7,
		want: `line 7: want "Version: 1", got "Chain ID: 8453"`},
	{name: "chain id not a number", edit: set(8, "Chain ID: abc"), line: 8,
		want: `line 8: Chain ID: "abc" is not a positive integer`},
	{name: "chain id zero", edit: set(8, "Chain ID: 0"), line: 8,
		want: `line 8: Chain ID: "0" is not a positive integer`},
	{name: "chain id negative", edit: set(8, "Chain ID: -1"), line: 8,
		want: `line 8: Chain ID: "-1" is not a positive integer`},
	{name: "chain id empty", edit: set(8, "Chain ID: "), line: 8,
		want: `line 8: Chain ID: "" is not a positive integer`},
	{name: "chain id hex", edit: set(8, "Chain ID: 0x2105"), line: 8,
		want: `line 8: Chain ID: "0x2105" is not a positive integer`},
	{name: "chain id leading zero", edit: set(8, "Chain ID: 08453"), line: 8,
		want: `line 8: Chain ID: "08453" has a leading zero`},
	{name: "chain id beyond uint64", edit: set(8, "Chain ID: 18446744073709551616"), line: 8,
		want: `line 8: Chain ID: "18446744073709551616" is larger than 18446744073709551615`},
	{name: "nonce too short", edit: set(9, "Nonce: 1234567"), line: 9,
		want: `line 9: Nonce: "1234567" is shorter than 8 characters`},
	{name: "nonce with dash", edit: set(9, "Nonce: abcd-efgh-1234"), line: 9,
		want: `line 9: Nonce: "abcd-efgh-1234": '-' is not allowed; want letters and digits only`},
	{name: "ends before issued at", edit: upTo(9), line: 10,
		want: `line 10: message ends early; want "Issued At: <date-time>"`},
	{name: "issued at not a date", edit: set(10, "Issued At: yesterday"), line: 10,
		want: `line 10: Issued At: "yesterday" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): too short`},
	{name: "issued at 30 February", edit: set(10, "Issued At: 2025-02-30T12:00:00Z"), line: 10,
		want: `line 10: Issued At: "2025-02-30T12:00:00Z" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): day out of range`},
	{name: "issued at with space separator", edit: set(10, "Issued At: 2025-06-01 11:59:50Z"), line: 10,
		want: `line 10: Issued At: "2025-06-01 11:59:50Z" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): want "T" between date and time`},
	{name: "issued at without offset", edit: set(10, "Issued At: 2025-06-01T11:59:50"), line: 10,
		want: `line 10: Issued At: "2025-06-01T11:59:50" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): want "Z" or an offset like +02:00 after the time`},
	{name: "trailing line break", edit: func(l []string) []string { return append(l, "") }, line: 15,
		want: `line 15: message ends with a line break; it must end right after the last field`},
	{name: "trailing line break after issued at", edit: func(l []string) []string { return append(l[:10], "") }, line: 10,
		want: `line 10: message ends with a line break; it must end right after the last field`},
	{name: "expiration time bad", edit: set(11, "Expiration Time: 2025-06-01T12:10:00.000"), line: 11,
		want: `line 11: Expiration Time: "2025-06-01T12:10:00.000" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): want "Z" or an offset like +02:00 after the time`},
	{name: "expiration time without space", edit: set(11, "Expiration Time:2025-06-01T12:10:00.000Z"), line: 11,
		want: `line 11: Expiration Time: want "Expiration Time: <value>", got "Expiration Time:2025-06-01T12:10:00.000Z"`},
	{name: "not before bad", edit: set(12, "Not Before: 2025-06-01T11:59:50.000+0200"), line: 12,
		want: `line 12: Not Before: "2025-06-01T11:59:50.000+0200" is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): want "Z" or an offset like +02:00 after the time`},
	{name: "request id empty", edit: set(13, "Request ID: "), line: 13,
		want: `line 13: Request ID: empty; leave out the Request ID line instead`},
	{name: "request id with slash", edit: set(13, "Request ID: a/b"), line: 13,
		want: `line 13: Request ID: request ID: '/' is not allowed`},
	{name: "fields out of order", edit: swap(11, 12), line: 12,
		want: `line 12: Expiration Time: repeated or out of order; after Not Before only Request ID, Resources may follow, in that order`},
	{name: "field repeated", edit: ins(12, "Expiration Time: 2025-06-01T12:10:00.000Z"), line: 12,
		want: `line 12: Expiration Time: repeated or out of order; after Expiration Time only Not Before, Request ID, Resources may follow, in that order`},
	{name: "unknown field", edit: ins(13, "Statement: hello"), line: 13,
		want: `line 13: unexpected line "Statement: hello"; after Issued At only Expiration Time, Not Before, Request ID and Resources may follow, in that order`},
	{name: "required field after optional", edit: ins(12, "Chain ID: 1"), line: 12,
		want: `line 12: unexpected line "Chain ID: 1"; after Issued At only Expiration Time, Not Before, Request ID and Resources may follow, in that order`},
	{name: "empty line between fields", edit: ins(12, ""), line: 12,
		want: `line 12: unexpected empty line`},
	{name: "resources with value", edit: set(14, "Resources: https://app.gintonic.dev/terms"), line: 14,
		want: `line 14: Resources: want "Resources:" alone on its line, with each resource on a line of its own below it`},
	{name: "resources empty", edit: upTo(14), line: 14,
		want: `line 14: Resources: no resources listed; leave out the Resources line instead`},
	{name: "resource without dash space", edit: set(15, "-https://app.gintonic.dev/terms"), line: 15,
		want: `line 15: Resources: want "- <uri>" (Resources is the last field), got "-https://app.gintonic.dev/terms"`},
	{name: "resource not a URI", edit: set(15, "- terms.pdf"), line: 15,
		want: `line 15: Resources: "terms.pdf" is not an absolute URI (no scheme)`},
	{name: "field after resources", edit: func(l []string) []string { return append(l, "Request ID: late") }, line: 16,
		want: `line 16: Resources: want "- <uri>" (Resources is the last field), got "Request ID: late"`},
	{name: "empty line inside resources", edit: func(l []string) []string { return append(l, "", "- https://x.example") }, line: 16,
		want: `line 16: Resources: want "- <uri>" (Resources is the last field), got ""`},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range parseErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text()
			m, err := Parse(text)
			if err == nil {
				t.Fatalf("Parse accepted:\n%s\nas %#v", text, m)
			}
			if !errors.Is(err, ErrMalformedMessage) {
				t.Errorf("error is not ErrMalformedMessage: %v", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tc.line {
				t.Errorf("error %v: want a *ParseError at line %d", err, tc.line)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
