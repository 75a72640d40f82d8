#!/usr/bin/env bash
# Runs every test of Heup & Rug, installing whatever is missing first:
#   1. formatting and lints (cargo fmt, cargo clippy, native and wasm)
#   2. native tests: the pure logic (cargo test)
#   3. browser tests: components in headless Chromium
#      (cargo test --target wasm32-unknown-unknown)
#   4. end-to-end tests: the release build, served by nginx with the config
#      we ship, driven by Playwright in headless Chromium; once built for the
#      root of a domain and once for the sub-path /heup-rug/.
# Stops at the first failing step.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_test_tools
cd "$repo_root"

say "Formatting and lints"
cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

say "Native tests"
cargo test --locked

say "Browser tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown

say "Release builds for the end-to-end tests"
trunk build --release --offline
rm -rf target/e2e/subpath
trunk build --release --offline --public-url /heup-rug/ --dist target/e2e/subpath/heup-rug

say "End-to-end tests (nginx + headless Chromium)"
npx playwright test
