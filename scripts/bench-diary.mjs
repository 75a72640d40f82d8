// Benchmark of the diary at ten years of daily logging (11,000 entries):
// prints how long opening the diary, the history and the progress pages
// takes, how long adding one entry takes, how much storage it uses, and how
// long importing a backup takes: of 11,000 entries, and the largest file the
// app accepts (what browser storage can hold).
// Figures only, never pass/fail (machines here are noisy). Runs against the
// release build in dist/ served by nginx with the shipped config.
//   node scripts/bench-diary.mjs [entries]
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tests/e2e/chromium.mjs";
import { waitUntilServing } from "../tests/e2e/nginx.mjs";
import { freePorts } from "../tests/e2e/ports.mjs";
import { backupFile, diaryEntries, STORAGE_HOLDS_CHARS, storedDiary } from "../tests/e2e/diary-data.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = Number(process.argv[2] ?? 11_000);
const RUNS = 5;
const [PORT] = freePorts(1);

const server = spawn("node", [join(repo, "tests/e2e/serve-dist.mjs")], {
  env: { ...process.env, E2E_PORT_ROOT: String(PORT), E2E_ROOT_ONLY: "1" },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${PORT}/`;
await waitUntilServing(base);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const days = Math.ceil(ENTRIES / 3);
const diary = storedDiary(diaryEntries(days, 3).slice(-ENTRIES));

/** Milliseconds from starting to navigate to `path` until `ready` shows. */
async function timeToShow(page, path, ready) {
  const start = performance.now();
  await page.goto(base + path);
  await page.locator(ready).first().waitFor();
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { empty: [], full: [], history: [], progress: [], add: [] };
let storedChars = 0;
for (let run = 0; run < RUNS; run++) {
  for (const [name, stored] of [["empty", null], ["full", diary]]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
    if (stored) await context.addInitScript((text) => localStorage.getItem("heup-rug:dagboek") || localStorage.setItem("heup-rug:dagboek", text), stored);
    const page = await context.newPage();
    // Load the app once so every figure below is for a warm HTTP cache.
    await page.goto(base);
    results[name].push(await timeToShow(page, "dagboek", ".entry-list, .hint"));
    if (stored) {
      results.history.push(await timeToShow(page, "dagboek/geschiedenis", ".history-day"));
      results.progress.push(await timeToShow(page, "dagboek/voortgang", ".day-dot"));
      await page.goto(base + "dagboek");
      await page.locator(".log-row button").first().click();
      await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
      const start = performance.now();
      await page.getByRole("button", { name: "Pijn 3", exact: true }).click();
      await page.locator(".saved").waitFor();
      results.add.push(performance.now() - start);
      storedChars = await page.evaluate(() => localStorage.getItem("heup-rug:dagboek").length);
    }
    await context.close();
  }
}

// Importing a backup: from choosing the file until the preview shows
// (read, check, compare), and from "Toevoegen" until the outcome shows
// (merge, store). The largest file is the most entries that fit under the
// limit; storing all of it may not fit beside the rest, so its outcome is
// printed too.
const biggest = (() => {
  const pool = diaryEntries(Math.ceil(40_000 / 5), 5);
  let [low, high] = [1, pool.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (backupFile(pool.slice(-mid)).length <= STORAGE_HOLDS_CHARS) low = mid;
    else high = mid - 1;
  }
  return pool.slice(-low);
})();
const imports = [
  { label: `${ENTRIES.toLocaleString("en")} entries into an empty diary`, file: backupFile(diaryEntries(days, 3).slice(-ENTRIES)), stored: null },
  { label: `${ENTRIES.toLocaleString("en")} entries, all already in it`, file: backupFile(diaryEntries(days, 3).slice(-ENTRIES)), stored: diary },
  { label: `largest file, ${biggest.length.toLocaleString("en")} entries`, file: backupFile(biggest), stored: null },
];
const importRuns = 3;
for (const run of imports) {
  run.preview = [];
  run.apply = [];
  for (let i = 0; i < importRuns; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
    if (run.stored) await context.addInitScript((text) => localStorage.getItem("heup-rug:dagboek") || localStorage.setItem("heup-rug:dagboek", text), run.stored);
    const page = await context.newPage();
    await page.goto(base + "dagboek/gegevens");
    await page.locator('input[type="file"]').waitFor({ state: "attached" });
    let start = performance.now();
    await page.locator('input[type="file"]').setInputFiles({ name: "reservekopie.json", mimeType: "application/json", buffer: Buffer.from(run.file) });
    const preview = page.getByText("In deze reservekopie:").or(page.getByText("Alles uit deze reservekopie staat al in je dagboek.")).or(page.getByRole("alert"));
    await preview.first().waitFor({ timeout: 120_000 });
    run.preview.push(performance.now() - start);
    const add = page.getByRole("button", { name: "Toevoegen aan mijn dagboek" });
    if (await add.count()) {
      start = performance.now();
      await add.click();
      await page.getByText("Klaar:").or(page.getByRole("alert")).first().waitFor({ timeout: 120_000 });
      run.apply.push(performance.now() - start);
      run.outcome = await page.getByText("Klaar:").or(page.getByRole("alert")).first().innerText();
    } else {
      run.outcome = await preview.first().innerText();
    }
    await context.close();
  }
  run.bytes = run.file.length;
}
await browser.close();
server.kill("SIGTERM");

// Budgets: "without a noticeable delay" on a phone, with this machine's
// desktop Chromium standing in for it.
const budgets = { openMs: 1000, pageMs: 1000, addMs: 200, storedShare: 50, importMs: 3000 };
const ms = (values) => `${median(values).toFixed(0).padStart(6)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
const verdict = (value, budget) => (value <= budget ? "within" : "OVER");
const row = (label, values, budget) =>
  console.log(`  ${label.padEnd(36)} ${ms(values)}   budget ${budget} ms   ${verdict(median(values), budget)}`);
const share = (storedChars / STORAGE_HOLDS_CHARS) * 100;
console.log(`Diary with ${ENTRIES.toLocaleString("en")} entries (${days} days), median of ${RUNS} runs, headless Chromium, warm HTTP cache:`);
row("open the diary, empty", results.empty, budgets.openMs);
row(`open the diary, ${ENTRIES} entries`, results.full, budgets.openMs);
row("open the history", results.history, budgets.pageMs);
row("open the progress pictures", results.progress, budgets.pageMs);
row("add one entry (last tap to saved)", results.add, budgets.addMs);
console.log(
  `  ${"stored size".padEnd(36)} ${(storedChars / 1024 / 1024).toFixed(2)} M characters, ${share.toFixed(0)}% of a 5 M-character quota   budget ${budgets.storedShare}%   ${verdict(share, budgets.storedShare)}`,
);
console.log(`Importing a backup, median of ${importRuns} runs (budget: ${budgets.importMs} ms from choosing the file to the preview, and from "Toevoegen" to done):`);
for (const run of imports) {
  console.log(`  ${run.label} (${(run.bytes / 1024 / 1024).toFixed(2)} MB)`);
  row("    choose the file to the preview", run.preview, budgets.importMs);
  if (run.apply.length) row("    \"Toevoegen\" to the outcome", run.apply, budgets.importMs);
  console.log(`    outcome: ${run.outcome.replace(/\s+/g, " ").slice(0, 120)}`);
}
