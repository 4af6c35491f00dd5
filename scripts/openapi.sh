#!/usr/bin/env bash
# Regenerates api/apiv1/apiv1.gen.go (types, gin server interface, Go client, embedded spec) from
# api/apiv1/openapi.yaml with oapi-codegen. With --check, fails when the committed file differs
# from what the spec generates, leaving the working tree as it was.
set -euo pipefail
cd "$(dirname "$0")/../api/apiv1"
if [[ "${1:-}" != "--check" ]]; then
  go tool oapi-codegen -config cfg.yaml openapi.yaml
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed "s#^output: .*#output: $tmp/apiv1.gen.go#" cfg.yaml > "$tmp/cfg.yaml"
go tool oapi-codegen -config "$tmp/cfg.yaml" openapi.yaml
if ! cmp -s "$tmp/apiv1.gen.go" apiv1.gen.go; then
  diff -u apiv1.gen.go "$tmp/apiv1.gen.go" | head -40 >&2
  echo "api/apiv1/apiv1.gen.go is out of date with openapi.yaml: run 'make openapi' and commit the result" >&2
  exit 1
fi
echo "api/apiv1/apiv1.gen.go matches openapi.yaml"
