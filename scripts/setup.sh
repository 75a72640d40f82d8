# Installs what building and testing Heup & Rug need, each piece only when it
# is missing or at the wrong version. Sourced by serve.sh and test.sh; every
# function is idempotent, so a second run installs nothing.
#
# Pinned versions live here and in Cargo.toml / package.json; see
# ../shared/docs/toolchain.md (or the README) for why each pin exists.

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
# WebKit (webkit2gtk-driver: WebKitWebDriver and MiniBrowser) needs a
# display, hence xvfb and xauth for xvfb-run.
APT_TEST_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth nginx-light libnginx-mod-http-brotli-static)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    return
  fi
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    return
  fi
  say "Installing Trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install --locked --force "trunk@$TRUNK_VERSION"
}

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock
# exactly; otherwise Trunk tries to download one, which fails offline.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$repo_root/Cargo.lock"
}

ensure_wasm_bindgen_cli() {
  local wanted
  wanted="$(wasm_bindgen_lock_version)"
  if [ -z "$wanted" ]; then
    echo "Cannot read the wasm-bindgen version from Cargo.lock" >&2
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wanted" ]; then
    return
  fi
  say "Installing wasm-bindgen-cli $wanted (takes a few minutes)"
  # Not --locked: its lock file pins a webpki-roots the registry no longer serves.
  cargo install --force "wasm-bindgen-cli@$wanted"
}

# Runs `npm ci` in `folder` (what it installs named in `what`), only when
# its package-lock.json changed since the last install there.
ensure_npm_lock() {
  local folder="$1" what="$2"
  local stamp="$folder/node_modules/.installed-from-lock"
  local lock_sum
  lock_sum="$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
    return
  fi
  say "Installing npm packages ($what)"
  (cd "$folder" && npm ci --no-audit --no-fund)
  echo "$lock_sum" >"$stamp"
}

# npm packages: binaryen 132's wasm-opt (Debian's 108 breaks the release
# build) and the Playwright test runner.
ensure_node_modules() {
  ensure_npm_lock "$repo_root" "wasm-opt, Playwright"
}

# Lighthouse for scripts/bench.sh, in its own folder (scripts/lighthouse/)
# so the tests' npm ci does not carry it.
ensure_bench_tools() {
  ensure_npm_lock "$repo_root/scripts/lighthouse" "Lighthouse for the benchmark"
}

ensure_apt_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  say "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# Firefox's WebDriver, for the browser tests in Firefox. Built from
# crates.io: the npm and PyPI packages download a binary, which fails here.
ensure_geckodriver() {
  # Its first line reads "geckodriver 0.37.1", maybe followed by a build note.
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f2)" = "$GECKODRIVER_VERSION" ]; then
    return
  fi
  say "Installing geckodriver $GECKODRIVER_VERSION (takes about five minutes)"
  cargo install --force "geckodriver@$GECKODRIVER_VERSION"
}

# What `trunk build` / `trunk serve` need.
ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules
  ensure_wasm_bindgen_cli
  ensure_trunk
}

# What the test layers need on top: Chromium and its driver for the browser
# and end-to-end tests, Firefox with geckodriver and WebKitGTK with its
# driver for the browser tests in Firefox and the core journey in both,
# nginx to serve dist/ as in production.
ensure_test_tools() {
  ensure_build_tools
  ensure_apt_packages "${APT_TEST_PACKAGES[@]}"
  ensure_geckodriver
}

# Reads the clinic file (clinic.toml, or the one CLINIC= names), stopping on
# a mistake, and prints which file it used. Then sets `public_url_args` to
# `--public-url <base_path>` from that file, unless the arguments given
# ("$@") already choose a --public-url.
read_clinic() {
  cargo run --quiet --locked --bin clinic-config -- "$repo_root/target/clinic"
  public_url_args=()
  local arg
  for arg in "$@"; do
    [[ "$arg" == --public-url* ]] && return 0
  done
  public_url_args=(--public-url "$(node -p 'require(process.argv[1]).base_path' "$repo_root/target/clinic/clinic.json")")
}
