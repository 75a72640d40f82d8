// Diaries for tests and benchmarks, written exactly as the app stores them
// (src/diary: the "heup-rug:dagboek" record, format 1). Plain JavaScript so
// both the Playwright tests and scripts/bench-diary.mjs can use it.

const exercises = ["bruggetje", "schelp", "heupbuiger-rekken", "wandelen", "heupscharnier", "uitvalspas"];

/** The patients' time zone; the tests run the browser in it too. */
const ZONE = "Europe/Amsterdam";

/** The calendar day of a date in Amsterdam, as the app stores it ("2026-11-25"), whatever Node's own zone. */
function localDay(date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function uuid(n) {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
}

/**
 * `perDay` entries on each of the `days` days up to and including `until`
 * (default: today), pain slowly going down from 7 to 3.
 */
export function diaryEntries(days, perDay = 1, until = new Date()) {
  const entries = [];
  let n = 0;
  const [year, month, day] = localDay(until).split("-").map(Number);
  for (let d = days - 1; d >= 0; d--) {
    // 17:00 UTC is early evening in Amsterdam, summer or winter: the same calendar day there.
    const date = new Date(Date.UTC(year, month - 1, day - d, 17, 0));
    for (let k = 0; k < perDay; k++) {
      const progress = 1 - d / Math.max(days - 1, 1);
      const before = Math.round(7 - 4 * progress + ((n * 7) % 3) - 1);
      const exercise = exercises[(n + k) % exercises.length];
      const entry = {
        id: uuid(++n),
        day: localDay(date),
        exercise,
        dose: exercise === "wandelen" ? { kind: "minutes", minutes: 20 } : { kind: "reps", sets: 3, reps: 10 },
        pain_before: Math.max(0, Math.min(10, before)),
        pain_after: Math.max(0, Math.min(10, before - 1)),
        logged_at: date.getTime() + k * 60_000,
      };
      if (n % 5 === 0) entry.note = "Ging goed; wel stijf";
      entries.push(entry);
    }
  }
  return entries;
}

/** The stored text of a diary with these entries. */
export function storedDiary(entries) {
  return JSON.stringify({ version: 1, data: { entries } });
}

/** How much text browser storage holds for one site (src/storage/format.rs, STORAGE_HOLDS_CHARS): also the biggest backup the app reads. */
export const STORAGE_HOLDS_CHARS = 5 * 1024 * 1024;

/** A backup file of these entries, as the diary page's "Reservekopie maken" writes it. */
export function backupFile(entries, madeOn = entries.at(-1)?.day ?? "2026-11-25") {
  return `{"app":"heup-rug","kind":"dagboek-backup","made_on":"${madeOn}","diary":${storedDiary(entries)}}`;
}
