#!/usr/bin/env bash
# Trunk pre_build hook (Trunk.toml): builds the app's WebAssembly and splits it into the main
# module and one chunk per screen (src/shell/screen.rs), so that a first visit downloads only what the
# start screen needs. Trunk cannot do this itself: the split has to happen between the Rust
# build and wasm-bindgen, where Trunk has no hook. tools/postbuild.mjs then names the files by
# content and wires them into index.html.
#
#   cargo rustc (linked with --emit-relocs, which the splitter needs)
#   → wasm-split-cli (main module + chunks + __wasm_split.js, the chunk loader)
#   → wasm-bindgen --target web on the main module (keeping the exports the chunks link to)
#   → wasm-opt -Oz on every module (release builds)
#
# Output: target/dxm-app/ (dxm-app.js, dxm-app_bg.wasm, __wasm_split.js, *.wasm chunks).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

profile=${TRUNK_PROFILE:-release}
args=(--target wasm32-unknown-unknown -p dxm-app --bin dxm-app)
if [ "$profile" = release ]; then
  args+=(--release)
  built=target/wasm32-unknown-unknown/release/dxm-app.wasm
else
  built=target/wasm32-unknown-unknown/debug/dxm-app.wasm
fi
# `cargo rustc` passes the link argument to the final binary only, so every dependency keeps
# the build cache it shares with clippy and the import worker.
cargo rustc --quiet "${args[@]}" -- -Clink-args=--emit-relocs

out=target/dxm-app
rm -rf "$out" "$out.split"
mkdir -p "$out" "$out.split"
wasm-split-cli --out-name dxm-app "$built" "$out.split"
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$out" --out-name dxm-app "$out.split/dxm-app.wasm"
cp "$out.split/__wasm_split.js" "$out/"
for chunk in "$out.split"/*.wasm; do
  [ "$(basename "$chunk")" = dxm-app.wasm ] || cp "$chunk" "$out/"
done
rm -rf "$out.split"

if [ "$profile" = release ]; then
  for wasm in "$out"/*.wasm; do
    # The splitter writes name subsections wasm-opt does not know; it says so once per module.
    wasm-opt -Oz "$wasm" -o "$wasm" 2> >(grep -v 'unknown name subsection' >&2)
  done
fi
echo "build-app: $(ls "$out" | grep -c '\.wasm$') WebAssembly modules in $out ($profile)"
