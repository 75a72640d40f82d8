#!/usr/bin/env bash
# Benchmarks that print figures next to their budgets (never pass/fail on
# timing: machines here are noisy). Builds the release dist/ as it is
# deployed, then prints:
#   - Lighthouse's mobile figures (performance, LCP, CLS, TBT, accessibility,
#     best practices, SEO) on the four entry routes behind the shipped nginx
#     config, and the bytes nginx sends per file on a first visit;
#   - what each first-visit file weighs raw, gzip and brotli;
#   - the time to an interactive page, on a first visit and on a repeat
#     visit from the service worker;
#   - the diary at ten years of daily logging (11,000 entries), and the
#     import of a backup that size and of the largest accepted file.
set -euo pipefail
"$(dirname "$0")/build.sh"
source "$(dirname "$0")/setup.sh"
ensure_test_tools
ensure_bench_tools
cd "$repo_root"
say "Lighthouse, mobile preset, on the entry routes"
node scripts/bench-lighthouse.mjs
say "First-visit files, raw, gzip and brotli"
node scripts/bench-size.mjs dist
say "Performance budget"
node scripts/bench-perf.mjs
say "Diary at ten years of daily logging"
node scripts/bench-diary.mjs
