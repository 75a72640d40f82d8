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
    { name: "root", testIgnore: OTHER_CLINIC_SPEC, use: { baseURL: `http://127.0.0.1:${ports.root}/` } },
    { name: "subpath", testIgnore: OTHER_CLINIC_SPEC, use: { baseURL: `http://127.0.0.1:${ports.subpath}/heup-rug/` } },
    { name: "other-clinic", testMatch: OTHER_CLINIC_SPEC, use: { baseURL: `http://127.0.0.1:${ports.otherClinic}/` } },
  ],
  webServer: {
    command: "node tests/e2e/serve-dist.mjs",
    url: `http://127.0.0.1:${process.env.E2E_ONLY === "other-clinic" ? ports.otherClinic : ports.root}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: "pipe",
  },
});
