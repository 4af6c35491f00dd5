#!/usr/bin/env bash
# Builds the reference model runtime image (default tag gintonic/runtime:dev): a static
# gin-runtime binary alone in a FROM scratch image, as modelserver/runtimeimage.Build does. No
# model is baked in: the runtime serves the GGUF named by MODEL_PATH, which the provider agent
# mounts and sets for a job of a model. Run it from anywhere; it needs Go and a Docker engine.
# Usage: scripts/runtime-image.sh [tag]
set -euo pipefail

tag=${1:-gintonic/runtime:dev}
root=$(cd "$(dirname "$0")/.." && pwd)
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT

(cd "$root" && CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags='-s -w' -o "$ctx/gin-runtime" ./cmd/gin-runtime)
cp "$root/modelserver/runtimeimage/Dockerfile" "$ctx/Dockerfile"
docker build -t "$tag" "$ctx"
echo "runtime-image: built $tag"
