#!/usr/bin/env bash
# Regenerates api/apiv1's generated code from api/apiv1/openapi.yaml with oapi-codegen, one file
# per idea: types.gen.go (the models), server.gen.go (the gin server interface and the embedded
# spec) and client.gen.go (the Go client), each from its cfg.<name>.yaml. With --check, fails when
# a committed file differs from what the spec generates (or one is left over), leaving the working
# tree as it was.
set -euo pipefail
cd "$(dirname "$0")/../api/apiv1"
parts=(types server client)
if [[ "${1:-}" != "--check" ]]; then
  for p in "${parts[@]}"; do
    go tool oapi-codegen -config "cfg.$p.yaml" openapi.yaml
  done
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stale=0
for p in "${parts[@]}"; do
  sed "s#^output: .*#output: $tmp/$p.gen.go#" "cfg.$p.yaml" > "$tmp/cfg.$p.yaml"
  go tool oapi-codegen -config "$tmp/cfg.$p.yaml" openapi.yaml
  if ! cmp -s "$tmp/$p.gen.go" "$p.gen.go"; then
    diff -u "$p.gen.go" "$tmp/$p.gen.go" 2>&1 | head -40 >&2 || true
    echo "api/apiv1/$p.gen.go is out of date with openapi.yaml: run 'make openapi' and commit the result" >&2
    stale=1
  fi
done
for f in *.gen.go; do
  if [[ ! " ${parts[*]/%/.gen.go} " == *" $f "* ]]; then
    echo "api/apiv1/$f is not generated from openapi.yaml any more: remove it" >&2
    stale=1
  fi
done
[[ $stale == 0 ]] || exit 1
echo "api/apiv1/{types,server,client}.gen.go match openapi.yaml"
