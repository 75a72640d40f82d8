//! One diary entry: which exercise, how much, the pain before and after,
//! and a note, on a calendar day. Entries have stable ids, so an edit, a
//! delete in another tab or an imported backup always finds the right one.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::calendar::Day;
use crate::exercises::{Dose, ExerciseId};

/// The longest note a patient can keep with an entry, in characters.
pub const NOTE_MAX_CHARS: usize = 500;

/// The days a diary entry can truly have on `today` (the phone's date):
/// from 1 January 2000 up to tomorrow, for a phone a little behind the one
/// an entry was logged on. Any other day is a clock set wrong or a forged
/// file: a backup with one is refused, and an entry already stored with one
/// is kept and listed, but never counted, charted or reported. Empty when
/// the phone's own date is before 2000.
pub fn plausible_days(today: Day) -> RangeInclusive<Day> {
    Day::Y2K..=today.checked_plus_days(1).unwrap_or(today)
}

/// A stable, unique id (a random UUID, made when the entry is logged).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(String);

impl EntryId {
    /// A new random id.
    pub fn random() -> EntryId {
        EntryId(uuid::Uuid::new_v4().to_string())
    }

    /// Wraps an id read from a backup or a link; `None` unless it is a UUID.
    pub fn parse(text: &str) -> Option<EntryId> {
        uuid::Uuid::try_parse(text)
            .ok()
            .map(|id| EntryId(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Pain on the 0–10 scale (0: no pain, 10: the worst pain imaginable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PainScore(u8);

impl PainScore {
    /// Every score, 0 to 10.
    pub const ALL: [PainScore; 11] = [
        PainScore(0),
        PainScore(1),
        PainScore(2),
        PainScore(3),
        PainScore(4),
        PainScore(5),
        PainScore(6),
        PainScore(7),
        PainScore(8),
        PainScore(9),
        PainScore(10),
    ];

    pub fn new(value: u8) -> Option<PainScore> {
        (value <= 10).then_some(PainScore(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for PainScore {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        PainScore::new(value).ok_or_else(|| format!("pain {value} is not on the 0-10 scale"))
    }
}

impl From<PainScore> for u8 {
    fn from(score: PainScore) -> u8 {
        score.0
    }
}

/// One logged exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiaryEntry {
    pub id: EntryId,
    /// The day the exercise was done, on the patient's own calendar.
    pub day: Day,
    pub exercise: ExerciseId,
    /// What was actually done.
    pub dose: Dose,
    pub pain_before: PainScore,
    pub pain_after: PainScore,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was logged (milliseconds since 1970, UTC): orders a day's entries.
    pub logged_at: u64,
    /// When it was last edited, if ever: the newer of two versions of the
    /// same entry wins when a backup is merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<u64>,
}

impl DiaryEntry {
    /// An entry logged at `logged_at` (milliseconds since 1970): a new id,
    /// no note, never edited.
    pub fn logged(
        day: Day,
        exercise: ExerciseId,
        dose: Dose,
        (pain_before, pain_after): (PainScore, PainScore),
        logged_at: u64,
    ) -> DiaryEntry {
        DiaryEntry {
            id: EntryId::random(),
            day,
            exercise,
            dose,
            pain_before,
            pain_after,
            note: String::new(),
            logged_at,
            edited_at: None,
        }
    }

    /// The moment of the entry's latest version.
    pub fn last_changed(&self) -> u64 {
        self.edited_at.unwrap_or(self.logged_at)
    }

    /// Whether the entry's values are in range: a plausible dose and a note
    /// that is not too long (pain is in range by construction).
    pub fn is_valid(&self) -> bool {
        self.dose.is_plausible() && self.note.chars().count() <= NOTE_MAX_CHARS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> DiaryEntry {
        DiaryEntry {
            id: EntryId::parse("0b6f6a53-8c7a-4a39-9b8e-2b7f0e6c1d11").unwrap(),
            day: Day::parse("2026-11-25").unwrap(),
            exercise: ExerciseId::Bridge,
            dose: Dose::Reps { sets: 3, reps: 10 },
            pain_before: PainScore::new(5).unwrap(),
            pain_after: PainScore::new(3).unwrap(),
            note: String::new(),
            logged_at: 1_795_608_000_000,
            edited_at: None,
        }
    }

    #[test]
    fn pain_stays_on_the_scale() {
        assert_eq!(PainScore::new(10).map(PainScore::value), Some(10));
        assert_eq!(PainScore::new(11), None);
        assert!(serde_json::from_str::<PainScore>("11").is_err());
        assert!(serde_json::from_str::<PainScore>("-1").is_err());
        assert_eq!(serde_json::from_str::<PainScore>("7").unwrap().value(), 7);
    }

    #[test]
    fn an_entry_is_stored_compactly_and_reads_back() {
        let json = serde_json::to_string(&entry()).unwrap();
        assert_eq!(
            json,
            r#"{"id":"0b6f6a53-8c7a-4a39-9b8e-2b7f0e6c1d11","day":"2026-11-25","exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10},"pain_before":5,"pain_after":3,"logged_at":1795608000000}"#
        );
        assert_eq!(serde_json::from_str::<DiaryEntry>(&json).unwrap(), entry());
    }

    #[test]
    fn ids_must_be_uuids() {
        assert!(EntryId::parse("0b6f6a53-8c7a-4a39-9b8e-2b7f0e6c1d11").is_some());
        assert!(EntryId::parse("1; DROP TABLE").is_none());
        assert!(EntryId::parse("").is_none());
        let a = EntryId::random();
        assert_ne!(a, EntryId::random());
        assert_eq!(EntryId::parse(a.as_str()), Some(a));
    }

    #[test]
    fn validity_checks_dose_and_note_length() {
        assert!(entry().is_valid());
        let long_note = DiaryEntry {
            note: "x".repeat(NOTE_MAX_CHARS + 1),
            ..entry()
        };
        assert!(!long_note.is_valid());
        let no_sets = DiaryEntry {
            dose: Dose::Reps { sets: 0, reps: 10 },
            ..entry()
        };
        assert!(!no_sets.is_valid());
    }
}
