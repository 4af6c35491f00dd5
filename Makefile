# Gintonic — one entry point for building, testing and measuring.
#   make test    everything CI runs (contracts, invariants, Go, generated-code drift)
#   make demo    the whole marketplace locally and a client's job from deposit to settlement
#   make bench   benchmark figures as `metric: <name> <median> <unit> n= min= max=` lines
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
FORGE := ./scripts/forge.sh
GO ?= go
# go-nvml's C header marks the NVML calls that CUDA 13 deprecates; the agent does not call them,
# but cgo's generated wrappers would print a screen of warnings on every build.
export CGO_CFLAGS ?= -O2 -g -Wno-deprecated-declarations

# release: the gin CLI for every platform users run it on
RELEASE_PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64

.PHONY: release all deps build contracts bindings bindings-check openapi openapi-check web web-check screenshots docker browser test test-contracts test-go lint fmt bench bench-quick fuzz snapshot demo clean

all: build

## deps: install the npm toolchain (forge, anvil, solc-js, OpenZeppelin) when missing or stale
deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error # not npm ci: see .ci/run
	@touch $@

contracts: deps
	$(FORGE) build

build: contracts
	$(GO) build ./...

## bindings: regenerate the Go bindings from the contracts (commit the result)
bindings: deps
	./scripts/bindings.sh

bindings-check: deps
	./scripts/bindings.sh --check

## openapi: regenerate the API's Go types, server interface and client from api/apiv1/openapi.yaml
openapi:
	./scripts/openapi.sh

openapi-check:
	./scripts/openapi.sh --check

## web: rebuild the dashboard (web/dist, embedded by the API) and its ABI module from the contracts
web: contracts
	./scripts/web.sh

web-check: contracts
	./scripts/web.sh --check

## screenshots: refresh docs/screenshots from the dashboard's browser test (needs chromium)
screenshots: docker
	GIN_SCREENSHOTS=docs/screenshots $(GO) test -count=1 -run TestDashboard ./web/

## docker: a Docker Engine for the agent's container tests (installs docker.io and starts dockerd
## when none answers; needs root the first time)
docker:
	./scripts/dockerd.sh

## test: the whole suite, as CI runs it
test: deps lint bindings-check openapi-check web-check test-contracts test-go

# FORGE_SNAPSHOT_CHECK: the per-entry-point gas figures in snapshots/ must not change unnoticed
# (refresh them with `make snapshot` and commit the diff).
test-contracts: deps
	FORGE_SNAPSHOT_CHECK=true $(FORGE) test

test-go: docker browser
	$(GO) test ./...
	@[[ -x /usr/bin/chromium ]] || echo "note: TestDashboard (web/) was skipped: /usr/bin/chromium is missing"

## browser: headless Chromium for the dashboard's browser test (installs Debian's chromium when
## missing and run as root; otherwise says the test will be skipped)
browser:
	./scripts/chromium.sh

## snapshot: refresh the per-entry-point gas figures in snapshots/ that CI compares
snapshot: deps
	$(FORGE) test --match-contract 'GasTest|GasTargetTest'

## lint: formatting and static checks for Go and Solidity
lint: deps
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(FORGE) fmt --check
	$(FORGE) lint --deny warnings contracts/src

fmt: deps
	gofmt -w $$(git ls-files '*.go' | grep -v '^bindings/')
	$(FORGE) fmt

## bench: every benchmark figure (gas, indexer, matching, API, gateway, settlement, deploy, demo)
## as `metric:` lines, each the median of several runs with its range (under 30 minutes here)
bench: deps docker
	@./scripts/bench.sh

## bench-quick: one run of each figure, for development
bench-quick: deps docker
	@./scripts/bench.sh --quick

## fuzz: the deep Solidity fuzz and invariant profile, then every Go fuzz target for FUZZTIME each
FUZZTIME ?= 30s
fuzz: deps
	FOUNDRY_PROFILE=deep $(FORGE) test
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

## release: cross-compile the gin CLI (one static binary per platform) into bin/release/
release:
	@for p in $(RELEASE_PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=; [[ $$os == windows ]] && ext=.exe; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -o bin/release/gin-$$os-$$arch$$ext ./cmd/gin || exit 1; \
	  echo "bin/release/gin-$$os-$$arch$$ext"; \
	done

## demo: the whole marketplace on this machine and a client's job through it (DEMO_EXIT=1 exits
## after the journey; otherwise it runs until Ctrl-C). `go run ./cmd/gin dev` is the same without the journey.
demo: deps docker
	$(GO) run ./cmd/gin-demo

clean:
	rm -rf out cache
