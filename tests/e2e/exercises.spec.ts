// The exercise library as a patient uses it: from the tab to the list, into
// an exercise, straight in from a link, and on to the diary.
import type { Page } from "@playwright/test";
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

test("an exercise page shows the moving drawing, numbered steps and when to stop", async ({ page }) => {
  await openApp(page, "oefeningen/schelp");
  await expect(page.locator("h1")).toHaveText("Schelpoefening");
  const drawing = page.getByRole("img", { name: /^Bewegende tekening/ });
  await expect(drawing).toHaveAccessibleName(/Begin: Je ligt op je zij .* Eind: .*bovenste knie is opgetild/);
  const steps = page.locator("ol.ex-steps > li");
  await expect(steps).toHaveCount(6);
  await expect(steps.first()).toHaveText("Ga op je zij liggen. Leg je hoofd op je arm of op een kussen.");
  // Lying on the side: after a hip replacement, ask first and a pillow between the knees.
  await expect(page.locator(".ex-hip-surgery")).toHaveText(/^Heb je een nieuwe heup \(heupprothese\)\?.*kussen tussen je knieën/);
  await expect(page.locator(".ex-dose")).toContainText("3 × 12 keer per kant");
  await expect(page.getByRole("heading", { name: "Stop als" })).toBeVisible();
  await expect(page.getByText("je een scherpe of stekende pijn voelt die anders is dan je gewone pijn.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Makkelijker" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Zwaarder" })).toBeVisible();
  await expect(page.getByText("Deze oefeningen vervangen je fysiotherapeut niet.", { exact: false })).toBeVisible();
});

/** The paths of every exercise, as the list links to them. */
async function exercisePaths(page: Page): Promise<string[]> {
  await openApp(page, "oefeningen");
  const cards = page.getByRole("main").locator("a.ex-card");
  await expect(cards).toHaveCount(exerciseCount);
  const base = new URL(page.url()).pathname.replace(/oefeningen$/, "");
  return (await cards.evaluateAll((links) => links.map((a) => a.getAttribute("href")!))).map((href) =>
    href.slice(base.length),
  );
}

/** Where the body's parts are drawn at `seconds` into the moving drawing's cycle. */
async function bodyAt(page: Page, seconds: number): Promise<string> {
  return page.locator("svg.ex-moving").evaluate((svg: SVGSVGElement, at) => {
    svg.pauseAnimations();
    svg.setCurrentTime(at);
    return [...svg.querySelectorAll("path.ex-part")]
      .map((part) => {
        const box = (part as SVGGraphicsElement).getBBox();
        return [box.x, box.y, box.width, box.height].map((n) => n.toFixed(1)).join(",");
      })
      .join(" ");
  }, seconds);
}

test("every exercise moves from start to end in a large drawing that can be paused", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of await exercisePaths(page)) {
    await openApp(page, path);
    const drawing = page.getByRole("img", { name: /^Bewegende tekening/ });
    await expect(drawing, path).toBeVisible();
    const box = await drawing.boundingBox();
    expect(box!.width, `${path}: at least 300 px wide on a 360 px phone`).toBeGreaterThanOrEqual(300);
    await drawing.scrollIntoViewIfNeeded();
    const running = await drawing.evaluate(async (svg: SVGSVGElement) => {
      const before = svg.getCurrentTime();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return !svg.animationsPaused() && svg.getCurrentTime() > before;
    });
    expect(running, `${path}: it moves by itself`).toBe(true);

    await page.getByRole("button", { name: "Pauzeer" }).click();
    await expect(page.getByRole("button", { name: "Speel af" })).toBeVisible();
    expect(await drawing.evaluate((svg: SVGSVGElement) => svg.animationsPaused()), `${path}: paused`).toBe(true);
    await page.getByRole("button", { name: "Speel af" }).click();
    expect(await drawing.evaluate((svg: SVGSVGElement) => svg.animationsPaused()), `${path}: playing`).toBe(false);

    // The start (a moment in) and a moment in the first movement differ.
    expect(await bodyAt(page, 1.8), `${path}: the body moves`).not.toEqual(await bodyAt(page, 0.1));
  }
});

test("with reduced motion every exercise shows start and end side by side, still", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const path of await exercisePaths(page)) {
    await openApp(page, path);
    const name = await page.locator("h1").textContent();
    const pictures = page.getByRole("group", { name: `Tekeningen van ${name}: begin en eind` });
    await expect(pictures.getByRole("img"), path).toHaveCount(2);
    await expect(pictures.locator("figcaption")).toHaveText(["Begin", "Eind"]);
    await expect(page.locator("animate"), `${path}: nothing moves`).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pauzeer" })).toHaveCount(0);
    for (const image of await pictures.getByRole("img").all()) {
      const box = await image.boundingBox();
      expect(box!.width, `${path}: a drawing big enough to see`).toBeGreaterThan(120);
    }
  }
});

test("the hold is written into the drawing while it is held", async ({ page }) => {
  await openApp(page, "oefeningen/heupbuiger-rekken");
  const cue = page.locator("svg.ex-moving text.ex-cue");
  await expect(cue).toHaveText("Houd 30 seconden vast");
  const opacityAt = (seconds: number) =>
    page.locator("svg.ex-moving").evaluate((svg: SVGSVGElement, at) => {
      svg.pauseAnimations();
      svg.setCurrentTime(at);
      return getComputedStyle(svg.querySelector("text.ex-cue")!).opacity;
    }, seconds);
  // Resting at the start, then held at the end (1 s rest, 3 s on the way).
  expect(await opacityAt(0.5)).toBe("0");
  expect(await opacityAt(6)).toBe("1");
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
  await expect(page.locator(".ex-demo, .ex-pictures")).toHaveCount(0);
});

test("'Ik heb deze oefening gedaan' leads to the diary with the exercise chosen, 'Doe mee' to the session", async ({ page, baseURL }) => {
  await openApp(page, "oefeningen/heupbuiger-rekken");
  const log = page.getByRole("link", { name: "Ik heb deze oefening gedaan" });
  const base = new URL(baseURL!).pathname;
  await expect(log).toHaveAttribute("href", `${base}dagboek/nieuw?oefening=heupbuiger-rekken`);
  await expect(page.getByRole("link", { name: "Doe mee" })).toHaveAttribute("href", `${base}dagboek/doe-mee?oefening=heupbuiger-rekken`);
});

test("'Zet in mijn schema' puts the exercise in the own schedule once, and the schedule page lists it after a reload", async ({ page }) => {
  await openApp(page, "oefeningen/heupbuiger-rekken");
  await page.getByRole("button", { name: "Zet in mijn schema" }).click();
  const status = page.locator(".add-to-schedule-status");
  await expect(status).toContainText("De oefening staat nu in je schema.");
  await expect(status).toContainText("Je nieuwe schema: 5 dagen per week.");
  await expect(page.getByRole("button", { name: "Zet in mijn schema" })).toBeHidden();
  await page.reload();
  await expect(status).toContainText("Deze oefening staat in je schema.");
  await expect(page.getByRole("button", { name: "Zet in mijn schema" })).toBeHidden();
  await status.getByRole("link", { name: "Bekijk je schema" }).click();
  await expect(page.getByRole("heading", { name: "Mijn schema", level: 1 })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Heupbuiger rekken/ })).toBeChecked();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Heupbuiger rekken/ })).toBeChecked();
  await expect(page.getByRole("group", { name: "Welke oefeningen?" }).getByRole("checkbox", { checked: true })).toHaveCount(1);
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
  const limb = page.locator(".ex-demo path.ex-near").first();
  const light = await limb.evaluate((el) => getComputedStyle(el).stroke);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await limb.evaluate((el) => getComputedStyle(el).stroke);
  const brightness = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b);
  expect(brightness(light), "dark figure on a light page").toBeLessThan(200);
  expect(brightness(dark), "light figure on a dark page").toBeGreaterThan(500);
});
