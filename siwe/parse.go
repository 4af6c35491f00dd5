package siwe

import (
	"fmt"
	"strings"
)

// Parse reads an EIP-4361 message, following the ABNF to the letter: fields in their fixed order,
// keys case-sensitive, LF line endings, no trailing line break, the address EIP-55 checksummed.
// Anything else is a *ParseError (errors.Is ErrMalformedMessage) naming the line and field, so a
// client developer can fix their message builder from the error text alone.
func Parse(text string) (*Message, error) {
	if i := strings.IndexByte(text, '\r'); i >= 0 {
		return nil, &ParseError{
			Line:   1 + strings.Count(text[:i], "\n"),
			Reason: `carriage return; EIP-4361 messages use LF ("\n") line endings, not CRLF`,
		}
	}
	p := &parser{lines: strings.Split(text, "\n")}
	m := &Message{}
	if err := p.header(m); err != nil {
		return nil, err
	}
	if err := p.addressAndStatement(m); err != nil {
		return nil, err
	}
	if err := p.required(m); err != nil {
		return nil, err
	}
	if err := p.optional(m); err != nil {
		return nil, err
	}
	return m, nil
}

// parser walks the lines once, front to back; next is the index of the line to read.
type parser struct {
	lines []string
	next  int
}

// take returns the next line and its 1-based number, or an error saying which line is missing.
func (p *parser) take(want string) (string, int, error) {
	if p.next >= len(p.lines) {
		return "", p.next + 1, &ParseError{Line: p.next + 1, Reason: "message ends early; want " + want}
	}
	p.next++
	return p.lines[p.next-1], p.next, nil
}

func fail(line int, field string, err error) error {
	return &ParseError{Line: line, Field: field, Reason: err.Error()}
}

// header reads "[scheme://]domain wants you to sign in with your Ethereum account:".
func (p *parser) header(m *Message) error {
	line, n, _ := p.take("") // Split always yields at least one line
	origin, ok := strings.CutSuffix(line, header)
	if !ok {
		return &ParseError{Line: n, Reason: fmt.Sprintf("want \"<domain>%s\", got %s", header, quote(line))}
	}
	// An authority cannot contain "/", so the first "://" is where a scheme, if any, ends.
	if scheme, domain, ok := strings.Cut(origin, "://"); ok {
		if err := validScheme(scheme); err != nil {
			return fail(n, "scheme", err)
		}
		m.Scheme, origin = scheme, domain
	}
	if err := validDomain(origin); err != nil {
		return fail(n, "domain", err)
	}
	m.Domain = origin
	return nil
}

// addressAndStatement reads the address, the empty line, the optional statement and the empty line
// that closes it: "addr\n\nstatement\n\nURI" or, without a statement, "addr\n\n\nURI".
func (p *parser) addressAndStatement(m *Message) error {
	line, n, err := p.take("the address")
	if err != nil {
		return err
	}
	if m.Address, err = parseAddress(line); err != nil {
		return fail(n, "address", err)
	}
	if line, n, err = p.take("an empty line after the address"); err != nil {
		return err
	}
	if line != "" {
		return &ParseError{Line: n, Reason: "want an empty line after the address, got " + quote(line)}
	}
	if line, n, err = p.take("a statement or an empty line"); err != nil {
		return err
	}
	if line == "" {
		// No statement. A further empty line would be an empty statement: legal in the ABNF, but
		// indistinguishable from none once parsed, so it could not round-trip.
		if p.next < len(p.lines) && p.lines[p.next] == "" {
			return &ParseError{Line: n, Field: "statement", Reason: "empty statement line; without a statement the address is followed by exactly two empty lines"}
		}
		return nil
	}
	if strings.HasPrefix(line, keyURI+": ") && p.next < len(p.lines) && p.lines[p.next] != "" {
		// The URI line where the statement's closing empty line should be: the one-empty-line
		// form some older SIWE libraries wrote for a message without a statement.
		return &ParseError{Line: n, Reason: "want a statement or an empty line, got the URI line; without a statement the address is followed by exactly two empty lines"}
	}
	if err := validStatement(line); err != nil {
		return fail(n, "statement", err)
	}
	m.Statement = line
	if line, n, err = p.take("an empty line after the statement"); err != nil {
		return err
	}
	if line != "" {
		return &ParseError{Line: n, Reason: "want an empty line after the statement (statements are one line), got " + quote(line)}
	}
	return nil
}

// value reads the line "key: value" and returns value.
func (p *parser) value(key, placeholder string) (string, int, error) {
	want := fmt.Sprintf("%q", key+": "+placeholder)
	line, n, err := p.take(want)
	if err != nil {
		return "", n, err
	}
	v, ok := strings.CutPrefix(line, key+": ")
	if !ok {
		return "", n, &ParseError{Line: n, Reason: "want " + want + ", got " + quote(line)}
	}
	return v, n, nil
}

// required reads URI, Version, Chain ID, Nonce and Issued At, in that order.
func (p *parser) required(m *Message) error {
	v, n, err := p.value(keyURI, "<uri>")
	if err != nil {
		return err
	}
	if err := validURI(v); err != nil {
		return fail(n, keyURI, err)
	}
	m.URI = v

	if v, n, err = p.value(keyVersion, SpecVersion); err != nil {
		return err
	}
	if err := validVersion(v); err != nil {
		return fail(n, keyVersion, err)
	}
	m.Version = v

	if v, n, err = p.value(keyChainID, "<chain id>"); err != nil {
		return err
	}
	if m.ChainID, err = parseChainID(v); err != nil {
		return fail(n, keyChainID, err)
	}

	if v, n, err = p.value(keyNonce, "<nonce>"); err != nil {
		return err
	}
	if err := validNonce(v); err != nil {
		return fail(n, keyNonce, err)
	}
	m.Nonce = v

	if v, n, err = p.value(keyIssuedAt, "<date-time>"); err != nil {
		return err
	}
	if m.IssuedAt, err = ParseTimestamp(v); err != nil {
		return fail(n, keyIssuedAt, err)
	}
	return nil
}

// optionalKeys are the fields that may follow Issued At, in the only order the ABNF allows.
var optionalKeys = []string{keyExpiration, keyNotBefore, keyRequestID, keyResources}

// optional reads Expiration Time, Not Before, Request ID and Resources, each at most once and in
// that order; Resources, when present, runs to the end of the message.
func (p *parser) optional(m *Message) error {
	seen := -1 // index in optionalKeys of the last field read
	for p.next < len(p.lines) {
		line, n, _ := p.take("")
		if line == "" {
			if p.next == len(p.lines) {
				return &ParseError{Line: n - 1, Reason: "message ends with a line break; it must end right after the last field"}
			}
			return &ParseError{Line: n, Reason: "unexpected empty line"}
		}
		k := -1
		for i, key := range optionalKeys {
			if strings.HasPrefix(line, key+":") {
				k = i
				break
			}
		}
		if k < 0 {
			return &ParseError{Line: n, Reason: fmt.Sprintf("unexpected line %s; after Issued At only Expiration Time, Not Before, Request ID and Resources may follow, in that order", quote(line))}
		}
		key := optionalKeys[k]
		if k <= seen {
			return &ParseError{Line: n, Field: key, Reason: fmt.Sprintf("repeated or out of order; after %s only %s may follow, in that order", optionalKeys[seen], strings.Join(optionalKeys[seen+1:], ", "))}
		}
		seen = k
		if key == keyResources {
			if line != keyResources+":" {
				return &ParseError{Line: n, Field: key, Reason: "want \"Resources:\" alone on its line, with each resource on a line of its own below it"}
			}
			return p.resources(m, n)
		}
		v, ok := strings.CutPrefix(line, key+": ")
		if !ok {
			return &ParseError{Line: n, Field: key, Reason: fmt.Sprintf("want %q, got %s", key+": <value>", quote(line))}
		}
		var err error
		switch key {
		case keyExpiration:
			m.ExpirationTime, err = ParseTimestamp(v)
		case keyNotBefore:
			m.NotBefore, err = ParseTimestamp(v)
		case keyRequestID:
			if v == "" {
				err = fmt.Errorf("empty; leave out the Request ID line instead")
			} else {
				err = validRequestID(v)
			}
			m.RequestID = v
		}
		if err != nil {
			return fail(n, key, err)
		}
	}
	return nil
}

// resources reads the "- <uri>" lines that follow "Resources:" (on line at) to the end.
func (p *parser) resources(m *Message, at int) error {
	if p.next == len(p.lines) {
		return &ParseError{Line: at, Field: keyResources, Reason: "no resources listed; leave out the Resources line instead"}
	}
	for p.next < len(p.lines) {
		line, n, _ := p.take("")
		r, ok := strings.CutPrefix(line, "- ")
		if !ok {
			if line == "" && p.next == len(p.lines) {
				return &ParseError{Line: n - 1, Reason: "message ends with a line break; it must end right after the last field"}
			}
			return &ParseError{Line: n, Field: keyResources, Reason: fmt.Sprintf("want \"- <uri>\" (Resources is the last field), got %s", quote(line))}
		}
		if err := validURI(r); err != nil {
			return fail(n, keyResources, err)
		}
		m.Resources = append(m.Resources, r)
	}
	return nil
}
