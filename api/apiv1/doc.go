// Package apiv1 is generated from openapi.yaml, the source of truth of the marketplace API: the
// request and response types, the gin server interface the api package implements, the Go client
// the CLI and the provider agent use, and the embedded spec served at /openapi.json.
//
// Regenerate with `make openapi` after editing openapi.yaml; `make test` fails when they drift.
package apiv1

//go:generate ../../scripts/openapi.sh
