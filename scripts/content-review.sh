#!/usr/bin/env bash
# Writes every patient-facing text (Dutch and English, with its id and
# source) into one printable HTML page for the physiotherapist's review and
# sign-off, named after the commit it was made from, and prints its path.
# Native only: see src/bin/content-review.rs and src/review.rs.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export PATH="$HOME/.cargo/bin:$PATH"
version="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if ! git diff --quiet HEAD 2>/dev/null; then
  version="$version, met wijzigingen die nog niet zijn vastgelegd"
fi
out="$repo_root/target/content-review.html"
mkdir -p "$repo_root/target"
cargo run --quiet --locked --bin content-review -- "commit $version" >"$out"
echo "$out"
