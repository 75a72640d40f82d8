// A walk through the whole app as a patient (and the clinic) uses it:
// every route, and every state worth looking at on its own (a quiz
// question, the red-flag stop, a result, the diary with data, the logging
// steps, dialogs, the import preview, the update notice, English). Tests
// pass a checkpoint that runs at each stop: the privacy test records every
// request on the way, the accessibility test runs axe at each stop.
import type { Page } from "@playwright/test";
import { expect, openApp, NOW } from "./fixtures";
import { diaryEntries, storedDiary } from "./diary-data.mjs";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

export type Checkpoint = (name: string) => Promise<void>;

const SECTIONS = [
  "heupgewricht",
  "heup-en-onderrug",
  "heupbeperkingen",
  "klachten",
  "onderzoek",
  "behandeling",
  "thuis-oefenen",
  "leefstijl",
  "conclusie",
  "vragen",
];
/** Page headings that mean a stop landed on "page not found" instead of its page. */
const NOT_FOUND = /^(Pagina niet gevonden|Page not found)$/;

/** Opens a stop of the walk, which must be its own page, never "not found". */
async function openStop(page: Page, path: string) {
  await openApp(page, path);
  await expect(page.locator("h1"), `/${path} is a page of the app`).not.toHaveText(NOT_FOUND);
}

async function tap(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

/** Answers the self-check's questions in order until `done` says to stop. */
async function answer(page: Page, answers: string[]) {
  for (const choice of answers) {
    await tap(page, choice);
  }
}

export async function walkThroughTheApp(page: Page, checkpoint: Checkpoint): Promise<void> {
  await openStop(page, "");
  await checkpoint("start page");

  // Uitleg: every section, the picture with its sliders moved, an open question.
  await openStop(page, "uitleg");
  await checkpoint("explainer contents");
  for (const section of SECTIONS) {
    await openStop(page, `uitleg/${section}`);
    await checkpoint(`explainer section ${section}`);
  }
  await openStop(page, "uitleg/heup-en-onderrug");
  const flexors = page.getByRole("slider", { name: "Heupbuigers" });
  await flexors.focus();
  await page.keyboard.press("End");
  await checkpoint("explainer picture, tight hip flexors");
  await openStop(page, "uitleg/vragen");
  await page.locator("details summary").first().click();
  await checkpoint("explainer question opened");

  // Zelftest: a question, the red-flag stop, a whole test, its result, all results.
  await openStop(page, "zelftest");
  await checkpoint("self-check start");
  await tap(page, "Begin de test");
  await checkpoint("self-check question");
  await tap(page, "Ja");
  await expect(page.getByText(/huisarts/).first()).toBeVisible();
  await checkpoint("self-check red flag");
  await page.evaluate(() => localStorage.clear());
  await openStop(page, "zelftest");
  await tap(page, "Begin de test");
  await answer(page, [...Array(15).fill("Nee"), "Jonger dan 50", "Nee", "Nee"]);
  await answer(page, ["Vaak", "Vaak", "Soms", "Nooit", "Soms", "Nooit", "Nooit", "Nee", "Nee", "Langer dan 3 maanden"]);
  await expect(page.locator(".self-test-drawing")).toBeVisible();
  await checkpoint("self-check home test with its drawing");
  await answer(page, ["Links", "Beide kanten", "Geen van beide", "Dat weet ik niet"]);
  await expect(page).toHaveURL(/zelftest\/uitslag\/\d+$/);
  await checkpoint("self-check result");
  await openStop(page, "zelftest/uitslagen");
  await checkpoint("self-check saved results");

  // Oefeningen: the list and every exercise.
  await openStop(page, "oefeningen");
  await checkpoint("exercise library");
  // Every exercise the library lists, by the app's own links.
  const exercises = await page
    .locator('main a[href*="oefeningen/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/").pop()!))]);
  expect(exercises.length, "the library lists the exercises").toBeGreaterThanOrEqual(11);
  for (const exercise of exercises) {
    await openStop(page, `oefeningen/${exercise}`);
    await checkpoint(`exercise ${exercise}`);
  }
  await page.getByRole("button", { name: "Zet in mijn schema" }).click();
  await expect(page.locator(".add-to-schedule-status")).toContainText("staat nu in je schema");
  // The tap scrolls the page: the sticky header then covers the drawing's
  // play button, which axe counts against that button's size. Checked from
  // the top, as every other stop.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkpoint("exercise added to the own schedule");

  // Dagboek: empty, logging step by step, then with weeks of data.
  await page.evaluate(() => localStorage.clear());
  await openStop(page, "dagboek");
  await checkpoint("diary, empty");
  await tap(page, "Bruggetje");
  await checkpoint("diary, pain before");
  await page.getByRole("button", { name: "Pijn 5", exact: true }).click();
  await checkpoint("diary, pain after");
  await page.getByRole("button", { name: "Pijn 3", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
  await checkpoint("diary, saved");
  await page.evaluate((stored) => localStorage.setItem("heup-rug:dagboek", stored), storedDiary(diaryEntries(40, 2, NOW)));
  await openStop(page, "dagboek");
  await checkpoint("diary with data");
  await openStop(page, "dagboek/geschiedenis");
  await checkpoint("diary history");
  await page.locator(".entry").first().getByRole("button", { name: "Verwijderen" }).click();
  await checkpoint("diary history, undo after a delete");
  await page.locator(".entry").first().getByRole("link", { name: /aanpassen$/ }).click();
  await expect(page.locator("h1")).toHaveText("Oefening aanpassen");
  await checkpoint("diary edit");
  await openStop(page, "dagboek/voortgang");
  await page.getByText("De cijfers per week").click();
  await checkpoint("diary progress with its table");
  await openStop(page, "dagboek/gegevens");
  await checkpoint("diary data");
  await page.locator('input[type="file"]').setInputFiles({
    name: "reservekopie.json",
    mimeType: "application/json",
    buffer: Buffer.from(storedDiary(diaryEntries(3, 1, NOW))),
  });
  await checkpoint("diary import preview");
  await openStop(page, "dagboek/gegevens");
  await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await checkpoint("diary delete-all confirmation");
  await page.getByRole("button", { name: "Annuleren" }).click();
  await openStop(page, "dagboek/overzicht");
  await checkpoint("diary printable summary");
  await openStop(page, "dagboek/schema");
  await checkpoint("diary own schedule and reminder");

  // "Doe mee": the guided session from the pain before to what was done.
  await openStop(page, "dagboek/doe-mee?oefening=bruggetje");
  await checkpoint("session, pain before");
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.locator(".session-big")).toBeVisible();
  await checkpoint("session screen");
  await page.getByRole("button", { name: "Pauze" }).click();
  await checkpoint("session screen, paused");
  await page.getByRole("button", { name: "Stop met oefenen" }).click();
  await checkpoint("session, pain after");
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.getByRole("heading", { name: "Dit heb je gedaan" })).toBeVisible();
  await checkpoint("session, what was done");

  // The clinic link: accepting a schedule, a broken link, the link builder.
  await openStop(page, `schema#${FROZEN_SCHEDULE}`);
  await checkpoint("schedule link");
  await openStop(page, "dagboek");
  await openStop(page, `schema#${FROZEN_SCHEDULE.slice(0, 20)}`);
  await checkpoint("broken schedule link");
  await openStop(page, "kliniek");
  await page.getByRole("checkbox", { name: /^Bruggetje/ }).check();
  await expect(page.getByLabel("Link voor je patiënt")).toBeVisible();
  await checkpoint("clinic link builder with link and QR code");

  // The progress report: made in the diary (which has weeks of data and
  // now a schedule), opened at the clinic, and a cut report link.
  await openStop(page, `schema#${FROZEN_SCHEDULE}`);
  await page.getByRole("button", { name: /^(Zet in mijn dagboek|Vervang mijn schema)$/ }).click();
  await expect(page).toHaveURL(/dagboek$/);
  await openStop(page, "dagboek/voortgang");
  await page.getByRole("button", { name: "Maak de link" }).click();
  const reportLink = await page.getByLabel("De link", { exact: true }).inputValue();
  await checkpoint("diary progress with the report link and its QR code");
  await page.goto(reportLink);
  await expect(page.locator("h1")).toHaveText("Verslag van oefenen en pijn");
  await page.getByText("De cijfers per week").click();
  await checkpoint("report page with its table");
  await openStop(page, `verslag#${reportLink.split("#")[1].slice(0, 20)}`);
  await checkpoint("broken report link");

  // The help page "Wanneer direct hulp?".
  await openStop(page, "hulp");
  await checkpoint("help page");

  // The about page "Over deze app".
  await openStop(page, "over");
  await checkpoint("about page");

  // Installing, the update notice, not found.
  await openStop(page, "installeren");
  await checkpoint("install help");
  await page.evaluate(() => {
    document.documentElement.dataset.update = "ready";
    window.dispatchEvent(new Event("heup-rug:update-ready"));
  });
  await expect(page.locator(".update-notice")).toBeVisible();
  await checkpoint("new version notice");
  await openApp(page, "bestaat/niet") /* the one stop meant to be "not found" */;
  await checkpoint("page not found");

  // The same app in English.
  for (const path of ["?taal=en", "uitleg/klachten", "zelftest", "oefeningen/bruggetje", "dagboek", "hulp", "over", `verslag#${reportLink.split("#")[1]}`, "kliniek"]) {
    await openStop(page, path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await checkpoint(`English: ${path.split("#")[0] || "start page"}`);
  }
}
