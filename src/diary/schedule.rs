//! The exercise schedule: which exercises, at what dose, how many days a
//! week. It comes from the clinic's link or the patient sets it up; today's
//! list in the diary follows it and adherence is measured against it.

use serde::{Deserialize, Serialize};

use crate::calendar::Day;
use crate::exercises::{Dose, ExerciseId};
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentSchedule {
    pub schedule: Option<Schedule>,
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
