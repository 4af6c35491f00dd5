// Package cli is the `gin` command line for clients and providers: sign in with a local key,
// move funds with the wallet's own signatures, submit and follow jobs, stake. Every read command
// takes --json; every wait shows progress; every error says what to do next.
package cli
