//! The diary itself: every entry, kept in order of day and time, with the
//! small operations the views call (add, edit, remove) and the questions
//! they ask (what was done on a day, what was done last time).
//!
//! Forward compatible: an entry this version cannot read (an exercise, a
//! dose or a field from a newer release) is kept as a [`ForeignEntry`], its
//! stored text untouched, and written back byte for byte. Only a value that
//! is not a diary at all is damage.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

use super::entry::{plausible_days, DiaryEntry, EntryId, PainScore};
use crate::calendar::Day;
use crate::exercises::{dose_in_words, Dose, ExerciseId, DOSE_KINDS};
use crate::i18n::Lang;
use crate::storage::Record;

/// All diary entries, oldest first (by day, then by when they were logged),
/// and the entries of a newer app version this one cannot read.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(from = "StoredDiary")]
pub struct Diary {
    entries: Vec<DiaryEntry>,
    foreign: Vec<ForeignEntry>,
}

/// An entry written by a newer version of the app (an exercise or a field
/// this version does not know): shown with what can be read of it, never
/// changed, and written back exactly as it was stored.
#[derive(Clone, Debug)]
pub struct ForeignEntry {
    pub id: EntryId,
    pub day: Day,
    /// The exercise's name in the stored text, e.g. "opstappen".
    pub exercise: String,
    /// The dose, when this version knows its shape.
    pub dose: Option<Dose>,
    pub pain_before: Option<PainScore>,
    pub pain_after: Option<PainScore>,
    pub logged_at: u64,
    pub edited_at: Option<u64>,
    /// The patient's note, when the entry has one as text.
    pub note: String,
    /// The entry exactly as stored.
    raw: Box<RawValue>,
}

/// One entry in a summary for the physiotherapist: one this version knows,
/// or one of a newer version with what can be read of it.
#[derive(Clone, Copy, Debug)]
pub enum SummaryLine<'a> {
    Known(&'a DiaryEntry),
    Newer(&'a ForeignEntry),
}

impl SummaryLine<'_> {
    pub fn day(&self) -> Day {
        match self {
            SummaryLine::Known(entry) => entry.day,
            SummaryLine::Newer(entry) => entry.day,
        }
    }

    /// The dose in words ("per kant" included for a one-sided exercise),
    /// unless a newer version wrote it in a shape this one does not know.
    pub fn dose_in_words(&self, lang: Lang) -> Option<String> {
        match self {
            SummaryLine::Known(entry) => Some(dose_in_words(entry.exercise, entry.dose, lang)),
            SummaryLine::Newer(entry) => entry.dose.map(|dose| dose_in_words(None, dose, lang)),
        }
    }

    /// Pain before and after.
    pub fn pain(&self) -> Option<(PainScore, PainScore)> {
        match self {
            SummaryLine::Known(entry) => Some((entry.pain_before, entry.pain_after)),
            SummaryLine::Newer(entry) => entry.pain_before.zip(entry.pain_after),
        }
    }

    pub fn note(&self) -> &str {
        match self {
            SummaryLine::Known(entry) => &entry.note,
            SummaryLine::Newer(entry) => &entry.note,
        }
    }
}

impl PartialEq for ForeignEntry {
    fn eq(&self, other: &ForeignEntry) -> bool {
        self.raw.get() == other.raw.get()
    }
}

impl ForeignEntry {
    /// The moment of the entry's latest version.
    pub fn last_changed(&self) -> u64 {
        self.edited_at.unwrap_or(self.logged_at)
    }

    /// Reads what this version can of an entry it cannot fully read; `None`
    /// when it is not an entry at all (no id, day or logging time).
    fn read(raw: Box<RawValue>) -> Option<ForeignEntry> {
        #[derive(Deserialize)]
        struct Readable {
            id: String,
            day: Day,
            #[serde(default)]
            exercise: Option<String>,
            #[serde(default)]
            dose: Option<serde_json::Value>,
            pain_before: Option<serde_json::Value>,
            pain_after: Option<serde_json::Value>,
            logged_at: u64,
            #[serde(default)]
            edited_at: Option<u64>,
            #[serde(default)]
            note: Option<serde_json::Value>,
        }
        let readable: Readable = serde_json::from_str(raw.get()).ok()?;
        // Pain is on the 0-10 scale in every version: a score off it is
        // damage (or a forged file), not news.
        let pain = |value: serde_json::Value| serde_json::from_value::<PainScore>(value).ok();
        let dose_kind_known = readable
            .dose
            .as_ref()
            .and_then(|dose| dose.get("kind"))
            .and_then(serde_json::Value::as_str)
            .is_some_and(|kind| DOSE_KINDS.contains(&kind));
        let exercise = readable.exercise.unwrap_or_default();
        // News is an exercise or a kind of dose this version does not know;
        // an entry of known kinds that does not read is damage.
        if ExerciseId::from_slug(&exercise).is_some() && dose_kind_known {
            return None;
        }
        let dose = readable
            .dose
            .and_then(|dose| serde_json::from_value::<Dose>(dose).ok())
            .filter(|dose| dose.is_plausible());
        Some(ForeignEntry {
            id: EntryId::parse(&readable.id)?,
            day: readable.day,
            exercise,
            dose,
            pain_before: Some(pain(readable.pain_before?)?),
            pain_after: Some(pain(readable.pain_after?)?),
            logged_at: readable.logged_at,
            edited_at: readable.edited_at,
            note: readable
                .note
                .as_ref()
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            raw,
        })
    }
}

/// The diary as stored, `{"entries":[…]}`. Read through
/// [`Diary::from_parts`], so order and uniqueness hold whatever the stored
/// text says.
#[derive(Deserialize)]
struct StoredDiary {
    entries: StoredEntries,
}

/// A diary's entries, each read the moment it is reached: as an entry this
/// version knows, else as one of a newer version (kept as its text), else
/// the whole diary is refused right there, before the rest is read. So a
/// file of 100,000 things that are not entries costs one, not a list of all.
struct StoredEntries {
    known: Vec<DiaryEntry>,
    foreign: Vec<ForeignEntry>,
}

impl<'de> Deserialize<'de> for StoredEntries {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(EntriesVisitor)
    }
}

struct EntriesVisitor;

impl<'de> Visitor<'de> for EntriesVisitor {
    type Value = StoredEntries;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of diary entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StoredEntries, A::Error> {
        let mut read = StoredEntries {
            known: Vec::new(),
            foreign: Vec::new(),
        };
        let mut index = 0;
        while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
            match serde_json::from_str::<DiaryEntry>(raw.get()) {
                Ok(entry) => read.known.push(entry),
                Err(error) => match ForeignEntry::read(raw) {
                    Some(entry) => read.foreign.push(entry),
                    None => {
                        return Err(de::Error::custom(format_args!(
                            "entry {index} is not a diary entry: {error}"
                        )))
                    }
                },
            }
            index += 1;
        }
        Ok(read)
    }
}

impl From<StoredDiary> for Diary {
    fn from(stored: StoredDiary) -> Diary {
        Diary::from_parts(stored.entries.known, stored.entries.foreign)
    }
}

impl Serialize for Diary {
    /// `{"entries":[…]}` in day order, the foreign entries as they came.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(untagged)]
        enum Out<'a> {
            Known(&'a DiaryEntry),
            Foreign(&'a RawValue),
        }
        let mut all: Vec<((Day, u64, &str), Out)> = self
            .entries
            .iter()
            .map(|entry| (order(entry), Out::Known(entry)))
            .chain(self.foreign.iter().map(|entry| {
                (
                    (entry.day, entry.logged_at, entry.id.as_str()),
                    Out::Foreign(&entry.raw),
                )
            }))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        let entries: Vec<Out> = all.into_iter().map(|(_, out)| out).collect();
        let mut diary = serializer.serialize_struct("Diary", 1)?;
        diary.serialize_field("entries", &entries)?;
        diary.end()
    }
}

impl Record for Diary {
    const KEY: &'static str = "heup-rug:dagboek";
    const VERSION: u32 = 1;
}

fn order(entry: &DiaryEntry) -> (Day, u64, &str) {
    (entry.day, entry.logged_at, entry.id.as_str())
}

impl Diary {
    /// A diary with these entries, in any order: one entry per id, whatever
    /// its day (the latest change wins).
    pub fn from_entries(entries: Vec<DiaryEntry>) -> Diary {
        Diary::from_parts(entries, Vec::new())
    }

    /// A diary of entries this version reads and entries of a newer one;
    /// one per id across both, the latest change winning.
    fn from_parts(entries: Vec<DiaryEntry>, foreign: Vec<ForeignEntry>) -> Diary {
        let mut latest: HashMap<EntryId, u64> = HashMap::new();
        let changes = entries
            .iter()
            .map(|entry| (&entry.id, entry.last_changed()))
            .chain(
                foreign
                    .iter()
                    .map(|entry| (&entry.id, entry.last_changed())),
            );
        for (id, changed) in changes {
            let newest = latest.entry(id.clone()).or_insert(changed);
            *newest = (*newest).max(changed);
        }
        // Keep the first entry at the latest change time of each id.
        let mut kept: HashSet<EntryId> = HashSet::new();
        let mut keep = |id: &EntryId, changed: u64| {
            latest.get(id) == Some(&changed) && kept.insert(id.clone())
        };
        let mut entries: Vec<DiaryEntry> = entries
            .into_iter()
            .filter(|entry| keep(&entry.id, entry.last_changed()))
            .collect();
        let foreign: Vec<ForeignEntry> = foreign
            .into_iter()
            .filter(|entry| keep(&entry.id, entry.last_changed()))
            .collect();
        entries.sort_by(|a, b| order(a).cmp(&order(b)));
        Diary { entries, foreign }
    }

    /// The entries of a newer app version, which this one shows but cannot
    /// change.
    pub fn foreign(&self) -> &[ForeignEntry] {
        &self.foreign
    }

    /// Adds an entry of a newer version (from a backup); an entry with the
    /// same id is replaced by it.
    pub fn put_foreign(&mut self, entry: ForeignEntry) {
        self.entries.retain(|existing| existing.id != entry.id);
        self.foreign.retain(|existing| existing.id != entry.id);
        self.foreign.push(entry);
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &[DiaryEntry] {
        &self.entries
    }

    /// The entries whose day is plausible on `today` (see
    /// [`plausible_days`]), oldest first: the ones statistics, charts and
    /// reports count. The others stay in [`Diary::entries`].
    pub fn plausible_entries(&self, today: Day) -> &[DiaryEntry] {
        let days = plausible_days(today);
        let start = self
            .entries
            .partition_point(|entry| entry.day < *days.start());
        let end = self
            .entries
            .partition_point(|entry| entry.day <= *days.end());
        self.entries.get(start..end).unwrap_or_default()
    }

    /// Every entry for the physiotherapist's summaries (the CSV file, the
    /// printed overview), those of a newer app version included: oldest
    /// first, by day and then by when it was logged.
    pub fn summary_lines(&self) -> Vec<SummaryLine<'_>> {
        let mut lines: Vec<SummaryLine<'_>> = self
            .entries
            .iter()
            .map(SummaryLine::Known)
            .chain(self.foreign.iter().map(SummaryLine::Newer))
            .collect();
        lines.sort_by_key(|line| match line {
            SummaryLine::Known(entry) => (entry.day, entry.logged_at),
            SummaryLine::Newer(entry) => (entry.day, entry.logged_at),
        });
        lines
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &EntryId) -> Option<&DiaryEntry> {
        self.entries.iter().find(|entry| &entry.id == id)
    }

    /// Adds an entry, or replaces the entry with the same id (so an undo or
    /// a retried save never makes a duplicate).
    pub fn put(&mut self, entry: DiaryEntry) {
        self.entries.retain(|existing| existing.id != entry.id);
        self.foreign.retain(|existing| existing.id != entry.id);
        let at = self
            .entries
            .partition_point(|existing| order(existing) <= order(&entry));
        self.entries.insert(at, entry);
    }

    /// Merges many entries at once (a backup's): one entry per id, the
    /// latest change winning, and on a tie the one already here. One sort
    /// for all of them, where [`Diary::put`] one at a time would shift the
    /// list for each.
    pub fn merge(&mut self, entries: Vec<DiaryEntry>, foreign: Vec<ForeignEntry>) {
        let mut all_entries = std::mem::take(&mut self.entries);
        let mut all_foreign = std::mem::take(&mut self.foreign);
        all_entries.extend(entries);
        all_foreign.extend(foreign);
        *self = Diary::from_parts(all_entries, all_foreign);
    }

    /// Removes an entry; returns it, so the view can offer "undo".
    pub fn remove(&mut self, id: &EntryId) -> Option<DiaryEntry> {
        let at = self.entries.iter().position(|entry| &entry.id == id)?;
        Some(self.entries.remove(at))
    }

    /// The entries of one day, in the order they were logged.
    pub fn on_day(&self, day: Day) -> &[DiaryEntry] {
        let start = self.entries.partition_point(|entry| entry.day < day);
        let end = self.entries.partition_point(|entry| entry.day <= day);
        &self.entries[start..end]
    }

    /// The latest entry of an exercise: what the patient did last time.
    pub fn last_of(&self, exercise: ExerciseId) -> Option<&DiaryEntry> {
        self.entries
            .iter()
            .rev()
            .find(|entry| entry.exercise == exercise)
    }

    /// The days that have entries, newest first, each with its entries.
    pub fn days_newest_first(&self) -> Vec<(Day, &[DiaryEntry])> {
        self.entries
            .chunk_by(|a, b| a.day == b.day)
            .rev()
            .filter_map(|entries| Some((entries.first()?.day, entries)))
            .collect()
    }

    /// The exercises done in the `days` days up to `today`, most recent
    /// first (entries on impossible days left out).
    pub fn recent_exercises(&self, today: Day, days: i32) -> Vec<ExerciseId> {
        let since = today.checked_plus_days(-days).unwrap_or(Day::Y2K);
        let mut recent = Vec::new();
        for entry in self.plausible_entries(today).iter().rev() {
            if entry.day < since {
                break;
            }
            if !recent.contains(&entry.exercise) {
                recent.push(entry.exercise);
            }
        }
        recent
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::diary::entry::PainScore;
    use crate::exercises::Dose;

    /// An entry for tests: `n` makes the id and the time unique.
    pub(crate) fn entry(
        n: u64,
        day: &str,
        exercise: ExerciseId,
        before: u8,
        after: u8,
    ) -> DiaryEntry {
        DiaryEntry {
            id: EntryId::parse(&format!("00000000-0000-4000-8000-{n:012}")).unwrap(),
            day: Day::parse(day).unwrap(),
            exercise,
            dose: Dose::Reps { sets: 3, reps: 10 },
            pain_before: PainScore::new(before).unwrap(),
            pain_after: PainScore::new(after).unwrap(),
            note: String::new(),
            logged_at: 1_795_000_000_000 + n,
            edited_at: None,
        }
    }

    fn ids(entries: &[DiaryEntry]) -> Vec<u64> {
        entries
            .iter()
            .map(|e| e.id.as_str()[24..].parse().unwrap())
            .collect()
    }

    #[test]
    fn entries_stay_in_day_order_whatever_the_logging_order() {
        let mut diary = Diary::default();
        diary.put(entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4));
        diary.put(entry(2, "2026-11-18", ExerciseId::Walking, 5, 4));
        diary.put(entry(3, "2026-11-20", ExerciseId::Clamshell, 5, 4));
        diary.put(entry(4, "2026-11-19", ExerciseId::Bridge, 5, 4));
        assert_eq!(ids(diary.entries()), [2, 4, 1, 3]);
    }

    #[test]
    fn putting_an_existing_id_replaces_it_instead_of_duplicating() {
        let mut diary = Diary::default();
        diary.put(entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4));
        let mut edited = entry(1, "2026-11-21", ExerciseId::Bridge, 6, 2);
        edited.edited_at = Some(1);
        diary.put(edited.clone());
        assert_eq!(diary.entries(), [edited]);
    }

    #[test]
    fn remove_returns_the_entry_so_undo_restores_it_in_place() {
        let mut diary = Diary::from_entries(vec![
            entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-20", ExerciseId::Walking, 5, 4),
            entry(3, "2026-11-21", ExerciseId::Lunge, 5, 4),
        ]);
        let before = diary.clone();
        let removed = diary.remove(&entry(2, "2026-11-20", ExerciseId::Walking, 5, 4).id);
        assert_eq!(ids(diary.entries()), [1, 3]);
        diary.put(removed.unwrap());
        assert_eq!(diary, before);
        assert_eq!(diary.remove(&EntryId::random()), None);
    }

    #[test]
    fn finds_a_days_entries_and_the_last_time_of_an_exercise() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-19", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-20", ExerciseId::Bridge, 4, 3),
            entry(3, "2026-11-20", ExerciseId::Walking, 5, 4),
            entry(4, "2026-11-22", ExerciseId::Lunge, 5, 4),
        ]);
        assert_eq!(ids(diary.on_day(Day::parse("2026-11-20").unwrap())), [2, 3]);
        assert!(diary.on_day(Day::parse("2026-11-21").unwrap()).is_empty());
        assert_eq!(
            diary
                .last_of(ExerciseId::Bridge)
                .map(|e| e.pain_before.value()),
            Some(4)
        );
        assert_eq!(diary.last_of(ExerciseId::Clamshell), None);
    }

    #[test]
    fn groups_days_newest_first() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-19", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-20", ExerciseId::Bridge, 4, 3),
            entry(3, "2026-11-20", ExerciseId::Walking, 5, 4),
        ]);
        let days: Vec<_> = diary
            .days_newest_first()
            .into_iter()
            .map(|(day, entries)| (day.iso(), ids(entries)))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-11-20".to_owned(), vec![2, 3]),
                ("2026-11-19".to_owned(), vec![1])
            ]
        );
    }

    #[test]
    fn one_entry_per_id_whatever_the_days_and_the_latest_change_wins() {
        let older = entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4);
        let mut newer = entry(1, "2026-11-23", ExerciseId::Bridge, 2, 1);
        newer.edited_at = Some(newer.logged_at + 10);
        let other = entry(2, "2026-11-21", ExerciseId::Walking, 5, 4);
        for entries in [
            vec![older.clone(), other.clone(), newer.clone()],
            vec![newer.clone(), other.clone(), older.clone()],
        ] {
            let diary = Diary::from_entries(entries);
            assert_eq!(diary.entries(), [other.clone(), newer.clone()]);
        }
    }

    /// A stored diary as a newer release writes it: a known entry and one
    /// of an exercise this version does not know, with a field it does not
    /// know either.
    const WITH_A_NEWER_EXERCISE: &str = r#"{"entries":[{"id":"00000000-0000-4000-8000-000000000001","day":"2026-11-20","exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10},"pain_before":5,"pain_after":4,"logged_at":1795000000001},{"id":"00000000-0000-4000-8000-000000000002","day":"2026-11-21","exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8},"pain_before":6,"pain_after":3,"logged_at":1795000000002,"step_height_cm":20}]}"#;

    #[test]
    fn an_entry_of_a_newer_version_is_kept_and_written_back_byte_for_byte() {
        let mut diary: Diary = serde_json::from_str(WITH_A_NEWER_EXERCISE).unwrap();
        assert_eq!(ids(diary.entries()), [1]);
        let [foreign] = diary.foreign() else {
            panic!("one foreign entry: {:?}", diary.foreign());
        };
        assert_eq!(foreign.exercise, "opstappen");
        assert_eq!(foreign.dose, Some(Dose::Reps { sets: 2, reps: 8 }));
        assert_eq!(foreign.pain_before.map(PainScore::value), Some(6));
        assert_eq!(foreign.pain_after.map(PainScore::value), Some(3));

        // Change another entry and write back: the foreign one is untouched.
        diary.put(entry(3, "2026-11-22", ExerciseId::Walking, 4, 2));
        diary.remove(&entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4).id);
        let written = serde_json::to_string(&diary).unwrap();
        let original = &WITH_A_NEWER_EXERCISE[WITH_A_NEWER_EXERCISE
            .find(r#"{"id":"00000000-0000-4000-8000-000000000002""#)
            .unwrap()
            ..WITH_A_NEWER_EXERCISE.len() - 2];
        assert!(written.contains(original), "{written}");
        let again: Diary = serde_json::from_str(&written).unwrap();
        assert_eq!(again, diary);
        assert_eq!(serde_json::to_string(&again).unwrap(), written);

        // Unchanged, it writes back exactly what was stored.
        let untouched: Diary = serde_json::from_str(WITH_A_NEWER_EXERCISE).unwrap();
        assert_eq!(
            serde_json::to_string(&untouched).unwrap(),
            WITH_A_NEWER_EXERCISE
        );
    }

    #[test]
    fn only_what_is_not_a_diary_is_damage() {
        for raw in [
            r#"{"entries":[42]}"#,
            r#"{"entries":[{"exercise":"bruggetje"}]}"#,
            r#"{"entries":[{"id":"not-a-uuid","day":"2026-11-20","logged_at":1}]}"#,
            r#"{"entries":"none"}"#,
            r#"[]"#,
        ] {
            assert!(serde_json::from_str::<Diary>(raw).is_err(), "{raw}");
        }
        let off_the_scale = r#"{"entries":[{"id":"00000000-0000-4000-8000-000000000009","day":"2026-11-20","logged_at":1,"exercise":"opstappen","pain_before":11,"pain_after":2}]}"#;
        assert!(
            serde_json::from_str::<Diary>(off_the_scale).is_err(),
            "pain 11 is damage"
        );
        let new_dose = r#"{"entries":[{"id":"00000000-0000-4000-8000-000000000009","day":"2026-11-20","logged_at":1,"exercise":"bruggetje","dose":{"kind":"laps","laps":3},"pain_before":4,"pain_after":2}]}"#;
        let diary: Diary = serde_json::from_str(new_dose).unwrap();
        assert_eq!(
            diary.foreign().len(),
            1,
            "a dose of a newer kind is not damage"
        );
        assert_eq!(diary.foreign()[0].dose, None);
    }

    #[test]
    fn recent_exercises_are_newest_first_and_unique() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-10-01", ExerciseId::HipHinge, 5, 4),
            entry(2, "2026-11-19", ExerciseId::Bridge, 5, 4),
            entry(3, "2026-11-20", ExerciseId::Walking, 4, 3),
            entry(4, "2026-11-21", ExerciseId::Bridge, 5, 4),
        ]);
        let today = Day::parse("2026-11-25").unwrap();
        assert_eq!(
            diary.recent_exercises(today, 14),
            [ExerciseId::Bridge, ExerciseId::Walking]
        );
    }

    #[test]
    fn entries_on_impossible_days_are_kept_but_not_counted() {
        let diary = Diary::from_entries(vec![
            entry(1, "1999-12-31", ExerciseId::Walking, 5, 4),
            entry(2, "2026-11-24", ExerciseId::Bridge, 5, 4),
            entry(3, "2026-11-26", ExerciseId::Lunge, 5, 4),
            entry(4, "2026-11-27", ExerciseId::Clamshell, 5, 4),
            entry(5, "9999-12-28", ExerciseId::HipHinge, 5, 4),
        ]);
        let today = Day::parse("2026-11-25").unwrap();
        // Tomorrow is possible (a phone a little behind); later is not.
        assert_eq!(ids(diary.plausible_entries(today)), [2, 3]);
        assert_eq!(
            diary.recent_exercises(today, 14),
            [ExerciseId::Lunge, ExerciseId::Bridge]
        );
        assert!(diary
            .plausible_entries(Day::parse("1999-06-01").unwrap())
            .is_empty());
        // Nothing is dropped: all five are stored and read back.
        let stored = crate::storage::encode(&diary);
        assert_eq!(crate::storage::decode::<Diary>(&stored), Ok(diary));
    }
}
