// The clinic link end to end: a physiotherapist builds a link on /kliniek
// (offline), a patient opens it in a fresh browser and accepts it into the
// diary; broken links (changed, cut off, from a newer app) change nothing;
// replacing a schedule shows what changes; the clinic's sheet prints alone;
// the calendar reminder downloads as a valid .ics file.
import { readFileSync } from "node:fs";
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { OwnSite } from "./own-site";
import { FROZEN_SCHEDULE } from "./frozen-schedule.mjs";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const storedSchedule = JSON.stringify({
  version: 1,
  data: {
    schedule: {
      exercises: [
        { exercise: "bruggetje", dose: { kind: "reps", sets: 2, reps: 10 } },
        { exercise: "uitvalspas", dose: { kind: "reps", sets: 2, reps: 8 } },
      ],
      days_per_week: 3,
      from_clinic: false,
    },
  },
});

/** Starts the page with this schedule already stored (once per test). */
async function withSchedule(page: Page, stored: string) {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("heup-rug:schema", value);
      sessionStorage.setItem("seeded", "yes");
    }
  }, stored);
}

async function storedScheduleText(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem("heup-rug:schema"));
}

test("a physiotherapist builds a link and a patient accepts it in a fresh browser", async ({ page, newPhone, baseURL, context }) => {
  await openApp(page, "kliniek");
  await expect(page.locator(".bottom-nav a[aria-current]")).toHaveCount(0);
  // Everything happens on the device: building needs no network.
  await context.setOffline(true);
  await page.getByRole("checkbox", { name: /^Bruggetje/ }).check();
  const bridge = page.locator(".clinic-pick").filter({ hasText: "Bruggetje" });
  await bridge.getByLabel("Aantal sets").fill("2");
  await bridge.getByLabel("Keer per set").fill("15");
  await page.getByRole("checkbox", { name: /^Wandelen/ }).check();
  await page.locator(".clinic-pick").filter({ hasText: "Wandelen" }).getByRole("spinbutton", { name: "Minuten" }).fill("30");
  await page.getByLabel("Hoeveel dagen per week?").selectOption("4");
  await page.getByLabel("Notitie voor je patiënt (mag leeg blijven)").fill("Rustig opbouwen, stop bij scherpe pijn.");
  await expect(page.getByText("39 van 300 tekens")).toBeVisible();

  const link = await page.getByLabel("Link voor je patiënt").inputValue();
  expect(link.startsWith(new URL("schema#", baseURL).href), link).toBe(true);
  expect(link.length).toBeLessThan(200);
  await expect(page.getByRole("img", { name: "QR-code met de link naar het oefenschema" })).toBeVisible();
  await page.getByRole("button", { name: "Kopieer de link" }).click();
  await expect(page.getByText("De link is gekopieerd.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await context.setOffline(false);

  const phone = await newPhone();
  const patient = await phone.newPage();
  await patient.goto(link);
  await expect(patient.locator("h1")).toHaveText("Je oefenschema");
  await expect(patient.getByText("Oefen 4 dagen per week.")).toBeVisible();
  await expect(patient.locator(".entry").filter({ hasText: "Bruggetje" })).toContainText("2 × 15 keer");
  await expect(patient.locator(".entry").filter({ hasText: "Wandelen" })).toContainText("30 minuten");
  await expect(patient.getByText("Rustig opbouwen, stop bij scherpe pijn.")).toBeVisible();
  await patient.getByRole("button", { name: "Zet in mijn dagboek" }).click();

  await expect(patient).toHaveURL(new URL("dagboek", baseURL).href);
  await expect(patient.getByRole("heading", { name: /^Vandaag, / })).toBeVisible();
  await expect(patient.getByText("Je schema uit de link: 4 dagen per week.")).toBeVisible();
  const rows = patient.locator(".log-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Bruggetje" })).toContainText("2 × 15 keer");
  await expect(rows.filter({ hasText: "Wandelen" })).toContainText("30 minuten");
  await patient.reload();
  await expect(patient.locator(".log-row")).toHaveCount(2);
  await phone.close();
});

test("changed, cut-off and newer links each say why and change nothing", async ({ page }) => {
  await withSchedule(page, storedSchedule);
  const typo = FROZEN_SCHEDULE.slice(0, 30) + (FROZEN_SCHEDULE[30] === "x" ? "y" : "x") + FROZEN_SCHEDULE.slice(31);
  const newer = Buffer.from(FROZEN_SCHEDULE, "base64url");
  newer[0] = 2;
  const cases = [
    { payload: typo, message: "Deze link is veranderd, bijvoorbeeld door een tikfout." },
    { payload: FROZEN_SCHEDULE.slice(0, -10), message: "Deze link is niet compleet." },
    { payload: newer.toString("base64url"), message: "Deze link is gemaakt voor een nieuwere versie van de app." },
    { payload: "", message: "In deze link staat geen oefenschema." },
  ];
  await openApp(page, "dagboek");
  const before = await storedScheduleText(page);
  for (const { payload, message } of cases) {
    // A full page load each time (only a fragment change would not reload).
    await openApp(page, "dagboek");
    await openApp(page, `schema#${payload}`);
    await expect(page.locator("h1")).toHaveText("Deze link werkt niet");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("Er is niets veranderd in je dagboek.");
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    expect(await storedScheduleText(page)).toBe(before);
  }
  await page.getByRole("link", { name: "Naar mijn dagboek" }).click();
  await expect(page.locator(".log-row")).toHaveCount(2);
});

test("a link from a newer app looks for that version at once, and the switch opens the same link", async ({ page }, testInfo) => {
  const site = await OwnSite.start(testInfo);
  try {
    await openApp(page, site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const newer = Buffer.from(FROZEN_SCHEDULE, "base64url");
    newer[0] = 2;
    const link = `${site.url}schema#${newer.toString("base64url")}`;
    // The clinic's newer release is on the server; the phone still runs the old one.
    const newStylesheet = site.nextRelease();
    await openApp(page, link);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Deze link is gemaakt voor een nieuwere versie van de app.");
    await expect(alert).toContainText("De app zoekt nu de nieuwe versie");
    // No waiting for the hourly check: the notice comes while the patient reads.
    const notice = page.locator(".update-notice");
    await expect(notice).toBeVisible();
    await notice.getByRole("button", { name: "Vernieuwen" }).click();
    await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute("href", new RegExp(`${newStylesheet}$`));
    expect(page.url(), "the switch reopens the same link").toBe(link);
  } finally {
    await site.dispose();
  }
});

test("replacing a schedule lists what changes before anything is stored", async ({ page, baseURL }) => {
  await withSchedule(page, storedSchedule);
  await openApp(page, `schema#${FROZEN_SCHEDULE}`);
  await expect(page.getByRole("heading", { name: "Wat verandert er?" })).toBeVisible();
  await expect(page.locator(".schedule-changes li")).toHaveText([
    "Nieuw: Heupbuiger rekken (2 × 30 seconden vasthouden per kant)",
    "Nieuw: Wandelen (20 minuten)",
    "Eraf: Uitvalspas",
    "Bruggetje: 3 × 10 keer in plaats van 2 × 10 keer",
    "5 dagen per week in plaats van 3 dagen",
    "Je begint op dinsdag 1 december",
    "De notitie verandert",
  ]);
  expect(await storedScheduleText(page)).toBe(storedSchedule);
  await page.getByRole("button", { name: "Vervang mijn schema" }).click();
  await expect(page).toHaveURL(new URL("dagboek", baseURL).href);
  const stored = JSON.parse((await storedScheduleText(page)) ?? "{}").data.schedule;
  expect(stored).toMatchObject({ days_per_week: 5, start: "2026-12-01", from_clinic: true });
  expect(stored.exercises.map((e: any) => e.exercise)).toEqual(["bruggetje", "heupbuiger-rekken", "wandelen"]);

  // Opening the same link again: nothing left to change.
  await openApp(page, `schema#${FROZEN_SCHEDULE}`);
  await expect(page.getByText("Dit schema staat al in je dagboek.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
});

test("printing the clinic page prints only the QR code and the schedule", async ({ page }) => {
  await openApp(page, "kliniek");
  await page.getByRole("checkbox", { name: /^Schelpoefening/ }).check();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".clinic-sheet")).toBeVisible();
  await expect(page.locator(".clinic-sheet svg.qr-code")).toBeVisible();
  await expect(page.locator(".clinic-sheet")).toContainText("Schelpoefening");
  for (const hidden of ["h1", ".clinic-picks", ".clinic-link", ".app-header", ".bottom-nav"]) {
    await expect(page.locator(hidden)).toBeHidden();
  }
});

/** The content lines of a calendar file, unfolded (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, "").split("\r\n").filter((line) => line !== "");
}

async function downloadReminder(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Zet in mijn agenda" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("heup-rug-herinnering.ics");
  await expect(page.getByText("Het agendabestand is gedownload.")).toBeVisible();
  return readFileSync(await download.path(), "utf8");
}

test("the reminder downloads as a calendar file that opens the diary", async ({ page, baseURL }) => {
  await withSchedule(page, storedSchedule);
  await openApp(page, "dagboek/schema");
  // A one-sided exercise's dose says "per kant" here as everywhere.
  await expect(page.locator(".check-row").filter({ hasText: "Uitvalspas" })).toContainText("2 × 8 keer per kant");
  const days = page.getByRole("group", { name: "Op welke dagen? Kies er 3." });
  await expect(days.getByRole("checkbox", { checked: true })).toHaveCount(3);
  await days.getByRole("checkbox", { name: "vrijdag" }).uncheck();
  await days.getByRole("checkbox", { name: "zaterdag" }).check();
  await page.getByLabel("Hoe laat?").fill("07:30");
  const file = await downloadReminder(page);

  expect(file.endsWith("\r\n")).toBe(true);
  expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of file.split("\r\n")) {
    expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  }
  const lines = unfold(file);
  const diaryUrl = new URL("dagboek", baseURL).href;
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  expect(lines).toContain("TZID:Europe/Amsterdam");
  expect(lines).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,SA");
  expect(lines.find((l) => l.startsWith("DTSTART;"))).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:\d{8}T073000$/);
  expect(lines).toContain(`URL:${diaryUrl}`);
  expect(lines).toContain(`DESCRIPTION:Tijd voor je oefeningen. Open je dagboek: ${diaryUrl}`);
  expect(lines).toContain("BEGIN:VALARM");
  expect(lines.filter((l) => l.startsWith("UID:"))).toHaveLength(1);

  // The event's link opens the diary.
  await openApp(page, diaryUrl);
  await expect(page.getByRole("heading", { name: /^Vandaag, / })).toBeVisible();
});

test("without a schedule the reminder is daily", async ({ page }) => {
  await openApp(page, "dagboek/schema");
  await expect(page.getByRole("group", { name: /Op welke dagen/ })).toHaveCount(0);
  const lines = unfold(await downloadReminder(page));
  expect(lines).toContain("RRULE:FREQ=DAILY");
  expect(lines.find((l) => l.startsWith("DTSTART;"))).toMatch(/T190000$/);
});
