//! The exercise schedule: which exercises, at what dose, how many days a
//! week. It comes from the clinic's link or the patient sets it up; today's
//! list in the diary follows it and adherence is measured against it.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::calendar::Day;
use crate::exercises::{Dose, ExerciseId, DOSE_KINDS};
use crate::storage::Record;

/// The longest note from the physiotherapist a schedule can carry.
pub const SCHEDULE_NOTE_MAX_CHARS: usize = 300;

/// One exercise of a schedule, with its dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedExercise {
    pub exercise: ExerciseId,
    pub dose: Dose,
}

impl PlannedExercise {
    /// `exercise` in sets of repetitions, e.g. 3 × 10.
    pub fn reps(exercise: ExerciseId, sets: u8, reps: u8) -> PlannedExercise {
        PlannedExercise {
            exercise,
            dose: Dose::Reps { sets, reps },
        }
    }

    /// `exercise` for some minutes, e.g. 20 minutes of walking.
    pub fn minutes(exercise: ExerciseId, minutes: u16) -> PlannedExercise {
        PlannedExercise {
            exercise,
            dose: Dose::Minutes { minutes },
        }
    }
}

/// A weekly exercise schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub exercises: Vec<PlannedExercise>,
    /// On how many days of the week to do the exercises (1–7).
    pub days_per_week: u8,
    /// From which day the schedule counts; `None` means "from when accepted".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// A short note from the physiotherapist.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Whether the clinic gave it (through a link) or the patient made it.
    pub from_clinic: bool,
}

impl Schedule {
    /// Whether the schedule makes sense: at least one exercise, each at most
    /// once with a plausible dose, 1–7 days a week, a short note.
    pub fn is_valid(&self) -> bool {
        let unique = self.exercises.iter().enumerate().all(|(i, planned)| {
            self.exercises[..i]
                .iter()
                .all(|earlier| earlier.exercise != planned.exercise)
        });
        !self.exercises.is_empty()
            && unique
            && self
                .exercises
                .iter()
                .all(|planned| planned.dose.is_plausible())
            && (1..=7).contains(&self.days_per_week)
            && self.note.chars().count() <= SCHEDULE_NOTE_MAX_CHARS
    }

    /// The planned dose of an exercise, if the schedule has it.
    pub fn dose_of(&self, exercise: ExerciseId) -> Option<Dose> {
        self.exercises
            .iter()
            .find(|planned| planned.exercise == exercise)
            .map(|planned| planned.dose)
    }

    /// Whether the schedule applies on `day` (it has started).
    pub fn applies_on(&self, day: Day) -> bool {
        self.start.is_none_or(|start| start <= day)
    }
}

/// The schedule the patient follows now, if any (the stored record).
///
/// Forward compatible: a schedule of a newer app version that names
/// exercises (or doses) this version does not know is followed for the
/// exercises it does know, and written back exactly as it was stored until
/// the patient changes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "StoredCurrentSchedule")]
pub struct CurrentSchedule {
    pub schedule: Option<Schedule>,
    newer: Option<NewerSchedule>,
}

/// A stored schedule of a newer version: the part this version reads, and
/// the text as it was stored.
#[derive(Clone, Debug)]
struct NewerSchedule {
    readable: Option<Schedule>,
    unknown_exercises: usize,
    raw: Box<RawValue>,
}

impl PartialEq for NewerSchedule {
    fn eq(&self, other: &NewerSchedule) -> bool {
        self.raw.get() == other.raw.get()
    }
}

impl Eq for NewerSchedule {}

#[derive(Deserialize)]
struct StoredCurrentSchedule {
    schedule: Option<Box<RawValue>>,
}

impl TryFrom<StoredCurrentSchedule> for CurrentSchedule {
    type Error = String;

    fn try_from(stored: StoredCurrentSchedule) -> Result<CurrentSchedule, String> {
        let Some(raw) = stored.schedule else {
            return Ok(CurrentSchedule::default());
        };
        let error = match serde_json::from_str::<Schedule>(raw.get()) {
            Ok(schedule) => return Ok(CurrentSchedule::following(Some(schedule))),
            Err(error) => error,
        };
        /// A schedule with its exercises left unread.
        #[derive(Deserialize)]
        struct Lenient {
            exercises: Vec<serde_json::Value>,
            days_per_week: u8,
            #[serde(default)]
            start: Option<Day>,
            #[serde(default)]
            note: String,
            from_clinic: bool,
        }
        let lenient: Lenient =
            serde_json::from_str(raw.get()).map_err(|_| format!("not a schedule: {error}"))?;
        let mut known = Vec::new();
        let mut unknown_exercises = 0;
        for planned in lenient.exercises {
            if let Ok(readable) = serde_json::from_value::<PlannedExercise>(planned.clone()) {
                known.push(readable);
                continue;
            }
            let slug = planned.get("exercise").and_then(serde_json::Value::as_str);
            let kind = planned
                .pointer("/dose/kind")
                .and_then(serde_json::Value::as_str);
            let news = slug.is_none_or(|slug| ExerciseId::from_slug(slug).is_none())
                || kind.is_none_or(|kind| !DOSE_KINDS.contains(&kind));
            if !news {
                return Err(format!("not a schedule: {error}"));
            }
            unknown_exercises += 1;
        }
        if unknown_exercises == 0 {
            // Every exercise reads: something else is wrong with it.
            return Err(format!("not a schedule: {error}"));
        }
        let readable = Schedule {
            exercises: known,
            days_per_week: lenient.days_per_week,
            start: lenient.start,
            note: lenient.note,
            from_clinic: lenient.from_clinic,
        };
        let readable = readable.is_valid().then_some(readable);
        Ok(CurrentSchedule {
            schedule: readable.clone(),
            newer: Some(NewerSchedule {
                readable,
                unknown_exercises,
                raw,
            }),
        })
    }
}

impl Serialize for CurrentSchedule {
    /// `{"schedule":…}`; a newer version's schedule the patient has not
    /// changed goes back as it came.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut record = serializer.serialize_struct("CurrentSchedule", 1)?;
        match &self.newer {
            Some(newer) if newer.readable == self.schedule => {
                record.serialize_field("schedule", &newer.raw)?
            }
            _ => record.serialize_field("schedule", &self.schedule)?,
        }
        record.end()
    }
}

impl CurrentSchedule {
    /// Following `schedule` (or none).
    pub fn following(schedule: Option<Schedule>) -> CurrentSchedule {
        CurrentSchedule {
            schedule,
            newer: None,
        }
    }

    /// How many exercises of the stored schedule come from a newer app
    /// version and are left out here (0 once the patient changed it).
    pub fn newer_exercises(&self) -> usize {
        match &self.newer {
            Some(newer) if newer.readable == self.schedule => newer.unknown_exercises,
            _ => 0,
        }
    }
}

impl Record for CurrentSchedule {
    const KEY: &'static str = "heup-rug:schema";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule() -> Schedule {
        Schedule {
            exercises: vec![
                PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
                PlannedExercise::reps(ExerciseId::Clamshell, 2, 12),
            ],
            days_per_week: 5,
            start: Day::parse("2026-12-01"),
            note: "Rustig opbouwen".into(),
            from_clinic: true,
        }
    }

    #[test]
    fn a_sensible_schedule_is_valid_and_broken_ones_are_not() {
        assert!(schedule().is_valid());
        let broken = [
            Schedule {
                exercises: vec![],
                ..schedule()
            },
            Schedule {
                days_per_week: 0,
                ..schedule()
            },
            Schedule {
                days_per_week: 8,
                ..schedule()
            },
            Schedule {
                exercises: vec![
                    PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
                    PlannedExercise::reps(ExerciseId::Bridge, 2, 5),
                ],
                ..schedule()
            },
            Schedule {
                exercises: vec![PlannedExercise::reps(ExerciseId::Bridge, 0, 10)],
                ..schedule()
            },
            Schedule {
                note: "x".repeat(SCHEDULE_NOTE_MAX_CHARS + 1),
                ..schedule()
            },
        ];
        for schedule in broken {
            assert!(!schedule.is_valid(), "{schedule:?}");
        }
    }

    #[test]
    fn a_schedule_of_a_newer_version_is_followed_for_what_is_known_and_kept_as_stored() {
        let stored = r#"{"schedule":{"exercises":[{"exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10}},{"exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8}}],"days_per_week":4,"from_clinic":true,"level":"b"}}"#;
        let current: CurrentSchedule = serde_json::from_str(stored).unwrap();
        let schedule = current
            .schedule
            .clone()
            .expect("the known part is followed");
        assert_eq!(
            schedule.exercises,
            [PlannedExercise::reps(ExerciseId::Bridge, 3, 10)]
        );
        assert_eq!(current.newer_exercises(), 1);
        assert_eq!(
            serde_json::to_string(&current).unwrap(),
            stored,
            "written back as stored"
        );

        // Once the patient changes it, it is this version's schedule.
        let mut changed = current.clone();
        changed.schedule = Some(Schedule {
            days_per_week: 3,
            ..schedule
        });
        assert_eq!(changed.newer_exercises(), 0);
        let written = serde_json::to_string(&changed).unwrap();
        assert!(!written.contains("opstappen"), "{written}");
        assert_eq!(
            serde_json::from_str::<CurrentSchedule>(&written).unwrap(),
            CurrentSchedule::following(changed.schedule.clone())
        );

        // Not a schedule at all is damage.
        for raw in [r#"{"schedule":{"exercises":"x"}}"#, r#"{"schedule":7}"#] {
            assert!(
                serde_json::from_str::<CurrentSchedule>(raw).is_err(),
                "{raw}"
            );
        }
        // A known exercise with a broken dose of a known kind is damage, not news.
        let broken = r#"{"schedule":{"exercises":[{"exercise":"bruggetje","dose":{"kind":"reps","sets":3}},{"exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8}}],"days_per_week":4,"from_clinic":true}}"#;
        assert!(serde_json::from_str::<CurrentSchedule>(broken).is_err());
    }

    #[test]
    fn knows_the_planned_dose_and_when_it_starts() {
        let schedule = schedule();
        assert_eq!(
            schedule.dose_of(ExerciseId::Clamshell),
            Some(Dose::Reps { sets: 2, reps: 12 })
        );
        assert_eq!(schedule.dose_of(ExerciseId::Walking), None);
        assert!(!schedule.applies_on(Day::parse("2026-11-30").unwrap()));
        assert!(schedule.applies_on(Day::parse("2026-12-01").unwrap()));
        assert!(Schedule {
            start: None,
            ..schedule.clone()
        }
        .applies_on(Day::parse("2000-01-01").unwrap()));
    }
}
