// The self-check as a patient meets it: a red flag stops everything with
// the GP message, a whole test ends in a band that matches the answers with
// the reasons behind it, results and the test in progress survive a
// reload, later results stand side by side, and a result can be deleted.
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";

const TOTAL = 19;
const NO_RED_FLAGS = Array(7).fill("Nee");

/** Answers for questions 8 to 19, and what the result must say. */
const runs = {
  few: {
    answers: ["Nooit", "Soms", "Nooit", "Nooit", "Vaak", "Nooit", "Nooit", "Korter dan 6 weken",
      "Geen van beide", "Geen van beide", "Rechts", "Dat weet ik niet"],
    band: "Weinig aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat opstaan uit een stoel soms pijn doet.",
      "Je gaf aan dat vooroverbuigen of tillen vaak pijn doet.",
      "Je gaf aan dat 30 seconden op één been staan rechts niet goed lukte.",
    ],
  },
  some: {
    answers: ["Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "6 tot 12 weken",
      "Geen van beide", "Deze test sla ik over", "Geen van beide", "Vooral uit mijn heupen: mijn billen gingen naar achteren"],
    band: "Enkele aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat je onderrug soms zeurt na zitten of wandelen.",
      "Je gaf aan dat opstaan uit een stoel soms pijn doet.",
      "Je gaf aan dat je soms moeite hebt met traplopen.",
      "Je gaf aan dat je soms stijfheid of druk voelt in je bil.",
      "Je gaf aan dat vooroverbuigen of tillen soms pijn doet.",
      "Je gaf aan dat de pijn soms uitstraalt naar je bil of bovenbeen.",
      "Je gaf aan dat je soms minder kracht voelt in één been of bil.",
    ],
  },
  clear: {
    answers: ["Vaak", "Vaak", "Vaak", "Nooit", "Nooit", "Nooit", "Nooit", "Langer dan 3 maanden",
      "Links", "Beide kanten", "Geen van beide", "Dat weet ik niet"],
    band: "Duidelijke aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat je onderrug vaak zeurt na zitten of wandelen.",
      "Je gaf aan dat opstaan uit een stoel vaak pijn doet.",
      "Je gaf aan dat je vaak moeite hebt met traplopen.",
      "Je gaf aan dat ‘enkel op de knie’ links stijf of pijnlijk voelde.",
      "Je gaf aan dat je bij ‘knie naar de borst’ aan beide kanten pijn of een harde stop voelde.",
    ],
  },
};

async function tap(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

/** Answers questions `from`, `from + 1`, … in order, waiting for each to show. */
async function answerFrom(page: Page, from: number, answers: string[]) {
  let question = from;
  for (const answer of answers) {
    await expect(page.locator(".question-progress")).toHaveText(`Vraag ${question} van ${TOTAL}`);
    await tap(page, answer);
    question += 1;
  }
}

/** Takes the whole test from the start page and waits for the saved result. */
async function takeTest(page: Page, answers: string[]) {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, ...answers]);
  await expect(page).toHaveURL(/zelftest\/uitslag\/\d+$/);
  await expect(page.locator("h1")).toHaveText("Uitslag zelftest");
}

test("a red flag stops the test with only the message to call the GP", async ({ page }) => {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, ["Nee", "Nee", "Ja"]);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Bel vandaag je huisarts");
  await expect(main.getByText("Je gaf aan dat een been snel zwakker wordt.")).toBeVisible();
  const call = main.getByRole("link", { name: "Bel 112" });
  await expect(call).toHaveAttribute("href", "tel:112");
  await expect(call).toBeInViewport();
  // Nothing competes with it: no other link, no result, no next question.
  await expect(main.getByRole("link")).toHaveCount(1);
  await expect(main.getByRole("heading", { level: 2 })).toHaveCount(1);
  await expect(main.getByRole("button")).toHaveText(["Verkeerd getikt? Terug naar de vraag"]);
  await expect(main.getByText(/aanwijzingen/)).toHaveCount(0);

  // Still there after a reload: the answer was kept.
  await page.reload();
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Bel vandaag je huisarts");
});

for (const [name, run] of Object.entries(runs)) {
  test(`a whole test with ${name} signs gives that band with the patient's own reasons`, async ({ page }) => {
    await takeTest(page, run.answers);
    const main = page.getByRole("main");
    await expect(main.locator(".band-card h2")).toHaveText(run.band);
    await expect(main.locator(".reasons li")).toHaveText(run.reasons);
    await expect(main.getByText("Dit is geen diagnose.", { exact: false })).toBeVisible();
    await expect(main.getByRole("link", { name: "Zo onderzoekt het rugcentrum je heup" })).toBeVisible();
    const links = main.locator(".link-list a");
    expect(await links.count()).toBeGreaterThanOrEqual(2);
  });
}

test("the result survives a reload, and its links carry the app's base path", async ({ page, baseURL }) => {
  await takeTest(page, runs.clear.answers);
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.locator(".band-card h2")).toHaveText(runs.clear.band);
  await expect(page.locator(".reasons li")).toHaveText(runs.clear.reasons);
  const basePath = new URL(baseURL!).pathname;
  const hrefs = await page.locator(".link-list a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain(`${basePath}uitleg/heupbeperkingen`);
  expect(hrefs).toContain(`${basePath}oefeningen/bruggetje`);
  // Going back to the test starts a new one: the finished one is saved.
  await page.getByRole("link", { name: "Doe de test opnieuw" }).click();
  await expect(page.getByRole("button", { name: "Begin de test" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk je eerdere uitslag" })).toBeVisible();
});

test("a reload in the middle of the test resumes at the same question", async ({ page }) => {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, "Vaak", "Soms"]);
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 10 van ${TOTAL}`);
  await page.reload();
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 10 van ${TOTAL}`);
  await tap(page, "Vorige vraag");
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 9 van ${TOTAL}`);
  await expect(page.getByRole("button", { name: "Soms", exact: true })).toHaveAttribute("aria-pressed", "true");
});

test("a later test stands side by side with the earlier one", async ({ page }) => {
  await takeTest(page, runs.clear.answers);
  await takeTest(page, runs.few.answers);
  // The new result compares itself with the previous one.
  const comparison = page.locator(".compare");
  await expect(comparison.locator("thead th")).toHaveCount(3);
  await expect(comparison.locator(".compare-band")).toHaveText(["Weinig", "Duidelijke"]);

  await page.getByRole("link", { name: "Al je uitslagen" }).click();
  await expect(page.locator("h1")).toHaveText("Mijn uitslagen");
  const stairs = page.locator(".compare tbody tr", { has: page.getByRole("rowheader", { name: "Moeite met traplopen" }) });
  await expect(stairs.locator("td")).toHaveText(["Nooit", "Vaak"]);
  await expect(page.locator(".result-card")).toHaveCount(2);
  await expect(page.getByRole("main").getByText("Dit is geen diagnose.", { exact: false })).toBeVisible();
});

test("a result can be deleted, and brought back with undo", async ({ page }) => {
  await takeTest(page, runs.some.answers);
  await takeTest(page, runs.clear.answers);
  await openApp(page, "zelftest/uitslagen");
  const cards = page.locator(".result-card");
  await expect(cards).toHaveCount(2);

  await cards.first().getByRole("button", { name: /verwijderen$/ }).click();
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole("main").getByRole("status")).toContainText("is verwijderd");
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(cards).toHaveCount(2);

  await cards.first().getByRole("button", { name: /verwijderen$/ }).click();
  await expect(cards).toHaveCount(1);
  await page.reload();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("Enkele aanwijzingen dat je heup meedoet");
});

test("fits a 320 px phone with big answer buttons", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "6 tot 12 weken"]);
  await expect(page.locator(".self-test-drawing")).toBeVisible();
  const buttons = page.locator(".answer-button");
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = await buttons.nth(i).boundingBox();
    expect(box!.height, `answer ${i} is big enough for a thumb`).toBeGreaterThanOrEqual(48);
    expect(box!.width, `answer ${i} spans the screen`).toBeGreaterThanOrEqual(260);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
});
