#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each), seeded from the test corpus and the
# templates. Needs the nightly toolchain; installs cargo-fuzz when missing. Findings are kept
# in fuzz/artifacts/<target>/ and make the run fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

seed() { # target, files...
  local dir="fuzz/seeds/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do cp "$f" "$dir/"; done
}
seed import_csv crates/domain/tests/corpus/*.csv crates/domain/tests/corpus/binary.bin docs/templates/profiles-template.csv
seed import_json crates/domain/tests/corpus/*.json docs/templates/profile-pack-example.json assets/dxm-config.json
seed import_xlsx docs/templates/profiles-template.xlsx
seed share_decode crates/domain/tests/corpus/empty.csv
seed backup_restore crates/domain/tests/corpus/list.json

cd fuzz
cargo +nightly fuzz build -O
status=0
for t in import_csv import_json import_xlsx share_decode backup_restore; do
  mkdir -p "corpus/$t"
  log="$(mktemp)"
  if cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 >"$log" 2>&1; then
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    echo "FUZZ $t ${seconds}s runs=$runs crashes=0 corpus=$(ls "corpus/$t" | wc -l)"
  else
    echo "FUZZ $t FAILED — see fuzz/artifacts/$t/ and this log:"
    tail -40 "$log"
    status=1
  fi
  rm -f "$log"
done
exit $status
