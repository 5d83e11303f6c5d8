# The two commands of the README: `make demo` and `make test`. Both install what they need.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080
# binaryen's flags for the release module, also used for the bench's reference element (make bench).
export WASM_OPT_FLAGS := --reorder-functions-by-name -Oz --one-caller-inline-max-function-size 100 --converge \
  --low-memory-unused --zero-filled-memory --strip-producers --strip-target-features

.PHONY: setup setup-test build demo test test-native test-wasm test-e2e lint controle bench
.PHONY: supply fuzz

setup:
	@tests/tools/setup.sh

setup-test:
	@tests/tools/setup.sh --test

## build: the one file a page loads, pkg/inburgering-wijzer.js: the element's loader and the
## module's glue, bundled and minified, with the module inside (optimised with binaryen 132;
## memory below 1 KiB is unused and starts zeroed, as Rust's layout and the wasm spec give;
## functions of more than 100 bytes are not inlined into their one caller, which would undo
## the `#[inline(never)]` of src/web/weergave.rs and is 0.7 KB smaller; the functions sorted
## by their Rust names first, so each source module's code sits together for LZMA, 0.6 KB; the
## custom sections `producers` and `target_features`, which no browser reads, dropped, 0.2 KB;
## compressed with LZMA, tests/tools/lzma.py, in base64; docs/metingen.md, 2026-12-07 night).
## The module holds only the Dutch sentences (feature talenpakketten); each other language is a
## pack of its own, pkg/inburgering-wijzer.ar.bin and so on (`wijzer talenpakketten`), whose
## sha384 goes into the script (pkg/talen.js) for the loader's Subresource Integrity. The script
## and the packs are also precompressed (`.gz`, Zopfli) for servers that send static gzip files.
## pkg/manifest.json is what a gemeente pins the release by: the version, the rules date
## (`regelsTot`) and each file's size and sha384 (RELEASING.md). The other files in pkg/ are
## steps on the way.
## The staff views (`modus="medewerker"`, `modus="caseload"`) are not in that module: a page
## with a staff element loads pkg/inburgering-wijzer.medewerker.bin instead, the module built
## with them (feature `medewerker`) and every language, LZMA as well, fetched like a pack. Both
## modules share the one glue the script carries, so the build fails when their glue differs.
TALEN := en ar ti tr fa
PAKKETTEN := $(foreach taal,$(TALEN),pkg/inburgering-wijzer.$(taal).bin)
MEDEWERKER := target/medewerker
build: setup
	wasm-pack build --target web --release --mode no-install --no-typescript --out-dir pkg -- --no-default-features --features talenpakketten
	wasm-opt $(WASM_OPT_FLAGS) pkg/inburgeringswijzer_bg.wasm -o pkg/inburgeringswijzer_bg.wasm
	python3 tests/tools/lzma.py pkg/inburgeringswijzer_bg.wasm
	wasm-pack build --target web --release --mode no-install --no-typescript --out-dir $(MEDEWERKER)
	cmp pkg/inburgeringswijzer.js $(MEDEWERKER)/inburgeringswijzer.js
	wasm-opt $(WASM_OPT_FLAGS) $(MEDEWERKER)/inburgeringswijzer_bg.wasm -o $(MEDEWERKER)/inburgeringswijzer_bg.wasm
	python3 tests/tools/lzma.py $(MEDEWERKER)/inburgeringswijzer_bg.wasm
	cp $(MEDEWERKER)/inburgeringswijzer_bg.wasm.lzma pkg/inburgering-wijzer.medewerker.bin
	cargo run --quiet --bin wijzer -- talenpakketten pkg
	node tests/tools/gzip.mjs $(PAKKETTEN)
	node tests/tools/integriteit.mjs pkg/talen.js $(PAKKETTEN) pkg/inburgering-wijzer.medewerker.bin
	esbuild www/inburgering-wijzer.js --bundle --minify --format=esm --log-level=warning --loader:.lzma=base64 --outfile=pkg/inburgering-wijzer.js
	node tests/tools/gzip.mjs pkg/inburgering-wijzer.js
	@ls -l pkg/inburgering-wijzer.*
	@node tests/tools/manifest.mjs pkg/inburgering-wijzer.js $(PAKKETTEN) pkg/inburgering-wijzer.medewerker.bin

## demo: build, then serve the repository root; the demo page is www/index.html.
demo: build
	@echo "Demo: http://127.0.0.1:$(PORT)/www/index.html  (Ctrl+C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1

## test: everything, native and in a real browser.
test: setup-test lint controle supply test-native build test-wasm test-e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

## controle: the rule data's rows not checked against their source within their term today
## (a report printed in every `make test`, never a failure).
controle:
	cargo run --quiet --bin wijzer -- controle --op $$(date +%F)

test-native:
	cargo test

test-wasm:
	wasm-pack test --headless --chrome --mode no-install -- --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## supply: licenses (allowlist) and duplicate crate versions, offline.
supply:
	python3 tests/tools/licenses.py

## bench: sizes, load and recompute times, batch speed and memory, with references (prints, never fails on speed).
bench:
	tests/tools/bench/bench.sh

## fuzz: the boundary under a million generated inputs, natively (tests/fuzz.rs, release with
## panic=unwind: the release profile aborts on panic; the properties must catch it) and through the
## release module in the browser (tests/e2e/boundary.test.mjs): the JSON reader, the contract's
## two inputs, the configuration reader and the language packs. Prints the number of inputs tried.
fuzz:
	tests/tools/fuzz.sh
