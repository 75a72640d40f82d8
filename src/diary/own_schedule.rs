//! Adding exercises to the patient's own schedule in one tap, from outside
//! the diary: an exercise page's "Zet in mijn schema" and the self-check
//! result's "Zet deze in mijn schema". The rules are pure
//! ([`CurrentSchedule::addition`], [`CurrentSchedule::add_own`]); the write
//! goes through the storage door ([`add_to_own_schedule`]), because those
//! pages are outside the diary's parent route and have no `DiaryStore`.
//!
//! The rules, as the patient would expect them: without a schedule, adding
//! makes one (the schedule editor's default days per week); an own
//! schedule gets the exercises it does not have yet, each at its usual
//! dose, never twice; the clinic's schedule is never changed silently (the
//! patient is told it comes from the clinic and can make their own on the
//! schedule page); a schedule a newer app version wrote, with exercises
//! this version does not know, is not rewritten here, since that would drop
//! them.

use super::schedule::{CurrentSchedule, PlannedExercise, Schedule};
use crate::storage::{self, WriteError};

/// On how many days a week a new own schedule asks for the exercises: the
/// schedule editor's default too.
pub const OWN_SCHEDULE_DAYS_PER_WEEK: u8 = 5;

/// What adding exercises to the own schedule does (or did).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addition {
    /// `count` exercises are (or would be) added; `new_schedule` when there
    /// was no schedule and adding makes one.
    Added { count: usize, new_schedule: bool },
    /// Every one of them is in the schedule already: nothing changes.
    AlreadyIn,
    /// The schedule the patient follows comes from the clinic: nothing
    /// changes here.
    FromClinic,
    /// The stored schedule holds exercises of a newer app version: nothing
    /// changes here.
    FromNewerVersion,
}

impl CurrentSchedule {
    /// What adding `exercises` would do, without changing anything: what
    /// the button shows before the patient taps it.
    pub fn addition(&self, exercises: &[PlannedExercise]) -> Addition {
        let Some(schedule) = &self.schedule else {
            return match exercises.is_empty() {
                true => Addition::AlreadyIn,
                false => Addition::Added {
                    count: exercises.len(),
                    new_schedule: true,
                },
            };
        };
        let missing = missing(schedule, exercises).count();
        if missing == 0 {
            Addition::AlreadyIn
        } else if self.newer_exercises() > 0 {
            Addition::FromNewerVersion
        } else if schedule.from_clinic {
            Addition::FromClinic
        } else {
            Addition::Added {
                count: missing,
                new_schedule: false,
            }
        }
    }

    /// Adds `exercises` to the own schedule by the rules above (making one
    /// when there is none) and says what it did; a clinic schedule, a newer
    /// version's schedule and exercises already in stay as they are.
    pub fn add_own(&mut self, exercises: &[PlannedExercise]) -> Addition {
        let addition = self.addition(exercises);
        if let Addition::Added { .. } = addition {
            let mut schedule = self.schedule.take().unwrap_or(Schedule {
                exercises: Vec::new(),
                days_per_week: OWN_SCHEDULE_DAYS_PER_WEEK,
                start: None,
                note: String::new(),
                from_clinic: false,
            });
            let new: Vec<PlannedExercise> = missing(&schedule, exercises).collect();
            schedule.exercises.extend(new);
            self.schedule = Some(schedule);
        }
        addition
    }
}

/// The exercises of `exercises` that `schedule` does not have yet, each once.
fn missing<'a>(
    schedule: &'a Schedule,
    exercises: &'a [PlannedExercise],
) -> impl Iterator<Item = PlannedExercise> + 'a {
    exercises
        .iter()
        .enumerate()
        .filter_map(move |(i, planned)| {
            let earlier = exercises[..i]
                .iter()
                .any(|other| other.exercise == planned.exercise);
            (!earlier && schedule.dose_of(planned.exercise).is_none()).then_some(*planned)
        })
}

/// Adds `exercises` to the schedule as it is stored right now and says what
/// it did. A failed write changes nothing and says why.
pub fn add_to_own_schedule(exercises: &[PlannedExercise]) -> Result<Addition, WriteError> {
    let mut addition = Addition::AlreadyIn;
    storage::modify::<CurrentSchedule>(|current| addition = current.add_own(exercises))?;
    Ok(addition)
}

/// What adding `exercises` would do to the schedule stored now.
pub fn preview_addition(exercises: &[PlannedExercise]) -> Addition {
    storage::load::<CurrentSchedule>().value.addition(exercises)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::ExerciseId;

    fn own(exercises: Vec<PlannedExercise>, from_clinic: bool) -> CurrentSchedule {
        CurrentSchedule::following(Some(Schedule {
            exercises,
            days_per_week: 3,
            start: None,
            note: String::new(),
            from_clinic,
        }))
    }

    #[test]
    fn without_a_schedule_adding_makes_one_at_the_editors_default() {
        let mut current = CurrentSchedule::default();
        let bridge = PlannedExercise::reps(ExerciseId::Bridge, 3, 10);
        let added = current.add_own(&[bridge]);
        assert_eq!(
            added,
            Addition::Added {
                count: 1,
                new_schedule: true
            }
        );
        let schedule = current.schedule.expect("a schedule was made");
        assert_eq!(schedule.exercises, [bridge]);
        assert_eq!(schedule.days_per_week, OWN_SCHEDULE_DAYS_PER_WEEK);
        assert!(!schedule.from_clinic);
        assert!(schedule.is_valid());
    }

    #[test]
    fn an_own_schedule_gets_the_missing_exercises_once_and_keeps_its_doses() {
        let bridge = PlannedExercise::reps(ExerciseId::Bridge, 2, 5);
        let mut current = own(vec![bridge], false);
        let list = [
            PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
            PlannedExercise::reps(ExerciseId::Clamshell, 2, 12),
            PlannedExercise::reps(ExerciseId::Clamshell, 2, 12),
            PlannedExercise::minutes(ExerciseId::Walking, 20),
        ];
        assert_eq!(
            current.add_own(&list),
            Addition::Added {
                count: 2,
                new_schedule: false
            }
        );
        let schedule = current.schedule.clone().unwrap();
        assert_eq!(
            schedule.exercises,
            [bridge, list[1], list[3]],
            "the planned dose stays, each exercise once"
        );
        assert_eq!(schedule.days_per_week, 3, "the patient's days stay");
        assert!(schedule.is_valid());

        // A second tap adds nothing.
        let before = current.clone();
        assert_eq!(current.add_own(&list), Addition::AlreadyIn);
        assert_eq!(current, before);
    }

    #[test]
    fn the_clinics_schedule_is_left_as_the_physiotherapist_gave_it() {
        let bridge = PlannedExercise::reps(ExerciseId::Bridge, 3, 10);
        let mut current = own(vec![bridge], true);
        let before = current.clone();
        let walking = PlannedExercise::minutes(ExerciseId::Walking, 20);
        assert_eq!(current.add_own(&[walking, bridge]), Addition::FromClinic);
        assert_eq!(current, before);
        // What it already has is simply in it.
        assert_eq!(current.add_own(&[bridge]), Addition::AlreadyIn);
        assert_eq!(current, before);
    }

    #[test]
    fn a_newer_versions_schedule_is_not_rewritten() {
        let stored = r#"{"schedule":{"exercises":[{"exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10}},{"exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8}}],"days_per_week":4,"from_clinic":false}}"#;
        let mut current: CurrentSchedule = serde_json::from_str(stored).unwrap();
        let walking = PlannedExercise::minutes(ExerciseId::Walking, 20);
        assert_eq!(current.add_own(&[walking]), Addition::FromNewerVersion);
        assert_eq!(serde_json::to_string(&current).unwrap(), stored);
    }
}
