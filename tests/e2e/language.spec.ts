// The two languages as patients meet them: a phone set to English gets the
// whole app in English on the first visit, the switch in the header changes
// the language and the app remembers it, keeps a schedule or report that
// is in the link and never leaves the app's own site, a link with ?taal=en
// opens that page in English, and the start-up messages follow the same
// choice. (Every other spec runs on a Dutch phone, locale nl-NL.)
import { test, expect, openApp } from "./fixtures";
import { FROZEN_REPORT, FROZEN_SCHEDULE } from "./frozen-schedule.mjs";
import type { Page } from "@playwright/test";

/** Everyday Dutch words that no English page of the app contains. */
const DUTCH_WORDS = /\b(je|jouw|het|een|niet|naar|van|voor|uitleg|zelftest|oefeningen|dagboek|vandaag)\b/i;

/** Checks that what the patient sees (header, page, tabs) is English. */
async function expectEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const shown = await page.locator("body").innerText();
  expect(shown.match(DUTCH_WORDS), `Dutch on ${page.url()}:\n${shown}`).toBeNull();
}

test.describe("on a phone set to English", () => {
  test.use({ locale: "en-GB" });

  test("the first visit shows English everywhere", async ({ page }) => {
    await openApp(page);
    await expect(page.locator("h1")).toHaveText("Hip and lower back");
    await expect(page).toHaveTitle("Hip and lower back · Heup & Rug");
    await expect(page.getByRole("button", { name: "Nederlands" })).toHaveAttribute("lang", "nl");
    await expectEnglish(page);

    await openApp(page, "uitleg/heup-en-onderrug");
    await expect(page.locator("h1")).toHaveText("How your hip affects your lower back");
    await expect(page.getByRole("img", { name: /^Side view of pelvis and lower back\./ })).toBeVisible();
    await expect(page.getByLabel("Hip flexors", { exact: true })).toBeVisible();
    await expectEnglish(page);

    await openApp(page, "zelftest");
    await expect(page.locator("h1")).toHaveText("Self-check");
    await page.getByRole("button", { name: "Start the test", exact: true }).click();
    await expect(page.locator(".question-progress")).toHaveText(/^Question 1 of \d+$/);
    await expect(page.getByRole("button", { name: "No", exact: true })).toBeVisible();
    await expectEnglish(page);

    await openApp(page, "oefeningen/bruggetje");
    await expect(page.locator("h1")).toHaveText("Bridge");
    await expect(page.getByText("3 sets of 10", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How to do it" })).toBeVisible();
    await expectEnglish(page);

    await openApp(page, "dagboek");
    await expect(page.locator("h1")).toHaveText("Diary");
    await expect(page.getByRole("heading", { name: /^Today, [A-Z][a-z]+day \d+ [A-Z][a-z]+$/ })).toBeVisible();
    await expectEnglish(page);
  });

  test("an exercise is logged and shown in English", async ({ page }) => {
    await openApp(page, "dagboek");
    // An empty diary lists every exercise at once.
    await expect(page.getByRole("heading", { name: "Which exercise did you do?" })).toBeVisible();
    await page.getByRole("button", { name: "Bridge", exact: true }).click();
    await page.getByRole("button", { name: "Pain 5", exact: true }).click();
    await page.getByRole("button", { name: "Pain 3", exact: true }).click();
    await expect(page.getByText("Saved: Bridge.")).toBeVisible();
    await page.getByRole("button", { name: "Finished" }).click();
    await expect(page.locator(".entry-list")).toContainText("pain from 5 to 3");
    await expectEnglish(page);
  });
});

test("the switch changes the language, and the app remembers it", async ({ page }) => {
  await openApp(page, "oefeningen");
  await expect(page.locator("h1")).toHaveText("Oefeningen");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Exercises");
  await expect(page).toHaveURL(/oefeningen\?taal=en$/);
  await expectEnglish(page);

  // Remembered: another page, opened without ?taal=, and a reload.
  await openApp(page, "dagboek");
  await expect(page.locator("h1")).toHaveText("Diary");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Diary");

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("h1")).toHaveText("Dagboek");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await openApp(page);
  await expect(page.locator("h1")).toHaveText("Heup en onderrug");
  await expect(page.getByRole("button", { name: "English" })).toBeVisible();
});

test("the switch keeps the report that is in the link", async ({ page }) => {
  await openApp(page, `verslag#${FROZEN_REPORT}`);
  await expect(page.locator("h1")).toHaveText("Verslag van oefenen en pijn");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Report of exercise and pain");
  await expect(page.getByText(/^Made on .*2 December 2026\.$/)).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`/verslag\\?taal=en#${FROZEN_REPORT}$`));
});

test("the switch keeps the schedule that is in the link", async ({ page }) => {
  await openApp(page, `schema#${FROZEN_SCHEDULE}`);
  await expect(page.locator("h1")).toHaveText("Je oefenschema");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Your exercise plan");
  await expect(page.getByText("3 sets of 10", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Put it in my diary" })).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`/schema\\?taal=en#${FROZEN_SCHEDULE}$`));
});

test("on an address that starts with two slashes the switch stays on the app's own site", async ({ page, baseURL }) => {
  // nginx and the service worker answer any path with the app. At the root
  // this is https://site//evil.example/x, whose path read back as an
  // address would be another site.
  const app = new URL(baseURL!);
  await page.goto(`${app.origin}${app.pathname}/evil.example/x`);
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText("Pagina niet gevonden");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Page not found");
  expect(new URL(page.url()).origin).toBe(app.origin);
  expect(new URL(page.url()).pathname).toMatch(/\/evil\.example\/x$/);
});

test("a link with ?taal=en opens that page in English and keeps English", async ({ page }) => {
  await openApp(page, "uitleg/klachten?taal=en");
  await expect(page.locator("h1")).toHaveText("Symptoms that point to your hip");
  await expect(page.getByRole("link", { name: "Do the self-check" })).toBeVisible();
  await expectEnglish(page);

  await openApp(page, "zelftest");
  await expect(page.locator("h1")).toHaveText("Self-check");
});

test.describe("when the app cannot load, the message is in the patient's language", () => {
  test.use({ expectedConsoleError: /Failed to load resource/ });

  async function failToLoad(page: Page) {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("");
  }

  test.describe("on a phone set to English", () => {
    test.use({ locale: "en-GB" });

    test("English", async ({ page }) => {
      await failToLoad(page);
      await expect(page.getByRole("alert").getByText("The app could not be loaded.")).toBeVisible();
      await expect(page.getByText("De app kon niet worden geladen.")).toBeHidden();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });

  test("English when the patient chose English before, on a Dutch phone", async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem("heup-rug:instellingen", '{"version":1,"data":{"language":"en"}}');
    });
    await failToLoad(page);
    await expect(page.getByRole("alert").getByText("The app could not be loaded.")).toBeVisible();
    await expect(page.getByText("De app kon niet worden geladen.")).toBeHidden();
  });

  test("Dutch on a Dutch phone, also when the stored choice is damaged", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("heup-rug:instellingen", "{kapot"));
    await failToLoad(page);
    await expect(page.getByRole("alert").getByText("De app kon niet worden geladen.")).toBeVisible();
    await expect(page.getByText("The app could not be loaded.")).toBeHidden();
  });
});

test("the header with the switch fits a 320 px phone in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, name] of [["", "English"], ["?taal=en", "Nederlands"]]) {
    await openApp(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  }
});

test("the header's name, help link and switch never overlap, on phones from 320 to 414 px in both languages", async ({ page }) => {
  for (const width of [320, 360, 375, 390, 414]) {
    await page.setViewportSize({ width, height: 640 });
    for (const path of ["?taal=nl", "?taal=en"]) {
      await openApp(page, path);
      const parts = await page.evaluate(() =>
        [".app-short-name", ".app-clinic", ".help-link", ".language-switch"].map((selector) => {
          // The text's own box: text can run out of its element's box.
          const text = document.createRange();
          text.selectNodeContents(document.querySelector(`header ${selector}`)!);
          const box = text.getBoundingClientRect();
          return { selector, left: box.left, right: box.right };
        }),
      );
      const [name, clinic, help, language] = parts;
      const where = `${width} px, ${path}`;
      expect(Math.max(name.right, clinic.right), `${where}: the names end before the help link`).toBeLessThanOrEqual(help.left + 0.5);
      expect(help.right, `${where}: the help link ends before the switch`).toBeLessThanOrEqual(language.left + 0.5);
      expect(language.right, `${where}: the switch fits`).toBeLessThanOrEqual(width);
    }
  }
});
