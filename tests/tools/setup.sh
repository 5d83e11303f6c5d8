#!/usr/bin/env bash
# Installs what `make build` (and, with `--test`, `make test`) needs on a bare Debian 12 machine,
# skipping whatever is already there at the right version. Nothing is downloaded outside the
# package registries: no prebuilt binaries, no browser downloads (see ../shared/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

voor_tests=false
[ "${1:-}" = "--test" ] && voor_tests=true

# The wasm-bindgen CLI must be exactly the version the crate pins.
wasm_bindgen_versie=$(sed -nE 's/^wasm-bindgen = "=([0-9.]+)"/\1/p' Cargo.toml)
wasm_pack_versie=0.15.1

stap() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  stap "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wasm_bindgen_versie"; then
  stap "wasm-bindgen-cli $wasm_bindgen_versie (a few minutes)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_versie" --force
fi
if ! wasm-pack --version 2>/dev/null | grep -qx "wasm-pack $wasm_pack_versie"; then
  stap "wasm-pack $wasm_pack_versie (a few minutes)"
  cargo install wasm-pack --version "$wasm_pack_versie" --force
fi
if ! npm ls --silent >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ]; then
  stap "npm packages from package-lock.json (binaryen 132, esbuild, zopfli, playwright-core, axe-core, ical.js)"
  npm ci --no-audit --no-fund
fi

if $voor_tests; then
  nodig=()
  [ -x /usr/bin/chromium ] || nodig+=(chromium)
  [ -x /usr/bin/chromedriver ] || nodig+=(chromium-driver)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || nodig+=(fonts-noto-core)
  command -v msgfmt >/dev/null || nodig+=(gettext)
  if [ ${#nodig[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "setup: the browser tests need Debian packages that are missing: ${nodig[*]}" >&2
      echo "setup: install them as root, then run make test again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${nodig[*]}" >&2
      exit 1
    fi
    stap "Debian packages: ${nodig[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${nodig[@]}"
  fi
fi
echo "setup: ready"
