// A second clinic from the same code: the release build made with
// CLINIC=tests/fixtures/voorbeeld-kliniek.toml (a fictional clinic with
// every field filled in), served by the shipped nginx config at the root of
// its own port (the "other-clinic" project; scripts/test.sh builds it into
// target/e2e/other-clinic). Its name, colour, phone and review show where
// a patient meets them; its links start with its own site; and nothing of
// Rugcentrum Hilversum is left, the article's attribution aside.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test, expect, openApp, NOW } from "./fixtures";
import { diaryEntries, storedDiary } from "./diary-data.mjs";
import { repo } from "./nginx.mjs";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const CLINIC = {
  name: "Voorbeeldkliniek Rugzorg",
  shortName: "Rugoefenen",
  site: "https://rugzorg.voorbeeld.example/",
  brand: "#6b2c91",
  brandRgb: "rgb(107, 44, 145)",
  phone: "tel:0123456789",
};

/** The article's own attribution, the one place the author's name may stay. */
const ATTRIBUTION = /artikel van Rugcentrum Hilversum|article by Rugcentrum Hilversum|“Hoe de heup de onderrug beïnvloedt” van Rugcentrum Hilversum/g;
const OTHER_CLINIC = /Rugcentrum|Hilversum/;

/** The page's visible text, without the elements that name the article's author. */
async function textWithoutAttribution(page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-attribution]").forEach((element) => element.remove());
    return copy.innerText;
  });
}

test("the app carries the other clinic's name, colour and home-screen details", async ({ page, request }) => {
  await openApp(page);
  await expect(page).toHaveTitle(new RegExp(CLINIC.shortName));
  const header = page.locator(".app-header");
  await expect(header).toContainText(CLINIC.shortName);
  await expect(header).toContainText(CLINIC.name);
  await expect(header).toHaveCSS("background-color", CLINIC.brandRgb);

  const manifest = await (await request.get("manifest.webmanifest")).json();
  expect(manifest.name).toContain(CLINIC.name);
  expect(manifest.short_name).toBe(CLINIC.shortName);
  expect(manifest.theme_color).toBe(CLINIC.brand);
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute("content", CLINIC.brand);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", CLINIC.site);

  // A button in the clinic's colour: the self-check's first answer screen.
  await openApp(page, "zelftest");
  const button = page.locator("main .button:not(.secondary)").first();
  await expect(button).toHaveCSS("background-color", CLINIC.brandRgb);
});

test("where a patient is invited to make an appointment, the clinic's phone is a tap away", async ({ page }) => {
  await openApp(page, "uitleg/klachten");
  const invitation = page.locator("aside.invitation");
  await expect(invitation).toContainText(`Maak een afspraak bij ${CLINIC.name}.`);
  const call = invitation.getByRole("link", { name: `Bel ${CLINIC.name}` });
  await expect(call).toHaveAttribute("href", CLINIC.phone);
  await expect(invitation).toContainText("012 345 67 89");
  await expect(invitation).toContainText("Voorbeeldstraat 1");
  await expect(invitation.getByRole("link", { name: "www.voorbeeld.example" })).toHaveAttribute("href", "https://www.voorbeeld.example");
  await expect(invitation.getByRole("link", { name: "rugzorg@voorbeeld.example" })).toHaveAttribute("href", "mailto:rugzorg@voorbeeld.example");

  await openApp(page);
  await expect(page.getByRole("main").getByRole("link", { name: `Bel ${CLINIC.name}` })).toHaveAttribute("href", CLINIC.phone);
});

test("the about page names the clinic's reviewer and the day of the review", async ({ page }) => {
  await openApp(page, "over");
  await expect(page.getByRole("main")).toContainText("Inhoud gecontroleerd door A. Voorbeeld, fysiotherapeut (BIG 00000000000) op 20 november 2026");
  await expect(page.getByRole("main").getByRole("link", { name: `Bel ${CLINIC.name}` })).toHaveAttribute("href", CLINIC.phone);
});

test("schedule and report links start with the clinic's own site", async ({ page }) => {
  await openApp(page, "kliniek");
  await page.getByRole("checkbox", { name: /^Bruggetje/ }).check();
  const schedule = await page.getByLabel("Link voor je patiënt").inputValue();
  expect(schedule.startsWith(`${CLINIC.site}schema#`), schedule).toBe(true);

  // A patient who logged six days of that schedule sends a report.
  await page.addInitScript(
    ([link, diary]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("heup-rug:dagboek", diary);
        sessionStorage.setItem("seeded", link);
      }
    },
    [schedule, storedDiary(diaryEntries(6, 1, new Date(NOW.getTime() - 86_400_000)))],
  );
  await openApp(page, `schema#${schedule.split("#")[1]}`);
  await page.getByRole("button", { name: "Zet in mijn dagboek" }).click();
  await openApp(page, "dagboek/voortgang");
  const share = page.locator(".report-share");
  await share.getByRole("button", { name: "Maak de link" }).click();
  const report = await share.getByLabel("De link", { exact: true }).inputValue();
  expect(report.startsWith(`${CLINIC.site}verslag#`), report).toBe(true);
});

test("no page names Rugcentrum Hilversum, except as the article's author", async ({ page }) => {
  const paths = [
    "",
    "uitleg",
    "uitleg/heupgewricht",
    "uitleg/klachten",
    "uitleg/onderzoek",
    "uitleg/behandeling",
    "uitleg/conclusie",
    "zelftest",
    "oefeningen",
    "oefeningen/bruggetje",
    "dagboek",
    "dagboek/schema",
    "dagboek/gegevens",
    "hulp",
    "over",
    "installeren",
    "kliniek",
    "schema#kapot",
    "verslag#kapot",
    "bestaat-niet",
  ];
  for (const path of paths) {
    await openApp(page, path);
    const text = await textWithoutAttribution(page);
    expect(text, `/${path}`).not.toMatch(OTHER_CLINIC);
    expect(await page.title(), `/${path}`).not.toMatch(OTHER_CLINIC);
  }
  await openApp(page, "uitleg?taal=en");
  for (const path of ["uitleg/klachten", "uitleg/onderzoek", "", "over", "schema#kapot"]) {
    await openApp(page, path);
    expect(await textWithoutAttribution(page), `/${path} in English`).not.toMatch(OTHER_CLINIC);
  }
});

test("no file of the build names Rugcentrum Hilversum, except as the article's author", async () => {
  const root = join(repo, "target/e2e/other-clinic");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  expect(files).toContain("manifest.webmanifest");
  for (const file of files) {
    expect(file).not.toMatch(/rugcentrum|hilversum/i);
    // The wasm holds the attribution among all texts; compressed copies repeat their originals.
    if (/\.(wasm|png|br|gz)$/.test(file)) continue;
    const text = readFileSync(join(root, file), "utf8").replace(ATTRIBUTION, "");
    expect(text, file).not.toMatch(OTHER_CLINIC);
  }
});
