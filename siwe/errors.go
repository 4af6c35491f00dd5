package siwe

import (
	"errors"
	"fmt"
)

// Sentinels for every way a sign-in can be refused. Each is the client's doing, so the API turns
// them into 4xx problems (errors.Is picks the problem); an error from Verify that matches none of
// them is the server's own failure (a misconfigured Expectations, the nonce store down) and is a
// 500.
var (
	// ErrMalformedMessage: the text is not an EIP-4361 message. The error is a *ParseError that
	// names the line and field.
	ErrMalformedMessage = errors.New("siwe: malformed message")
	// ErrDomainMismatch: the message asks to sign in to another site (domain or scheme), the
	// phishing case EIP-4361 exists to stop.
	ErrDomainMismatch = errors.New("siwe: domain mismatch")
	// ErrURIMismatch: the message's URI is not the one this API expects.
	ErrURIMismatch = errors.New("siwe: URI mismatch")
	// ErrChainMismatch: the message binds the session to another chain.
	ErrChainMismatch = errors.New("siwe: chain ID mismatch")
	// ErrExpired: the message's Expiration Time has passed.
	ErrExpired = errors.New("siwe: message expired")
	// ErrNotYetValid: the message's Not Before, or its Issued At, is still in the future.
	ErrNotYetValid = errors.New("siwe: message not yet valid")
	// ErrBadSignature: the signature is not a well-formed, canonical secp256k1 signature.
	ErrBadSignature = errors.New("siwe: bad signature")
	// ErrSignerMismatch: the signature is valid but was made by a key other than the message's
	// address (or over other text: a tampered message recovers to a random address).
	ErrSignerMismatch = errors.New("siwe: signer is not the message's address")
	// ErrNonceRejected: the nonce is unknown, expired or already used.
	ErrNonceRejected = errors.New("siwe: nonce rejected")
)

// ParseError says where a message breaks the EIP-4361 grammar, precisely enough for a client
// developer to fix their message builder: "line 6: Chain ID: \"abc\" is not a positive integer".
// It matches ErrMalformedMessage with errors.Is.
type ParseError struct {
	Line   int    // 1-based; 0 when the error comes from Message.Validate, which has no text
	Field  string // "Chain ID", "address", …; empty when the problem is the line itself
	Reason string
}

func (e *ParseError) Error() string {
	switch {
	case e.Line > 0 && e.Field != "":
		return fmt.Sprintf("line %d: %s: %s", e.Line, e.Field, e.Reason)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
	case e.Field != "":
		return e.Field + ": " + e.Reason
	}
	return e.Reason
}

// Is makes every ParseError an ErrMalformedMessage without repeating the marker in the text.
func (e *ParseError) Is(target error) bool { return target == ErrMalformedMessage }
