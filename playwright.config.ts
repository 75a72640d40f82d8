// End-to-end tests: the release build in dist/, served by nginx with the
// config we ship (deploy/nginx), driven in Debian's headless Chromium.
// Run through scripts/test.sh, which builds dist/ (and the sub-path build)
// first. Three projects: the app at the root of a domain, under /heup-rug/,
// and built for another clinic (tests/fixtures/voorbeeld-kliniek.toml), which
// runs only other-clinic.spec.ts.
import { defineConfig } from "@playwright/test";
import { ports } from "./tests/e2e/ports.mjs";
import { chromiumArgs, chromiumPath } from "./tests/e2e/chromium.mjs";

/** The one spec of the build for another clinic (and only of that build). */
const OTHER_CLINIC_SPEC = /other-clinic\.spec\.ts$/;

/** Where each build is served; serve-dist.mjs serves only one with E2E_ROOT_ONLY=1 or E2E_ONLY=<name>. */
const sites: Record<string, string> = {
  root: `http://127.0.0.1:${ports.root}/`,
  subpath: `http://127.0.0.1:${ports.subpath}/heup-rug/`,
  "other-clinic": `http://127.0.0.1:${ports.otherClinic}/`,
};
const onlySite = process.env.E2E_ROOT_ONLY === "1" ? "root" : process.env.E2E_ONLY;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/e2e/results",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    // A small phone.
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "root", testIgnore: OTHER_CLINIC_SPEC, use: { baseURL: sites.root } },
    { name: "subpath", testIgnore: OTHER_CLINIC_SPEC, use: { baseURL: sites.subpath } },
    { name: "other-clinic", testMatch: OTHER_CLINIC_SPEC, use: { baseURL: sites["other-clinic"] } },
  ],
  webServer: {
    command: "node tests/e2e/serve-dist.mjs",
    // Ready once the site it serves answers (every site starts at once).
    url: sites[onlySite ?? "root"],
    reuseExistingServer: false,
    timeout: 20_000,
    // Stopped with a signal it can answer (not killed), so it removes its
    // nginx folder, named after a port that differs from run to run.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "pipe",
  },
});
