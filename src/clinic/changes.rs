//! What changes when a schedule from a link replaces the one the patient
//! follows now: exercises added and removed, doses changed, days per week,
//! start day and note. The accept page lists these before the patient
//! taps "replace", so nothing changes unseen.

use super::texts::clinic_texts;
use crate::calendar::Day;
use crate::diary::{PlannedExercise, Schedule};
use crate::exercises::{dose_in_words, exercise, Dose, ExerciseId};
use crate::i18n::{dates, Lang};

/// One exercise whose dose changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DoseChange {
    pub exercise: ExerciseId,
    pub from: Dose,
    pub to: Dose,
}

/// The differences between the current schedule and a new one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleChanges {
    /// In the new schedule only, in its order.
    pub added: Vec<PlannedExercise>,
    /// In the current schedule only, in its order.
    pub removed: Vec<PlannedExercise>,
    /// In both, with another dose.
    pub doses: Vec<DoseChange>,
    /// Days per week, from and to, when they differ.
    pub days_per_week: Option<(u8, u8)>,
    /// The start day, from and to, when it differs.
    pub start: Option<(Option<Day>, Option<Day>)>,
    /// Whether the physiotherapist's note differs.
    pub note: bool,
}

impl ScheduleChanges {
    /// What replacing `current` by `new` changes.
    pub fn between(current: &Schedule, new: &Schedule) -> ScheduleChanges {
        let added = new
            .exercises
            .iter()
            .filter(|planned| current.dose_of(planned.exercise).is_none())
            .copied()
            .collect();
        let removed = current
            .exercises
            .iter()
            .filter(|planned| new.dose_of(planned.exercise).is_none())
            .copied()
            .collect();
        let doses = new
            .exercises
            .iter()
            .filter_map(|planned| {
                let from = current.dose_of(planned.exercise)?;
                (from != planned.dose).then_some(DoseChange {
                    exercise: planned.exercise,
                    from,
                    to: planned.dose,
                })
            })
            .collect();
        fn differs<T: PartialEq>(from: T, to: T) -> Option<(T, T)> {
            (from != to).then_some((from, to))
        }
        ScheduleChanges {
            added,
            removed,
            doses,
            days_per_week: differs(current.days_per_week, new.days_per_week),
            start: differs(current.start, new.start),
            note: current.note != new.note,
        }
    }

    /// The changes in words, one line each, in `lang`.
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        let t = clinic_texts(lang);
        let name = |id| exercise(id, lang).name;
        let added = self
            .added
            .iter()
            .map(|p| (t.change_added)(name(p.exercise), &dose_in_words(p.exercise, p.dose, lang)));
        let removed = self
            .removed
            .iter()
            .map(|p| (t.change_removed)(name(p.exercise)));
        let doses = self.doses.iter().map(|change| {
            (t.change_dose)(
                name(change.exercise),
                &dose_in_words(change.exercise, change.from, lang),
                &dose_in_words(change.exercise, change.to, lang),
            )
        });
        let days = self
            .days_per_week
            .map(|(from, to)| (t.change_days)(from, to));
        let start = self.start.map(|(_, to)| {
            (t.change_start)(to.map(|day| dates::weekday_and_date(day, lang)).as_deref())
        });
        let note = self.note.then(|| t.change_note.to_owned());
        added
            .chain(removed)
            .chain(doses)
            .chain(days)
            .chain(start)
            .chain(note)
            .collect()
    }

    /// Whether the exercises, doses, days, start and note all stay the same
    /// (only the order, or who made the schedule, may differ).
    pub fn is_empty(&self) -> bool {
        *self == ScheduleChanges::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> Schedule {
        Schedule {
            exercises: vec![
                PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
                PlannedExercise::reps(ExerciseId::Clamshell, 2, 12),
                PlannedExercise::reps(ExerciseId::Lunge, 2, 8),
            ],
            days_per_week: 3,
            start: None,
            note: String::new(),
            from_clinic: false,
        }
    }

    #[test]
    fn lists_every_kind_of_change() {
        let new = Schedule {
            exercises: vec![
                PlannedExercise::reps(ExerciseId::HipHinge, 2, 10),
                PlannedExercise::reps(ExerciseId::Clamshell, 3, 12),
                PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
            ],
            days_per_week: 5,
            start: Day::parse("2026-12-01"),
            note: "Rustig aan".into(),
            from_clinic: true,
        };
        let changes = ScheduleChanges::between(&current(), &new);
        assert_eq!(
            changes.added,
            vec![PlannedExercise::reps(ExerciseId::HipHinge, 2, 10)]
        );
        assert_eq!(
            changes.removed,
            vec![PlannedExercise::reps(ExerciseId::Lunge, 2, 8)]
        );
        assert_eq!(
            changes.doses,
            vec![DoseChange {
                exercise: ExerciseId::Clamshell,
                from: Dose::Reps { sets: 2, reps: 12 },
                to: Dose::Reps { sets: 3, reps: 12 },
            }]
        );
        assert_eq!(changes.days_per_week, Some((3, 5)));
        assert_eq!(changes.start, Some((None, Day::parse("2026-12-01"))));
        assert!(changes.note);
        assert!(!changes.is_empty());
    }

    #[test]
    fn describes_the_changes_in_plain_dutch() {
        let new = Schedule {
            exercises: vec![
                PlannedExercise::reps(ExerciseId::Clamshell, 3, 12),
                PlannedExercise::reps(ExerciseId::Lunge, 2, 8),
                PlannedExercise::reps(ExerciseId::HipHinge, 2, 10),
            ],
            days_per_week: 5,
            start: Day::parse("2026-12-01"),
            note: "Rustig aan".into(),
            from_clinic: true,
        };
        let lines = ScheduleChanges::between(&current(), &new).describe(Lang::Nl);
        assert_eq!(
            lines,
            [
                "Nieuw: Buigen vanuit je heupen (2 × 10 keer)",
                "Eraf: Bruggetje",
                "Schelpoefening: 3 × 12 keer per kant in plaats van 2 × 12 keer per kant",
                "5 dagen per week in plaats van 3 dagen",
                "Je begint op dinsdag 1 december",
                "De notitie verandert",
            ]
        );
    }

    #[test]
    fn the_same_exercises_in_another_order_change_nothing() {
        let mut new = current();
        new.exercises.reverse();
        new.from_clinic = true;
        let changes = ScheduleChanges::between(&current(), &new);
        assert!(changes.is_empty(), "{changes:?}");
    }

    #[test]
    fn a_kind_of_dose_that_changes_counts_as_a_dose_change() {
        let mut new = current();
        new.exercises[0].dose = Dose::Hold {
            sets: 3,
            seconds: 20,
        };
        let changes = ScheduleChanges::between(&current(), &new);
        assert_eq!(changes.doses.len(), 1);
        assert!(changes.added.is_empty() && changes.removed.is_empty());
    }
}
