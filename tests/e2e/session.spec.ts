// "Doe mee", the guided session, end to end with the browser's clock in the
// test's hands: a two-exercise schedule run at speed, counting with the
// moving figure, paused, finished, and put in the diary with the pain before
// and after; and a session interrupted by a reload that offers to go on or
// to log what was done.
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";

/** The bridge's moving picture: a breath, 2 s up, a hold of 2 counts, 2 s down (src/exercises/motion.rs). */
const BRIDGE_CYCLE_MS = 7_000;

const storedSchedule = JSON.stringify({
  version: 1,
  data: {
    schedule: {
      exercises: [
        { exercise: "bruggetje", dose: { kind: "reps", sets: 1, reps: 2 } },
        { exercise: "heupbuiger-rekken", dose: { kind: "hold", sets: 1, seconds: 30 } },
      ],
      days_per_week: 4,
      from_clinic: false,
    },
  },
});

async function withSchedule(page: Page) {
  await page.addInitScript((schedule) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("heup-rug:schema", schedule);
      sessionStorage.setItem("seeded", "yes");
    }
  }, storedSchedule);
}

async function storedEntries(page: Page): Promise<any[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("heup-rug:dagboek") ?? '{"data":{"entries":[]}}').data.entries);
}

/** Where the moving figure is, in seconds of its picture. */
async function figureTime(page: Page): Promise<number> {
  return page.locator(".session-figure svg").evaluate((svg: SVGSVGElement) => svg.getCurrentTime());
}

test("a two-exercise session counts with the figure, pauses, and ends in the diary with pain before and after", async ({ page }) => {
  await withSchedule(page);
  await openApp(page, "dagboek");
  await page.getByRole("link", { name: "Doe mee" }).click();
  await expect(page).toHaveURL(/\/dagboek\/doe-mee$/);
  await expect(page.locator(".session-plan li")).toHaveText(["Bruggetje · 2 keer", "Heupbuiger rekken · 30 seconden vasthouden per kant"]);

  await page.getByRole("button", { name: "Pijn 5", exact: true }).click();
  await expect(page.locator(".session-which")).toHaveText("Oefening 1 van 2");
  await expect(page.locator(".session-big")).toHaveText("1 van 2");

  // One second into repetition 2 the count says 2 and the figure is one
  // second into its cycle again: both follow the same clock.
  await page.clock.runFor(BRIDGE_CYCLE_MS + 1_000);
  await expect(page.locator(".session-big")).toHaveText("2 van 2");
  expect(await figureTime(page)).toBeCloseTo(1, 0);

  // Paused, nothing moves, however long the patient waits.
  await page.getByRole("button", { name: "Pauze" }).click();
  await expect(page.getByText("Gepauzeerd")).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(page.locator(".session-big")).toHaveText("2 van 2");
  await page.getByRole("button", { name: "Verder" }).click();

  // The stretch: into position, a 30-second hold counted down, on each side.
  await page.clock.runFor(BRIDGE_CYCLE_MS);
  await expect(page.locator(".session-which")).toHaveText("Oefening 2 van 2");
  await expect(page.locator(".session-count")).toContainText("Eerste kant");
  await page.clock.runFor(13_000);
  await expect(page.locator(".session-count")).toContainText("Vasthouden");
  await page.clock.runFor(120_000);

  await page.getByRole("button", { name: "Pijn 3", exact: true }).click();
  await expect(page.locator(".session-done")).toHaveText([
    /Bruggetje: 2 keer/,
    /Heupbuiger rekken: 30 seconden vasthouden per kant/,
  ]);
  await page.getByRole("button", { name: "Zet in mijn dagboek" }).click();
  await expect(page.getByText("Klaar: 2 oefeningen staan in je dagboek.")).toBeVisible();
  const entries = await storedEntries(page);
  expect(entries.map((e) => [e.exercise, e.dose, e.pain_before, e.pain_after])).toEqual([
    ["bruggetje", { kind: "reps", sets: 1, reps: 2 }, 5, 3],
    ["heupbuiger-rekken", { kind: "hold", sets: 1, seconds: 30 }, 5, 3],
  ]);
  await page.getByRole("link", { name: "Naar je dagboek" }).click();
  await expect(page.locator(".entry-list .entry")).toHaveCount(2);
});

test("a session interrupted by a reload offers to go on, or to log what was done", async ({ page }) => {
  await openApp(page, "dagboek/doe-mee?oefening=bruggetje");
  await expect(page.locator(".session-plan li")).toHaveText(["Bruggetje · 3 × 10 keer"]);
  await page.getByRole("button", { name: "Sla over" }).click();
  await page.clock.runFor(3 * BRIDGE_CYCLE_MS + 1_000);
  await expect(page.locator(".session-big")).toHaveText("4 van 10");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Je was nog bezig" })).toBeVisible();
  await page.getByRole("button", { name: "Ga verder waar je was" }).click();
  await expect(page.locator(".session-big")).toHaveText("4 van 10");
  await page.clock.runFor(BRIDGE_CYCLE_MS);
  await expect(page.locator(".session-big")).toHaveText("5 van 10");

  await page.reload();
  await page.getByRole("button", { name: "Zet in je dagboek wat je deed" }).click();
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.locator(".session-done")).toHaveText([/Bruggetje: 4 keer/]);
  // A reload here offers to log it, but nothing to go on with: it was stopped.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Je was nog bezig" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ga verder waar je was" })).toHaveCount(0);
  await page.getByRole("button", { name: "Zet in je dagboek wat je deed" }).click();
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.locator(".session-done")).toHaveText([/Bruggetje: 4 keer/]);
  // The pain was skipped twice: it is asked here, before anything is saved.
  await page.getByRole("button", { name: "Zet in mijn dagboek" }).click();
  await expect(page.getByRole("alert")).toContainText("Vul je pijn voor en na het oefenen in.");
  expect(await storedEntries(page)).toEqual([]);
  await page.getByRole("group", { name: "Hoeveel pijn heb je nu, voor je begint?" }).getByRole("button", { name: "Pijn 4", exact: true }).click();
  await page.getByRole("group", { name: "Hoeveel pijn heb je nu, na het oefenen?" }).getByRole("button", { name: "Pijn 2", exact: true }).click();
  await page.getByRole("button", { name: "Zet in mijn dagboek" }).click();
  await expect(page.getByText("Klaar: 1 oefening staat in je dagboek.")).toBeVisible();
  expect((await storedEntries(page)).map((e) => [e.dose, e.pain_before, e.pain_after])).toEqual([[{ kind: "reps", sets: 1, reps: 4 }, 4, 2]]);

  // Put in the diary, the session is over: no offer to go on.
  await openApp(page, "dagboek/doe-mee?oefening=bruggetje");
  await expect(page.getByRole("heading", { name: "Je was nog bezig" })).toHaveCount(0);
});

test("on a phone turned sideways the figure and the whole count are in view when the session starts", async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await openApp(page, "dagboek/doe-mee?oefening=bruggetje");
  // The tap that starts the session is below the fold here.
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.locator(".session-big")).toHaveText("1 van 10");
  const inView = await page.evaluate(() => {
    const header = document.querySelector("header")!.getBoundingClientRect();
    const menu = document.querySelector("nav.bottom-nav")!.getBoundingClientRect();
    const stage = document.querySelector(".session-stage")!.getBoundingClientRect();
    const count = document.querySelector(".session-big")!;
    const lines = count.getBoundingClientRect().height / parseFloat(getComputedStyle(count).lineHeight);
    return { top: stage.top >= header.bottom, bottom: stage.bottom <= menu.top, lines: Math.round(lines) };
  });
  expect(inView).toEqual({ top: true, bottom: true, lines: 1 });
});
