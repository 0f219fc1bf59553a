#!/usr/bin/env bash
# Idempotent tool installer for make serve / test / dist / bench.
# Checks each tool's version and installs only what is missing or wrong.
# Versions and traps: see ../shared/TOOLCHAIN.md (e.g. never Debian's binaryen).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

want_tools=${1:-all}   # "build" = only what a build needs; "all" = build + browser tests

# 1. wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, exactly the version in Cargo.lock (not --locked: a locked dep is missing upstream)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes several minutes once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 3. trunk
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes ~13 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 4. node tools (wasm-opt from npm binaryen, playwright-core, axe-core), pinned by tools/package-lock.json
if ! (cd tools && [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1); then
  log "installing node dev tools"
  if [ -f tools/package-lock.json ]; then (cd tools && npm ci --no-audit --no-fund)
  else (cd tools && npm install --no-audit --no-fund); fi
fi

# 5. headless Chromium for end-to-end tests (Debian's; playwright's own download cannot work here)
if [ "$want_tools" = all ] && ! command -v chromium >/dev/null 2>&1; then
  log "installing Debian chromium"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

log "tools ready: $(wasm-bindgen --version), $(trunk --version), wasm-opt $("$PWD/tools/node_modules/.bin/wasm-opt" --version | awk '{print $3}')"
