// The progress report end to end: a patient with a schedule logs, sees in
// plain words what the link will hold, makes it; a fresh browser (the
// physiotherapist's) opens it and sees the same figures as the patient's
// progress page; "Pas het schema aan" opens /kliniek with the schedule
// filled in; a cut link and a schedule link get clear messages.
import { test, expect, openApp, NOW } from "./fixtures";
import { diaryEntries, storedDiary } from "./diary-data.mjs";
import type { Page } from "@playwright/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const storedSchedule = JSON.stringify({
  version: 1,
  data: {
    schedule: {
      exercises: [
        { exercise: "bruggetje", dose: { kind: "reps", sets: 2, reps: 12 } },
        { exercise: "wandelen", dose: { kind: "minutes", minutes: 25 } },
      ],
      days_per_week: 4,
      start: "2026-11-02",
      from_clinic: true,
    },
  },
});

/** Starts the page with this schedule and diary stored (once per test). */
async function withScheduleAndDiary(page: Page, diary: string) {
  await page.addInitScript(
    ([schedule, stored]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("heup-rug:schema", schedule);
        localStorage.setItem("heup-rug:dagboek", stored);
        sessionStorage.setItem("seeded", "yes");
      }
    },
    [storedSchedule, diary],
  );
}

/** The text of every row of the weekly pain table, and the calendar's marks. */
async function figures(page: Page) {
  const rows = await page.locator(".chart-table tbody tr").allTextContents();
  const marks = await page.locator(".calendar tbody td").evaluateAll((cells) => cells.map((cell) => cell.className));
  return { rows, marks };
}

test("a patient sends their progress and the physiotherapist sees the same figures", async ({ page, newPhone, baseURL }) => {
  // Nine days logged before today (with a note now and then), one more today.
  const earlier = diaryEntries(9, 1, new Date(NOW.getTime() - 86_400_000));
  await withScheduleAndDiary(page, storedDiary(earlier));
  await openApp(page, "dagboek");
  await page.getByRole("button", { name: "Bruggetje loggen" }).click();
  await page.getByRole("button", { name: "Pijn 4", exact: true }).click();
  await page.getByRole("button", { name: "Pijn 2", exact: true }).click();
  await expect(page.getByText("Opgeslagen: Bruggetje.")).toBeVisible();

  await openApp(page, "dagboek/voortgang");
  const streak = await page.locator(".tile").filter({ hasText: "Dagen op rij" }).locator(".tile-value").textContent();
  expect(streak).toBe("10 dagen");
  const progress = await figures(page);
  expect(progress.rows.length).toBeGreaterThanOrEqual(2);

  // Before any link: the period, what the link holds, and who can read it.
  const share = page.locator(".report-share");
  await expect(share.getByRole("heading", { name: "Stuur je voortgang naar je fysiotherapeut" })).toBeVisible();
  await expect(share.getByRole("radio", { name: "De laatste 4 weken" })).toBeChecked();
  await expect(share.getByText("Huidige reeks: 10 dagen op rij met een oefening.")).toBeVisible();
  await expect(share.getByText("Geen notities.")).toBeVisible();
  await expect(share.getByText("Iedereen die deze link krijgt, kan lezen wat erin staat.", { exact: false })).toBeVisible();
  await expect(share.getByLabel("De link", { exact: true })).toHaveCount(0);
  // Notes go along only when ticked in, and the preview says which.
  await share.getByRole("checkbox", { name: /Stuur ook mijn notities mee/ }).check();
  await expect(share.getByText("Ging goed; wel stijf").first()).toBeVisible();
  await share.getByRole("checkbox", { name: /Stuur ook mijn notities mee/ }).uncheck();
  await expect(share.getByText("Geen notities.")).toBeVisible();

  await share.getByRole("button", { name: "Maak de link" }).click();
  const link = await share.getByLabel("De link", { exact: true }).inputValue();
  expect(link.startsWith(new URL("verslag#", baseURL).href), link).toBe(true);
  expect(link.length).toBeLessThanOrEqual(600);
  expect(link).not.toContain("stijf");
  await expect(share.getByRole("img", { name: "QR-code met de link naar je voortgang" })).toBeVisible();
  await share.getByRole("button", { name: "Kopieer de link" }).click();
  await expect(share.getByText("De link staat op het klembord.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The physiotherapist's browser: nothing stored, a desktop screen.
  const clinic = await newPhone({ viewport: { width: 1280, height: 900 } });
  const report = await clinic.newPage();
  await report.goto(link);
  await expect(report.locator("h1")).toHaveText("Verslag van oefenen en pijn");
  await expect(report.getByText("Het is geen meting.", { exact: false })).toBeVisible();
  await expect(report.getByText("Huidige reeks: 10 dagen op rij met een oefening.")).toBeVisible();
  await expect(report.getByText(/^4 weken: van maandag 2 november tot en met woensdag 25 november\.$/)).toBeVisible();
  await expect(report.getByText("Het schema vraagt 4 dagen per week.")).toBeVisible();
  await expect(report.locator(".entry").filter({ hasText: "Bruggetje" })).toContainText("2 × 12 keer");
  const seen = await figures(report);
  expect(seen.rows).toEqual(progress.rows);
  // The progress page's calendar shows six weeks; the report's four are its last four.
  expect(seen.marks).toEqual(progress.marks.slice(-seen.marks.length));
  expect(seen.marks.length).toBe(4 * 7);
  expect(await report.evaluate(() => localStorage.length)).toBe(0);

  // One edit away from the next schedule.
  await report.getByRole("link", { name: "Pas het schema aan" }).click();
  await expect(report.locator("h1")).toHaveText("Schema-link maken");
  await expect(report.getByRole("checkbox", { name: /^Bruggetje/ })).toBeChecked();
  await expect(report.getByRole("checkbox", { name: /^Wandelen/ })).toBeChecked();
  await expect(report.getByRole("checkbox", { name: /^Uitvalspas/ })).not.toBeChecked();
  const bridge = report.locator(".clinic-pick").filter({ hasText: "Bruggetje" });
  await expect(bridge.getByLabel("Keer per set")).toHaveValue("12");
  await expect(report.getByLabel("Hoeveel dagen per week?")).toHaveValue("4");
  await expect(report.getByLabel("Link voor je patiënt")).toHaveValue(/\/schema#/);
});

test("a cut report link, or a schedule link, says what is wrong", async ({ page }) => {
  await withScheduleAndDiary(page, storedDiary(diaryEntries(5, 1, NOW)));
  await openApp(page, "dagboek/gegevens");
  await page.getByRole("button", { name: "Maak de link" }).click();
  const link = await page.getByLabel("De link", { exact: true }).inputValue();
  const payload = link.split("#")[1];

  await openApp(page, `verslag#${payload.slice(0, payload.length - 9)}`);
  await expect(page.locator("h1")).toHaveText("Dit verslag kan niet worden geopend");
  await expect(page.getByRole("alert")).toHaveText(/niet compleet/);
  const swapped = payload[8] === "x" ? "y" : "x";
  await openApp(page, `verslag#${payload.slice(0, 8)}${swapped}${payload.slice(9)}`);
  await expect(page.getByRole("alert")).toHaveText(/veranderd/);
  await openApp(page, "verslag#AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI");
  await expect(page.getByRole("alert")).toHaveText(/oefenschema, geen verslag/);
});
