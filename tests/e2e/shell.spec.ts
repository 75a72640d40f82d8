// The app shell as a patient meets it: the start page, the four tabs, deep
// links, "not found", and the clear messages when the app cannot start.
import { test, expect, openApp } from "./fixtures";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

const tabs = [
  { name: "Uitleg", path: "uitleg" },
  { name: "Zelftest", path: "zelftest" },
  { name: "Oefeningen", path: "oefeningen" },
  { name: "Dagboek", path: "dagboek" },
];

test("the start page says what the app is and leads to each part", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle("Heup en onderrug · Heup & Rug");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByText("Alles wat je invult, blijft op je eigen telefoon.")).toBeVisible();
  const main = page.getByRole("main");
  for (const tab of tabs) {
    await expect(main.getByRole("link", { name: new RegExp(`^${tab.name}`) })).toBeVisible();
  }
});

test("the tabs open each part and mark the current one", async ({ page, baseURL }) => {
  await openApp(page);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  for (const tab of tabs) {
    await nav.getByRole("link", { name: tab.name }).click();
    await expect(page).toHaveURL(`${baseURL}${tab.path}`);
    await expect(page.locator("h1")).toHaveText(tab.name);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(`${tab.name} · Heup & Rug`);
    await expect(nav.getByRole("link", { name: tab.name })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    // After an in-app navigation the new page's heading has focus, so a
    // screen reader announces it.
    await expect(page.locator("h1")).toBeFocused();
  }
  await page.getByRole("link", { name: "Heup & Rug Rugcentrum Hilversum, naar de startpagina" }).click();
  await expect(page.locator("h1")).toHaveText("Heup en onderrug");
});

test("a link from an e-mail opens a part directly, also after a reload", async ({ page }) => {
  await openApp(page, "dagboek");
  await expect(page.locator("h1")).toHaveText("Dagboek");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Dagboek");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Dagboek" })).toHaveAttribute("aria-current", "page");
});

test("the start page links to the about page, which shows the version and that the content is not checked yet", async ({ page, baseURL }) => {
  await openApp(page);
  await page.getByRole("main").getByRole("link", { name: "Over deze app" }).click();
  await expect(page).toHaveURL(`${baseURL}over`);
  await expect(page.locator("h1")).toHaveText("Over deze app");
  await expect(page).toHaveTitle("Over deze app · Heup & Rug");
  await expect(page.getByText("De inhoud is nog niet gecontroleerd door Rugcentrum Hilversum.")).toBeVisible();
  await expect(page.getByText(/Inhoud gecontroleerd door/)).toHaveCount(0);
  await expect(page.locator(".about-version")).toHaveText(/^Versie van de app: \d+\.\d+\.\d+$/);
  // clinic.toml gives no contact details: no heading for them either.
  await expect(page.locator(".about-contact")).toHaveCount(0);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["over", "over?taal=en"]) {
    await openApp(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no sideways scrolling on ${path}`).toBeLessThanOrEqual(0);
  }
  await expect(page.locator("h1")).toHaveText("About this app");
  await expect(page.getByText("The content has not yet been checked by Rugcentrum Hilversum.")).toBeVisible();
});

test("an unknown address shows a friendly page with a way home", async ({ page }) => {
  const response = await page.goto("bestaat/niet");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("Pagina niet gevonden");
  await expect(page).toHaveTitle("Pagina niet gevonden · Heup & Rug");
  await page.getByRole("main").getByRole("link", { name: "Naar de startpagina" }).click();
  await expect(page.locator("h1")).toHaveText("Heup en onderrug");
});

test("works on a 320 px wide phone with large enough touch targets", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  const targets = page.locator(".bottom-nav a, .app-header a, .app-header button, main a");
  const count = await targets.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box, `link ${i} is visible`).not.toBeNull();
    expect(box!.height, `link ${i} is at least 44 px high`).toBeGreaterThanOrEqual(44);
    expect(box!.width, `link ${i} is at least 44 px wide`).toBeGreaterThanOrEqual(44);
  }
});

test("dark mode follows the phone's setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  const [r, g, b] = dark.match(/\d+/g)!.map(Number);
  expect(r + g + b, "a dark background").toBeLessThan(150);
});

test("keyboard users get a skip link and a visible focus ring", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a Dutch and an English message say JavaScript is needed", async ({ page }) => {
    await page.goto("");
    // Playwright's text search skips <noscript>, so look it up by CSS.
    await expect(page.locator("noscript .boot-title")).toHaveText([
      "Heup & Rug werkt alleen met JavaScript.",
      "Heup & Rug only works with JavaScript.",
    ]);
    await expect(page.locator("noscript .boot-title").first()).toBeVisible();
    await expect(page.getByText("De app wordt geladen")).toBeHidden();
  });
});

test("a browser without WebAssembly gets a clear message, not a blank page", async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating a browser (or iPhone Lockdown Mode) without it
    delete window.WebAssembly;
  });
  await page.goto("");
  await expect(page.getByRole("alert").getByText("Je browser kan deze app niet starten.")).toBeVisible();
  await expect(page.getByText("De app wordt geladen")).toBeHidden();
});

test.describe("when a file of the app is missing", () => {
  test.use({ expectedConsoleError: /Failed to load resource/ });

  test("the patient is told to check the connection and reload", async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("");
    await expect(page.getByRole("alert").getByText("De app kon niet worden geladen.")).toBeVisible();
  });
});

// The routes a patient enters by.
const entryRoutes = ["", "uitleg/heup-en-onderrug", "zelftest", `schema#${FROZEN_SCHEDULE}`];

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const route of entryRoutes) {
  test(`the app taking over from the loading notice moves nothing on /${route.replace(/#.*/, "#…")}`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; what: string }[] = [];
      (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (entry.hadRecentInput) continue;
          const what = entry.sources.map((source) => (source.node as Element | undefined)?.tagName ?? "?").join(", ");
          shifts.push({ value: entry.value, what });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    // A slow connection: the notice is surely on screen before the app starts.
    await page.route(/_bg\.wasm$/, async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await request.continue();
    });
    await openApp(page, route);
    // Two frames after the app's first: any shift it caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; what: string }[] }).layoutShifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.05);
  });
}
});
