# 自治体DX人材マッチ — build, test and benchmark entry points (see README.md).
# Every target installs what it needs first (tools/setup.sh is idempotent and fast when
# everything is already there).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test dist bench fuzz screenshots setup lint test-native test-docs test-e2e clean

## Build and serve the app on http://127.0.0.1:8080 (rebuilds on change).
serve:
	./tools/setup.sh build
	trunk serve --offline

## Every test: format and lint, native tests of both crates, release build, browser tests.
test: setup lint test-native test-docs dist test-e2e

## Release build into dist/ (host this folder on any static web server).
dist:
	./tools/setup.sh build
	trunk build --release --offline

## Benchmarks; each figure is printed as `BENCH <name> <value> <unit>`.
bench: setup dist
	./tools/setup.sh bench
	node tools/bench.mjs

## Fuzz the importers, share links and backups (nightly toolchain; seconds per target).
FUZZ_SECONDS ?= 60
fuzz:
	./tools/fuzz.sh $(FUZZ_SECONDS)

## Regenerate the README screenshots (Japanese UI).
screenshots: dist
	./tools/setup.sh screenshots
	node tools/screenshots.mjs

setup:
	./tools/setup.sh all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings

test-native:
	cargo test --workspace --quiet

## The documented file formats (docs/schema/) against the real files.
test-docs:
	node --test tests/docs/

test-e2e:
	node --test tests/e2e/

clean:
	cargo clean
	rm -rf dist
