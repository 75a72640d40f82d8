// Shared fixtures for the end-to-end tests: every page of every context is
// watched for console errors and uncaught exceptions, and a test fails on
// any of them unless it declares the ones it provokes on purpose. The
// browser's clock starts at NOW in every context, so a run across midnight
// or a daylight-saving change gives the same result.
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

/** The moment every test starts at: Wednesday 25 November 2026, 10:00 in Amsterdam. Time flows on from there. */
export const NOW = new Date("2026-11-25T10:00:00+01:00");

type Fixtures = {
  /** Console errors a test provokes on purpose (e.g. a blocked file). */
  expectedConsoleError: RegExp | null;
  /** Opens another phone (a fresh context), clocked and watched like the first. */
  newPhone: (options?: BrowserContextOptions) => Promise<BrowserContext>;
};

/** Starts the context's clock at NOW and collects the errors of its pages into `problems`. */
async function prepare(context: BrowserContext, problems: string[], expected: RegExp | null) {
  await context.clock.install({ time: NOW });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!expected?.test(text)) {
        problems.push(`console error on ${page.url()}: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

const problemsOf = new WeakMap<object, string[]>();

export const test = base.extend<Fixtures>({
  expectedConsoleError: [null, { option: true }],
  context: async ({ context, expectedConsoleError }, use, testInfo) => {
    const problems: string[] = [];
    problemsOf.set(testInfo, problems);
    await prepare(context, problems, expectedConsoleError);
    await use(context);
    expect(problems, "the browser reported errors").toEqual([]);
  },
  newPhone: async ({ browser, expectedConsoleError }, use, testInfo) => {
    const opened: BrowserContext[] = [];
    const problems = problemsOf.get(testInfo) ?? [];
    await use(async (options) => {
      const context = await (browser as Browser).newContext({
        viewport: { width: 360, height: 740 },
        locale: "nl-NL",
        timezoneId: "Europe/Amsterdam",
        ...options,
      });
      await prepare(context, problems, expectedConsoleError);
      opened.push(context);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
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
