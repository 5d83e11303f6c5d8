# The two commands of the README: `make demo` and `make test`. Both install what they need.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup setup-test build demo test test-native test-wasm test-e2e lint bench

setup:
	@tests/tools/setup.sh

setup-test:
	@tests/tools/setup.sh --test

## build: the release package in pkg/ (optimised with binaryen 132) with the element's script.
build: setup
	wasm-pack build --target web --release --mode no-install --no-typescript --out-dir pkg
	wasm-opt -Oz pkg/inburgeringswijzer_bg.wasm -o pkg/inburgeringswijzer_bg.wasm
	cp www/inburgering-wijzer.js pkg/inburgering-wijzer.js
	@ls -l pkg/*.wasm pkg/*.js

## demo: build, then serve the repository root; the demo page is www/index.html.
demo: build
	@echo "Demo: http://127.0.0.1:$(PORT)/www/index.html  (Ctrl+C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1

## test: everything, native and in a real browser.
test: setup-test lint test-native build test-wasm test-e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

test-wasm:
	wasm-pack test --headless --chrome --mode no-install -- --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/
