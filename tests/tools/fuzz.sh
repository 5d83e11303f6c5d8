#!/usr/bin/env bash
# make fuzz: the boundary under many generated inputs, natively (tests/fuzz.rs, the release
# profile with panic=unwind so the properties catch a panic) and through the release module in
# the browser (tests/e2e/boundary.test.mjs). Each part prints "fuzz: NAME: N inputs, T µs each";
# this script adds them up and prints the total and the time it took. Any failure fails it.
# PROPTEST_CASES (per native property) and FUZZ_CASES (per kind in the browser) set the size.
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
begin=$(date +%s)
PROPTEST_CASES=${PROPTEST_CASES:-80000} CARGO_PROFILE_RELEASE_PANIC=unwind \
  cargo test --release --test fuzz 2>&1 | tee -a "$log"
FUZZ_CASES=${FUZZ_CASES:-10000} node --test tests/e2e/boundary.test.mjs 2>&1 | tee -a "$log"
eind=$(date +%s)
totaal=$(grep -o 'fuzz: [^:]*: [0-9]* inputs' "$log" | awk '{ n += $(NF - 1) } END { print n + 0 }')
echo "make fuzz: ${totaal} inputs tried, no failure, in $(( (eind - begin) / 60 )) min $(( (eind - begin) % 60 )) s"
