// Installable and offline, end to end against the shipped nginx config:
// after the first visit the service worker controls the page; with the
// server stopped every route still opens and the diary still logs and
// keeps an entry; a new release shows "vernieuwen" and switches only on
// the patient's tap, keeping what was typed; Chromium finds the manifest
// installable; link previews have their card.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { test, expect, openApp } from "./fixtures";
import { OwnSite } from "./own-site";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

// The frozen link of the clinic tests: a schedule for the accept page.
const schedulePayload = "AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI";

/** Every kind of page a patient or the clinic can open, with its heading. */
const routes: [string, string | RegExp][] = [
  ["", "Heup en onderrug"],
  ["uitleg", "Uitleg"],
  ["uitleg/heupgewricht", /heupgewricht/i],
  ["zelftest", "Zelftest"],
  ["zelftest/uitslagen", "Mijn uitslagen"],
  ["oefeningen", "Oefeningen"],
  ["oefeningen/bruggetje", "Bruggetje"],
  ["dagboek", "Dagboek"],
  ["dagboek/geschiedenis", "Geschiedenis"],
  ["dagboek/voortgang", "Voortgang"],
  ["dagboek/gegevens", "Gegevens"],
  ["dagboek/schema", "Mijn schema"],
  [`schema#${schedulePayload}`, "Je oefenschema"],
  ["kliniek", "Schema-link maken"],
  ["installeren", "De app op je telefoon"],
  ["bestaat/niet", "Pagina niet gevonden"],
];

/** Width and height of a PNG file, from its header. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Waits until the service worker has taken control of the page. */
async function controlledByServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

let site: OwnSite;
test.beforeEach(async ({}, testInfo) => {
  site = await OwnSite.start(testInfo);
});
test.afterEach(async () => {
  await site.dispose();
});

test("after the first visit every page opens with the server gone, and the diary keeps working", async ({ page }) => {
  await openApp(page, site.url);
  await controlledByServiceWorker(page);
  await site.stop();
  expect(await fetch(site.url).then(() => "answered", () => "no answer"), "the server is gone").toBe("no answer");

  for (const [path, heading] of routes) {
    await openApp(page, site.url + path);
    await expect(page.locator("h1"), path).toHaveText(heading);
  }

  // Log an exercise offline, in three taps, and find it after a reload.
  await openApp(page, `${site.url}dagboek`);
  await page.getByRole("button", { name: "Bruggetje", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 5", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 3", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Dagboek");
  await expect(page.locator(".entry-list .entry")).toHaveCount(1);
  await expect(page.locator(".entry-list .entry")).toContainText("pijn van 5 naar 3");
});

test("a new release waits for the patient's tap and keeps what was typed", async ({ page }) => {
  await openApp(page, `${site.url}kliniek`);
  await controlledByServiceWorker(page);
  const oldStylesheet = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  await expect(page.locator(".update-notice")).toHaveCount(0);

  const newStylesheet = site.nextRelease();
  // The patient opens the app again: the browser finds the new version.
  await openApp(page, `${site.url}kliniek`);
  const notice = page.locator(".update-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Er is een nieuwe versie van de app.");

  // The patient fills in part of the form; nothing switches by itself.
  await page.getByRole("checkbox", { name: /^Bruggetje/ }).check();
  const bridge = page.locator(".clinic-pick").filter({ hasText: "Bruggetje" });
  await bridge.getByLabel("Aantal sets").fill("4");
  await page.getByLabel("Hoeveel dagen per week?").selectOption("3");
  await page.getByLabel("Notitie voor je patiënt (mag leeg blijven)").fill("Elke ochtend, rustig aan.");
  await page.waitForTimeout(500);
  expect(await page.locator('link[rel="stylesheet"]').getAttribute("href")).toBe(oldStylesheet);

  await notice.getByRole("button", { name: "Vernieuwen" }).click();
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", new RegExp(`${newStylesheet}$`));
  await expect(page.locator(".update-notice")).toHaveCount(0);

  // The same page, with everything the patient had typed.
  await expect(page.locator("h1")).toHaveText("Schema-link maken");
  await expect(page.getByRole("checkbox", { name: /^Bruggetje/ })).toBeChecked();
  await expect(bridge.getByLabel("Aantal sets")).toHaveValue("4");
  await expect(page.getByLabel("Hoeveel dagen per week?")).toHaveValue("3");
  await expect(page.getByLabel("Notitie voor je patiënt (mag leeg blijven)")).toHaveValue("Elke ochtend, rustig aan.");
  await expect(page.getByLabel("Link voor je patiënt")).toBeVisible();

  // Only the new release's cache is left.
  const caches = await page.evaluate(() => caches.keys());
  expect(caches).toHaveLength(1);
});

test("Chromium finds the app installable, with icons for every slot", async () => {
  // Installability is never offered in an incognito profile, so this test
  // starts Chromium with a real (throwaway) profile.
  const profile = mkdtempSync(join(tmpdir(), "heup-rug-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: { width: 360, height: 740 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page, site.url);
    await controlledByServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors, "Chromium's installability errors").toEqual([]);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors, "manifest errors").toEqual([]);
    expect(manifest.url).toBe(`${site.url}manifest.webmanifest`);

    const parsed = JSON.parse(manifest.data!);
    expect(new URL(parsed.start_url, manifest.url).href).toBe(site.url);
    expect(new URL(parsed.scope, manifest.url).href).toBe(site.url);
    expect(parsed.display).toBe("standalone");
    expect(parsed.lang).toBe("nl");
    const slots = parsed.icons.map((icon: any) => `${icon.sizes} ${icon.purpose}`);
    expect(slots).toEqual(["192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable"]);
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    for (const [src, size] of [...parsed.icons.map((icon: any) => [icon.src, Number(icon.sizes.split("x")[0])]), [appleIcon, 180]]) {
      const response = await page.request.get(new URL(src, manifest.url).href);
      expect(response.headers()["content-type"], src).toBe("image/png");
      expect(pngSize(await response.body()), `${src} is ${size} px square`).toEqual([size, size]);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("the link in an e-mail shows a card with a title, a description and a picture", async ({ page }) => {
  const html = await (await page.request.get(site.url)).text();
  const meta = (property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];
  expect(meta("og:title")).toContain("Heup & Rug");
  expect(meta("og:description")?.length).toBeGreaterThan(40);
  expect(meta("twitter:card")).toBe("summary_large_image");
  const image = meta("og:image")!;
  expect(meta("twitter:image")).toBe(image);
  const response = await page.request.get(new URL(image, site.url).href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual([1200, 630]);
  // The preview picture is for e-mail and chat apps, never cached on the phone.
  await openApp(page, site.url);
  await controlledByServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(cached.some((path) => path.endsWith("og-image.png"))).toBe(false);
  expect(cached.some((path) => path.endsWith("index.html"))).toBe(true);
});
