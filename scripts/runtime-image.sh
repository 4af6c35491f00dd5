#!/usr/bin/env bash
# Builds the reference model runtime image (default tag gintonic/runtime:dev): a static
# gin-runtime binary and the TinyStories model (scripts/fetch-model.sh) in a FROM scratch
# image. Run it from anywhere; it needs Go and a Docker engine.
# Usage: scripts/runtime-image.sh [tag]
set -euo pipefail

tag=${1:-gintonic/runtime:dev}
root=$(cd "$(dirname "$0")/.." && pwd)
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT

(cd "$root" && CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$ctx/gin-runtime" ./cmd/gin-runtime)
"$root/scripts/fetch-model.sh" "$ctx/model.gguf"
cp "$root/modelserver/runtimeimage/Dockerfile" "$ctx/Dockerfile"
docker build -t "$tag" "$ctx"
echo "runtime-image: built $tag"
