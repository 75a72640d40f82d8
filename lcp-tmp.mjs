import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const route of ["", "uitleg/heup-en-onderrug"]) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, locale: "nl-NL", isMobile: true });
  const page = await context.newPage();
  await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["loading", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await page.goto(`http://127.0.0.1:48711/${route}`);
  await page.waitForSelector("#boot", { state: "detached" });
  await page.waitForTimeout(800);
  await browser.stopTracing();
  const events = JSON.parse(readFileSync("/tmp/trace.json", "utf8")).traceEvents;
  const nav = { ts: events.filter((e) => /firstPaint|firstContentfulPaint/.test(e.name))[0]?.ts ?? 0 };
  for (const e of events.filter((e) => /largestContentfulPaint|firstContentfulPaint|LargestTextPaint/.test(e.name))) {
    console.log(route, e.name, Math.round((e.ts - nav.ts) / 1000), JSON.stringify(e.args?.data ?? {}).slice(0, 200));
  }
  await context.close();
}
await browser.close();
