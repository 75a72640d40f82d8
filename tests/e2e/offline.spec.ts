// Installable and offline, end to end against the shipped nginx config:
// after the first visit the service worker controls the page; with the
// server stopped every route still opens and the diary still logs and
// keeps an entry; a new release shows "vernieuwen" and switches only on
// the patient's tap, keeping what was typed, and other tabs switch with it;
// a release that cannot be fetched whole leaves the old one working; two
// deployments on one origin keep apart; Chromium finds the manifest
// installable; link previews have their card.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { test, expect, openApp } from "./fixtures";
import { OwnSite } from "./own-site";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

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
  [`schema#${FROZEN_SCHEDULE}`, "Je oefenschema"],
  ["kliniek", "Schema-link maken"],
  // The frozen report of src/report/link/tests.rs, as a clinic opens it.
  ["verslag#AFIBACsAGgwCBAABAQMaCwoCAgEDCgoDABQAAAQACIAAkQAB__88MjIjHhR9GyGZ", "Verslag van oefenen en pijn"],
  ["installeren", "De app op je telefoon"],
  ["hulp", "Wanneer direct hulp?"],
  ["over", "Over deze app"],
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

/**
 * Makes the browser look for a new version now, as it does when the patient
 * opens the app again, and waits until that attempt is over. Returns how it
 * ended: "installed" (waiting for the patient's tap) or "redundant" (the
 * install failed and the new worker was dropped).
 */
async function lookForNewVersion(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    const found = new Promise<ServiceWorker>((resolve) =>
      registration.addEventListener("updatefound", () => resolve(registration.installing!), { once: true }),
    );
    await registration.update().catch(() => {});
    const worker = registration.installing ?? registration.waiting ?? (await found);
    const over = () => worker.state === "installed" || worker.state === "redundant";
    if (!over()) {
      await new Promise<void>((resolve) => worker.addEventListener("statechange", () => over() && resolve()));
    }
    return worker.state;
  });
}

test("a release whose files do not all arrive leaves the old version working, offline too", async ({ page }) => {
  await openApp(page, `${site.url}dagboek`);
  await controlledByServiceWorker(page);
  const oldStylesheet = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  const cachesBefore = await page.evaluate(() => caches.keys());

  site.nextRelease({ stylesheetLost: true });
  expect(await lookForNewVersion(page), "the new version could not be fetched whole").toBe("redundant");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Dagboek");
  await expect(page.locator(".update-notice"), "nothing to switch to").toHaveCount(0);
  expect(await page.locator('link[rel="stylesheet"]').getAttribute("href")).toBe(oldStylesheet);

  // The old version's files are all still there: with the server gone, the
  // app opens and logs as before.
  await site.stop();
  await openApp(page, `${site.url}oefeningen/bruggetje`);
  await expect(page.locator("h1")).toHaveText("Bruggetje");
  await openApp(page, `${site.url}dagboek`);
  await page.getByRole("button", { name: "Bruggetje", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 2", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
  const cachesAfter = await page.evaluate(() => caches.keys());
  expect(cachesAfter, "the working version's cache is kept").toEqual(expect.arrayContaining(cachesBefore));
});

test("a switch made in another tab switches this one too, keeping the note typed here", async ({ page, context }) => {
  await openApp(page, `${site.url}kliniek`);
  await controlledByServiceWorker(page);
  const other = await context.newPage();
  await openApp(other, `${site.url}dagboek`);

  const newStylesheet = site.nextRelease();
  expect(await lookForNewVersion(page)).toBe("installed");
  await expect(other.locator(".update-notice")).toBeVisible();

  // In the first tab the physiotherapist is halfway through a schedule.
  await page.getByRole("checkbox", { name: /^Bruggetje/ }).check();
  await page.getByLabel("Notitie voor je patiënt (mag leeg blijven)").fill("Elke ochtend, rustig aan.");

  // The switch is made in the other tab.
  await other.locator(".update-notice").getByRole("button", { name: "Vernieuwen" }).click();
  await expect(other.locator('link[rel="stylesheet"]')).toHaveAttribute("href", new RegExp(`${newStylesheet}$`));

  // The first tab runs the new version too, with what was typed in it.
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", new RegExp(`${newStylesheet}$`));
  await expect(page.locator("h1")).toHaveText("Schema-link maken");
  await expect(page.getByRole("checkbox", { name: /^Bruggetje/ })).toBeChecked();
  await expect(page.getByLabel("Notitie voor je patiënt (mag leeg blijven)")).toHaveValue("Elke ochtend, rustig aan.");
  await expect(page.locator(".update-notice")).toHaveCount(0);
});

test("two deployments on one origin keep their own pages and their own caches", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "root", "one site with both builds; once is enough");
  // Two builds installed, one replaced: more than a normal test's 30 s on a busy machine.
  test.slow();
  await site.dispose();
  site = await OwnSite.startBoth(testInfo);
  const root = site.urlOf("/");
  const sub = site.urlOf("/heup-rug/");
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).sort());

  await openApp(page, root);
  await controlledByServiceWorker(page);
  // The app at the root must not answer for the copy under /heup-rug/, even
  // though that address lies inside its worker's scope.
  await openApp(page, `${sub}dagboek`);
  await expect(page.locator("h1")).toHaveText("Dagboek");
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", /^\/heup-rug\//);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.includes("/heup-rug/"));
  const both = await cacheNames();
  expect(both).toHaveLength(2);
  expect(both.filter((name) => name.startsWith("heup-rug / "))).toHaveLength(1);
  expect(both.filter((name) => name.startsWith("heup-rug /heup-rug/ "))).toHaveLength(1);

  // A new release of the root app replaces only the root app's cache.
  site.nextRelease({ base: "/" });
  await openApp(page, root);
  await page.locator(".update-notice").getByRole("button", { name: "Vernieuwen" }).click();
  await expect(page.locator(".update-notice")).toHaveCount(0);
  await expect.poll(cacheNames).not.toContain(both.find((name) => name.startsWith("heup-rug / ")));
  const after = await cacheNames();
  expect(after).toHaveLength(2);
  expect(after, "the other deployment's cache is untouched").toContain(both.find((name) => name.startsWith("heup-rug /heup-rug/ ")));

  // Offline, each address still opens its own app.
  await site.stop();
  await openApp(page, `${root}uitleg`);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", /^\/main-/);
  await openApp(page, `${sub}uitleg`);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", /^\/heup-rug\/main-/);
  await expect(page.locator("h1")).toHaveText("Uitleg");
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
  // The attribute's text as a mail app reads it (the build writes "&" as "&amp;").
  const meta = (property: string) =>
    html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1]?.replaceAll("&amp;", "&");
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
