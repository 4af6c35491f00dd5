#!/usr/bin/env bash
# Copies the TinyStories 260K Llama GGUF (the model the llama package tests run, and the dev
# stack's hub serves as hf://gintonic/tinystories-260k) to <dest>, e.g. to run gin-runtime by
# hand: MODEL_PATH=<dest> gin-runtime. The file ships in a Go module's testdata, so
# `go mod download` fetches it through the module proxy with its checksum; the sha256 is checked
# again here.
# Usage: scripts/fetch-model.sh <dest-file-or-dir>
set -euo pipefail

module=github.com/mutablelogic/go-llama@v0.0.11
file=testdata/stories260K.gguf
want=270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 <dest-file-or-dir>" >&2
  exit 2
fi
dest=$1
if [[ -d "$dest" ]]; then
  dest=$dest/stories260K.gguf
fi

if ! json=$(go mod download -json "$module"); then
  echo "fetch-model: go mod download $module failed (network or GOPROXY?)" >&2
  exit 1
fi
dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
if [[ -z "$dir" || ! -f "$dir/$file" ]]; then
  echo "fetch-model: $module has no $file (go mod download said: $json)" >&2
  exit 1
fi

tmp=$(mktemp "$dest.XXXXXX")
trap 'rm -f "$tmp"' EXIT
cp "$dir/$file" "$tmp"
chmod 0644 "$tmp"
got=$(sha256sum "$tmp" | cut -d' ' -f1)
if [[ "$got" != "$want" ]]; then
  echo "fetch-model: CHECKSUM MISMATCH for $module $file: got $got, want $want" >&2
  exit 1
fi
mv "$tmp" "$dest"
trap - EXIT
echo "fetch-model: $dest (sha256 $got)"
