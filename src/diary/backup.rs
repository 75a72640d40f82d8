//! The JSON backup: what the patient saves to keep the diary safe, and what
//! this app imports again. Importing never changes anything by itself: it
//! first makes an [`ImportPlan`] the patient can look at (what is new, what
//! is updated), and only applying the plan merges it, without duplicates.
//!
//! A backup with an entry on a day that cannot be true (before 2000, or
//! after tomorrow on the phone's clock: see [`super::plausible_days`]) is
//! refused as a whole, with the day named, so a forged or mis-dated file
//! never fills the history with "28 december 9999".
//!
//! The diary and schedule inside a backup are stored exactly as in the
//! browser (a versioned envelope), so a backup made by an older version of
//! the app is upgraded by the same steps as stored data.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;

use super::schedule::CurrentSchedule;
use super::{plausible_days, Diary, DiaryEntry, EntryId, ForeignEntry};
use crate::calendar::Day;
use crate::storage::{decode, encode, DecodeError, STORAGE_HOLDS_CHARS};

/// What a backup file says it is.
const APP: &str = "heup-rug";
const KIND: &str = "dagboek-backup";
/// The biggest file we read: what browser storage can hold at all (ten
/// years of daily logging is about 3 MB). A bigger file could never be
/// stored, so it is refused before it is read.
pub const MAX_BACKUP_BYTES: usize = STORAGE_HOLDS_CHARS;

/// A backup as read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub made_on: Day,
    pub diary: Diary,
    pub schedule: CurrentSchedule,
}

#[derive(Serialize)]
struct BackupOut<'a> {
    app: &'a str,
    kind: &'a str,
    made_on: Day,
    diary: &'a RawValue,
    schedule: &'a RawValue,
}

/// A backup's top level as it is read, in one pass over the text: `app`
/// and `kind` are checked the moment they are read, so a file that is not
/// a backup is refused at its first wrong value (an array, another app),
/// never after building a tree of the whole file. The diary and schedule
/// stay text (checked for well-formed JSON while reading, nothing built)
/// until [`decode`] reads them, entry by entry.
struct BackupIn<'a> {
    made_on: Day,
    diary: &'a RawValue,
    schedule: Option<&'a RawValue>,
}

impl<'de> Deserialize<'de> for BackupIn<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BackupVisitor)
    }
}

struct BackupVisitor;

/// `Ok` when a backup's `app` or `kind` says what it must; an error stops
/// reading the file right there.
fn is<E: de::Error>(value: String, expected: &str) -> Result<bool, E> {
    if value == expected {
        Ok(true)
    } else {
        Err(E::custom(format_args!("not {expected}")))
    }
}

impl<'de> Visitor<'de> for BackupVisitor {
    type Value = BackupIn<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a diary backup of this app")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BackupIn<'de>, A::Error> {
        let (mut app, mut kind) = (false, false);
        let (mut made_on, mut diary, mut schedule) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "app" => app = is::<A::Error>(map.next_value()?, APP)?,
                "kind" => kind = is::<A::Error>(map.next_value()?, KIND)?,
                "made_on" => made_on = Some(map.next_value()?),
                "diary" => diary = Some(map.next_value()?),
                "schedule" => schedule = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match (app, kind, made_on, diary) {
            (true, true, Some(made_on), Some(diary)) => Ok(BackupIn {
                made_on,
                diary,
                schedule,
            }),
            _ => Err(de::Error::custom("a backup's field is missing")),
        }
    }
}

/// Why a file could not be imported. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Bigger than any real backup.
    TooLarge,
    /// Not a complete JSON file (cut off, or not JSON at all).
    Damaged,
    /// JSON, but not a backup of this app.
    NotABackup,
    /// Made by a newer version of the app.
    NewerVersion,
    /// Entries with impossible values (a dose of 0, a note too long, ...).
    InvalidEntries(usize),
    /// `count` entries on days that cannot be true (before 2000, or after
    /// tomorrow); `first` is the earliest of them.
    ImpossibleDays { first: Day, count: usize },
}

/// Writes a backup of `diary` and `schedule`, made on `today`.
pub fn write_backup(diary: &Diary, schedule: &CurrentSchedule, today: Day) -> String {
    let diary = encode(diary);
    let schedule = encode(schedule);
    // Our own encoder's output is valid JSON, so wrapping it cannot fail.
    let (Ok(diary), Ok(schedule)) = (
        RawValue::from_string(diary),
        RawValue::from_string(schedule),
    ) else {
        return String::new();
    };
    serde_json::to_string_pretty(&BackupOut {
        app: APP,
        kind: KIND,
        made_on: today,
        diary: &diary,
        schedule: &schedule,
    })
    .unwrap_or_default()
}

/// Reads a backup file on `today` (the phone's date), checking everything
/// before anything is used.
pub fn read_backup(text: &str, today: Day) -> Result<Backup, ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge);
    }
    let backup: BackupIn = serde_json::from_str(text).map_err(|error| match error.classify() {
        // Valid JSON so far, but not the shape of a backup.
        Category::Data => ImportError::NotABackup,
        Category::Syntax | Category::Eof | Category::Io => ImportError::Damaged,
    })?;
    let diary = decode::<Diary>(backup.diary.get()).map_err(diary_error)?;
    let invalid = diary
        .entries()
        .iter()
        .filter(|entry| !entry.is_valid())
        .count();
    if invalid > 0 {
        return Err(ImportError::InvalidEntries(invalid));
    }
    let possible = plausible_days(today);
    // Summary lines are in day order, so the first is the earliest.
    let impossible: Vec<Day> = diary
        .summary_lines()
        .iter()
        .map(|line| line.day())
        .filter(|day| !possible.contains(day))
        .collect();
    if let Some(&first) = impossible.first() {
        return Err(ImportError::ImpossibleDays {
            first,
            count: impossible.len(),
        });
    }
    let schedule = match backup.schedule {
        None => CurrentSchedule::default(),
        Some(raw) => decode::<CurrentSchedule>(raw.get()).map_err(|error| match error {
            DecodeError::NewerVersion(_) => ImportError::NewerVersion,
            DecodeError::Unreadable(_) => ImportError::NotABackup,
        })?,
    };
    if schedule.schedule.as_ref().is_some_and(|s| !s.is_valid()) {
        return Err(ImportError::NotABackup);
    }
    Ok(Backup {
        made_on: backup.made_on,
        diary,
        schedule,
    })
}

/// Explains why the diary in a backup did not decode. Exercises of a newer
/// version are no reason (they are imported as they are), so what is left
/// is a newer format or entries with impossible values.
fn diary_error(error: DecodeError) -> ImportError {
    match error {
        DecodeError::NewerVersion(_) => ImportError::NewerVersion,
        DecodeError::Unreadable(_) => ImportError::InvalidEntries(1),
    }
}

/// What importing a backup would do to the diary.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// Entries the diary does not have yet.
    pub new: Vec<DiaryEntry>,
    /// Entries the backup has in a newer version than the diary.
    pub updated: Vec<DiaryEntry>,
    /// Entries of a newer app version the diary does not have yet, or has
    /// in an older version: kept as they are.
    pub foreign: Vec<ForeignEntry>,
    /// Entries already in the diary as they are in the backup (or newer).
    pub unchanged: usize,
    /// The backup's schedule, when the diary has none.
    pub schedule: CurrentSchedule,
}

impl ImportPlan {
    /// Whether importing would change anything.
    pub fn changes_anything(&self) -> bool {
        !self.new.is_empty()
            || !self.updated.is_empty()
            || !self.foreign.is_empty()
            || self.schedule.schedule.is_some()
    }
}

/// How far ahead of the phone's clock a change time may lie (a phone set a
/// little wrong) before it is taken as the import time instead.
pub const CLOCK_SLACK_MS: u64 = 24 * 60 * 60 * 1000;

/// An entry from a file, with change times that lie more than
/// [`CLOCK_SLACK_MS`] after `now` (milliseconds since 1970) set to `now`:
/// a forged or mis-set time cannot win every later merge. Such an entry is
/// added when the diary lacks it, and never replaces one it has.
fn with_believable_times(entry: &DiaryEntry, now: u64) -> DiaryEntry {
    let believable = |time: u64| {
        if time > now + CLOCK_SLACK_MS {
            now
        } else {
            time
        }
    };
    DiaryEntry {
        logged_at: believable(entry.logged_at),
        edited_at: entry.edited_at.map(believable),
        ..entry.clone()
    }
}

/// When each entry of a diary last changed, by id: built once, so comparing
/// a backup of n entries takes O(n) lookups instead of a scan per entry.
struct LastChanges<'a> {
    /// Entries this version reads.
    known: HashMap<&'a EntryId, u64>,
    /// Entries of a newer version.
    foreign: HashMap<&'a EntryId, u64>,
}

impl<'a> LastChanges<'a> {
    fn of(diary: &'a Diary) -> LastChanges<'a> {
        LastChanges {
            known: diary
                .entries()
                .iter()
                .map(|entry| (&entry.id, entry.last_changed()))
                .collect(),
            foreign: diary
                .foreign()
                .iter()
                .map(|entry| (&entry.id, entry.last_changed()))
                .collect(),
        }
    }

    /// When the diary's entry `id` last changed, if it has one.
    fn of_entry(&self, id: &EntryId) -> Option<u64> {
        self.known.get(id).or_else(|| self.foreign.get(id)).copied()
    }

    /// Whether the diary holds the entry `id` changed at `changed` or later.
    fn newer_or_equal(&self, id: &EntryId, changed: u64) -> bool {
        self.of_entry(id).is_some_and(|here| here >= changed)
    }
}

/// Compares a backup with the current diary and schedule, at `now` on the
/// phone's clock (milliseconds since 1970).
pub fn plan_import(
    diary: &Diary,
    schedule: &CurrentSchedule,
    backup: &Backup,
    now: u64,
) -> ImportPlan {
    let mut plan = ImportPlan {
        new: Vec::new(),
        updated: Vec::new(),
        foreign: Vec::new(),
        unchanged: 0,
        schedule: CurrentSchedule::default(),
    };
    let here = LastChanges::of(diary);
    for entry in backup.diary.entries() {
        let believable = with_believable_times(entry, now);
        // A time from the future never replaces what the diary has.
        let forged = &believable != entry;
        let entry = &believable;
        match here.known.get(&entry.id) {
            None => plan.new.push(entry.clone()),
            Some(_) if forged => plan.unchanged += 1,
            Some(&current) if entry.last_changed() > current => plan.updated.push(entry.clone()),
            Some(_) => plan.unchanged += 1,
        }
    }
    for entry in backup.diary.foreign() {
        // Kept byte for byte, so its time cannot be corrected: a time in
        // the future never replaces what the diary has.
        let forged = entry.last_changed() > now + CLOCK_SLACK_MS;
        let known_here = here.of_entry(&entry.id).is_some();
        if (forged && known_here) || here.newer_or_equal(&entry.id, entry.last_changed()) {
            plan.unchanged += 1;
        } else {
            plan.foreign.push(entry.clone());
        }
    }
    if schedule.schedule.is_none() {
        plan.schedule = backup.schedule.clone();
    }
    plan
}

/// Merges a plan's entries into the diary. Applied to what is stored at
/// that moment (through the storage door), so a plan made earlier never
/// removes anything and never puts back an older version of an entry (the
/// latest change wins, a tie keeps what is here). One merge for all
/// entries: O(n log n), however big the backup.
pub fn apply_entries(diary: &mut Diary, plan: &ImportPlan) {
    let known = plan.new.iter().chain(&plan.updated).cloned().collect();
    diary.merge(known, plan.foreign.clone());
}

/// Takes the plan's schedule, unless a schedule was set in the meantime.
pub fn apply_schedule(schedule: &mut CurrentSchedule, plan: &ImportPlan) {
    if schedule.schedule.is_none() {
        schedule.schedule = plan.schedule.schedule.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::model::tests::entry;
    use crate::diary::schedule::{PlannedExercise, Schedule};
    use crate::diary::PainScore;
    use crate::exercises::{Dose, ExerciseId};

    /// The phone's clock in these tests: 2027-01-15, after every test entry.
    const NOW: u64 = 1_800_000_000_000;

    /// The phone's date at [`NOW`].
    fn today() -> Day {
        day("2027-01-15")
    }

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn diary() -> Diary {
        Diary::from_entries(vec![
            entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-21", ExerciseId::Walking, 4, 3),
        ])
    }

    fn schedule() -> CurrentSchedule {
        CurrentSchedule::following(Some(Schedule {
            exercises: vec![PlannedExercise {
                exercise: ExerciseId::Bridge,
                dose: Dose::Reps { sets: 3, reps: 10 },
            }],
            days_per_week: 4,
            start: None,
            note: "Rustig opbouwen".into(),
            from_clinic: true,
        }))
    }

    #[test]
    fn a_backup_reads_back_exactly() {
        let text = write_backup(&diary(), &schedule(), day("2026-11-25"));
        assert!(text.contains(r#""kind": "dagboek-backup""#), "{text}");
        let backup = read_backup(&text, today()).unwrap();
        assert_eq!(
            backup,
            Backup {
                made_on: day("2026-11-25"),
                diary: diary(),
                schedule: schedule()
            }
        );
    }

    #[test]
    fn importing_into_an_empty_diary_adds_everything() {
        let backup = read_backup(
            &write_backup(&diary(), &schedule(), day("2026-11-25")),
            today(),
        )
        .unwrap();
        let plan = plan_import(&Diary::default(), &CurrentSchedule::default(), &backup, NOW);
        assert_eq!(plan.new.len(), 2);
        assert!(plan.changes_anything());
        let (mut into, mut into_schedule) = (Diary::default(), CurrentSchedule::default());
        apply_entries(&mut into, &plan);
        apply_schedule(&mut into_schedule, &plan);
        assert_eq!(into, diary());
        assert_eq!(into_schedule, schedule());
    }

    #[test]
    fn importing_merges_without_duplicates_and_keeps_newer_edits() {
        let mut current = diary();
        let mut edited_here = entry(1, "2026-11-20", ExerciseId::Bridge, 6, 6);
        edited_here.edited_at = Some(1_795_100_000_000);
        current.put(edited_here.clone());
        current.put(entry(3, "2026-11-24", ExerciseId::Lunge, 3, 3));

        let mut in_backup = diary();
        let mut edited_there = entry(2, "2026-11-21", ExerciseId::Walking, 2, 1);
        edited_there.edited_at = Some(1_795_100_000_000);
        in_backup.put(edited_there.clone());
        in_backup.put(entry(4, "2026-11-25", ExerciseId::Clamshell, 4, 2));
        let backup = Backup {
            made_on: day("2026-11-25"),
            diary: in_backup,
            schedule: CurrentSchedule::default(),
        };

        let plan = plan_import(&current, &schedule(), &backup, NOW);
        assert_eq!(
            plan.new,
            [entry(4, "2026-11-25", ExerciseId::Clamshell, 4, 2)]
        );
        assert_eq!(plan.updated, [edited_there.clone()]);
        assert_eq!(plan.unchanged, 1, "entry 1 is newer here");

        let mut merged = current.clone();
        let mut merged_schedule = schedule();
        apply_entries(&mut merged, &plan);
        apply_schedule(&mut merged_schedule, &plan);
        assert_eq!(merged.len(), 4);
        assert_eq!(merged.get(&edited_here.id), Some(&edited_here));
        assert_eq!(merged.get(&edited_there.id), Some(&edited_there));

        // Importing the same backup again changes nothing.
        let again = plan_import(&merged, &merged_schedule, &backup, NOW);
        assert!(!again.changes_anything(), "{again:?}");
    }

    #[test]
    fn a_plan_applied_later_never_overwrites_a_newer_edit_or_a_new_schedule() {
        let backup = read_backup(
            &write_backup(&diary(), &schedule(), day("2026-11-25")),
            today(),
        )
        .unwrap();
        let plan = plan_import(&Diary::default(), &CurrentSchedule::default(), &backup, NOW);
        // Meanwhile, in another tab: entry 1 edited, and an own schedule set.
        let mut now = Diary::default();
        let mut edited = entry(1, "2026-11-20", ExerciseId::Bridge, 1, 1);
        edited.edited_at = Some(1_796_000_000_000);
        now.put(edited.clone());
        let mut own = CurrentSchedule::following(schedule().schedule.map(|s| Schedule {
            from_clinic: false,
            ..s
        }));
        let own_before = own.clone();

        apply_entries(&mut now, &plan);
        apply_schedule(&mut own, &plan);
        assert_eq!(now.get(&edited.id), Some(&edited));
        assert_eq!(now.len(), 2);
        assert_eq!(own, own_before);
    }

    #[test]
    fn a_backup_in_the_current_format_reads_back_its_entries() {
        // Format 1 is the current one; a backup holds the same envelope as storage.
        let text = r#"{"app":"heup-rug","kind":"dagboek-backup","made_on":"2026-11-25",
            "diary":{"version":1,"data":{"entries":[{"id":"00000000-0000-4000-8000-000000000001","day":"2026-11-20",
            "exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10},"pain_before":5,"pain_after":4,
            "logged_at":1795000000001}]}}}"#;
        let backup = read_backup(text, today()).unwrap();
        assert_eq!(
            backup.diary.entries(),
            [entry(1, "2026-11-20", ExerciseId::Bridge, 5, 4)]
        );
        assert_eq!(backup.schedule, CurrentSchedule::default());
    }

    fn backup_with_entries(entries: &str) -> String {
        format!(
            r#"{{"app":"heup-rug","kind":"dagboek-backup","made_on":"2026-11-25","diary":{{"version":1,"data":{{"entries":[{entries}]}}}}}}"#
        )
    }

    fn entry_json(exercise: &str, sets: u64, pain: u32, note: &str) -> String {
        format!(
            r#"{{"id":"00000000-0000-4000-8000-000000000001","day":"2026-11-20","exercise":"{exercise}","dose":{{"kind":"reps","sets":{sets},"reps":10}},"pain_before":{pain},"pain_after":4,"note":"{note}","logged_at":1}}"#
        )
    }

    #[test]
    fn a_change_time_in_the_future_is_taken_as_the_import_time() {
        let mut forged = diary().entries()[0].clone();
        forged.edited_at = Some(NOW + 365 * CLOCK_SLACK_MS);
        forged.pain_after = PainScore::new(0).unwrap();
        let mut file = diary();
        file.put(forged.clone());
        let backup = read_backup(
            &write_backup(&file, &schedule(), day("2026-11-25")),
            today(),
        )
        .unwrap();
        // Into an empty diary it comes in at the import time …
        let plan = plan_import(&Diary::default(), &CurrentSchedule::default(), &backup, NOW);
        let imported = plan.new.iter().find(|e| e.id == forged.id).unwrap();
        assert_eq!(imported.edited_at, Some(NOW));
        // … so a later edit here wins over it, as it should.
        let mut here = Diary::default();
        apply_entries(&mut here, &plan);
        let mut edited = here.get(&forged.id).unwrap().clone();
        edited.edited_at = Some(NOW + 1000);
        edited.pain_after = PainScore::new(6).unwrap();
        here.put(edited.clone());
        let again = plan_import(&here, &CurrentSchedule::default(), &backup, NOW + 2000);
        assert!(again.updated.is_empty(), "{:?}", again.updated);
        apply_entries(&mut here, &again);
        assert_eq!(here.get(&forged.id), Some(&edited));
        // A phone clock a little behind is no forgery.
        let mut slightly = forged.clone();
        slightly.edited_at = Some(NOW + CLOCK_SLACK_MS / 2);
        assert_eq!(with_believable_times(&slightly, NOW), slightly);
    }

    #[test]
    fn an_exercise_of_a_newer_version_is_imported_as_it_is() {
        let text = backup_with_entries(&entry_json("opstappen", 3, 5, ""));
        let backup = read_backup(&text, today()).expect("a newer exercise is no damage");
        let plan = plan_import(&Diary::default(), &CurrentSchedule::default(), &backup, NOW);
        assert_eq!(plan.foreign.len(), 1);
        assert!(plan.changes_anything());
        let mut diary = Diary::default();
        apply_entries(&mut diary, &plan);
        assert_eq!(diary.foreign()[0].exercise, "opstappen");
        // Imported again: nothing new.
        let again = plan_import(&diary, &CurrentSchedule::default(), &backup, NOW);
        assert_eq!((again.foreign.len(), again.unchanged), (0, 1));
        // And it goes out again in the next backup, byte for byte as it came in.
        let next = write_backup(&diary, &CurrentSchedule::default(), day("2026-11-26"));
        assert!(next.contains(&entry_json("opstappen", 3, 5, "")), "{next}");
    }

    /// A backup whose one entry is on `date`.
    fn backup_dated(date: &str) -> String {
        backup_with_entries(&entry_json("bruggetje", 3, 5, "").replace("2026-11-20", date))
    }

    #[test]
    fn an_entry_on_an_impossible_day_is_refused_with_its_date() {
        // Before, these came in without a word and the history showed
        // "dinsdag 28 december 9999".
        for (date, first) in [("9999-12-28", "9999-12-28"), ("1999-12-31", "1999-12-31")] {
            assert_eq!(
                read_backup(&backup_dated(date), today()),
                Err(ImportError::ImpossibleDays {
                    first: day(first),
                    count: 1
                }),
                "{date}"
            );
        }
        let message = (crate::diary::texts::diary_texts(crate::i18n::Lang::Nl).import_failed)(
            &read_backup(&backup_dated("9999-12-28"), today()).unwrap_err(),
        );
        assert!(message.contains("28 december 9999"), "{message}");
        assert!(message.contains("Er is niets veranderd"), "{message}");
    }

    #[test]
    fn days_from_2000_to_tomorrow_come_in() {
        for date in ["2000-01-01", "2027-01-15", "2027-01-16"] {
            assert!(read_backup(&backup_dated(date), today()).is_ok(), "{date}");
        }
        assert_eq!(
            read_backup(&backup_dated("2027-01-17"), today()),
            Err(ImportError::ImpossibleDays {
                first: day("2027-01-17"),
                count: 1
            }),
            "the day after tomorrow"
        );
    }

    #[test]
    fn impossible_days_are_counted_and_the_earliest_named() {
        let entries = [
            entry_json("bruggetje", 3, 5, "").replace("2026-11-20", "9999-12-28"),
            entry_json("opstappen", 3, 5, "")
                .replace("2026-11-20", "1999-12-31")
                .replace("000000000001", "000000000002"),
            entry_json("bruggetje", 3, 5, "").replace("000000000001", "000000000003"),
        ];
        assert_eq!(
            read_backup(&backup_with_entries(&entries.join(",")), today()),
            Err(ImportError::ImpossibleDays {
                first: day("1999-12-31"),
                count: 2
            }),
            "an entry of a newer version counts too"
        );
    }

    #[test]
    fn broken_and_hostile_files_are_refused_with_a_reason() {
        let good = write_backup(&diary(), &schedule(), day("2026-11-25"));
        let deeply_nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let cases: Vec<(String, ImportError)> = vec![
            (String::new(), ImportError::Damaged),
            ("dit is geen backup".into(), ImportError::Damaged),
            (good[..good.len() / 2].to_owned(), ImportError::Damaged),
            (deeply_nested, ImportError::NotABackup),
            ("{}".into(), ImportError::NotABackup),
            (
                r#"{"app":"iets-anders","kind":"dagboek-backup"}"#.into(),
                ImportError::NotABackup,
            ),
            (
                r#"{"app":"heup-rug","kind":"dagboek-backup","made_on":"gisteren","diary":{}}"#
                    .into(),
                ImportError::NotABackup,
            ),
            (
                good.replacen(r#"{"version":1,"#, r#"{"version":7,"#, 1),
                ImportError::NewerVersion,
            ),
            (
                backup_with_entries(&entry_json("handstand", 3, 11, "")),
                ImportError::InvalidEntries(1),
            ),
            (
                backup_with_entries(&entry_json("bruggetje", 0, 5, "")),
                ImportError::InvalidEntries(1),
            ),
            (
                backup_with_entries(&entry_json("bruggetje", 3, 11, "")),
                ImportError::InvalidEntries(1),
            ),
            (
                backup_with_entries(&entry_json("bruggetje", 3, 5, &"x".repeat(600))),
                ImportError::InvalidEntries(1),
            ),
            (
                backup_with_entries(&entry_json("bruggetje", 99_999_999_999, 5, "")),
                ImportError::InvalidEntries(1),
            ),
            (" ".repeat(MAX_BACKUP_BYTES + 1), ImportError::TooLarge),
        ];
        for (text, expected) in cases {
            let shown: String = text.chars().take(80).collect();
            assert_eq!(read_backup(&text, today()), Err(expected), "{shown}");
        }
    }

    #[test]
    fn a_file_is_refused_at_its_first_value_that_is_not_a_backup() {
        // Each starts wrong and then breaks off: had the whole file been
        // read first, the break would have made it "damaged".
        for start in [
            r#"[{"":0},{"":0},"#,
            r#"{"app":"iets-anders","diary":{"entries":["#,
            r#"{"kind":"agenda","app":"heup-rug","diary":["#,
            r#"{"app":"heup-rug","kind":"dagboek-backup","made_on":"gisteren","diary":"#,
        ] {
            assert_eq!(
                read_backup(start, today()),
                Err(ImportError::NotABackup),
                "{start}"
            );
        }
        // Well-formed fields in any order, and fields of a newer version,
        // are no reason to refuse.
        let reordered = r#"{"diary":{"version":1,"data":{"entries":[]}},"extra":[1,{"a":2}],
            "made_on":"2026-11-25","kind":"dagboek-backup","app":"heup-rug","schedule":null}"#;
        assert_eq!(
            read_backup(reordered, today()).map(|backup| backup.made_on),
            Ok(day("2026-11-25"))
        );
    }

    #[test]
    fn a_diary_of_things_that_are_not_entries_is_refused_at_the_first() {
        let not_entries = vec![r#"{"":0}"#; 100_000].join(",");
        assert_eq!(
            read_backup(&backup_with_entries(&not_entries), today()),
            Err(ImportError::InvalidEntries(1))
        );
        let nested_diary = format!(
            r#"{{"app":"heup-rug","kind":"dagboek-backup","made_on":"2026-11-25","diary":{}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(read_backup(&nested_diary, today()).is_err());
    }

    #[test]
    fn the_biggest_file_read_is_what_browser_storage_can_hold() {
        assert_eq!(MAX_BACKUP_BYTES, crate::storage::STORAGE_HOLDS_CHARS);
        let message = (crate::diary::texts::diary_texts(crate::i18n::Lang::Nl).import_failed)(
            &ImportError::TooLarge,
        );
        assert!(message.contains("groter dan 5 MB"), "{message}");
        assert!(message.contains("browser niet bewaren"), "{message}");
        // A real backup just under the limit comes in whole.
        let entries = (1..)
            .map(|n| entry(n, "2026-11-20", ExerciseId::Bridge, 5, 4))
            .take(20_000)
            .collect();
        let big = write_backup(
            &Diary::from_entries(entries),
            &schedule(),
            day("2026-11-25"),
        );
        assert!(big.len() <= MAX_BACKUP_BYTES, "{}", big.len());
        assert_eq!(
            read_backup(&big, today()).map(|b| b.diary.len()),
            Ok(20_000)
        );
        let over = format!("{big}{}", " ".repeat(MAX_BACKUP_BYTES + 1 - big.len()));
        assert_eq!(read_backup(&over, today()), Err(ImportError::TooLarge));
    }

    #[test]
    fn a_big_backup_merges_with_every_entry_once_and_the_newer_version_kept() {
        // 30,000 entries, a third already here (some edited here, some
        // edited in the backup), merged in one step.
        let in_backup: Vec<DiaryEntry> = (1..=30_000)
            .map(|n| {
                let mut entry = entry(n, "2026-11-20", ExerciseId::Bridge, 5, 4);
                entry.day = day("2026-01-01")
                    .checked_plus_days((n % 300) as i32)
                    .unwrap();
                if n % 7 == 0 {
                    entry.edited_at = Some(entry.logged_at + 10);
                }
                entry
            })
            .collect();
        let here: Vec<DiaryEntry> = in_backup
            .iter()
            .filter(|entry| entry.logged_at % 3 == 0)
            .map(|entry| {
                let mut here = entry.clone();
                here.edited_at = Some(entry.logged_at + 5);
                here
            })
            .collect();
        let backup = Backup {
            made_on: today(),
            diary: Diary::from_entries(in_backup.clone()),
            schedule: CurrentSchedule::default(),
        };
        let mut diary = Diary::from_entries(here.clone());
        let plan = plan_import(&diary, &CurrentSchedule::default(), &backup, NOW);
        assert_eq!(plan.new.len(), 20_000);
        apply_entries(&mut diary, &plan);
        assert_eq!(diary.len(), 30_000);
        for entry in &in_backup {
            let merged = diary
                .on_day(entry.day)
                .iter()
                .find(|merged| merged.id == entry.id)
                .unwrap();
            let newest = if entry.edited_at > Some(entry.logged_at + 5) || entry.logged_at % 3 != 0
            {
                entry.edited_at
            } else {
                Some(entry.logged_at + 5)
            };
            assert_eq!(merged.edited_at, newest, "{:?}", entry.id);
        }
        let order: Vec<(Day, u64)> = diary
            .entries()
            .iter()
            .map(|e| (e.day, e.logged_at))
            .collect();
        assert!(order.is_sorted(), "oldest first");
    }

    #[test]
    fn a_plan_applied_to_an_entry_changed_at_the_same_moment_keeps_the_one_here() {
        let backup = Backup {
            made_on: today(),
            diary: diary(),
            schedule: CurrentSchedule::default(),
        };
        let plan = plan_import(&Diary::default(), &CurrentSchedule::default(), &backup, NOW);
        // Logged here at the same moment as entry 1 of the backup, other pain.
        let same_moment = entry(1, "2026-11-20", ExerciseId::Bridge, 6, 6);
        let mut here = Diary::from_entries(vec![same_moment.clone()]);
        apply_entries(&mut here, &plan);
        assert_eq!(here.get(&same_moment.id), Some(&same_moment));
        assert_eq!(here.len(), 2);
    }
}
