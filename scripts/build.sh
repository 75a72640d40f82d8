#!/usr/bin/env bash
# Builds the release into dist/, exactly as it is deployed (wasm-opt
# included), installing the build tools first if they are missing. Extra
# arguments go to `trunk build`, for example `--public-url /heup-rug/`.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$repo_root"
say "Release build"
trunk build --release --offline "$@"
