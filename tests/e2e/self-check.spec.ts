// The self-check as a patient meets it: a red flag stops everything with
// the GP message as urgent as the flag (now, today, within a few days; a
// serious accident today at any age, a minor fall today from 50), the
// inflammatory pattern gets its own screen and the test goes on, in Dutch
// and in English; pain below the knee gives the nerve message instead of
// any hip band; a whole test ends in a band that matches the answers with
// the reasons behind it, results and the test in progress survive a
// reload, later results stand side by side, a result can be deleted, and a
// result saved by an older version is kept, flagged as made with an
// earlier test.
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";

const TOTAL = 32;
/** The 18 safety questions: no red flag or risk factor, under 50. */
const NO_RED_FLAGS = [...Array(15).fill("Nee"), "Jonger dan 50", "Nee", "Nee"];
/** The two nerve questions, after the seven symptoms. */
const NO_NERVE_SIGNS = ["Nee", "Nee"];

/** Answers for questions 19 to 32, and what the result must say. */
const runs = {
  few: {
    answers: ["Nooit", "Soms", "Nooit", "Nooit", "Vaak", "Nooit", "Nooit", ...NO_NERVE_SIGNS, "Korter dan 6 weken",
      "Geen van beide", "Geen van beide", "Rechts", "Dat weet ik niet"],
    band: "Weinig aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat opstaan uit een stoel soms pijn doet.",
      "Je gaf aan dat vooroverbuigen of tillen vaak pijn doet.",
      "Je gaf aan dat 30 seconden op één been staan rechts niet goed lukte.",
    ],
  },
  some: {
    answers: ["Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", ...NO_NERVE_SIGNS, "6 tot 12 weken",
      "Geen van beide", "Deze test sla ik over", "Geen van beide", "Vooral uit mijn heupen: mijn billen gingen naar achteren"],
    band: "Enkele aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat je onderrug soms zeurt na zitten of wandelen.",
      "Je gaf aan dat opstaan uit een stoel soms pijn doet.",
      "Je gaf aan dat je soms moeite hebt met traplopen.",
      "Je gaf aan dat je soms stijfheid of druk voelt in je bil.",
      "Je gaf aan dat vooroverbuigen of tillen soms pijn doet.",
      "Je gaf aan dat de pijn soms uitstraalt naar je bil of bovenbeen.",
      "Je gaf aan dat je soms minder kracht voelt in één bil.",
    ],
  },
  clear: {
    answers: ["Vaak", "Vaak", "Vaak", "Nooit", "Nooit", "Nooit", "Nooit", ...NO_NERVE_SIGNS, "Langer dan 3 maanden",
      "Links", "Rechts", "Geen van beide", "Dat weet ik niet"],
    band: "Duidelijke aanwijzingen dat je heup meedoet",
    reasons: [
      "Je gaf aan dat je onderrug vaak zeurt na zitten of wandelen.",
      "Je gaf aan dat opstaan uit een stoel vaak pijn doet.",
      "Je gaf aan dat je vaak moeite hebt met traplopen.",
      "Je gaf aan dat ‘enkel op de knie’ links pijn deed.",
      "Je gaf aan dat je bij ‘knie naar de borst’ rechts pijn voelde, of dat je knie niet verder kon.",
    ],
  },
};

async function tap(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

/** Answers questions `from`, `from + 1`, … in order, waiting for each to show. */
async function answerFrom(page: Page, from: number, answers: string[]) {
  let question = from;
  for (const answer of answers) {
    await expect(page.locator(".question-progress")).toHaveText(`Vraag ${question} van ${TOTAL}`);
    await tap(page, answer);
    question += 1;
  }
}

/** Takes the whole test from the start page and waits for the saved result. */
async function takeTest(page: Page, answers: string[]) {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, ...answers]);
  await expect(page).toHaveURL(/zelftest\/uitslag\/\d+$/);
  await expect(page.locator("h1")).toHaveText("Uitslag zelftest");
}

/** Every screen of the red-flag stop and the inflammatory pattern, per language. */
const stops = {
  nl: {
    query: "",
    start: "Begin de test",
    progress: (n: number) => `Vraag ${n} van ${TOTAL}`,
    now: {
      answers: ["Nee", "Nee", "Nee", "Ja"],
      heading: "Bel nu je huisarts",
      reasons: ["Je gaf aan dat een been snel zwakker wordt."],
      next: "Is de praktijk dicht? Bel dan nu de huisartsenpost.",
    },
    // A serious accident is for today at any age, also under 50.
    today: {
      answers: [...Array(4).fill("Nee"), "Ja", ...Array(10).fill("Nee"), "Jonger dan 50", "Nee", "Nee"],
      heading: "Bel vandaag je huisarts",
      reasons: ["Je gaf aan dat je rugpijn begon of veel erger werd na een ernstig ongeluk in de laatste 6 weken."],
      next: "Is de praktijk dicht? Bel dan de huisartsenpost.",
    },
    // A minor fall is for today from 50, and names the age too.
    minorFall: {
      answers: [...Array(15).fill("Nee"), "50 of ouder", "Ja", "Nee"],
      heading: "Bel vandaag je huisarts",
      reasons: ["Je gaf aan dat je 50 of ouder bent.", "Je gaf aan dat je in de laatste 6 weken bent gevallen."],
      next: "Is de praktijk dicht? Bel dan de huisartsenpost.",
    },
    withinDays: {
      answers: [...Array(5).fill("Nee"), "Ja", ...Array(9).fill("Nee"), "Jonger dan 50", "Nee", "Nee"],
      heading: "Maak binnen een paar dagen een afspraak met je huisarts",
      reasons: ["Je gaf aan dat je kanker hebt of hebt gehad, en dat je arts nog niet van deze rugpijn weet."],
      next: "Bel dan meteen je huisarts of de huisartsenpost.",
    },
    emergency: "Is het een noodgeval? Bel 112",
    wrongTap: "Verkeerd getikt?",
    confirm: "Ja, stel de vraag opnieuw",
    mention: {
      answers: [...Array(15).fill("Nee"), "Jonger dan 50", "Nee", "Ja"],
      heading: "Noem dit bij je huisarts",
      goOn: "Verder met de test",
    },
  },
  en: {
    query: "?taal=en",
    start: "Start the test",
    progress: (n: number) => `Question ${n} of ${TOTAL}`,
    now: {
      answers: ["No", "No", "No", "Yes"],
      heading: "Call your GP now",
      reasons: ["You said that one leg is quickly getting weaker."],
      next: "If the GP practice is closed, call the out-of-hours GP service (huisartsenpost) now.",
    },
    today: {
      answers: [...Array(4).fill("No"), "Yes", ...Array(10).fill("No"), "Under 50", "No", "No"],
      heading: "Call your GP today",
      reasons: ["You said that your back pain started or got much worse after a serious accident in the last 6 weeks."],
      next: "If the GP practice is closed, call the out-of-hours GP service (huisartsenpost).",
    },
    minorFall: {
      answers: [...Array(15).fill("No"), "50 or older", "Yes", "No"],
      heading: "Call your GP today",
      reasons: ["You said that you are 50 or older.", "You said that you had a fall in the last 6 weeks."],
      next: "If the GP practice is closed, call the out-of-hours GP service (huisartsenpost).",
    },
    withinDays: {
      answers: [...Array(5).fill("No"), "Yes", ...Array(9).fill("No"), "Under 50", "No", "No"],
      heading: "Make an appointment with your GP within a few days",
      reasons: ["You said that you have or have had cancer, and that your doctor does not know about this back pain yet."],
      next: "call your GP or the out-of-hours GP service at once.",
    },
    emergency: "Is it an emergency? Call 112",
    wrongTap: "Tapped the wrong answer?",
    confirm: "Yes, ask the question again",
    mention: {
      answers: [...Array(15).fill("No"), "Under 50", "No", "Yes"],
      heading: "Mention this to your GP",
      goOn: "Continue the test",
    },
  },
};

for (const [lang, words] of Object.entries(stops)) {
  async function start(page: Page, answers: string[]) {
    await openApp(page, `zelftest${words.query}`);
    await tap(page, words.start);
    for (const [i, answer] of answers.entries()) {
      await expect(page.locator(".question-progress")).toHaveText(words.progress(i + 1));
      await tap(page, answer);
    }
  }

  for (const urgency of ["now", "today", "minorFall", "withinDays"] as const) {
    const stop = words[urgency];
    test(`${lang}: a '${urgency}' red flag stops the test with its own message`, async ({ page }) => {
      await start(page, stop.answers);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 2 })).toHaveText(stop.heading);
      await expect(main.locator(".flag-reason")).toHaveText(stop.reasons);
      await expect(main.getByText(stop.next, { exact: false })).toBeVisible();
      // 112 is its own line, not the main button; nothing else competes.
      const call = main.getByRole("link", { name: words.emergency });
      await expect(call).toHaveAttribute("href", "tel:112");
      await expect(main.getByRole("link")).toHaveCount(1);
      await expect(main.locator("a.button")).toHaveCount(0);
      await expect(main.getByRole("heading", { level: 2 })).toHaveCount(1);
      await expect(main.getByRole("button")).toHaveText([words.wrongTap]);
      await expect(main.locator(".band-card")).toHaveCount(0);
      if (urgency === "now") {
        await expect(main.getByText(/niet ernstig|not have to be serious/)).toHaveCount(0);
      }

      // Still there after a reload: the answers were kept.
      await page.reload();
      await expect(main.getByRole("heading", { level: 2 })).toHaveText(stop.heading);
      // A wrong tap is taken back only after a confirmation.
      await tap(page, words.wrongTap);
      await tap(page, words.confirm);
      const flagged = stop.answers.findIndex((answer) => answer === "Ja" || answer === "Yes");
      await expect(page.locator(".question-progress")).toHaveText(words.progress(flagged + 1));
      await expect(page.locator(".answer-button[aria-pressed=true]")).toHaveCount(0);
    });
  }

  test(`${lang}: the inflammatory pattern is worth mentioning and the test goes on`, async ({ page }) => {
    await start(page, words.mention.answers);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(words.mention.heading);
    await expect(main.getByRole("link", { name: words.emergency })).toHaveCount(0);
    await tap(page, words.mention.goOn);
    await expect(page.locator(".question-progress")).toHaveText(words.progress(19));
    await page.reload();
    await expect(page.locator(".question-progress")).toHaveText(words.progress(19));
  });
}

test("a known osteoporosis and prednison alone do not stop the test", async ({ page }) => {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...Array(13).fill("Nee"), "Ja", "Ja", "50 of ouder", "Nee", "Nee"]);
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 19 van ${TOTAL}`);
  await expect(page.getByRole("main").getByRole("link", { name: "Is het een noodgeval? Bel 112" })).toHaveCount(0);
});

test("the inflammatory pattern also stands on the result, for the GP", async ({ page }) => {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, stops.nl.mention.answers);
  await tap(page, "Verder met de test");
  await answerFrom(page, 19, runs.few.answers);
  await expect(page).toHaveURL(/zelftest\/uitslag\/\d+$/);
  const box = page.locator(".result-mention");
  await expect(box.getByRole("heading")).toHaveText("Noem dit bij je huisarts");
  await expect(box).toContainText("Je gaf aan dat je rugpijn voor je 45e begon");
});

test("pain below the knee, even without a numb leg, gives the nerve message and no hip band", async ({ page }) => {
  // Answers that would give the top band without the pain below the knee.
  await takeTest(page, ["Vaak", "Vaak", "Vaak", "Vaak", "Nooit", "Vaak", "Vaak", "Ja", "Nee", "Korter dan 6 weken",
    "Links", "Rechts", "Geen van beide", "Dat weet ik niet"]);
  const main = page.getByRole("main");
  await expect(main.locator(".band-card h2")).toHaveText("Dit past meer bij een zenuw dan bij je heup");
  await expect(main.locator(".band-card")).toContainText("Laat je onderzoeken door je huisarts of fysiotherapeut");
  await expect(main.locator(".band-scale")).toHaveCount(0);
  await expect(main.getByText("aanwijzingen dat je heup meedoet")).toHaveCount(0);
  await expect(main.locator(".reasons li")).toHaveText(["Je gaf aan dat de pijn doortrekt tot onder je knie."]);
  const exercises = main.locator(".link-list").nth(1).getByRole("link");
  await expect(exercises.first()).toBeVisible();
  for (const strengthening of ["Bruggetje", "Been naar achteren", "Schelpoefening", "Been zijwaarts heffen", "Buigen vanuit je heupen", "Uitvalspas"]) {
    await expect(exercises.filter({ hasText: strengthening })).toHaveCount(0);
  }
});

test("a skipped home test is named on the result", async ({ page }) => {
  await takeTest(page, runs.some.answers);
  await expect(page.locator(".skipped-tests")).toHaveText(
    "Je hebt de test ‘Knie naar de borst’ overgeslagen. De uitslag rust daardoor op minder aanwijzingen.",
  );
});

for (const [name, run] of Object.entries(runs)) {
  test(`a whole test with ${name} signs gives that band with the patient's own reasons`, async ({ page }) => {
    await takeTest(page, run.answers);
    const main = page.getByRole("main");
    await expect(main.locator(".band-card h2")).toHaveText(run.band);
    await expect(main.locator(".reasons li")).toHaveText(run.reasons);
    await expect(main.getByText("Dit is geen diagnose.", { exact: false })).toBeVisible();
    await expect(main.getByRole("link", { name: "Zo onderzoekt Rugcentrum Hilversum je heup" })).toBeVisible();
    const links = main.locator(".link-list a");
    expect(await links.count()).toBeGreaterThanOrEqual(2);
  });
}

test("the result survives a reload, and its links carry the app's base path", async ({ page, baseURL }) => {
  await takeTest(page, runs.clear.answers);
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.locator(".band-card h2")).toHaveText(runs.clear.band);
  await expect(page.locator(".reasons li")).toHaveText(runs.clear.reasons);
  const basePath = new URL(baseURL!).pathname;
  const hrefs = await page.locator(".link-list a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain(`${basePath}uitleg/heupbeperkingen`);
  expect(hrefs).toContain(`${basePath}oefeningen/bruggetje`);
  // Going back to the test starts a new one: the finished one is saved.
  await page.getByRole("link", { name: "Doe de test opnieuw" }).click();
  await expect(page.getByRole("button", { name: "Begin de test" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk je eerdere uitslag" })).toBeVisible();
});

test("a reload in the middle of the test resumes at the same question", async ({ page }) => {
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, "Vaak", "Soms"]);
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 21 van ${TOTAL}`);
  await page.reload();
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 21 van ${TOTAL}`);
  await tap(page, "Vorige vraag");
  await expect(page.locator(".question-progress")).toHaveText(`Vraag 20 van ${TOTAL}`);
  await expect(page.getByRole("button", { name: "Soms", exact: true })).toHaveAttribute("aria-pressed", "true");
});

test("a later test stands side by side with the earlier one", async ({ page }) => {
  await takeTest(page, runs.clear.answers);
  await takeTest(page, runs.few.answers);
  // The new result compares itself with the previous one.
  const comparison = page.locator(".compare");
  await expect(comparison.locator("thead th")).toHaveCount(3);
  await expect(comparison.locator(".compare-band")).toHaveText(["Weinig", "Duidelijke"]);

  await page.getByRole("link", { name: "Al je uitslagen" }).click();
  await expect(page.locator("h1")).toHaveText("Mijn uitslagen");
  const stairs = page.locator(".compare tbody tr", { has: page.getByRole("rowheader", { name: "Moeite met traplopen" }) });
  await expect(stairs.locator("td")).toHaveText(["Nooit", "Vaak"]);
  await expect(page.locator(".result-card")).toHaveCount(2);
  await expect(page.getByRole("main").getByText("Dit is geen diagnose.", { exact: false })).toBeVisible();
});

test("a result can be deleted, and brought back with undo", async ({ page }) => {
  await takeTest(page, runs.some.answers);
  await takeTest(page, runs.clear.answers);
  await openApp(page, "zelftest/uitslagen");
  const cards = page.locator(".result-card");
  await expect(cards).toHaveCount(2);

  await cards.first().getByRole("button", { name: /verwijderen$/ }).click();
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole("main").getByRole("status")).toContainText("is verwijderd");
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(cards).toHaveCount(2);

  await cards.first().getByRole("button", { name: /verwijderen$/ }).click();
  await expect(cards).toHaveCount(1);
  await page.reload();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("Enkele aanwijzingen dat je heup meedoet");
});

test("fits a 320 px phone with big answer buttons", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, "zelftest");
  await tap(page, "Begin de test");
  await answerFrom(page, 1, [...NO_RED_FLAGS, "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", "Soms", ...NO_NERVE_SIGNS,
    "6 tot 12 weken"]);
  await expect(page.locator(".self-test-drawing")).toBeVisible();
  const buttons = page.locator(".answer-button");
  // Ankle on knee: three sides of pain, one side stiffer, neither, skip.
  await expect(buttons).toHaveCount(6, { timeout: 5000 });
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = await buttons.nth(i).boundingBox();
    expect(box!.height, `answer ${i} is big enough for a thumb`).toBeGreaterThanOrEqual(48);
    expect(box!.width, `answer ${i} spans the screen`).toBeGreaterThanOrEqual(260);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
});

/** A result as the app stored it before results kept their band (storage format 1). */
const FORMAT_1_RESULTS = JSON.stringify({
  version: 1,
  data: {
    last_id: 2,
    results: [
      {
        id: 2,
        date: "2026-11-20",
        answers: {
          "bladder-or-bowel": "no", "saddle-numbness": "no", "both-legs": "no", "leg-weakening": "no", cancer: "no",
          "weight-loss": "no", "fever-or-ill": "no", "weak-immunity": "no", "night-pain": "no", osteoporosis: "no",
          corticosteroids: "no", "fall-or-accident": "no", "inflammatory-pattern": "no", "age-band": "under_fifty",
          "pain-below-knee": "no", "numb-tingling-or-weak-leg": "no", "ache-after-sitting-or-walking": "often",
          "pain-rising-from-chair": "often", stairs: "often", "buttock-stiffness": "never",
          "pain-bending-or-lifting": "never", "radiating-pain": "never", "less-strength": "never",
          duration: "over_twelve_weeks", "figure-four": "left", "knee-to-chest": "both_sides",
          "one-leg-stand": "neither", "forward-bend": "unsure",
        },
      },
    ],
  },
});

test("a result saved by an older version is kept with its band and says the test has changed", async ({ page }) => {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("heup-rug:self-check-results", stored);
      sessionStorage.setItem("seeded", "yes");
    }
  }, FORMAT_1_RESULTS);
  const changed = "Deze uitslag is van vóór een wijziging in de test. Welke uitslag je toen zag, is niet bewaard. "
    + "Hier staat hij opnieuw berekend met de huidige test.";
  // Then 20 points and the top band; today both sides count half: 18.
  const band = "Enkele aanwijzingen dat je heup meedoet";

  await openApp(page, "zelftest/uitslagen");
  const card = page.locator(".result-card");
  await expect(card).toHaveCount(1);
  await expect(card.locator("h3")).toHaveText("20 november 2026");
  await expect(card).toContainText(band);
  await expect(card.locator(".test-changed")).toHaveText(changed);

  await card.getByRole("link", { name: "Bekijk de uitslag" }).click();
  await expect(page).toHaveURL(/zelftest\/uitslag\/2$/);
  await expect(page.locator(".band-card h2")).toHaveText(band);
  await expect(page.locator(".test-changed")).toHaveText(changed);

  // A new test stands beside it; the old one is marked in the table.
  await takeTest(page, runs.clear.answers);
  await expect(page.locator(".test-changed")).toHaveCount(0);
  await expect(page.locator(".compare .compare-band")).toHaveText(["Duidelijke", "Enkele *"]);
  await expect(page.locator(".compare-changed")).toHaveText(
    "* Gemaakt met een eerdere versie van de test. Open die uitslag om te zien wat er veranderd is.",
  );
  // Written back in the current format, with every answer still there.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("heup-rug:self-check-results") ?? "{}"));
  expect(stored.version).toBe(2);
  expect(stored.data.results.map((r: any) => [r.id, r.scoring_version, r.shown])).toEqual([[2, 1, null], [3, 2, "clear"]]);
  expect(stored.data.results[0].answers["figure-four"]).toBe("left");
});

test("the result's 'Zet deze in mijn schema' puts its exercises in the own schedule in one tap", async ({ page }) => {
  await takeTest(page, runs.few.answers);
  const listed = page.locator(".result .link-list a[href*='oefeningen/']");
  const names = await listed.allTextContents();
  expect(names.length, "the result suggests exercises").toBeGreaterThanOrEqual(2);
  await page.getByRole("button", { name: "Zet deze in mijn schema" }).click();
  const status = page.locator(".add-to-schedule-status");
  await expect(status).toContainText(`${names.length} oefeningen staan nu in je schema.`);
  await expect(page.getByRole("button", { name: "Zet deze in mijn schema" })).toBeHidden();
  await status.getByRole("link", { name: "Bekijk je schema" }).click();
  await expect(page.getByRole("heading", { name: "Mijn schema", level: 1 })).toBeVisible();
  await page.reload();
  for (const name of names) {
    await expect(page.getByRole("checkbox", { name: new RegExp(`^${name}`) })).toBeChecked();
  }
  await expect(page.getByRole("group", { name: "Welke oefeningen?" }).getByRole("checkbox", { checked: true })).toHaveCount(names.length);
});
