package siwe

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// SpecVersion is the only message version EIP-4361 defines.
const SpecVersion = "1"

const header = " wants you to sign in with your Ethereum account:"

// Message is an EIP-4361 message. Parse and String are exact inverses: the signature covers the
// text, so a parsed message must render back to the very bytes that were signed.
//
// Optional text fields are absent when empty; an optional field that is present but empty
// ("Request ID: ", a bare "Resources:", an empty statement line) is refused by Parse because it
// could not survive the round trip, and no wallet library writes one.
type Message struct {
	Scheme         string         // optional URI scheme of the requesting origin ("https"); "" when absent
	Domain         string         // RFC 3986 authority requesting the sign-in ("app.gintonic.dev")
	Address        common.Address // the signing account, written EIP-55 checksummed
	Statement      string         // optional human-readable assertion
	URI            string         // RFC 3986 URI the sign-in is for
	Version        string         // SpecVersion
	ChainID        uint64         // EIP-155 chain the session is bound to
	Nonce          string         // ≥ 8 letters and digits, issued by the relying party
	IssuedAt       Timestamp
	ExpirationTime Timestamp // optional
	NotBefore      Timestamp // optional
	RequestID      string    // optional
	Resources      []string  // optional RFC 3986 URIs
}

// The keys of the fields after the statement, as they appear in the message.
const (
	keyURI        = "URI"
	keyVersion    = "Version"
	keyChainID    = "Chain ID"
	keyNonce      = "Nonce"
	keyIssuedAt   = "Issued At"
	keyExpiration = "Expiration Time"
	keyNotBefore  = "Not Before"
	keyRequestID  = "Request ID"
	keyResources  = "Resources"
)

// String renders the message in EIP-4361 form; this is the text the wallet signs.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme)
		b.WriteString("://")
	}
	b.WriteString(m.Domain)
	b.WriteString(header)
	b.WriteString("\n")
	b.WriteString(m.Address.Hex())
	b.WriteString("\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement)
		b.WriteString("\n")
	}
	b.WriteString("\n")
	field := func(key, value string) {
		b.WriteString(key)
		b.WriteString(": ")
		b.WriteString(value)
	}
	field(keyURI, m.URI)
	b.WriteString("\n")
	field(keyVersion, m.Version)
	b.WriteString("\n")
	field(keyChainID, strconv.FormatUint(m.ChainID, 10))
	b.WriteString("\n")
	field(keyNonce, m.Nonce)
	b.WriteString("\n")
	field(keyIssuedAt, m.IssuedAt.String())
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\n")
		field(keyExpiration, m.ExpirationTime.String())
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\n")
		field(keyNotBefore, m.NotBefore.String())
	}
	if m.RequestID != "" {
		b.WriteString("\n")
		field(keyRequestID, m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\n" + keyResources + ":")
		for _, r := range m.Resources {
			b.WriteString("\n- ")
			b.WriteString(r)
		}
	}
	return b.String()
}

// Validate checks a message built in code (the server offering a message to sign) against the
// same rules Parse applies, so that String always yields text that Parse accepts. The error is a
// *ParseError without a line number.
func (m *Message) Validate() error {
	bad := func(field string, err error) error {
		return &ParseError{Field: field, Reason: err.Error()}
	}
	if m.Scheme != "" {
		if err := validScheme(m.Scheme); err != nil {
			return bad("scheme", err)
		}
	}
	if err := validDomain(m.Domain); err != nil {
		return bad("domain", err)
	}
	if err := validStatement(m.Statement); err != nil {
		return bad("statement", err)
	}
	if err := validURI(m.URI); err != nil {
		return bad(keyURI, err)
	}
	if err := validVersion(m.Version); err != nil {
		return bad(keyVersion, err)
	}
	if m.ChainID == 0 {
		return bad(keyChainID, errors.New("0 is not a positive integer"))
	}
	if err := validNonce(m.Nonce); err != nil {
		return bad(keyNonce, err)
	}
	if m.IssuedAt.IsZero() {
		return bad(keyIssuedAt, errors.New("missing"))
	}
	if err := validRequestID(m.RequestID); err != nil {
		return bad(keyRequestID, err)
	}
	for i, r := range m.Resources {
		if err := validURI(r); err != nil {
			return bad(fmt.Sprintf("%s[%d]", keyResources, i), err)
		}
	}
	return nil
}

// The field rules below are shared by Parse and Validate; each returns the reason only, and the
// caller adds the line or field.

func validDomain(s string) error {
	if s == "" {
		return errors.New("empty; want the site's host, like app.gintonic.dev")
	}
	if err := validAuthority(s, true); err != nil {
		return fmt.Errorf("%s is not an RFC 3986 authority: %w", quote(s), err)
	}
	return nil
}

// statement = *( reserved / unreserved / " " ): printable ASCII less a few characters (", %, <,
// >, \, ^, `, {, |, }), and never a line break.
func validStatement(s string) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && !isGenDelim(c) && !isSubDelim(c) && c != ' ' {
			return fmt.Errorf("%s at column %d is not allowed; EIP-4361 statements are letters, digits, spaces and -._~:/?#[]@!$&'()*+,;=", describe(c), i+1)
		}
	}
	return nil
}

func validVersion(s string) error {
	if s != SpecVersion {
		return fmt.Errorf("%s is not supported; want %q", quote(s), SpecVersion)
	}
	return nil
}

// nonce = 8*( ALPHA / DIGIT )
func validNonce(s string) error {
	if len(s) < 8 {
		return fmt.Errorf("%s is shorter than 8 characters", quote(s))
	}
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return fmt.Errorf("%s: %s is not allowed; want letters and digits only", quote(s), describe(s[i]))
		}
	}
	return nil
}

// chain-id = 1*DIGIT, read as an EIP-155 chain ID: positive, without leading zeros (they would not
// survive the round trip) and within uint64.
func parseChainID(s string) (uint64, error) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" || strings.TrimLeft(s, "0") == "" {
		return 0, fmt.Errorf("%s is not a positive integer", quote(s))
	}
	if s[0] == '0' {
		return 0, fmt.Errorf("%s has a leading zero", quote(s))
	}
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s is larger than %d", quote(s), uint64(1<<64-1))
	}
	return id, nil
}

// request-id = *pchar
func validRequestID(s string) error {
	return checkChars(s, "request ID", true, isPchar)
}

// parseAddress reads "0x" 40*40HEXDIG and insists on the EIP-55 checksum, which is what catches an
// address mistyped or altered in transit; the error gives the checksummed form to use instead.
func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return common.Address{}, fmt.Errorf("%s is not \"0x\" followed by 40 hex digits", quote(s))
	}
	for i := 2; i < len(s); i++ {
		if !isHex(s[i]) {
			return common.Address{}, fmt.Errorf("%s: %s is not a hex digit", quote(s), describe(s[i]))
		}
	}
	a := common.HexToAddress(s)
	if want := a.Hex(); s != want {
		return common.Address{}, fmt.Errorf("%s is not EIP-55 checksummed; write it as %s", s, want)
	}
	return a, nil
}
