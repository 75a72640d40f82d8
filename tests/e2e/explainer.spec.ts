// The explainer as a patient meets it: a section opened from a link in an
// e-mail, the table of contents, previous and next, the questions that open,
// the picture worked by keyboard, and the way on to the self-check.
import { test, expect, openApp } from "./fixtures";

const sections = [
  { slug: "heupgewricht", title: "Hoe je heupgewricht werkt" },
  { slug: "heup-en-onderrug", title: "Hoe je heup je onderrug beïnvloedt" },
];

test("a link from an e-mail opens a section directly, also after a reload", async ({ page }) => {
  await openApp(page, "uitleg/heup-en-onderrug");
  await expect(page.locator("h1")).toHaveText("Hoe je heup je onderrug beïnvloedt");
  await expect(page).toHaveTitle("Hoe je heup je onderrug beïnvloedt · Heup & Rug");
  await expect(page.locator(".section-meta")).toHaveText(/^Deel 2 van 10 · \d+ minu(ut|ten) lezen$/);
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Hoe je heup je onderrug beïnvloedt");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Uitleg" })).toHaveAttribute("aria-current", "page");
});

test("next and previous walk through the sections in reading order", async ({ page, baseURL }) => {
  await openApp(page, `uitleg/${sections[0].slug}`);
  const pager = page.getByRole("navigation", { name: "Vorig en volgend deel" });
  await expect(pager.getByRole("link", { name: /^Vorige/ })).toHaveCount(0);

  await pager.getByRole("link", { name: new RegExp(`^Volgende\\s*${sections[1].title}$`) }).click();
  await expect(page).toHaveURL(`${baseURL}uitleg/${sections[1].slug}`);
  await expect(page.locator("h1")).toHaveText(sections[1].title);
  await expect(page.locator("h1")).toBeFocused();

  await pager.getByRole("link", { name: /^Vorige/ }).click();
  await expect(page).toHaveURL(`${baseURL}uitleg/${sections[0].slug}`);
  await expect(page.locator("h1")).toHaveText(sections[0].title);

  await openApp(page, "uitleg/vragen");
  await expect(pager.getByRole("link", { name: /^Volgende/ })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: /^Vorige\s*Samengevat$/ })).toBeVisible();
});

test("the table of contents shows every section with its reading time", async ({ page, baseURL }) => {
  await openApp(page, "uitleg");
  await expect(page.locator("h1")).toHaveText("Uitleg");
  const toc = page.getByRole("navigation", { name: "Inhoud" });
  const entries = toc.getByRole("listitem");
  await expect(entries).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    await expect(entries.nth(i).locator(".toc-time")).toHaveText(/^\d+ minu(ut|ten) lezen$/);
  }
  await expect(toc.locator(".toc-total")).toHaveText(/^Alles lezen duurt ongeveer \d+ minuten\.$/);

  await toc.getByRole("link", { name: /^Veelgestelde vragen/ }).click();
  await expect(page).toHaveURL(`${baseURL}uitleg/vragen`);
  await expect(page.locator("h1")).toHaveText("Veelgestelde vragen");

  await page.getByRole("link", { name: "Alle onderwerpen" }).click();
  await page.getByRole("link", { name: "Begin met lezen" }).click();
  await expect(page).toHaveURL(`${baseURL}uitleg/heupgewricht`);
});

test("a question opens to show its answer", async ({ page }) => {
  await openApp(page, "uitleg/vragen");
  const questions = page.locator("details.faq-item");
  await expect(questions).toHaveCount(5);
  const question = questions.filter({ hasText: "Hoe snel merk ik verschil?" });
  const answer = question.getByText(/al na een paar weken verschil/);
  await expect(answer).toBeHidden();
  await question.locator("summary").click();
  await expect(question).toHaveAttribute("open", "");
  await expect(answer).toBeVisible();
  // Keyboard: Enter on the next question opens it too.
  const next = questions.first();
  await next.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(next).toHaveAttribute("open", "");
});

test("the picture's sliders work by keyboard and change caption and description", async ({ page }) => {
  await openApp(page, "uitleg/heup-en-onderrug");
  const picture = page.getByRole("img", { name: /^Zijaanzicht van bekken en onderrug/ });
  const caption = page.locator(".posture-caption");
  await expect(picture).toHaveAttribute("aria-label", /Heupbuigers: 5 van 10 strak/);
  await expect(caption).toHaveText(/^Normale stand/);

  const flexors = page.getByRole("slider", { name: "Heupbuigers" });
  await flexors.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect(flexors).toHaveAttribute("aria-valuetext", "10 van 10, van soepel naar strak");
  await expect(caption).toHaveText(/^Strakke heupbuigers trekken je bekken naar voren: je onderrug wordt holler\./);
  await expect(picture).toHaveAttribute("aria-label", /Heupbuigers: 10 van 10 strak\..*kantelt sterk naar voren/);

  const glutes = page.getByRole("slider", { name: "Bilspieren" });
  await glutes.focus();
  await page.keyboard.press("Home");
  await expect(glutes).toHaveAttribute("aria-valuetext", "0 van 10, van zwak naar sterk");
  await expect(caption).toHaveText(/^Strakke heupbuigers trekken je bekken naar voren; door zwakke bilspieren kan het minder stevig staan \(stippellijnen\)\./);
  await expect(picture).toHaveAttribute("aria-label", /kantelt naar voren.*minder stevig/);

  // Supple flexors again, glutes still weak: the pelvis turns back a little.
  await flexors.focus();
  await page.keyboard.press("Home");
  await expect(caption).toHaveText(/^Zwakke bilspieren: je bekken kan naar achteren kantelen en minder stevig staan \(stippellijnen\); je onderrug wordt vlakker\./);
  await expect(picture).toHaveAttribute("aria-label", /kantelt iets naar achteren en de onderrug is vlakker dan normaal/);

  // Strong glutes too: back to the normal posture, not a flatter back.
  await glutes.focus();
  await page.keyboard.press("End");
  await expect(caption).toHaveText(/^Normale stand/);
});

test.describe("for readers who asked for less motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the picture jumps to its new position at once", async ({ page }) => {
    await openApp(page, "uitleg/heup-en-onderrug");
    const turn = await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>("#posture-flexors")!;
      slider.value = "10";
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      await frame();
      return document.querySelector("g.pelvis")!.getAttribute("transform");
    });
    // Fully tight flexors turn the pelvis 10° forward; without animation it
    // is there within two frames.
    expect(turn).toMatch(/rotate\(10\.00\)$/);
  });
});

test("the picture fits a 320 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, "uitleg/heup-en-onderrug");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  for (const name of ["Heupbuigers", "Bilspieren"]) {
    const box = await page.getByRole("slider", { name }).boundingBox();
    expect(box!.height, `${name} is easy to touch`).toBeGreaterThanOrEqual(44);
  }
});

test("on a 360 × 740 phone the picture's top and both sliders are in view together", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "uitleg/heup-en-onderrug");
  // Scroll so that the second slider just comes into view above the
  // bottom navigation, as a thumb moving down the page would.
  await page.evaluate(() => {
    const slider = document.querySelector("#posture-glutes")!.getBoundingClientRect();
    const nav = document.querySelector(".bottom-nav")!.getBoundingClientRect();
    window.scrollBy(0, slider.bottom - nav.top);
  });
  const view = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      top: box(".app-header").bottom,
      bottom: box(".bottom-nav").top,
      picture: box(".posture-drawing").top,
      flexors: box("#posture-flexors"),
      glutes: box("#posture-glutes"),
    };
  });
  // Scrolling goes by whole pixels: a pixel of slack.
  expect(view.glutes.bottom, "the second slider is above the navigation").toBeLessThanOrEqual(view.bottom + 1);
  expect(view.picture, "the top of the picture (the lower back) is under the header").toBeGreaterThanOrEqual(view.top);
  expect(view.flexors.top, "the first slider in between").toBeGreaterThan(view.picture);
});

test("the symptoms lead to the self-check", async ({ page, baseURL }) => {
  await openApp(page, "uitleg/klachten");
  await expect(page.getByRole("listitem").filter({ hasText: "Moeite met traplopen" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Doe de zelftest" }).click();
  await expect(page).toHaveURL(`${baseURL}zelftest`);
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("h1")).not.toHaveText("Pagina niet gevonden");
});

test("an unknown section shows a friendly page with a way home", async ({ page }) => {
  await openApp(page, "uitleg/bestaat-niet");
  await expect(page.locator("h1")).toHaveText("Pagina niet gevonden");
  await expect(page.getByRole("main").getByRole("link", { name: "Naar de startpagina" })).toBeVisible();
});
