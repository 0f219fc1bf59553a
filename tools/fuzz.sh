#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each), one at a time, each with its seeds and
# its dictionary (fuzz/dicts/<target>.dict), and prints one line per target:
#   FUZZ <target> <seconds>s runs=N crashes=0 corpus=M
# Usage: tools/fuzz.sh [seconds] [target ...]   (no targets: all of them)
# Seeds: the test corpus, templates and list fixtures; files as the app makes them (written by
# fuzz/examples/make_seeds.rs from the built-in data: submissions, backups, share links, portal
# messages, lists joined with assessments); hand-edited ones in fuzz/seed-files/. Needs the
# nightly toolchain; installs cargo-fuzz when missing. Findings are kept in
# fuzz/artifacts/<target>/ and make the run fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
all=(import_csv import_json import_xlsx share_decode backup_restore
  embed_message prefecture_intake prefecture_plan after_load)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

rm -rf fuzz/seeds
seed() { # target, files...
  local dir="fuzz/seeds/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do cp "$f" "$dir/"; done
}
corpus=crates/domain/tests/corpus
seed import_csv $corpus/*.csv $corpus/binary.bin docs/templates/profiles-template.csv tests/fixtures/lists/*.csv
seed import_json $corpus/*.json docs/templates/profile-pack-example.json assets/dxm-config.json examples/embed/pool.json
seed import_xlsx docs/templates/profiles-template.xlsx tests/fixtures/lists/*.xlsx
seed share_decode $corpus/empty.csv
seed backup_restore $corpus/list.json
seed embed_message fuzz/seed-files/embed_message/*
seed prefecture_intake fuzz/seed-files/prefecture/* $corpus/good_pool.csv
seed prefecture_plan fuzz/seed-files/prefecture/*
seed after_load $corpus/*.csv $corpus/list.json
(cd fuzz && cargo +nightly run --quiet --example make_seeds -- seeds)
# Share links and backups as the app makes them seed their own decoders too.
seed share_decode fuzz/seeds/prefecture_intake/*.txt
seed backup_restore fuzz/seeds/prefecture_intake/*.json fuzz/seed-files/prefecture/*.json

cd fuzz
cargo +nightly fuzz build -O
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  log="$(mktemp)"
  # One process (no -jobs/-workers): the machine is shared. A small input that takes more than
  # 10 s or 2 GB is a finding too.
  if cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
      -dict="dicts/$t.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=262144 -print_final_stats=1 >"$log" 2>&1; then
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
