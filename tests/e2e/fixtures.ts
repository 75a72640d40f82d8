// Shared fixtures for the end-to-end tests: every page is watched for
// console errors and uncaught exceptions, and a test fails on any of them
// unless it declares the ones it provokes on purpose.
import { test as base, expect, type Page } from "@playwright/test";

type Fixtures = {
  /** Console errors a test provokes on purpose (e.g. a blocked file). */
  expectedConsoleError: RegExp | null;
};

export const test = base.extend<Fixtures>({
  expectedConsoleError: [null, { option: true }],
  page: async ({ page, expectedConsoleError }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!expectedConsoleError?.test(text)) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, "the browser reported errors").toEqual([]);
  },
});

export { expect };

/**
 * Opens an app path (relative to the project's base URL, so "uitleg", not
 * "/uitleg") and waits until the app has started and shows its heading.
 */
export async function openApp(page: Page, path = ""): Promise<void> {
  await page.goto(path);
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("h1")).toBeVisible();
}
