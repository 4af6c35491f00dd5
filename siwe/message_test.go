package siwe

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// roundTrips are messages as wallets and SIWE libraries write them; each must parse and render
// back byte for byte.
var roundTrips = []struct {
	name  string
	text  string
	check func(t *testing.T, m *Message)
}{
	{
		name: "web app: scheme, statement, expiry, resources",
		text: `https://app.gintonic.dev wants you to sign in with your Ethereum account:
0x2c7536E3605D9C16a7a3D7b1898e529396a65c23

Sign in to Gintonic to rent GPUs. This request will not trigger a blockchain transaction or cost any gas fees.

URI: https://app.gintonic.dev/login
Version: 1
Chain ID: 8453
Nonce: K7QZ4M2XHRD6PJ3WVN5TBYCA2E
Issued At: 2025-06-01T11:59:50.000Z
Expiration Time: 2025-06-01T12:10:00.000Z
Resources:
- https://app.gintonic.dev/terms
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/`,
		check: func(t *testing.T, m *Message) {
			want := &Message{
				Scheme:         "https",
				Domain:         "app.gintonic.dev",
				Address:        alice,
				Statement:      "Sign in to Gintonic to rent GPUs. This request will not trigger a blockchain transaction or cost any gas fees.",
				URI:            "https://app.gintonic.dev/login",
				Version:        "1",
				ChainID:        8453,
				Nonce:          "K7QZ4M2XHRD6PJ3WVN5TBYCA2E",
				IssuedAt:       NewTimestamp(time.Date(2025, 6, 1, 11, 59, 50, 0, time.UTC)),
				ExpirationTime: NewTimestamp(time.Date(2025, 6, 1, 12, 10, 0, 0, time.UTC)),
				Resources: []string{
					"https://app.gintonic.dev/terms",
					"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
				},
			}
			if !reflect.DeepEqual(m, want) {
				t.Errorf("parsed\n%#v\nwant\n%#v", m, want)
			}
		},
	},
	{
		name: "provider agent: no scheme, no statement, required fields only",
		text: `api.gintonic.dev wants you to sign in with your Ethereum account:
0x1dF62f291b2E969fB0849d99D9Ce41e2F137006e


URI: https://api.gintonic.dev/v1/auth/siwe
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z`,
		check: func(t *testing.T, m *Message) {
			if m.Scheme != "" || m.Statement != "" || !m.ExpirationTime.IsZero() || !m.NotBefore.IsZero() || m.RequestID != "" || m.Resources != nil {
				t.Errorf("optional fields set: %#v", m)
			}
			if m.Domain != "api.gintonic.dev" || m.Address != mallory || m.ChainID != 1 || m.Nonce != "32891756" {
				t.Errorf("required fields: %#v", m)
			}
			if got := m.IssuedAt.Time(); !got.Equal(time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)) {
				t.Errorf("issued at %v", got)
			}
		},
	},
	{
		name: "local development: port, every optional field, offsets",
		text: `http://localhost:5173 wants you to sign in with your Ethereum account:
0x2c7536E3605D9C16a7a3D7b1898e529396a65c23

I accept the Gintonic Terms of Service: https://gintonic.dev/tos

URI: http://localhost:5173/
Version: 1
Chain ID: 31337
Nonce: abcdEFGH1234
Issued At: 2025-06-01T14:00:00.123456+02:00
Expiration Time: 2025-06-02T14:00:00+02:00
Not Before: 2025-06-01T09:00:00-03:00
Request ID: req-7f3a9c:retry@2
Resources:
- urn:gintonic:job:42`,
		check: func(t *testing.T, m *Message) {
			if m.Scheme != "http" || m.Domain != "localhost:5173" || m.ChainID != 31337 || m.RequestID != "req-7f3a9c:retry@2" {
				t.Errorf("fields: %#v", m)
			}
			if got, want := m.IssuedAt.Time(), time.Date(2025, 6, 1, 12, 0, 0, 123456000, time.UTC); !got.Equal(want) {
				t.Errorf("issued at %v, want %v", got, want)
			}
			if got, want := m.NotBefore.Time(), time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC); !got.Equal(want) {
				t.Errorf("not before %v, want %v", got, want)
			}
			if len(m.Resources) != 1 {
				t.Errorf("resources %q", m.Resources)
			}
		},
	},
	{
		name: "IPv6 domain, DID and mailto URIs, every statement character",
		text: `[2001:db8::7]:8443 wants you to sign in with your Ethereum account:
0x2c7536E3605D9C16a7a3D7b1898e529396a65c23

Az09-._~:/?#[]@!$&'()*+,;= and spaces

URI: did:pkh:eip155:1:0x2c7536E3605D9C16a7a3D7b1898e529396a65c23
Version: 1
Chain ID: 11155111
Nonce: 00000000
Issued At: 2025-06-01t12:00:00.123456789012z
Resources:
- mailto:ops@gintonic.dev
- https://user:pw@[::1]:8080/a/b;c?d=%2F#frag`,
		check: func(t *testing.T, m *Message) {
			if m.Domain != "[2001:db8::7]:8443" || m.Scheme != "" {
				t.Errorf("domain %q scheme %q", m.Domain, m.Scheme)
			}
			if got, want := m.IssuedAt.Time(), time.Date(2025, 6, 1, 12, 0, 0, 123456789, time.UTC); !got.Equal(want) {
				t.Errorf("issued at %v, want %v", got, want)
			}
		},
	},
	{
		name: "Request ID without other optional fields, custom scheme",
		text: `gintonic-agent+v1://provider-7.gintonic.dev wants you to sign in with your Ethereum account:
0x1dF62f291b2E969fB0849d99D9Ce41e2F137006e


URI: https://api.gintonic.dev/v1/auth/siwe
Version: 1
Chain ID: 8453
Nonce: Q2VNC4ZD7L0XUS0A
Issued At: 2025-06-01T12:00:00Z
Request ID: 6f1c2d3e-9a8b-4c7d-8e6f-5a4b3c2d1e0f`,
		check: func(t *testing.T, m *Message) {
			if m.Scheme != "gintonic-agent+v1" || m.RequestID != "6f1c2d3e-9a8b-4c7d-8e6f-5a4b3c2d1e0f" {
				t.Errorf("fields: %#v", m)
			}
		},
	},
}

func TestParseRoundTrip(t *testing.T) {
	for _, tc := range roundTrips {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(tc.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := m.String(); got != tc.text {
				t.Errorf("String() does not round-trip:\n got %q\nwant %q", got, tc.text)
			}
			if err := m.Validate(); err != nil {
				t.Errorf("Validate on a parsed message: %v", err)
			}
			tc.check(t, m)
		})
	}
}

// A message the server builds in code renders in the form wallets expect and parses back equal.
func TestMessageStringFromCode(t *testing.T) {
	m := loginMessage(alice, "K7QZ4M2XHRD6PJ3WVN5TBYCA2E")
	m.Resources = []string{"https://app.gintonic.dev/terms"}
	want := `https://app.gintonic.dev wants you to sign in with your Ethereum account:
0x2c7536E3605D9C16a7a3D7b1898e529396a65c23

Sign in to Gintonic to rent GPUs.

URI: https://app.gintonic.dev/login
Version: 1
Chain ID: 8453
Nonce: K7QZ4M2XHRD6PJ3WVN5TBYCA2E
Issued At: 2025-06-01T11:59:50.000Z
Expiration Time: 2025-06-01T12:10:00.000Z
Resources:
- https://app.gintonic.dev/terms`
	if got := m.String(); got != want {
		t.Fatalf("String():\n%s\nwant\n%s", got, want)
	}
	back, err := Parse(want)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, m) {
		t.Errorf("parsed back\n%#v\nwant\n%#v", back, m)
	}

	m.Statement = ""
	if got := m.String(); !strings.Contains(got, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23\n\n\nURI: ") {
		t.Errorf("without a statement the address must be followed by two empty lines:\n%s", got)
	}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(m *Message)
		want   string // the *ParseError text
	}{
		{"bad scheme", func(m *Message) { m.Scheme = "ht tp" }, `scheme: scheme "ht tp": a space is not allowed (letters, digits, "+", "-", ".")`},
		{"empty domain", func(m *Message) { m.Domain = "" }, "domain: empty; want the site's host, like app.gintonic.dev"},
		{"domain with path", func(m *Message) { m.Domain = "app.gintonic.dev/login" }, `domain: "app.gintonic.dev/login" is not an RFC 3986 authority: host: '/' is not allowed`},
		{"statement with line break", func(m *Message) { m.Statement = "two\nlines" }, "statement: control character 0x0a at column 4 is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;="},
		{"relative URI", func(m *Message) { m.URI = "/login" }, `URI: "/login" is not an absolute URI (no scheme)`},
		{"no version", func(m *Message) { m.Version = "" }, `Version: "" is not supported; want "1"`},
		{"chain 0", func(m *Message) { m.ChainID = 0 }, "Chain ID: 0 is not a positive integer"},
		{"short nonce", func(m *Message) { m.Nonce = "abc" }, `Nonce: "abc" is shorter than 8 characters`},
		{"no issued at", func(m *Message) { m.IssuedAt = Timestamp{} }, "Issued At: missing"},
		{"request id with space", func(m *Message) { m.RequestID = "a b" }, "Request ID: request ID: a space is not allowed"},
		{"bad resource", func(m *Message) { m.Resources = []string{"https://ok.example", "not a uri"} }, `Resources[1]: "not a uri" is not an absolute URI (no scheme)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := loginMessage(alice, "K7QZ4M2XHRD6PJ3WVN5TBYCA2E")
			tc.change(m)
			err := m.Validate()
			if err == nil {
				t.Fatalf("Validate accepted:\n%s", m)
			}
			if !errors.Is(err, ErrMalformedMessage) {
				t.Errorf("error %v is not ErrMalformedMessage", err)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}
