// How the end-to-end tests and benchmarks start Debian's Chromium: as root
// in a closed network (see the README). Shared by playwright.config.ts and
// the tests that launch a browser of their own.
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
