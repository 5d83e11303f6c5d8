#!/usr/bin/env bash
# make bench: measures and prints, side by side with references measured in the same run, what
# issues 6 and 17 ask: navigation to a usable form on a slow phone against its physical floor and a
# reference element, download size and what it is made of, load to interactive, one recompute,
# batch speed, a caseload of 10,000 clients in the browser against the command line (issue 24), memory.
# Prints figures; never fails on speed (only on a broken setup).
set -euo pipefail
cd "$(dirname "$0")/../../.."
bench=tests/tools/bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The browser figures measure the release package in pkg/ as it is (the widget engineers
# rebuild it); build it only when it is missing.
if [ ! -f pkg/inburgering-wijzer.js ]; then
  echo "bench: pkg/ is missing, running make build" >&2
  make build >&2
elif [ -n "$(find src www Cargo.toml Cargo.lock -newer pkg/inburgering-wijzer.js -type f -print -quit)" ]; then
  echo "bench: note: pkg/ is older than the sources; run make build first for current figures" >&2
fi

# The reference element, built and packed as the widget is (Makefile `build`), in target/.
echo "bench: building the reference element (tests/tools/bench/referentie)" >&2
ref=target/bench-referentie
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$bench/referentie/Cargo.toml" \
  --target-dir "$ref/cargo"
wasm-bindgen --target web --no-typescript --out-dir "$ref" "$ref/cargo/wasm32-unknown-unknown/release/referentie.wasm"
wasm-opt ${WASM_OPT_FLAGS:?run through make bench} "$ref/referentie_bg.wasm" -o "$ref/referentie_bg.wasm"
python3 tests/tools/lzma.py "$ref/referentie_bg.wasm" >&2
esbuild "$bench/referentie/referentie.js" --bundle --minify --format=esm --log-level=warning --loader:.lzma=base64 \
  --outfile="$ref/bench-referentie.js"
node tests/tools/gzip.mjs "$ref/bench-referentie.js" >&2

echo "bench: cargo build --release --bin wijzer" >&2
cargo build --release --bin wijzer --quiet
wijzer="${CARGO_TARGET_DIR:-target}/release/wijzer"

# The reference bundle from its npm tarball (the npm cache makes repeated runs offline).
echo "bench: npm pack @open-formulieren/sdk@3.3.0" >&2
if tgz=$(cd "$tmp" && npm pack @open-formulieren/sdk@3.3.0 --prefer-offline --silent 2>/dev/null) \
  && tar xzf "$tmp/$tgz" -C "$tmp" --wildcards --no-wildcards-match-slash \
    package/package.json 'package/dist/*.js' 'package/dist/*.css'; then
  sdk="$tmp/package"
else
  echo "bench: npm pack failed (offline?); the reference column shows the issue's figure" >&2
  sdk=""
fi

echo "bench: generating 200,000 cases" >&2
node "$bench/gen-cases.mjs" 200000 > "$tmp/cases.jsonl"
head -n 20000 "$tmp/cases.jsonl" > "$tmp/cases-20k.jsonl"

echo "bench: generating a caseload of 10,000 clients" >&2
python3 tests/tools/caseload.py --aantal 10000 > "$tmp/caseload-10000.csv"

echo "bench: wijzer advies --jsonl vs jq -c . (3 runs each); wijzer werklijst" >&2
python3 "$bench/cli.py" "$wijzer" "$tmp/cases.jsonl" "$tmp/cases-20k.jsonl" "$tmp/caseload-10000.csv" > "$tmp/cli.json"

node "$bench/browser.mjs" > "$tmp/browser.json"

echo "bench: the caseload view with 10,000 clients against wijzer werklijst, run by run" >&2
node "$bench/caseload.mjs" "$wijzer" "$tmp/caseload-10000.csv" 5 > "$tmp/caseload.json"

python3 "$bench/table.py" "$tmp/cli.json" "$tmp/browser.json" "$sdk" "$tmp/caseload.json"

# The size ledger: the module again from the same compiler output, optimised with the same flags
# but keeping its function names, so its code can be weighed per area.
echo "bench: size ledger" >&2
wasm-bindgen --target web --no-typescript --out-dir "$tmp/benoemd" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/inburgeringswijzer.wasm"
wasm-opt $WASM_OPT_FLAGS -g "$tmp/benoemd/inburgeringswijzer_bg.wasm" -o "$tmp/benoemd/benoemd.wasm"
cargo run --quiet --example teksten > "$tmp/teksten.json"
echo
echo "Size ledger: what the download is made of"
echo
node "$bench/grootboek.mjs" pkg/inburgering-wijzer.js pkg/inburgeringswijzer_bg.wasm "$tmp/benoemd/benoemd.wasm" "$tmp/teksten.json"
