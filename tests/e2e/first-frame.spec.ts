// The first visit while the app is still on its way: a content page's own
// HTML already shows its heading and first words (the "first frame", written
// by the build from src/shell/first_frame.rs), and the app takes over in the
// same place, with the same words. Other languages and a failed load still
// get the loading notice and the clear message.
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

const contentPages = [
  { route: "", heading: "Heup en onderrug" },
  { route: "uitleg", heading: "Uitleg" },
  { route: "uitleg/heup-en-onderrug", heading: "Hoe je heup je onderrug beïnvloedt" },
  { route: "zelftest", heading: "Zelftest" },
  { route: "oefeningen", heading: "Oefeningen" },
  { route: `schema#${FROZEN_SCHEDULE}`, heading: "Je oefenschema" },
];

/** Holds the wasm back until the returned function is called: a slow connection. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

type Placed = { tag: string; text: string | null; top: number; left: number; width: number; height: number | null };
type Layout = { shell: Placed[]; content: Placed[] };

/**
 * Where the header and the tabs are drawn, and the heading and the page's
 * content down to two levels, in document order. A box that holds other
 * elements grows when the app adds to it, so only its top, left and width
 * count; words and height count for the rest.
 */
function placed(page: Page, root: string): Promise<Layout> {
  return page.evaluate((root) => {
    const scope = root ? `${root} ` : "";
    const find = (parts: string[]) =>
      [...document.querySelectorAll(parts.map((part) => `${scope}${part}`).join(", "))].map((element) => {
        const box = element.getBoundingClientRect();
        const leaf = element.children.length === 0;
        return {
          tag: element.tagName.toLowerCase(),
          text: leaf ? (element.textContent ?? "").replace(/\s+/g, " ").trim() : null,
          top: Math.round(box.top),
          left: Math.round(box.left),
          width: Math.round(box.width),
          height: leaf ? Math.round(box.height) : null,
        };
      });
    return {
      shell: find(["header", "header > *", ".bottom-nav a", ".tab-label"]),
      content: find(["h1", "article > *", "article > * > *"]),
    };
  }, root);
}

for (const { route, heading } of contentPages) {
  const shown = `/${route.replace(/#.*/, "#…")}`;

  test(`${shown} shows its heading and first words before the app runs, and the app takes over in the same place`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto(route);
    const frame = page.locator("#first-frame");
    await expect(frame.locator("h1")).toHaveText(heading);
    await expect(frame.locator("article p").first()).toBeVisible();
    await expect(page.getByText("De app wordt geladen")).toBeHidden();
    await expect(page).toHaveTitle(`${heading} · Heup & Rug`);
    const before = await placed(page, "#first-frame");
    expect(before.content.length, "the frame shows the page's top").toBeGreaterThanOrEqual(2);

    release();
    await expect(frame).toHaveCount(0);
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page.locator("h1")).toHaveCount(1);
    const after = await placed(page, "");
    // Everything the frame showed is still there, in the same place, with
    // the same words; the app only adds below it.
    expect(after.shell).toEqual(before.shell);
    expect(after.content.slice(0, before.content.length)).toEqual(before.content);
  });
}

test("the first frame's links work before the app runs", async ({ page, baseURL }) => {
  await holdTheApp(page);
  await page.goto("uitleg");
  await page.locator("#first-frame").getByRole("link", { name: /^Hoe je heup je onderrug beïnvloedt/ }).click();
  await expect(page).toHaveURL(`${baseURL}uitleg/heup-en-onderrug`);
  await expect(page.locator("h1")).toHaveText("Hoe je heup je onderrug beïnvloedt");
});

test("in English the loading notice shows instead of the Dutch first frame", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto("uitleg/heup-en-onderrug?taal=en");
  await expect(page.getByText("Loading the app…")).toBeVisible();
  await expect(page.locator("#first-frame")).toHaveCount(0);
  await expect(page.getByText("Hoe je heup je onderrug beïnvloedt")).toHaveCount(0);
  release();
  await expect(page.locator("h1")).toHaveText("How your hip affects your lower back");
});

test("a page without a first frame still shows the loading notice", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto("dagboek");
  await expect(page.getByText("De app wordt geladen…")).toBeVisible();
  await expect(page.locator("#first-frame")).toHaveCount(0);
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText("Dagboek");
});

test.describe("when the app cannot load", () => {
  test.use({ expectedConsoleError: /Failed to load resource/ });

  test("the first frame makes way for the clear message", async ({ page }) => {
    await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("uitleg/heup-en-onderrug");
    await expect(page.getByRole("alert").getByText("De app kon niet worden geladen.")).toBeVisible();
    await expect(page.locator("#first-frame")).toHaveCount(0);
  });
});

test("once installed, the app opens a content page offline at once, without a first frame", async ({ page, context }) => {
  await openApp(page, "uitleg");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.goto("uitleg/heup-en-onderrug");
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText("Hoe je heup je onderrug beïnvloedt");
});
