#!/bin/bash
# The module sizes of README "Adding an input field" (issue 13): the main crate's module built
# as `make build` builds it (release, wasm-bindgen, binaryen with the Makefile's flags, gzip -9
# and Zopfli), in a copy of HEAD under /tmp: as it is (eigen), with the `Json` value written
# back as text (schrijver: the quick swap's own cost), and with the advice's reader swapped for
# serde_json + derive + serde_path_to_error (serde). wissel.patch was made against the
# `advies/invoer.rs` before `huisvestingDatum` (2026-12-02 01:00); a later one needs it redone.
# Usage (from the repository root): tests/tools/bench/serde-proef/module.sh
set -e
repo=$(pwd)
kopie=$(mktemp -d)
git archive HEAD src Cargo.toml Cargo.lock | tar x -C "$kopie"
(cd "$kopie" && patch --quiet -p1 < "$repo/tests/tools/bench/serde-proef/wissel.patch")
export CARGO_TARGET_DIR="$repo/target"
flags="-Oz --one-caller-inline-max-function-size 100 --converge --low-memory-unused --zero-filled-memory"
for variant in eigen: schrijver:json-schrijver serde:serde-lees; do
  naam=${variant%%:*}
  kenmerk=${variant#*:}
  (cd "$kopie" && cargo build --quiet --release --lib --target wasm32-unknown-unknown ${kenmerk:+--features $kenmerk})
  wasm-bindgen --target web --no-typescript --out-dir "$kopie/$naam" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/inburgeringswijzer.wasm"
  node_modules/.bin/wasm-opt $flags "$kopie/$naam/inburgeringswijzer_bg.wasm" -o "$kopie/$naam/m.wasm"
  node tests/tools/gzip.mjs "$kopie/$naam/m.wasm" > /dev/null
  echo "$naam: $(stat -c %s "$kopie/$naam/m.wasm") B, gzip -9 $(gzip -9 -c "$kopie/$naam/m.wasm" | wc -c) B, Zopfli $(stat -c %s "$kopie/$naam/m.wasm.gz") B"
done
rm -rf "$kopie"
