// The exercise library as a patient uses it: from the tab to the list, into
// an exercise, straight in from a link, and on to the diary.
import { test, expect, openApp } from "./fixtures";

const exerciseCount = 11;

test("the list shows every exercise by group and opens one", async ({ page, baseURL }) => {
  await openApp(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Oefeningen" }).click();
  await expect(page.locator("h1")).toHaveText("Oefeningen");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText([
    "Soepel bewegen",
    "Sterker worden",
    "Meer bewegen op een dag",
  ]);
  const cards = main.locator("a.ex-card");
  await expect(cards).toHaveCount(exerciseCount);
  await expect(main.getByRole("link", { name: /Bruggetje/ })).toContainText("3 × 10 keer");
  await expect(main.getByRole("link", { name: /Schelpoefening/ })).toContainText("3 × 12 keer per kant");

  await main.getByRole("link", { name: /Bruggetje/ }).click();
  await expect(page).toHaveURL(`${baseURL}oefeningen/bruggetje`);
  await expect(page.locator("h1")).toHaveText("Bruggetje");
  await expect(page).toHaveTitle("Bruggetje · Heup & Rug");
  await expect(page.locator("h1")).toBeFocused();
  await page.getByRole("link", { name: "Alle oefeningen" }).click();
  await expect(page.locator("h1")).toHaveText("Oefeningen");
});

test("an exercise page shows start and end, numbered steps and when to stop", async ({ page }) => {
  await openApp(page, "oefeningen/schelp");
  await expect(page.locator("h1")).toHaveText("Schelpoefening");
  const pictures = page.getByRole("group", { name: "Tekeningen van Schelpoefening: begin en eind" });
  await expect(pictures.getByRole("img")).toHaveCount(2);
  await expect(pictures.getByRole("img").first()).toHaveAccessibleName(/op je zij/);
  await expect(pictures.locator("figcaption")).toHaveText(["Begin", "Eind"]);
  for (const image of await pictures.getByRole("img").all()) {
    const box = await image.boundingBox();
    expect(box!.width, "a drawing big enough to see").toBeGreaterThan(120);
  }
  const steps = page.locator("ol.ex-steps > li");
  await expect(steps).toHaveCount(6);
  await expect(steps.first()).toHaveText("Ga op je zij liggen. Leg je hoofd op je arm of op een kussen.");
  await expect(page.getByRole("heading", { name: "Stop als" })).toBeVisible();
  await expect(page.getByText("je een scherpe of stekende pijn voelt die anders is dan je gewone pijn.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Makkelijker" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Zwaarder" })).toBeVisible();
  await expect(page.getByText("Deze oefeningen vervangen je fysiotherapeut niet.", { exact: false })).toBeVisible();
});

test("a link from an e-mail opens an exercise directly, also after a reload", async ({ page }) => {
  await openApp(page, "oefeningen/uitvalspas");
  await expect(page.locator("h1")).toHaveText("Uitvalspas");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Uitvalspas");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Oefeningen" })).toHaveAttribute("aria-current", "page");
});

test("an unknown exercise shows not found", async ({ page }) => {
  await openApp(page, "oefeningen/handstand");
  await expect(page.locator("h1")).toHaveText("Pagina niet gevonden");
  await expect(page.locator(".ex-pictures")).toHaveCount(0);
});

test("'Zet in mijn dagboek' leads to the diary with the exercise chosen", async ({ page, baseURL }) => {
  await openApp(page, "oefeningen/heupbuiger-rekken");
  const log = page.getByRole("link", { name: "Zet in mijn dagboek" });
  const base = new URL(baseURL!).pathname;
  await expect(log).toHaveAttribute("href", `${base}dagboek/nieuw?oefening=heupbuiger-rekken`);
});

test("list and exercise pages fit a 320 px phone with big touch targets", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["oefeningen", "oefeningen/heuprotatie-90-90"]) {
    await openApp(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path}: no sideways scrolling`).toBeLessThanOrEqual(0);
    const links = page.getByRole("main").getByRole("link");
    // Wait for the links first, so an empty page cannot pass.
    await expect(links.first()).toBeVisible();
    expect(await links.count(), `${path}: links to check`).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box!.height, `${path}: a link at least 44 px high`).toBeGreaterThanOrEqual(44);
    }
  }
});

test("the drawings follow dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page, "oefeningen/bruggetje");
  const limb = page.locator(".ex-pictures line.ex-limb").first();
  const light = await limb.evaluate((el) => getComputedStyle(el).stroke);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await limb.evaluate((el) => getComputedStyle(el).stroke);
  const brightness = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b);
  expect(brightness(light), "dark figure on a light page").toBeLessThan(200);
  expect(brightness(dark), "light figure on a dark page").toBeGreaterThan(500);
});
