//! The diary itself: every entry, kept in order of day and time, with the
//! small operations the views call (add, edit, remove) and the questions
//! they ask (what was done on a day, what was done last time).

use serde::{Deserialize, Serialize};

use super::entry::{DiaryEntry, EntryId};
use crate::calendar::Day;
use crate::exercises::ExerciseId;
use crate::storage::Record;

/// All diary entries, oldest first (by day, then by when they were logged).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredDiary")]
pub struct Diary {
    entries: Vec<DiaryEntry>,
}

/// The diary as stored: read through [`Diary::from_entries`], so order and
/// uniqueness hold whatever the stored text says.
#[derive(Deserialize)]
struct StoredDiary {
    entries: Vec<DiaryEntry>,
}

impl From<StoredDiary> for Diary {
    fn from(stored: StoredDiary) -> Diary {
        Diary::from_entries(stored.entries)
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
    /// A diary with these entries, in any order.
    pub fn from_entries(mut entries: Vec<DiaryEntry>) -> Diary {
        entries.sort_by(|a, b| order(a).cmp(&order(b)));
        entries.dedup_by(|a, b| a.id == b.id);
        Diary { entries }
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &[DiaryEntry] {
        &self.entries
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
        let at = self
            .entries
            .partition_point(|existing| order(existing) <= order(&entry));
        self.entries.insert(at, entry);
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
        let mut days = Vec::new();
        let mut end = self.entries.len();
        while end > 0 {
            let day = self.entries[end - 1].day;
            let start = self.entries[..end].partition_point(|entry| entry.day < day);
            days.push((day, &self.entries[start..end]));
            end = start;
        }
        days
    }

    /// The exercises done in the `days` days up to `today`, most recent first.
    pub fn recent_exercises(&self, today: Day, days: i32) -> Vec<ExerciseId> {
        let since = today.plus_days(-days);
        let mut recent = Vec::new();
        for entry in self.entries.iter().rev() {
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
}
