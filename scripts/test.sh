#!/usr/bin/env bash
# Runs every test of Heup & Rug, installing whatever is missing first:
#   1. formatting and lints (cargo fmt, cargo clippy, native and wasm)
#   2. native tests: the pure logic (cargo test)
#   3. browser tests: components and the storage door in headless Chromium
#      and headless Firefox (cargo test --target wasm32-unknown-unknown)
#   4. end-to-end tests: the release build, served by nginx with the config
#      we ship, driven by Playwright in headless Chromium; once built for the
#      root of a domain and once for the sub-path /heup-rug/, and once for
#      another clinic (tests/fixtures/voorbeeld-kliniek.toml);
#   5. the patient's core journey in WebKit (every iPhone browser is WebKit)
#      and Firefox, through WebDriver (tests/engines/), against the same
#      release build behind nginx.
# Stops at the first failing step; at the end, prints how long each took.
set -euo pipefail
source "$(dirname "$0")/setup.sh"

timings=()
step_started=$SECONDS
# Ends the step that is running (named in $1) and notes its time.
took() {
  timings+=("$(printf '%-44s %4d s' "$1" $((SECONDS - step_started)))")
  step_started=$SECONDS
}

ensure_test_tools
cd "$repo_root"
took "Installing what is missing"

say "Formatting and lints"
cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
took "Formatting and lints"

say "Native tests"
cargo test --locked
took "Native tests"

say "Browser tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown
took "Browser tests in Chromium"

say "Browser tests (headless Firefox)"
GECKODRIVER="$(command -v geckodriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown
took "Browser tests in Firefox"

say "Release builds for the end-to-end tests"
# First for another clinic (only its root build), then this repository's
# clinic last, so target/clinic/ (read by pwa-build.mjs when a test makes a
# "next release") is this clinic's again.
rm -rf target/e2e/other-clinic
CLINIC=tests/fixtures/voorbeeld-kliniek.toml trunk build --release --offline --dist target/e2e/other-clinic
trunk build --release --offline
rm -rf target/e2e/subpath
trunk build --release --offline --public-url /heup-rug/ --dist target/e2e/subpath/heup-rug
took "Release builds (other clinic, root, /heup-rug/)"

say "End-to-end tests (nginx + headless Chromium)"
npx playwright test
took "End-to-end tests"

say "Core journey in WebKit and Firefox (WebDriver)"
# WebKitGTK draws even when nobody looks: it needs a (virtual) display.
xvfb-run -a node tests/engines/journey.mjs webkit
took "Core journey in WebKit"
GECKODRIVER="$(command -v geckodriver)" node tests/engines/journey.mjs firefox
took "Core journey in Firefox"

say "Every test passed"
printf '%s\n' "${timings[@]}"
printf '%-44s %4d s\n' "In all" "$SECONDS"
