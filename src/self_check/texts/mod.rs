//! Every word of the self-check the patient reads, as one typed table per
//! language (see `crate::i18n` for the pattern). `nl.rs` and `en.rs` hold
//! the page texts, `nl_questions.rs` and `en_questions.rs` the questions,
//! answers and home tests.

mod all_texts;
mod en;
mod en_questions;
mod nl;
mod nl_questions;

use crate::calendar::Day;
use crate::i18n::Lang;
use crate::storage::{StorageProblem, WriteError};

use super::question::{Answer, QuestionId, SelfTest};
use super::scoring::{Band, Verdict};
use super::triage::Urgency;

/// The words of one question.
#[derive(Clone, Copy, Debug)]
pub struct QuestionText {
    /// The question as asked (for a home test: what to answer after it).
    pub prompt: &'static str,
    /// A short explanation under the question, if it needs one.
    pub hint: Option<&'static str>,
    /// A short name, in the comparison table and the scoring summary.
    pub label: &'static str,
    /// "Je gaf aan dat…", with the answer's words for a sentence
    /// ([`AnswerText::in_sentence`]) filled in where the question needs them.
    pub reason: fn(answer: &str) -> String,
}

/// The words of one answer.
#[derive(Clone, Copy, Debug)]
pub struct AnswerText {
    /// On the answer button.
    pub button: &'static str,
    /// In a table cell.
    pub short: &'static str,
    /// Inside a reason, e.g. "vaak" or "aan beide kanten".
    pub in_sentence: &'static str,
}

/// What to do for a home test, next to its drawing.
#[derive(Clone, Copy, Debug)]
pub struct SelfTestText {
    /// The test's name, as the heading of its screen.
    pub name: &'static str,
    /// Two short lines: how to do it.
    pub steps: [&'static str; 2],
    /// The text alternative of the drawing.
    pub picture: &'static str,
    /// Words written in the drawing under each of its figures, left to
    /// right, when it shows more than one.
    pub labels: &'static [&'static str],
}

/// The red-flag stop for one urgency.
#[derive(Clone, Copy, Debug)]
pub struct StopText {
    pub heading: &'static str,
    /// Why, in one or two plain sentences.
    pub why: &'static str,
    /// What to do when the practice is closed, or when it gets worse.
    pub next: &'static str,
}

/// All texts of the self-check in one language.
#[derive(Debug)]
pub struct SelfCheckTexts {
    // The start of the test.
    pub page_title: &'static str,
    pub intro_lead: &'static str,
    pub intro_length: fn(questions: usize, home_tests: usize) -> String,
    pub intro_safety: &'static str,
    pub intro_privacy: &'static str,
    pub start: &'static str,
    pub earlier_results: fn(count: usize) -> String,
    pub not_a_diagnosis: &'static str,

    // Going on with a test started on an earlier day.
    pub resume_heading: &'static str,
    pub resume_body: fn(started: &str, question: usize, total: usize) -> String,
    pub resume_continue: &'static str,
    pub restart: &'static str,

    // A question.
    pub group_safety: &'static str,
    pub group_complaints: &'static str,
    pub group_self_tests: &'static str,
    pub progress: fn(question: usize, total: usize) -> String,
    pub back: &'static str,
    pub self_test_care: &'static str,

    // The red-flag stop: per urgency a heading, why, and what to do when
    // the practice is closed (or, within days, when it gets worse).
    pub gp_now: StopText,
    pub gp_today: StopText,
    pub gp_within_days: StopText,
    pub gp_test_stops: &'static str,
    pub gp_mention_too: &'static str,
    /// The emergency line, a link that calls 112.
    pub gp_emergency: &'static str,
    pub gp_wrong_tap: &'static str,
    pub gp_wrong_tap_question: &'static str,
    pub gp_wrong_tap_confirm: &'static str,
    pub gp_wrong_tap_keep: &'static str,

    // The inflammatory pattern: mention it to the GP, then go on.
    pub mention_heading: &'static str,
    pub mention_body: &'static str,
    pub mention_continue: &'static str,

    // Saving a finished test.
    pub saving: &'static str,
    pub retry_saving: &'static str,

    // A result.
    pub result_title: &'static str,
    pub result_date: fn(date: &str) -> String,
    pub band_few: &'static str,
    pub band_some: &'static str,
    pub band_clear: &'static str,
    pub band_few_body: &'static str,
    pub band_some_body: &'static str,
    pub band_clear_body: &'static str,
    /// The three bands in one word each, from few to clear signs.
    pub band_scale: [&'static str; 3],
    pub reasons_heading: &'static str,
    pub no_reasons: &'static str,
    pub advice_recent: &'static str,
    pub advice_weeks: &'static str,
    pub advice_long: &'static str,
    pub how_scored_summary: &'static str,
    pub how_scored: fn(points: u32, max: u32) -> String,
    pub how_bands: fn(some_from: u32, clear_from: u32) -> String,
    pub how_sides: &'static str,
    pub how_hip_sign: &'static str,
    pub one_leg_not_counted: &'static str,
    pub nerve_root_heading: &'static str,
    pub nerve_root_body: &'static str,
    /// How a nerve-root result comes about: no hip band, and why.
    pub nerve_root_how: &'static str,
    /// The nerve-root result in a table cell, beside the bands' one word.
    pub nerve_root_short: &'static str,
    // A result made with an earlier version of the test.
    /// Saved before results kept their band: scored again, and said so.
    pub earlier_version: &'static str,
    /// Today's rules score the same answers differently.
    pub rescored: fn(verdict: &str) -> String,
    pub rescored_below: &'static str,
    /// Under the table, for results marked with "*".
    pub compare_changed: &'static str,
    /// The home tests skipped, by name: the band rests on fewer signs.
    pub skipped: fn(tests: &[&str]) -> String,
    pub points: fn(points: u32) -> String,
    pub read_more_heading: &'static str,
    pub exercises_heading: &'static str,
    /// The button that adds the suggested exercises to the own schedule.
    pub add_to_schedule: &'static str,
    pub invite_heading: &'static str,
    pub invite_body: &'static str,
    pub invite_link: &'static str,
    pub compare_heading: &'static str,
    pub all_results: &'static str,
    pub again: &'static str,

    // The saved results side by side.
    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub history_start: &'static str,
    pub side_by_side_heading: &'static str,
    pub side_by_side_intro: &'static str,
    pub side_by_side_scroll: &'static str,
    pub side_by_side_later: &'static str,
    pub table_caption: &'static str,
    pub table_question: &'static str,
    pub row_band: &'static str,
    pub list_heading: &'static str,
    pub view_result: &'static str,
    pub delete: &'static str,
    pub delete_label: fn(date: &str) -> String,
    pub deleted: fn(date: &str) -> String,
    pub undo: &'static str,

    // Storage problems. A write failure is `write_failed(why)`.
    pub problem_unreadable: &'static str,
    pub problem_unreadable_not_moved: &'static str,
    pub problem_newer_version: &'static str,
    pub problem_unavailable: &'static str,
    pub write_failed: fn(why: &str) -> String,
    pub why_full: &'static str,
    pub why_unavailable: &'static str,
    pub why_newer_version: &'static str,
    pub why_unreadable: &'static str,
    pub why_not_kept: &'static str,

    /// A day in words, e.g. "3 maart 2026".
    pub date: fn(day: Day) -> String,
    /// A day in short words, for a narrow table heading, e.g. "3 mrt. 2026".
    pub date_short: fn(day: Day) -> String,
    pub question: fn(QuestionId) -> QuestionText,
    pub answer: fn(Answer) -> AnswerText,
    pub self_test: fn(SelfTest) -> SelfTestText,
}

impl SelfCheckTexts {
    /// The band's heading, e.g. "Enkele aanwijzingen dat je heup meedoet".
    pub fn band(&self, band: Band) -> &'static str {
        match band {
            Band::Few => self.band_few,
            Band::Some => self.band_some,
            Band::Clear => self.band_clear,
        }
    }

    /// A result's one message as a heading: a band, or the nerve root.
    pub fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Few => self.band_few,
            Verdict::Some => self.band_some,
            Verdict::Clear => self.band_clear,
            Verdict::NerveRoot => self.nerve_root_heading,
        }
    }

    /// A result's one message in a table cell.
    pub fn verdict_short(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Few => self.band_short(Band::Few),
            Verdict::Some => self.band_short(Band::Some),
            Verdict::Clear => self.band_short(Band::Clear),
            Verdict::NerveRoot => self.nerve_root_short,
        }
    }

    /// The stop screen's words for `urgency`. A stop is never only a
    /// mention (those do not stop the test); it reads as within days.
    pub fn stop(&self, urgency: Urgency) -> &StopText {
        match urgency {
            Urgency::Now => &self.gp_now,
            Urgency::Today => &self.gp_today,
            Urgency::WithinDays | Urgency::Mention => &self.gp_within_days,
        }
    }

    /// The band in one word, as on the scale and in the comparison table.
    pub fn band_short(&self, band: Band) -> &'static str {
        let [few, some, clear] = self.band_scale;
        match band {
            Band::Few => few,
            Band::Some => some,
            Band::Clear => clear,
        }
    }

    /// What the band means, in a few sentences.
    pub fn band_body(&self, band: Band) -> &'static str {
        match band {
            Band::Few => self.band_few_body,
            Band::Some => self.band_some_body,
            Band::Clear => self.band_clear_body,
        }
    }

    /// The advice that goes with how long the complaints have lasted.
    pub fn duration_advice(&self, duration: Answer) -> Option<&'static str> {
        match duration {
            Answer::UnderSixWeeks => Some(self.advice_recent),
            Answer::SixToTwelveWeeks => Some(self.advice_weeks),
            Answer::OverTwelveWeeks => Some(self.advice_long),
            _ => None,
        }
    }

    /// What the patient must know about a problem with stored data.
    pub fn storage_problem(&self, problem: &StorageProblem) -> &'static str {
        match problem {
            StorageProblem::Unreadable { .. } => self.problem_unreadable,
            StorageProblem::UnreadableNotMoved => self.problem_unreadable_not_moved,
            StorageProblem::NewerVersion => self.problem_newer_version,
            StorageProblem::Unavailable => self.problem_unavailable,
        }
    }

    /// Why something could not be saved, and that nothing typed is lost.
    pub fn write_error(&self, error: WriteError) -> String {
        (self.write_failed)(match error {
            WriteError::Full => self.why_full,
            WriteError::Unavailable => self.why_unavailable,
            WriteError::NewerVersion => self.why_newer_version,
            WriteError::Unreadable => self.why_unreadable,
            WriteError::NotKept => self.why_not_kept,
        })
    }

    /// "Je gaf aan dat…" for `answer` to `question`.
    pub fn reason(&self, question: QuestionId, answer: Answer) -> String {
        ((self.question)(question).reason)((self.answer)(answer).in_sentence)
    }
}

pub(crate) use all_texts::every_text;

/// The self-check's texts in `lang`.
pub fn texts(lang: Lang) -> &'static SelfCheckTexts {
    match lang {
        Lang::Nl => &nl::SELF_CHECK,
        Lang::En => &en::SELF_CHECK,
    }
}

#[cfg(test)]
mod tests;
