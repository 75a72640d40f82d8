// The patient's core journey in WebKit (every iPhone browser is WebKit) and
// Firefox, through WebDriver, against the release build in dist/ behind the
// shipped nginx config: the start page, an explainer slider, an
// exercise's moving drawing and its pause button, the self-check to its result, three taps to a diary entry that survives a
// reload, a clinic link, a backup made and one imported, English, and the
// service worker opening pages with the server stopped. Any page error
// fails the journey.
//
// Usage: node tests/engines/journey.mjs webkit|firefox
// (WebKit needs a display: scripts/test.sh runs it under xvfb-run.)
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diaryEntries, storedDiary } from "../e2e/diary-data.mjs";
import { FROZEN_SCHEDULE } from "../e2e/frozen-schedule.mjs";
import { repo, waitUntilServing } from "../e2e/nginx.mjs";
import { freePorts } from "../e2e/ports.mjs";
import { ENGINES, KEY_END, startSession } from "./webdriver.mjs";

const engineName = process.argv[2];
const engine = ENGINES[engineName];
if (!engine) {
  console.error(`usage: node tests/engines/journey.mjs ${Object.keys(ENGINES).join("|")}`);
  process.exit(2);
}
// Ports nothing listens on, asked of the system: fixed ones can be taken
// by another program's connection (they lie in the range the system hands
// out for those).
const [SERVER_PORT, DRIVER_PORT] = freePorts(2);
const site = `http://127.0.0.1:${SERVER_PORT}/`;

function startServer() {
  return spawn("node", [join(repo, "tests/e2e/serve-dist.mjs")], {
    env: { ...process.env, E2E_PORT_ROOT: String(SERVER_PORT), E2E_ROOT_ONLY: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const steps = [];
async function step(name, run) {
  const started = Date.now();
  await run();
  const errors = await browser.pageErrors();
  check(errors.length === 0, `page errors: ${JSON.stringify(errors)}`);
  steps.push(name);
  console.log(`  ok  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

let server = startServer();
let browser;
try {
  await waitUntilServing(site);
  browser = await startSession(engine, DRIVER_PORT);
  console.log(`Core journey in ${engine.name}`);

  await step("the start page renders", async () => {
    // ?taal=nl: the engines' own language is English; the patient's is Dutch.
    await browser.go(`${site}?taal=nl`);
    await browser.waitForHeading("Heup en onderrug");
    await browser.find('a.part-card[href$="/uitleg"]');
  });

  await step("an explainer slider changes the picture", async () => {
    await browser.go(`${site}uitleg/heup-en-onderrug`);
    await browser.waitForHeading("Hoe je heup je onderrug beïnvloedt");
    const caption = () => browser.run('return document.querySelector("figure figcaption").textContent.trim()');
    const before = await caption();
    const slider = await browser.find('input[type="range"]');
    await browser.sendKeys(slider, KEY_END);
    await browser.waitFor(
      "the caption to follow the slider",
      'return document.querySelector("figure figcaption").textContent.trim() !== arguments[0]',
      before,
    );
    check((await caption()) !== before, "the caption did not change");
  });

  await step("an exercise's drawing moves and pauses", async () => {
    await browser.go(`${site}oefeningen/bruggetje`);
    await browser.waitForHeading("Bruggetje");
    await browser.find("svg.ex-moving");
    const drawing = 'const svg = document.querySelector("svg.ex-moving");';
    await browser.waitFor(
      "the drawing to play",
      `${drawing} return !svg.animationsPaused() && svg.getCurrentTime() > 0.2`,
    );
    // The engine draws the body where the timeline says: the hips rise.
    const risen = await browser.run(`${drawing}
      const hip = () => svg.querySelector("path.ex-pelvis").getBBox().y;
      svg.pauseAnimations();
      svg.setCurrentTime(0.1);
      const lying = hip();
      svg.setCurrentTime(3.2);
      const up = hip();
      svg.unpauseAnimations();
      return lying - up;`);
    check(risen > 3, `the hips rose ${risen} units`);
    await browser.tap("Pauzeer");
    await browser.waitFor("the drawing to pause", `${drawing} return svg.animationsPaused()`);
    await browser.tap("Speel af");
    await browser.waitFor("the drawing to play again", `${drawing} return !svg.animationsPaused()`);
  });

  await step("the self-check runs from its start to a result", async () => {
    await browser.go(`${site}zelftest`);
    await browser.waitForHeading("Zelftest");
    await browser.tap("Begin de test");
    const answers = [
      ...Array(15).fill("Nee"),
      "Jonger dan 50",
      "Nee",
      "Nee",
      ...["Vaak", "Vaak", "Soms", "Nooit", "Soms", "Nooit", "Nooit", "Nee", "Nee", "Langer dan 3 maanden"],
      ...["Links", "Beide kanten", "Geen van beide", "Dat weet ik niet"],
    ];
    for (const [index, answer] of answers.entries()) {
      // Wait for the question itself, so a tap never lands on the one before.
      await browser.waitFor(
        `question ${index + 1}`,
        'const shown = document.querySelector(".question-progress"); return shown && shown.textContent.startsWith(arguments[0]);',
        `Vraag ${index + 1} van `,
      );
      await browser.tap(answer);
    }
    await browser.waitFor("the result page", 'return /zelftest\\/uitslag\\/\\d+$/.test(location.pathname)');
  });

  await step("three taps log an exercise, still there after a reload", async () => {
    await browser.go(`${site}dagboek`);
    await browser.waitForHeading("Dagboek");
    await browser.tap("Bruggetje");
    await browser.tap("Pijn 5");
    await browser.tap("Pijn 3");
    await browser.waitFor("the saved message", 'return document.body.innerText.includes("Opgeslagen: Bruggetje.")');
    await browser.reload();
    await browser.waitForHeading("Dagboek");
    const stored = await browser.run('return JSON.parse(localStorage.getItem("heup-rug:dagboek")).data.entries');
    check(stored.length === 1 && stored[0].exercise === "bruggetje", `stored: ${JSON.stringify(stored)}`);
    // The entry itself under "Vandaag gedaan", with its pain: the empty
    // diary's picker shows the name "Bruggetje" too.
    await browser.waitFor(
      "the entry on today's list",
      `const rows = [...document.querySelectorAll("main ul.entry-list > li.entry")].map((row) => row.textContent);
       return rows.length === 1 && rows[0].includes("Bruggetje") && rows[0].includes("pijn van 5 naar 3");`,
    );
  });

  await step("a clinic link goes into the diary", async () => {
    await browser.go(`${site}schema#${FROZEN_SCHEDULE}`);
    await browser.waitForHeading("Je oefenschema");
    await browser.tap("Zet in mijn dagboek");
    await browser.waitFor("the diary", 'return location.pathname.endsWith("/dagboek")');
    const schedule = await browser.run('return localStorage.getItem("heup-rug:schema")');
    check(schedule && schedule.includes('"exercises"'), `stored schedule: ${schedule}`);
  });

  await step("a guided session runs and goes into the diary", async () => {
    // An own schedule of one repetition of the bridge: a session of seven seconds.
    await browser.run(
      `localStorage.setItem("heup-rug:schema", JSON.stringify({ version: 1, data: { schedule: {
         exercises: [{ exercise: "bruggetje", dose: { kind: "reps", sets: 1, reps: 1 } }],
         days_per_week: 7, from_clinic: false } } }))`,
    );
    await browser.go(`${site}dagboek/doe-mee`);
    await browser.waitForHeading("Doe mee");
    const before = await browser.run('return JSON.parse(localStorage.getItem("heup-rug:dagboek")).data.entries.length');
    await browser.tap("Pijn 4");
    await browser.waitFor("the count", 'return document.querySelector(".session-big")?.textContent === "1 van 1"');
    await browser.waitFor("the end of the session", 'return document.body.innerText.includes("Hoeveel pijn heb je nu, na het oefenen?")');
    await browser.tap("Pijn 2");
    await browser.tap("Zet in mijn dagboek");
    await browser.waitFor("the saved message", 'return document.body.innerText.includes("Klaar: 1 oefening staat in je dagboek.")');
    const entries = await browser.run('return JSON.parse(localStorage.getItem("heup-rug:dagboek")).data.entries');
    const added = entries.slice(before);
    check(
      added.length === 1 && added[0].exercise === "bruggetje" && added[0].pain_before === 4 && added[0].pain_after === 2,
      `added: ${JSON.stringify(added)}`,
    );
  });

  await step("a backup is made, and one is imported", async () => {
    await browser.go(`${site}dagboek/gegevens`);
    await browser.waitForHeading("Gegevens");
    await browser.tap("Reservekopie maken");
    await browser.waitFor("the backup message", 'return document.body.innerText.includes("Je reservekopie is gemaakt.")');
    const folder = mkdtempSync(join(tmpdir(), "heup-rug-journey-"));
    const file = join(folder, "reservekopie.json");
    const diary = JSON.parse(storedDiary(diaryEntries(3, 1, new Date())));
    const madeOn = new Date().toISOString().slice(0, 10);
    writeFileSync(file, JSON.stringify({ app: "heup-rug", kind: "dagboek-backup", made_on: madeOn, diary }));
    await browser.sendKeys(await browser.find('input[type="file"]'), file);
    await browser.tap("Toevoegen aan mijn dagboek");
    await browser.waitFor(
      "the imported entries in storage",
      'return JSON.parse(localStorage.getItem("heup-rug:dagboek")).data.entries.length >= 4',
    );
  });

  await step("?taal=en shows the app in English", async () => {
    await browser.go(`${site}?taal=en`);
    await browser.waitForHeading("Hip and lower back");
    await browser.go(`${site}?taal=nl`);
    await browser.waitForHeading("Heup en onderrug");
  });

  await step("with the server stopped, the service worker serves the pages", async () => {
    await browser.runAsync("const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));");
    // A navigation, not a refresh: Firefox's driver refreshes past the worker.
    await browser.go(`${site}uitleg`);
    await browser.waitFor("a page under the service worker", "return Boolean(navigator.serviceWorker.controller)");
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    server = null;
    for (const [path, heading] of [
      ["oefeningen", "Oefeningen"],
      ["uitleg/heupgewricht", "Hoe je heupgewricht werkt"],
      ["dagboek", "Dagboek"],
    ]) {
      await browser.go(`${site}${path}`);
      await browser.waitForHeading(heading);
    }
  });

  console.log(`${engine.name}: all ${steps.length} steps passed`);
} catch (error) {
  console.error(`${engine.name}: failed after ${steps.length} steps: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.end();
  server?.kill("SIGTERM");
}
