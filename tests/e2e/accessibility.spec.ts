// Accessibility to WCAG 2.2 AA: axe-core checks every page and state of
// the walk (light and dark), text enlarged to 200% never makes a page
// scroll sideways or hide its content, and the main tasks work by keyboard
// alone with a visible focus.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, openApp } from "./fixtures";
import { walkThroughTheApp } from "./walk";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every axe violation on the page now, as lines a reader can act on. */
async function violations(page: Page, stop: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${stop}: ${violation.id} (${violation.help}) at ${node.target.join(" ")}`),
  );
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("axe finds no WCAG 2.2 AA violation on any page or state", async ({ page }, testInfo) => {
      // The sub-path build is the same markup; one axe walk per colour scheme
      // is enough. The 200 % and keyboard tests below run in both builds.
      test.skip(testInfo.project.name === "subpath", "the same pages as the root build");
      test.setTimeout(300_000);
      const found: string[] = [];
      const stops: string[] = [];
      await walkThroughTheApp(page, async (stop) => {
        stops.push(stop);
        found.push(...(await violations(page, stop)));
      });
      expect(stops, "the walk reached its last stop").toContain("English: kliniek");
      expect(found).toEqual([]);
    });
  });
}

const PAGES = ["", "uitleg/heup-en-onderrug", "zelftest", "oefeningen", "oefeningen/heupbuiger-rekken", "dagboek", "dagboek/voortgang", "dagboek/gegevens", "kliniek", "installeren"];

/** Enlarges the text to 200% and checks the page now shown still fits: no sideways scrolling, no text cut off. */
async function expectFitsAt200(page: Page, stop: string) {
  // As the browser's own text-size setting does: everything sized in rem grows.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${stop}: no sideways scrolling at 200%`).toBeLessThanOrEqual(0);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("main h1, main h2, main p, main li, main label, main button, main a")]
      // Text for screen readers only (the session's live count) is clipped on purpose.
      .filter((element) => !element.closest(".visually-hidden"))
      .filter((element) => {
        const style = getComputedStyle(element);
        return style.overflow === "hidden" && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => element.textContent?.trim().slice(0, 40)),
  );
  expect(clipped, `${stop}: text cut off at 200%`).toEqual([]);
  const heading = await page.locator("h1").boundingBox();
  expect(heading!.width, `${stop}: the heading fits the screen`).toBeLessThanOrEqual(360);
}

test("with text at 200% no page scrolls sideways or cuts off its text", async ({ page }) => {
  for (const path of PAGES) {
    await openApp(page, path);
    await expectFitsAt200(page, path);
  }
});

test("with text at 200% the running session screen still fits, its count and buttons included", async ({ page }) => {
  await openApp(page, "dagboek/doe-mee?oefening=heupbuiger-rekken");
  await page.getByRole("button", { name: "Sla over" }).click();
  await expect(page.locator(".session-big")).toBeVisible();
  await expectFitsAt200(page, "session screen");
  const stop = await page.getByRole("button", { name: "Stop met oefenen" }).boundingBox();
  expect(stop!.x + stop!.width, "the stop button fits the screen").toBeLessThanOrEqual(360);
});

/** Presses Tab until the focused element matches `name`, failing after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return (element?.getAttribute("aria-label") ?? element?.innerText ?? "").trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The focused element shows a focus ring a sighted keyboard user can see. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring.outline !== "none" && ring.width >= 2 || ring.shadow !== "none", `visible focus: ${JSON.stringify(ring)}`).toBe(true);
}

test("by keyboard alone: the skip link, the self-check's first question and a diary entry", async ({ page }) => {
  await openApp(page, "");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Naar de inhoud");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("id", "inhoud");

  await openApp(page, "zelftest");
  await tabTo(page, /^Begin de test$/);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator(".question-progress")).toHaveText("Vraag 1 van 32");
  await tabTo(page, /^Nee$/);
  await page.keyboard.press("Enter");
  await expect(page.locator(".question-progress")).toHaveText("Vraag 2 van 32");

  await page.evaluate(() => localStorage.clear());
  await openApp(page, "dagboek");
  await tabTo(page, /^Bruggetje$/);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await tabTo(page, /^Pijn 5\b/);
  await page.keyboard.press("Enter");
  await tabTo(page, /^Pijn 3\b/);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
});
