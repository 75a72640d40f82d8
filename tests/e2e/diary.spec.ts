// The diary as a patient uses it for weeks: logging in three taps, reload,
// edit, delete with undo, backup and restore into a fresh phone, CSV for the
// physiotherapist, damaged files, two open tabs, deleting everything.
import { readFileSync } from "node:fs";
import { test, expect, openApp, NOW } from "./fixtures";
import { diaryEntries, STORAGE_HOLDS_CHARS, storedDiary } from "./diary-data.mjs";
import type { Page } from "@playwright/test";

/** Starts the page with this stored diary (as if logged on earlier days). */
async function withDiary(page: Page, text: string) {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("heup-rug:dagboek", stored);
      sessionStorage.setItem("seeded", "yes");
    }
  }, text);
}

async function storedEntries(page: Page): Promise<any[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("heup-rug:dagboek") ?? '{"data":{"entries":[]}}').data.entries);
}

/** Picks an exercise from the list of all exercises (shown at once in an empty diary). */
async function pickExercise(page: Page, exercise: string) {
  const other = page.getByRole("button", { name: "Andere oefening loggen" });
  if (await other.isVisible()) await other.click();
  await page.getByRole("button", { name: exercise, exact: true }).click();
}

/** Logs an exercise through the three-tap flow from the diary's home. */
async function logFromHome(page: Page, exercise: string, before: number, after: number) {
  await page.getByRole("button", { name: `${exercise} loggen` }).click();
  await page.getByRole("button", { name: `Pijn ${before}`, exact: true }).click();
  await page.getByRole("button", { name: `Pijn ${after}`, exact: true }).click();
  await expect(page.getByText(`Opgeslagen: ${exercise}.`)).toBeVisible();
}

test("a patient's whole journey: log, reload, edit, undo a delete, back up, restore on a fresh phone", async ({ page, newPhone, baseURL }) => {
  // Log two exercises in an empty diary: three taps each.
  await openApp(page, "dagboek");
  await pickExercise(page, "Bruggetje");
  await page.getByRole("button", { name: "Pijn 6", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
  await page.getByRole("button", { name: "Klaar" }).click();
  await logFromHome(page, "Bruggetje", 4, 3);
  await page.getByRole("button", { name: "Klaar" }).click();

  // Reload: both are still there.
  await page.reload();
  await expect(page.locator(".entry-list .entry")).toHaveCount(2);

  // Edit the first: the pain after becomes 2.
  await page.locator(".entry-list .entry").first().getByRole("link", { name: "Bruggetje aanpassen" }).click();
  await page.getByRole("group", { name: "Pijn na het oefenen" }).getByRole("button", { name: "Pijn 2", exact: true }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator(".entry-list .entry").first()).toContainText("pijn van 6 naar 2");

  // Delete the second in the history, then undo.
  await page.getByRole("navigation", { name: "Dagboek-menu" }).getByRole("link", { name: "Geschiedenis" }).click();
  await page.locator(".entry").nth(1).getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.locator(".entry")).toHaveCount(1);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.locator(".entry")).toHaveCount(2);
  const history = await page.locator(".history-day").innerText();

  // Back up, and restore the backup on a fresh phone.
  await page.getByRole("navigation", { name: "Dagboek-menu" }).getByRole("link", { name: "Gegevens" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Reservekopie maken" }).click(),
  ]);
  const fresh = await newPhone({ baseURL });
  const phone = await fresh.newPage();
  await openApp(phone, "dagboek/gegevens");
  await phone.locator('input[type="file"]').setInputFiles(await download.path());
  await phone.getByRole("button", { name: "Toevoegen aan mijn dagboek" }).click();
  await phone.goto("dagboek/geschiedenis");
  await expect(phone.locator(".entry")).toHaveCount(2);
  expect(await phone.locator(".history-day").innerText()).toBe(history);
  await fresh.close();
});

test("an exercise done before is logged in three taps and survives a reload", async ({ page }) => {
  const yesterday = diaryEntries(2, 1, NOW).slice(0, 1);
  yesterday[0].exercise = "bruggetje";
  await withDiary(page, storedDiary(yesterday));
  await openApp(page, "dagboek");
  await expect(page.getByRole("heading", { name: /^Vandaag, / })).toBeVisible();

  await logFromHome(page, "Bruggetje", 5, 3);
  await page.getByRole("button", { name: "Klaar" }).click();
  const today = page.locator(".entry-list").filter({ hasText: "pijn van 5 naar 3" });
  await expect(today).toBeVisible();

  await page.reload();
  await expect(page.getByText("pijn van 5 naar 3").first()).toBeVisible();
  const entries = await storedEntries(page);
  expect(entries).toHaveLength(2);
  expect(entries[1]).toMatchObject({ exercise: "bruggetje", pain_before: 5, pain_after: 3, dose: { kind: "reps", sets: 3, reps: 10 } });
});

test("the first exercise is picked from the list, and a note can be added", async ({ page }) => {
  await openApp(page, "dagboek");
  await pickExercise(page, "Schelpoefening");
  await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 6", exact: true }).click();
  // More pain after exercising: the safety advice shows, in the exercise
  // page's own words (one source for both), and the dose says "per kant".
  await expect(page.getByText("Had je meer pijn door de oefening?")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stop als" })).toBeVisible();
  await expect(page.getByText("de pijn verder uitstraalt dan normaal, of voor het eerst tot onder je knie.")).toBeVisible();
  await expect(page.locator(".quick-log .dose-line")).toContainText("3 × 12 keer per kant");
  await page.getByRole("button", { name: "Notitie toevoegen" }).click();
  await page.getByLabel("Notitie (mag leeg blijven)").fill("Trok in de bil");
  await page.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText("Notitie opgeslagen.")).toBeVisible();
  expect((await storedEntries(page))[0]).toMatchObject({ exercise: "schelp", note: "Trok in de bil" });
});

test("an exercise page's button opens the diary with that exercise ready to log", async ({ page }) => {
  await openApp(page, "oefeningen/bruggetje");
  await page.getByRole("link", { name: "Ik heb deze oefening gedaan" }).click();
  await expect(page.getByRole("heading", { name: "Bruggetje", level: 2 })).toBeVisible();
  await page.getByRole("button", { name: "Pijn 2", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 1", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
});

test("an entry is edited, deleted and the delete undone", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(3, 1, NOW)));
  await openApp(page, "dagboek/geschiedenis");
  const days = page.locator(".history-day");
  await expect(days).toHaveCount(3);

  await days.first().getByRole("link", { name: /aanpassen$/ }).click();
  await expect(page.locator("h1")).toHaveText("Oefening aanpassen");
  await page.getByRole("group", { name: "Pijn na het oefenen" }).getByRole("button", { name: "Pijn 0", exact: true }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("h1")).toHaveText("Geschiedenis");
  await expect(days.first()).toContainText("naar 0");

  await days.first().getByRole("button", { name: "Verwijderen" }).click();
  await expect(days).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "Verwijderd:" })).toBeVisible();
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(days).toHaveCount(3);
  await expect(days.first()).toContainText("naar 0");
  await page.reload();
  await expect(page.locator(".history-day")).toHaveCount(3);
});

test("a backup made on one phone restores the same history on a fresh one", async ({ page, newPhone, baseURL }) => {
  await withDiary(page, storedDiary(diaryEntries(20, 2, NOW)));
  await openApp(page, "dagboek/gegevens");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Reservekopie maken" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^heup-rug-dagboek-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  await expect(page.getByText("Je reservekopie is gemaakt.")).toBeVisible();
  await expect(page.getByText(/Je laatste reservekopie is van/)).toBeVisible();
  const original = await storedEntries(page);

  const fresh = await newPhone({ baseURL });
  const phone = await fresh.newPage();
  await openApp(phone, "dagboek/gegevens");
  await phone.locator('input[type="file"]').setInputFiles(backupPath);
  await expect(phone.getByText("In deze reservekopie: 40 oefeningen nieuw, 0 bijgewerkt, 0 al in je dagboek.")).toBeVisible();
  expect(await storedEntries(phone), "nothing changes before confirming").toHaveLength(0);
  await phone.getByRole("button", { name: "Toevoegen aan mijn dagboek" }).click();
  await expect(phone.getByText("Klaar: 40 oefeningen toegevoegd of bijgewerkt.")).toBeVisible();
  expect(await storedEntries(phone)).toEqual(original);

  // Importing the same backup again adds nothing.
  await phone.locator('input[type="file"]').setInputFiles(backupPath);
  await expect(phone.getByText("Alles uit deze reservekopie staat al in je dagboek.")).toBeVisible();
  await phone.goto("dagboek/geschiedenis");
  await expect(phone.locator(".history-day")).toHaveCount(14);
  await fresh.close();
});

test("a broken backup file is refused with a clear message and changes nothing", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(2, 1, NOW)));
  await openApp(page, "dagboek/gegevens");
  const before = await storedEntries(page);
  const files = [
    { name: "kapot.json", buffer: Buffer.from('{"app":"heup-rug","kind":"dagboek-backup","made_on":"2026-11-2') },
    { name: "vakantie.jpg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) },
    {
      name: "vreemd.json",
      buffer: Buffer.from(
        JSON.stringify({ app: "heup-rug", kind: "dagboek-backup", made_on: "2026-11-20", diary: { version: 1, data: { entries: [{ ...diaryEntries(1, 1, NOW)[0], pain_before: 11 }] } } }),
      ),
    },
  ];
  // From the hostile-input corpus: an entry dated 28 December 9999.
  files.push({ name: "toekomst.json", buffer: readFileSync(new URL("../hostile/backup-year-9999.json", import.meta.url)) });
  // One byte more than browser storage can hold: refused before it is read.
  files.push({ name: "groot.json", buffer: Buffer.alloc(STORAGE_HOLDS_CHARS + 1, " ") });
  const messages = [
    "Dit bestand is beschadigd of niet compleet",
    "Dit bestand is beschadigd of niet compleet",
    "staat 1 oefening met onmogelijke waarden",
    "staat een oefening op 28 december 9999. Die datum kan niet kloppen.",
    "Dit bestand is groter dan 5 MB. Zoveel kan je browser niet bewaren",
  ];
  for (const [i, file] of files.entries()) {
    await page.locator('input[type="file"]').setInputFiles({ ...file, mimeType: "application/octet-stream" });
    await expect(page.getByRole("alert")).toContainText(messages[i]);
    await expect(page.getByRole("alert")).toContainText("Er is niets veranderd.");
  }
  expect(await storedEntries(page)).toEqual(before);
});

test("the physiotherapist gets a CSV and a printable summary", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(10, 1, NOW)));
  await openApp(page, "dagboek/gegevens");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Downloaden voor Excel (CSV)" }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)], "a UTF-8 byte order mark for Excel").toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString("utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("Datum;Oefening;Hoeveelheid;Pijn vooraf (0-10);Pijn achteraf (0-10);Notitie");
  expect(lines).toHaveLength(11);
  expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2};Bruggetje;3 × 10 keer;\d+;\d+;/);

  await page.getByRole("link", { name: "Overzicht om te printen" }).click();
  await expect(page.locator("h1")).toHaveText("Overzicht voor je fysiotherapeut");
  await expect(page.locator(".print-table").nth(1).locator("tbody tr")).toHaveCount(10);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".bottom-nav")).toBeHidden();
  await expect(page.getByRole("button", { name: "Printen" })).toBeHidden();
});

test("two open tabs see each other's entries and never overwrite them", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, "dagboek");
  await openApp(second, "dagboek");

  await pickExercise(first, "Wandelen");
  await first.getByRole("button", { name: "Pijn 3", exact: true }).click();
  await first.getByRole("button", { name: "Pijn 2", exact: true }).click();
  // The other tab shows it without a reload.
  await expect(second.getByText("pijn van 3 naar 2").first()).toBeVisible();

  await logFromHome(second, "Wandelen", 4, 4);
  await first.reload();
  await expect(first.locator(".entry-list .entry")).toHaveCount(2);
  expect(await storedEntries(first)).toHaveLength(2);
});

test("a damaged stored diary is kept aside, the patient is told, and logging still works", async ({ page }) => {
  await withDiary(page, '{"version":1,"data":{"entries":[{"id":"kapot');
  await openApp(page, "dagboek");
  await expect(page.getByRole("alert")).toContainText("We hebben het apart bewaard");
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heup-rug:dagboek:onleesbaar:")));
  expect(aside).toHaveLength(1);
  await pickExercise(page, "Bruggetje");
  await page.getByRole("button", { name: "Pijn 5", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 5", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();
  const kept = await page.evaluate((key) => localStorage.getItem(key), aside[0]);
  expect(kept).toBe('{"version":1,"data":{"entries":[{"id":"kapot');
});

test("a full phone shows a clear message and keeps what was entered", async ({ page }) => {
  await openApp(page, "dagboek");
  // Fill the storage quota with other data.
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 21);
    for (let i = 0; chunk.length > 8; ) {
      try {
        localStorage.setItem(`vulling-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await pickExercise(page, "Heupbuiger rekken");
  await page.getByRole("button", { name: "Pijn 6", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("de opslag van je telefoon voor deze app is vol");
  await expect(page.getByText("pijn van 6 naar 4")).toBeVisible();

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("vulling-")).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByText("Opgeslagen: Heupbuiger rekken.")).toBeVisible();
  expect(await storedEntries(page)).toHaveLength(1);
});

test("progress shows streaks, the pain change since the first week, a chart and the calendar", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(28, 1, NOW)));
  await openApp(page, "dagboek/voortgang");
  await expect(page.locator(".tile").first()).toContainText("28 dagen");
  await expect(page.getByText(/in je eerste week en .* in de afgelopen 7 dagen/)).toBeVisible();
  await expect(page.getByText(/punt minder/)).toBeVisible();
  const chart = page.getByRole("img", { name: /Pijn vóór het oefenen/ });
  await expect(chart).toBeVisible();
  await expect(page.locator(".day-dot")).toHaveCount(28);
  await page.getByText("De cijfers per week").click();
  await expect(page.locator(".chart-table tbody tr").first()).toBeVisible();
  await expect(page.locator(".calendar tbody tr")).toHaveCount(6);
  await expect(page.locator(".calendar .mark.done").first()).toBeVisible();
});

test("an entry stored with the date 28 December 9999 stays in the history but counts for nothing", async ({ page }) => {
  const entries = diaryEntries(28, 1, NOW);
  const impossible = { ...entries[0], id: "00000000-0000-4000-8000-000000009999", day: "9999-12-28", logged_at: NOW.getTime() };
  await withDiary(page, storedDiary([...entries, impossible]));
  // Before, the progress page never finished drawing its chart.
  await openApp(page, "dagboek/voortgang");
  await expect(page.locator(".tile").first()).toContainText("28 dagen");
  await expect(page.locator(".day-dot")).toHaveCount(28);
  await expect(page.locator(".calendar tbody tr")).toHaveCount(6);
  await page.getByRole("link", { name: "Geschiedenis" }).click();
  await expect(page.locator(".history-day h2").first()).toHaveText("dinsdag 28 december 9999");
  expect((await storedEntries(page)).length).toBe(29);
});

test("deleting all data asks first, then leaves nothing behind", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(5, 1, NOW)));
  await openApp(page, "dagboek/gegevens");
  await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Weet je het zeker?");
  await page.getByRole("button", { name: "Annuleren" }).click();
  expect(await storedEntries(page)).toHaveLength(5);
  await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByText("Al je gegevens zijn van deze telefoon gewist.")).toBeVisible();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heup-rug:")));
  expect(left).toEqual([]);
});

test.describe("on an iPhone in Safari", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
  });

  test("the diary says plainly to put the app on the home screen", async ({ page }) => {
    await openApp(page, "dagboek");
    const notice = page.getByRole("region", { name: "Zet de app op je beginscherm" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("wist Safari je dagboek als je de app 7 dagen niet opent");
    await expect(notice).toContainText("Zet op beginscherm");
  });
});

test("a backup with an exercise of a newer app version is imported as it is, not refused", async ({ page }) => {
  await withDiary(page, storedDiary(diaryEntries(2, 1, NOW)));
  await openApp(page, "dagboek/gegevens");
  const newer = { ...diaryEntries(1, 1, NOW)[0], id: "00000000-0000-4000-8000-000000000999", exercise: "opstappen" };
  const file = JSON.stringify({ app: "heup-rug", kind: "dagboek-backup", made_on: "2026-11-20", diary: { version: 1, data: { entries: [newer] } } });
  await page.locator('input[type="file"]').setInputFiles({ name: "nieuw.json", buffer: Buffer.from(file), mimeType: "application/json" });
  await expect(page.locator(".import-preview")).toContainText("1 oefening nieuw");
  await page.getByRole("button", { name: "Toevoegen aan mijn dagboek" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Klaar" })).toContainText("1 oefening toegevoegd");
  await expect(page.locator(".newer-entries")).toContainText("Er staat 1 oefening uit een nieuwere versie van de app in je dagboek.");
  const stored = await page.evaluate(() => localStorage.getItem("heup-rug:dagboek"));
  expect(stored).toContain(JSON.stringify(newer));
});

test("today and the seeded days follow the phone's clock, in Amsterdam", async ({ page }) => {
  // The fixture starts the clock at NOW (Wednesday 25 November 2026, 10:00).
  await withDiary(page, storedDiary(diaryEntries(2, 1, NOW)));
  await openApp(page, "dagboek");
  await expect(page.getByRole("heading", { name: "Vandaag, woensdag 25 november" })).toBeVisible();
  await page.getByRole("navigation", { name: "Dagboek-menu" }).getByRole("link", { name: "Geschiedenis" }).click();
  await expect(page.locator(".history-day h2")).toHaveText(["woensdag 25 november", "dinsdag 24 november"]);
});
