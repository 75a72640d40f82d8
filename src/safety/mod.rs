//! The safety net outside the self-check: the help page "Wanneer direct
//! hulp?" at `/hulp` ([`HelpPage`]), reachable from the header of every
//! page, and the one short line with the "call now" signs and a link to it
//! ([`SafetyLine`]) on the exercise pages, the schedule-accept page and the
//! diary's log screen.
//!
//! Nothing here has words or urgencies of its own for a warning sign: the
//! signs and how urgent they are come from the self-check's triage
//! (`FLAG_RULES`), their words from the self-check's questions and each
//! group's advice from its stop screens, so the two can never disagree.
//!
//! - `help`: which signs go in which group, and the safety line (pure);
//! - `texts`: the few words of the page and the line itself;
//! - `views`: the page and the line.

pub mod help;
pub mod texts;
mod views;

pub use texts::{safety_texts, SafetyTexts};
pub use views::{HelpPage, SafetyLine};

/// The help page's path in the app.
pub const HELP_PATH: &str = "/hulp";

/// Every text of the safety net in `lang`, for the completeness test
/// and the printable review.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    texts::every_text(lang)
}
