//! Every text of the progress report, per language: the shape here, the
//! Dutch words in `nl.rs`, the English in `en.rs`. The share section speaks
//! to the patient, the report page to the physiotherapist. Texts with
//! numbers or names in them are functions.

use super::link::ReportError;
use crate::i18n::Lang;

/// The progress report's texts in one language.
pub struct ReportTexts {
    // Sharing, in the diary.
    pub share_heading: &'static str,
    pub share_intro: &'static str,
    pub share_needs_schedule: &'static str,
    pub period_legend: &'static str,
    pub period_since_start: &'static str,
    pub period_weeks: fn(weeks: u8) -> String,
    pub notes_label: fn(count: usize, chars: usize) -> String,
    pub preview_heading: &'static str,
    pub preview_never: &'static str,
    pub preview_schedule: fn(exercises: usize, days: u8) -> String,
    pub preview_notes: fn(count: usize) -> String,
    pub preview_no_notes: &'static str,
    pub share_privacy: &'static str,
    pub make_link: &'static str,
    pub share: &'static str,
    pub share_title: &'static str,
    pub shared: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub link_label: &'static str,
    pub qr_label: &'static str,
    pub qr_hint: &'static str,

    // What a report says, on both sides.
    pub period: fn(weeks: usize, from: &str, to: &str) -> String,
    pub week_heading: fn(date: &str) -> String,
    pub days_practised: fn(days: u8, target: Option<u8>) -> String,
    pub exercise_days: fn(exercise: &str, days: u8) -> String,
    pub pain_week: fn(before: &str, after: &str) -> String,
    pub pain_none: &'static str,
    pub streak: fn(days: u16) -> String,

    // The report page, for the physiotherapist.
    pub report_title: &'static str,
    pub report_logged: &'static str,
    pub report_made_on: fn(date: &str) -> String,
    pub report_stores_nothing: &'static str,
    pub report_empty: &'static str,
    pub adherence_heading: &'static str,
    pub adherence_total: &'static str,
    pub adherence_hint: fn(days: u8) -> String,
    pub calendar_heading: &'static str,
    pub pain_heading: &'static str,
    pub pain_legend_before: &'static str,
    pub pain_legend_after: &'static str,
    pub pain_summary: fn(first: &str, last: &str) -> String,
    pub pain_summary_none: &'static str,
    pub schedule_heading: &'static str,
    pub notes_heading: &'static str,
    pub print: &'static str,
    pub adjust: &'static str,
    pub adjust_hint: &'static str,

    // A link that gives no report.
    pub error_title: &'static str,
    pub error_empty: &'static str,
    pub error_too_long: &'static str,
    pub error_not_a_link: &'static str,
    pub error_schedule_link: &'static str,
    pub error_incomplete: &'static str,
    pub error_altered: &'static str,
    pub error_newer: &'static str,
    pub error_not_a_report: &'static str,
    pub error_ask_again: &'static str,
}

impl ReportTexts {
    /// Why a link gives no report, in words that fit the reason.
    pub fn link_error(&self, error: &ReportError) -> &'static str {
        match error {
            ReportError::Empty => self.error_empty,
            ReportError::TooLong => self.error_too_long,
            ReportError::NotALink => self.error_not_a_link,
            ReportError::ScheduleLink => self.error_schedule_link,
            ReportError::Incomplete => self.error_incomplete,
            ReportError::Altered => self.error_altered,
            ReportError::NewerVersion(_) | ReportError::UnknownExercises(_) => self.error_newer,
            ReportError::NotAReport => self.error_not_a_report,
        }
    }
}

/// The progress report's texts in `lang`.
pub fn report_texts(lang: Lang) -> &'static ReportTexts {
    match lang {
        Lang::Nl => &super::nl::REPORT,
        Lang::En => &super::en::REPORT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_broken_link_gets_its_own_message() {
        for &lang in Lang::ALL {
            let t = report_texts(lang);
            let errors = [
                ReportError::Empty,
                ReportError::TooLong,
                ReportError::NotALink,
                ReportError::ScheduleLink,
                ReportError::Incomplete,
                ReportError::Altered,
                ReportError::NewerVersion(2),
                ReportError::NotAReport,
            ];
            let mut messages: Vec<_> = errors.iter().map(|e| t.link_error(e)).collect();
            messages.sort_unstable();
            messages.dedup();
            assert_eq!(messages.len(), errors.len(), "{lang:?}");
            // Exercises a newer app added: that app reads the report.
            assert_eq!(
                t.link_error(&ReportError::UnknownExercises(vec![200])),
                t.link_error(&ReportError::NewerVersion(2))
            );
        }
    }
}
