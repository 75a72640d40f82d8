//! Every text of the clinic link, per language: the shape here, the Dutch
//! words in `nl.rs`, the English in `en.rs`. Texts with numbers or names in them are functions.

use super::form::FormProblem;
use super::link::LinkError;
use super::note::ContactDetail;
use super::reminder::ReminderProblem;
use crate::i18n::Lang;

/// The clinic link's texts in one language.
pub struct ClinicTexts {
    // Accepting a schedule from a link.
    pub accept_title: &'static str,
    pub accept_intro: &'static str,
    pub days_per_week: fn(days: u8) -> String,
    pub starts_on: fn(date: &str) -> String,
    pub exercises_heading: &'static str,
    pub exercises_hint: &'static str,
    pub note_heading: &'static str,
    pub accept: &'static str,
    pub replace: &'static str,
    pub changes_heading: &'static str,
    pub changes_intro: &'static str,
    pub change_added: fn(exercise: &str, dose: &str) -> String,
    pub change_removed: fn(exercise: &str) -> String,
    pub change_dose: fn(exercise: &str, from: &str, to: &str) -> String,
    pub change_days: fn(from: u8, to: u8) -> String,
    pub change_start: fn(date: Option<&str>) -> String,
    pub change_note: &'static str,
    pub change_nothing: &'static str,
    pub already_accepted: &'static str,
    pub to_diary: &'static str,
    pub accept_privacy: &'static str,
    pub accept_take_care: &'static str,

    // A link that does not work.
    pub error_title: &'static str,
    pub error_empty: &'static str,
    pub error_too_long: &'static str,
    pub error_not_a_link: &'static str,
    pub error_incomplete: &'static str,
    pub error_altered: &'static str,
    pub error_newer_version: &'static str,
    pub error_unknown_exercises: fn(codes: &str) -> String,
    /// For a link a newer version can read: how to get that version.
    pub error_get_newer_app: &'static str,
    pub error_not_a_schedule: &'static str,
    pub error_nothing_changed: &'static str,
    pub to_home: &'static str,

    // The clinic's page that builds links.
    pub clinic_title: &'static str,
    pub clinic_intro: &'static str,
    pub clinic_offline: &'static str,
    pub pick_legend: &'static str,
    pub days_label: &'static str,
    pub start_label: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub note_count: fn(used: usize, max: usize) -> String,
    pub problem_no_exercise: &'static str,
    pub problem_dose: fn(exercise: &str) -> String,
    pub problem_days: &'static str,
    pub problem_start: &'static str,
    pub problem_note: &'static str,
    /// A web address in the note (`note::ContactDetail::WebAddress`).
    pub problem_note_web: &'static str,
    /// A phone number in the note (`note::ContactDetail::PhoneNumber`).
    pub problem_note_phone: &'static str,
    pub link_heading: &'static str,
    pub link_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub print: &'static str,
    pub sheet_title: &'static str,
    pub sheet_scan: &'static str,
    pub qr_label: &'static str,

    // The reminder in the phone's calendar.
    pub reminder_heading: &'static str,
    pub reminder_intro_schedule: &'static str,
    pub reminder_intro_daily: &'static str,
    pub reminder_days_legend: fn(days: u8) -> String,
    pub reminder_time: &'static str,
    pub reminder_add: &'static str,
    pub reminder_done: &'static str,
    pub reminder_failed: &'static str,
    pub reminder_wrong_days: fn(days: u8) -> String,
    pub reminder_bad_time: &'static str,
    pub reminder_privacy: &'static str,
    pub reminder_summary: &'static str,
    pub reminder_description: fn(url: &str) -> String,
}

impl ClinicTexts {
    /// What to tell the patient about a link that gives no schedule.
    pub fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::Empty => self.error_empty.to_owned(),
            LinkError::TooLong => self.error_too_long.to_owned(),
            LinkError::NotALink => self.error_not_a_link.to_owned(),
            LinkError::Incomplete => self.error_incomplete.to_owned(),
            LinkError::Altered => self.error_altered.to_owned(),
            LinkError::NewerVersion(_) => self.error_newer_version.to_owned(),
            LinkError::UnknownExercises(codes) => {
                let codes: Vec<String> = codes.iter().map(u8::to_string).collect();
                (self.error_unknown_exercises)(&codes.join(", "))
            }
            LinkError::NotASchedule => self.error_not_a_schedule.to_owned(),
        }
    }

    /// What the physiotherapist still has to fill in.
    pub fn form_problem(&self, problem: FormProblem, exercise_name: &str) -> String {
        match problem {
            FormProblem::NoExercise => self.problem_no_exercise.to_owned(),
            FormProblem::Dose(_) => (self.problem_dose)(exercise_name),
            FormProblem::DaysPerWeek => self.problem_days.to_owned(),
            FormProblem::Start => self.problem_start.to_owned(),
            FormProblem::NoteTooLong => self.problem_note.to_owned(),
            FormProblem::NoteContact(ContactDetail::WebAddress) => self.problem_note_web.to_owned(),
            FormProblem::NoteContact(ContactDetail::PhoneNumber) => {
                self.problem_note_phone.to_owned()
            }
        }
    }

    /// What the patient has to fix before the reminder can be made.
    pub fn reminder_problem(&self, problem: ReminderProblem) -> String {
        match problem {
            ReminderProblem::Time => self.reminder_bad_time.to_owned(),
            ReminderProblem::Days { wanted } => (self.reminder_wrong_days)(wanted),
        }
    }
}

/// The clinic link's texts in `lang`.
pub fn clinic_texts(lang: Lang) -> &'static ClinicTexts {
    match lang {
        Lang::Nl => &super::nl::CLINIC,
        Lang::En => &super::en::CLINIC,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::ExerciseId;

    #[test]
    fn every_link_error_has_its_own_message() {
        for &lang in Lang::ALL {
            let t = clinic_texts(lang);
            let errors = [
                LinkError::Empty,
                LinkError::TooLong,
                LinkError::NotALink,
                LinkError::Incomplete,
                LinkError::Altered,
                LinkError::NewerVersion(2),
                LinkError::UnknownExercises(vec![12, 200]),
                LinkError::NotASchedule,
            ];
            let messages: Vec<String> = errors.iter().map(|e| t.link_error(e)).collect();
            for (i, message) in messages.iter().enumerate() {
                assert!(!message.trim().is_empty(), "{lang:?} {:?}", errors[i]);
                assert!(
                    !messages[i + 1..].contains(message),
                    "{lang:?}: {message} twice"
                );
            }
            assert!(
                messages[6].contains("12, 200"),
                "unknown codes are named: {}",
                messages[6]
            );
        }
    }

    #[test]
    fn form_and_reminder_problems_say_what_to_do() {
        let t = clinic_texts(Lang::Nl);
        assert!(t
            .form_problem(FormProblem::Dose(ExerciseId::Lunge), "Uitvalspas")
            .contains("Uitvalspas"));
        assert!(t
            .reminder_problem(ReminderProblem::Days { wanted: 3 })
            .contains('3'));
        assert!((t.reminder_description)("https://x.nl/dagboek").contains("https://x.nl/dagboek"));
    }
}
