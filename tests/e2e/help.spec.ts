// The safety net outside the self-check: the help page "Wanneer direct
// hulp?" is one tap away from every page (the header's link), opens
// offline, lists the warning signs under the stop screens' own headings
// with 112 on its own line, and the safety line with the "call now" signs
// stands on the exercise pages, the schedule-accept page and the diary's
// log screen, linking to it.
import type { Page } from "@playwright/test";
import { test, expect, openApp } from "./fixtures";
import { OwnSite } from "./own-site";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

/** The help page as a patient sees it: its heading, the three groups in order, 112. */
async function expectTheHelpPage(page: Page) {
  await expect(page.locator("h1")).toHaveText("Wanneer direct hulp?");
  await expect(page.locator(".help-group h2")).toHaveText([
    "Bel nu je huisarts",
    "Bel vandaag je huisarts",
    "Maak binnen een paar dagen een afspraak met je huisarts",
  ]);
  const callNow = page.locator(".help-group").first();
  await expect(callNow.getByRole("listitem").filter({ hasText: /tussen de benen/ })).toHaveCount(1);
  await expect(callNow.getByText(/huisartsenpost/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Bel 112/ })).toHaveAttribute("href", "tel:112");
}

/** The header's link to the help page. */
function helpLink(page: Page) {
  return page.locator("header").getByRole("link", { name: "Direct hulp?" });
}

const fivePages: [string, string][] = [
  ["", "the start page"],
  ["uitleg/heupgewricht", "an explainer section"],
  ["zelftest", "the self-check"],
  ["oefeningen/bruggetje", "an exercise page"],
  ["dagboek", "the diary"],
];

for (const [path, name] of fivePages) {
  test(`the help page is one tap away from ${name}`, async ({ page, baseURL }) => {
    await openApp(page, path);
    await helpLink(page).click();
    await expect(page).toHaveURL(`${baseURL}hulp`);
    await expectTheHelpPage(page);
  });
}

test("the help page's groups use the words of the self-check's stop screen", async ({ page }) => {
  await openApp(page, "zelftest");
  await page.getByRole("button", { name: "Begin de test" }).click();
  await page.getByRole("button", { name: "Ja", exact: true }).click();
  const stopHeading = await page.locator(".see-gp h2").innerText();
  const stopNext = await page.locator(".see-gp-next").innerText();
  await helpLink(page).click();
  await expect(page.locator(".help-group").first().locator("h2")).toHaveText(stopHeading);
  await expect(page.locator(".help-group").first().locator(".help-next")).toHaveText(stopNext);
});

test("the header's link fits a 320 px screen in both languages, on one line", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, link] of [["", "Direct hulp?"], ["?taal=en", "Get help?"]]) {
    await openApp(page, path);
    const header = page.locator("header.app-header");
    const box = await page.locator("header").getByRole("link", { name: link }).boundingBox();
    expect(box, link).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const headerBox = await header.boundingBox();
    expect(headerBox!.height, "one row").toBeLessThanOrEqual(64);
    expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  }
});

test("in English the help page says the same", async ({ page }) => {
  await openApp(page, "hulp?taal=en");
  await expect(page.locator("h1")).toHaveText("When to get help quickly?");
  await expect(page.locator(".help-group h2")).toHaveText([
    "Call your GP now",
    "Call your GP today",
    "Make an appointment with your GP within a few days",
  ]);
  await expect(page.locator(".help-group").first().getByRole("listitem").filter({ hasText: /between the legs/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Call 112/ })).toHaveAttribute("href", "tel:112");
});

/** The safety line on this page: the call-now signs and the link to the help page, which works. */
async function expectTheSafetyLine(page: Page, baseURL: string | undefined) {
  const line = page.locator(".safety-line");
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("Bel nu je huisarts of de huisartsenpost bij ");
  await expect(line).toContainText("tussen de benen");
  await expect(line).toContainText("plassen of ontlasting");
  await line.getByRole("link", { name: "Wanneer direct hulp?" }).click();
  await expect(page).toHaveURL(`${baseURL}hulp`);
  await expectTheHelpPage(page);
}

test("an exercise page carries the safety line, and its stop rules send new numbness between the legs to the help page", async ({ page, baseURL }) => {
  await openApp(page, "oefeningen/bruggetje");
  const stop = page.locator(".ex-stop");
  await expect(stop).toContainText("fysiotherapeut");
  await stop.getByRole("link", { name: "Wanneer direct hulp?" }).click();
  await expect(page).toHaveURL(`${baseURL}hulp`);
  await openApp(page, "oefeningen/bruggetje");
  await expectTheSafetyLine(page, baseURL);
});

test("the schedule-accept page carries the safety line", async ({ page, baseURL }) => {
  await openApp(page, `schema#${FROZEN_SCHEDULE}`);
  await expect(page.locator("h1")).toHaveText("Je oefenschema");
  await expectTheSafetyLine(page, baseURL);
});

test("the diary's log screen carries the safety line, while picking and while logging", async ({ page, baseURL }) => {
  await openApp(page, "dagboek/nieuw");
  await expect(page.locator(".safety-line")).toHaveCount(1);
  await openApp(page, "dagboek");
  await page.getByRole("button", { name: "Bruggetje", exact: true }).click();
  await expect(page.getByRole("button", { name: "Pijn 5", exact: true })).toBeVisible();
  await expect(page.locator(".quick-log .safety-line")).toHaveCount(1);
  await openApp(page, "dagboek/nieuw?oefening=bruggetje");
  await expectTheSafetyLine(page, baseURL);
});

test.describe("offline", () => {
  let site: OwnSite;
  test.beforeEach(async ({}, testInfo) => {
    site = await OwnSite.start(testInfo);
  });
  test.afterEach(async () => {
    await site.dispose();
  });

  test("after the first visit the help page opens with the server gone, typed in and from the header", async ({ page }) => {
    await openApp(page, site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await site.stop();
    expect(await fetch(site.url).then(() => "answered", () => "no answer"), "the server is gone").toBe("no answer");

    await openApp(page, `${site.url}hulp`);
    await expectTheHelpPage(page);
    await openApp(page, `${site.url}oefeningen/bruggetje`);
    await helpLink(page).click();
    await expect(page).toHaveURL(`${site.url}hulp`);
    await expectTheHelpPage(page);
  });
});
