// Package siwe is Sign-In with Ethereum (EIP-4361) for Gintonic's API: clients sign in from
// MetaMask, provider agents with their staking key, and both come away with a session token
// bound to their address.
//
// The flow the API builds on it: issue a nonce from a NonceStore; the client builds a Message
// with it (or the server offers one), has the wallet personal_sign its String(), and posts the
// text and signature back; Verify checks the text against Expectations and the signature against
// the message's address, consuming the nonce last; Tokens then issues the session, of which the
// API stores only the hash.
//
// Parsing is strict on purpose. A signature covers bytes, so the verifier must read those bytes
// exactly as the wallet showed them to the user: one grammar (the EIP-4361 ABNF, RFC 3986 and
// RFC 3339 written out here, not approximated by net/url or time.Parse), one order of fields, one
// rendering (Parse and String round-trip byte for byte).
package siwe
