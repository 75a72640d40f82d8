#!/usr/bin/env bash
# Benchmarks that print figures (never pass/fail on timing): builds the
# release dist/ as it is deployed and prints the first-visit download sizes.
set -euo pipefail
"$(dirname "$0")/build.sh"
source "$(dirname "$0")/setup.sh"
cd "$repo_root"
say "First-visit download size"
node scripts/bench-size.mjs dist

say "Diary at ten years of daily logging"
ensure_test_tools
node scripts/bench-diary.mjs
