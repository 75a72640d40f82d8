// What a patient's phone gets on a first visit, measured the way the web
// measures it: Lighthouse 12.2.3 in its mobile preset (simulated slow 4G, a
// 4x slower CPU) against the release build in dist/ behind the shipped nginx
// config, on the four routes a patient enters by: the home page, an
// explainer page, the self-check and a schedule link from the clinic, on a
// phone set to Dutch; and the explainer page on a phone set to English.
// Prints every figure next to its goal (figures, never pass/fail: machines
// here are noisy), then the bytes transferred per file on the home page's
// first visit, as nginx sent them.
// Usage: node scripts/bench-lighthouse.mjs   (after a release build in dist/;
// scripts/bench.sh installs Lighthouse into scripts/lighthouse/ first)
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumArgs, chromiumPath } from "../tests/e2e/chromium.mjs";
import { FROZEN_SCHEDULE } from "../tests/e2e/frozen-schedule.mjs";
import { waitUntilServing } from "../tests/e2e/nginx.mjs";
import { freePorts } from "../tests/e2e/ports.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const lighthouse = join(repo, "scripts/lighthouse/node_modules/.bin/lighthouse");
// A port the system hands out, not a fixed one (see tests/e2e/ports.mjs).
const [PORT] = freePorts(1);
const base = `http://127.0.0.1:${PORT}/`;
/**
 * The routes, on a phone set to Dutch like most of the clinic's patients'
 * (Lighthouse's Chromium would otherwise say en-US, and the app would start
 * in English), and one explainer page on a phone set to English, which gets
 * the loading notice instead of the page's Dutch first frame.
 */
const routes = [
  { route: "", phone: "nl-NL" },
  { route: "uitleg/heup-en-onderrug", phone: "nl-NL" },
  { route: "zelftest", phone: "nl-NL" },
  { route: `schema#${FROZEN_SCHEDULE}`, phone: "nl-NL" },
  { route: "uitleg/heup-en-onderrug", phone: "en-GB" },
];

/** Goals per route: a score at least this high, or a time or shift at most this big. */
const goals = [
  { label: "performance", read: (r) => r.categories.performance.score, goal: 0.95, atLeast: true, digits: 2 },
  { label: "LCP (s)", read: (r) => r.audits["largest-contentful-paint"].numericValue / 1000, goal: 2.5, digits: 2 },
  { label: "CLS", read: (r) => r.audits["cumulative-layout-shift"].numericValue, goal: 0.05, digits: 3 },
  { label: "TBT (ms)", read: (r) => r.audits["total-blocking-time"].numericValue, goal: 200, digits: 0 },
  { label: "FCP (s)", read: (r) => r.audits["first-contentful-paint"].numericValue / 1000, goal: null, digits: 2 },
  { label: "accessibility", read: (r) => r.categories.accessibility.score, goal: 1, atLeast: true, digits: 2 },
  { label: "best practices", read: (r) => r.categories["best-practices"].score, goal: 1, atLeast: true, digits: 2 },
  { label: "SEO", read: (r) => r.categories.seo.score, goal: 1, atLeast: true, digits: 2 },
];
const TRANSFER_GOAL_KB = 300;

const server = spawn("node", [join(repo, "tests/e2e/serve-dist.mjs")], {
  env: { ...process.env, E2E_PORT_ROOT: String(PORT), E2E_ROOT_ONLY: "1" },
  stdio: "ignore",
});
const out = join(repo, "target/bench/lighthouse");
mkdirSync(out, { recursive: true });
let reports;
try {
  await waitUntilServing(base);
  reports = routes.map(({ route, phone }, index) => {
    const file = join(out, `route-${index}.json`);
    execFileSync(
      lighthouse,
      [
        base + route,
        "--output=json",
        `--output-path=${file}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--quiet",
        `--chrome-flags=--headless=new ${chromiumArgs.join(" ")} --lang=${phone} --accept-lang=${phone}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "inherit"] },
    );
    const shown = `/${route.replace(/#.*/, "#…")}`.replace("/uitleg/heup-en-onderrug", "/uitleg/heup-en-…");
    return { route: `${shown} ${phone.slice(0, 2)}`, report: JSON.parse(readFileSync(file, "utf8")) };
  });
} finally {
  server.kill("SIGTERM");
}

const pad = (text, width) => String(text).padEnd(width);
console.log(`Lighthouse ${reports[0].report.lighthouseVersion}, mobile preset, on the shipped nginx config`);
console.log(pad("figure", 16) + reports.map(({ route }) => pad(route, 22)).join("") + "goal");
for (const { label, read, goal, atLeast, digits } of goals) {
  const cells = reports.map(({ report }) => {
    const value = read(report);
    const met = goal === null ? "" : (atLeast ? value >= goal : value <= goal) ? " ok" : " MISSED";
    return pad(`${value.toFixed(digits)}${met}`, 22);
  });
  console.log(pad(label, 16) + cells.join("") + (goal === null ? "" : `${atLeast ? "≥" : "≤"} ${goal}`));
}

// The home page's first visit, file by file, as the browser received it.
const requests = reports[0].report.audits["network-requests"].details.items;
console.log(`\nFirst visit of / as transferred (KB = 1024 bytes; encoding as nginx sent it)`);
console.log(`${pad("file", 44)}${"sent".padStart(8)}${"file".padStart(9)}  encoding`);
let sent = 0;
for (const request of requests.filter((item) => item.url.startsWith(base)).sort((a, b) => b.transferSize - a.transferSize)) {
  const name = request.url.slice(base.length) || "/ (home.html)";
  const encoding = request.transferSize < request.resourceSize * 0.9 ? "compressed" : "as is";
  console.log(`${pad(name, 44)}${(request.transferSize / 1024).toFixed(1).padStart(8)}${(request.resourceSize / 1024).toFixed(1).padStart(9)}  ${encoding}`);
  sent += request.transferSize;
}
console.log(`${pad("total", 44)}${(sent / 1024).toFixed(1).padStart(8)}   goal ≤ ${TRANSFER_GOAL_KB} KB${sent / 1024 <= TRANSFER_GOAL_KB ? " ok" : " MISSED"}`);
