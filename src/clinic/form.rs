//! The clinic page's form as plain data, and the rules that turn it into a
//! schedule and its link payload, or say what is missing or not allowed.

use super::link;
use super::note::{self, ContactDetail};
use crate::calendar::Day;
use crate::diary::schedule::SCHEDULE_NOTE_MAX_CHARS;
use crate::diary::{PlannedExercise, Schedule};
use crate::exercises::{Dose, ExerciseId};

/// What the physiotherapist filled in, as the fields hold it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicForm {
    /// The ticked exercises in the library's order, each with its dose, or
    /// `None` while its dose fields hold numbers that do not fit.
    pub picks: Vec<(ExerciseId, Option<Dose>)>,
    /// The days-per-week field ("1" to "7").
    pub days_per_week: String,
    /// The start date field: `""` or `"YYYY-MM-DD"`.
    pub start: String,
    /// The note field.
    pub note: String,
}

/// Why the form does not make a link yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormProblem {
    /// No exercise is ticked.
    NoExercise,
    /// This exercise's dose does not fit.
    Dose(ExerciseId),
    /// Days per week outside 1–7.
    DaysPerWeek,
    /// The start date is not a date a link can carry (2000–2255).
    Start,
    /// The note is longer than [`SCHEDULE_NOTE_MAX_CHARS`].
    NoteTooLong,
    /// The note holds a web address or a phone number (see [`note`]).
    NoteContact(ContactDetail),
}

/// The schedule the form describes and its link payload.
pub fn build(form: &ClinicForm) -> Result<(Schedule, String), FormProblem> {
    if form.picks.is_empty() {
        return Err(FormProblem::NoExercise);
    }
    let exercises = form
        .picks
        .iter()
        .map(|&(exercise, dose)| match dose {
            Some(dose) if dose.is_plausible() => Ok(PlannedExercise { exercise, dose }),
            _ => Err(FormProblem::Dose(exercise)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let days_per_week = form
        .days_per_week
        .trim()
        .parse()
        .ok()
        .filter(|days| (1..=7).contains(days))
        .ok_or(FormProblem::DaysPerWeek)?;
    let start = match form.start.trim() {
        "" => None,
        text => Some(Day::parse(text).ok_or(FormProblem::Start)?),
    };
    let note = form.note.trim().to_owned();
    if note.chars().count() > SCHEDULE_NOTE_MAX_CHARS {
        return Err(FormProblem::NoteTooLong);
    }
    if let Some(detail) = note::contact_detail_in(&note) {
        return Err(FormProblem::NoteContact(detail));
    }
    let schedule = Schedule {
        exercises,
        days_per_week,
        start,
        note,
        from_clinic: true,
    };
    // Everything else was checked above; only the start year can still be
    // out of the link's reach.
    let payload = link::encode(&schedule).ok_or(FormProblem::Start)?;
    Ok((schedule, payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ClinicForm {
        ClinicForm {
            picks: vec![
                (ExerciseId::Bridge, Some(Dose::Reps { sets: 2, reps: 15 })),
                (ExerciseId::Walking, Some(Dose::Minutes { minutes: 30 })),
            ],
            days_per_week: "4".into(),
            start: "2026-12-07".into(),
            note: "  Rustig opbouwen.  ".into(),
        }
    }

    #[test]
    fn a_filled_in_form_makes_a_schedule_and_its_link() {
        let (schedule, payload) = build(&form()).unwrap();
        assert_eq!(schedule.days_per_week, 4);
        assert_eq!(schedule.start, Day::parse("2026-12-07"));
        assert_eq!(schedule.note, "Rustig opbouwen.", "the note is trimmed");
        assert!(schedule.from_clinic);
        assert_eq!(
            schedule
                .exercises
                .iter()
                .map(|p| p.exercise)
                .collect::<Vec<_>>(),
            [ExerciseId::Bridge, ExerciseId::Walking]
        );
        assert_eq!(link::decode(&payload), Ok(schedule));
    }

    #[test]
    fn start_and_note_are_optional() {
        let (schedule, _) = build(&ClinicForm {
            start: String::new(),
            note: " ".into(),
            ..form()
        })
        .unwrap();
        assert_eq!((schedule.start, schedule.note.as_str()), (None, ""));
    }

    #[test]
    fn a_link_with_a_web_address_in_its_note_still_opens() {
        // The form refuses such a note, but links made before that rule, or
        // by hand, keep opening: the link format does not change.
        let schedule = Schedule {
            note: "Kijk op https://evil.example".into(),
            ..build(&form()).unwrap().0
        };
        let payload = link::encode(&schedule).unwrap();
        assert_eq!(link::decode(&payload), Ok(schedule));
    }

    #[test]
    fn says_what_is_missing() {
        let cases = [
            (
                ClinicForm {
                    picks: vec![],
                    ..form()
                },
                FormProblem::NoExercise,
            ),
            (
                ClinicForm {
                    picks: vec![(ExerciseId::Lunge, None)],
                    ..form()
                },
                FormProblem::Dose(ExerciseId::Lunge),
            ),
            (
                ClinicForm {
                    picks: vec![(ExerciseId::Lunge, Some(Dose::Reps { sets: 0, reps: 8 }))],
                    ..form()
                },
                FormProblem::Dose(ExerciseId::Lunge),
            ),
            (
                ClinicForm {
                    days_per_week: "8".into(),
                    ..form()
                },
                FormProblem::DaysPerWeek,
            ),
            (
                ClinicForm {
                    start: "2026-02-30".into(),
                    ..form()
                },
                FormProblem::Start,
            ),
            (
                ClinicForm {
                    start: "1999-12-31".into(),
                    ..form()
                },
                FormProblem::Start,
            ),
            (
                ClinicForm {
                    note: "x".repeat(SCHEDULE_NOTE_MAX_CHARS + 1),
                    ..form()
                },
                FormProblem::NoteTooLong,
            ),
            (
                ClinicForm {
                    note: "Je afspraak is verzet, kijk op evil.example".into(),
                    ..form()
                },
                FormProblem::NoteContact(ContactDetail::WebAddress),
            ),
            (
                ClinicForm {
                    note: "Bel ons even: 035 123 45 67.".into(),
                    ..form()
                },
                FormProblem::NoteContact(ContactDetail::PhoneNumber),
            ),
        ];
        for (form, problem) in cases {
            assert_eq!(build(&form), Err(problem), "{form:?}");
        }
    }
}
