// The performance budget, checked by figures (never pass/fail: machines here
// are noisy). Prints each figure next to its budget:
//   - time from navigation to an interactive page in headless Chromium, on a
//     first visit (empty cache) and on a repeat visit served by the service
//     worker, unthrottled and on a throttled mobile connection;
//   - the diary at ten years of logging (see scripts/bench-diary.mjs).
// What the patient gets on a first visit (bytes sent, Lighthouse figures) is
// scripts/bench-lighthouse.mjs.
// Usage: node scripts/bench-perf.mjs   (after a release build in dist/)
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tests/e2e/chromium.mjs";
import { waitUntilServing } from "../tests/e2e/nginx.mjs";
import { freePorts } from "../tests/e2e/ports.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 5;
// A port the system hands out, not a fixed one (see tests/e2e/ports.mjs).
const [PORT] = freePorts(1);
const budgets = {
  firstVisitMs: 3000,
  firstVisitSlowMs: 6000,
  repeatVisitMs: 1000,
};
// A mid-range phone on a 4G connection that is not at its best.
const slowNetwork = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const server = spawn("node", [join(repo, "tests/e2e/serve-dist.mjs")], {
  env: { ...process.env, E2E_PORT_ROOT: String(PORT), E2E_ROOT_ONLY: "1" },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${PORT}/`;
await waitUntilServing(base);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Milliseconds from the start of navigation until the app has started and shows its page (read in the page). */
async function interactiveAfter(page) {
  await page.locator("h1").waitFor();
  await page.waitForFunction(() => !document.getElementById("boot"));
  return page.evaluate(() => performance.now());
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { first: [], firstSlow: [], repeat: [], repeatSlow: [] };
for (let run = 0; run < RUNS; run++) {
  for (const slow of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", slowNetwork);
    }
    await page.goto(base);
    results[slow ? "firstSlow" : "first"].push(await interactiveAfter(page));
    // Repeat visit: once the service worker controls the page, everything comes from its cache.
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 })
      .then(() => true, () => false);
    if (controlled) {
      await page.reload();
      results[slow ? "repeatSlow" : "repeat"].push(await interactiveAfter(page));
    }
    await context.close();
  }
}
await browser.close();
server.kill("SIGTERM");

const line = (label, value, budget, unit) =>
  `  ${label.padEnd(52)} ${value.padStart(8)} ${unit}   budget ${String(budget).padStart(5)} ${unit}   ${value === "n/a" ? "" : Number(value) <= budget ? "within" : "OVER"}`;
const ms = (values) => (values.length ? median(values).toFixed(0) : "n/a");
console.log(`Performance budget (median of ${RUNS} runs, headless Chromium, 360 px wide):`);
console.log(line("first visit, navigation to interactive", ms(results.first), budgets.firstVisitMs, "ms"));
console.log(line("first visit on a slow mobile connection", ms(results.firstSlow), budgets.firstVisitSlowMs, "ms"));
console.log(line("repeat visit from the service worker cache", ms(results.repeat), budgets.repeatVisitMs, "ms"));
console.log(line("repeat visit from the service worker, slow connection", ms(results.repeatSlow), budgets.repeatVisitMs, "ms"));
