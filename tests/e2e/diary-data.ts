// Diaries for tests and benchmarks, written exactly as the app stores them
// (src/diary: the "heup-rug:dagboek" record, format 1).

const exercises = ["bruggetje", "schelp", "heupbuiger-rekken", "wandelen", "heupscharnier", "uitvalspas"];

export type StoredEntry = {
  id: string;
  day: string;
  exercise: string;
  dose: { kind: string; sets?: number; reps?: number; seconds?: number; minutes?: number };
  pain_before: number;
  pain_after: number;
  note?: string;
  logged_at: number;
};

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
}

/**
 * `perDay` entries on each of the `days` days up to and including `until`
 * (default today), pain slowly going down from 7 to 3.
 */
export function diaryEntries(days: number, perDay = 1, until = new Date()): StoredEntry[] {
  const entries: StoredEntry[] = [];
  let n = 0;
  for (let d = days - 1; d >= 0; d--) {
    const date = new Date(until.getTime() - d * 86_400_000);
    for (let k = 0; k < perDay; k++) {
      const progress = 1 - d / Math.max(days - 1, 1);
      const before = Math.round(7 - 4 * progress + ((n * 7) % 3) - 1);
      const exercise = exercises[(n + k) % exercises.length];
      entries.push({
        id: uuid(++n),
        day: iso(date),
        exercise,
        dose: exercise === "wandelen" ? { kind: "minutes", minutes: 20 } : { kind: "reps", sets: 3, reps: 10 },
        pain_before: Math.max(0, Math.min(10, before)),
        pain_after: Math.max(0, Math.min(10, before - 1)),
        note: n % 5 === 0 ? "Ging goed; wel stijf" : undefined,
        logged_at: date.getTime() + k * 60_000,
      });
    }
  }
  return entries;
}

/** The stored text of a diary with these entries. */
export function storedDiary(entries: StoredEntry[]): string {
  return JSON.stringify({ version: 1, data: { entries } });
}
