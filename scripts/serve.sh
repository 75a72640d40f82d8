#!/usr/bin/env bash
# Builds Heup & Rug and serves it at http://127.0.0.1:8080/ with live reload,
# installing whatever is missing first. Extra arguments go to `trunk serve`,
# for example `--release` or `--public-url /heup-rug/` (the sub-path build;
# else the clinic file's base_path). `CLINIC=other.toml` serves the build
# for the clinic in that file.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$repo_root"
read_clinic "$@"
say "Serving on http://127.0.0.1:8080${public_url_args[1]:-/} (Ctrl-C stops)"
exec trunk serve --address 127.0.0.1 --port 8080 "${public_url_args[@]}" "$@"
