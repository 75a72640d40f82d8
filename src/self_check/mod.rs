//! Zelftest: the self-check. Red-flag questions first (a "yes" stops the
//! test with advice to contact the GP, as urgently as the flag needs), then the symptoms from the clinic's
//! article, how long they have lasted, and a few home tests of the hip; the
//! result is one of three bands with its reasons, links into the explainer
//! and the exercises, and is saved with its date for comparing later.
//!
//! - `question`: the questions, their weights and links (pure data);
//! - `triage`: each red flag's urgency and guideline source, the risk
//!   factors and the combinations they make (pure);
//! - `answers`, `flow`: the answers and the way through the test (pure);
//! - `scoring`: from answers to a band with reasons (pure, documented);
//! - `records`: what is kept in storage;
//! - `texts`: every word the patient reads, one table per language;
//! - `view`: the pages.

mod answers;
mod flow;
mod question;
mod records;
mod scoring;
mod texts;
mod triage;
mod view;

pub use answers::Answers;
pub use flow::{progress, Draft, Screen};
pub use question::{
    Answer, Group, NerveSign, Question, QuestionId, RedFlag, RiskFactor, SelfTest, Symptom, Weight,
    QUESTIONS,
};
pub use records::{DraftRecord, SavedResult, SavedResults, Standing};
pub use scoring::{
    max_points, points, score, suggestions, Band, Outcome, Reason, Score, Suggestions, Verdict,
    SCORING_VERSION,
};
pub use texts::{texts, SelfCheckTexts};
pub use triage::{
    flag_rule, Combination, FlagRule, Sign, Stop, Urgency, COMBINATIONS, FLAG_RULES, RISK_FACTORS,
};
pub use view::{first_frame, ResultPage, SavedResultsPage, SelfCheckPage};

/// Every text of the self-check in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    texts::every_text(lang)
}

/// The app path of the page with every saved result.
pub const HISTORY_PATH: &str = "/zelftest/uitslagen";

/// The app path of the page of saved result `id`.
pub fn result_path(id: u32) -> String {
    format!("/zelftest/uitslag/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Part;

    #[test]
    fn the_pages_live_under_the_self_check_part() {
        let part = Part::SelfCheck.path();
        assert!(HISTORY_PATH.starts_with(&format!("{part}/")));
        assert_eq!(result_path(7), format!("{part}/uitslag/7"));
    }
}
