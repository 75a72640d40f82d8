#!/usr/bin/env bash
# Builds the release into dist/, exactly as it is deployed (wasm-opt
# included), installing the build tools first if they are missing. Extra
# arguments go to `trunk build`, for example `--public-url /heup-rug/`
# (else the clinic file's base_path). `CLINIC=other.toml` builds for the
# clinic in that file.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$repo_root"
say "Release build"
# For the clinic in clinic.toml, or the file CLINIC= names (README.md,
# "Deploy for your clinic"); served from that file's base_path.
read_clinic "$@"
trunk build --release --offline "${public_url_args[@]}" "$@"
