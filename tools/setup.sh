#!/usr/bin/env bash
# Idempotent tool installer for make serve / test / dist / bench.
# Checks each tool's version and installs only what is missing or wrong.
# Versions and traps: see ../shared/TOOLCHAIN.md (e.g. never Debian's binaryen).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
# The splitter's format must match wasm_split_helpers in Cargo.lock (leptos 0.8.23 uses 0.2.x).
WASM_SPLIT_VERSION=0.2.4
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

# "build": what a build needs; "all": build + browser tests; "screenshots": all + a Japanese font.
want_tools=${1:-all}
case "$want_tools" in build|all|screenshots|bench) ;; *) echo "usage: $0 [build|all|screenshots|bench]" >&2; exit 2;; esac

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

# 3b. the splitter that cuts the app's WebAssembly into per-screen chunks (tools/build-app.sh)
# (the tool has no --version; cargo's list of installed packages tells)
if ! command -v wasm-split-cli >/dev/null 2>&1 || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm_split_cli_support $WASM_SPLIT_VERSION (takes ~2 minutes once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# 4. node tools (wasm-opt from npm binaryen, playwright-core, axe-core), pinned by package-lock.json
if ! { [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; }; then
  log "installing node dev tools"
  npm ci --no-audit --no-fund
fi

# 5. headless Chromium for end-to-end tests (Debian's; playwright's own download cannot work here)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
apt_install() {
  log "installing Debian packages: $*"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
if [ "$want_tools" != build ] && ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium chromium-driver
fi
# 6. Lighthouse, only for make bench (pinned by tools/lighthouse/package-lock.json)
if [ "$want_tools" = bench ] && ! (cd tools/lighthouse && [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1); then
  log "installing lighthouse for the benchmarks"
  (cd tools/lighthouse && npm ci --no-audit --no-fund)
fi
# 7. a Japanese font, only so that screenshots are legible (the app itself uses system fonts)
if [ "$want_tools" = screenshots ] && ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  apt_install fonts-noto-cjk
fi

log "tools ready: $(wasm-bindgen --version), $(trunk --version), wasm-split-cli $WASM_SPLIT_VERSION, wasm-opt $("$PWD/node_modules/.bin/wasm-opt" --version | awk '{print $3}')"
