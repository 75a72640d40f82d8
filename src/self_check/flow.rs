//! The way through the test: one question per screen, back without losing
//! an answer, a stop at the first red flag, and a draft that survives a
//! reload or a phone call in between.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::question::{Answer, RedFlag, QUESTIONS};
use crate::calendar::Day;

/// A test in progress.
///
/// Invariant (checked when a stored draft is read): every question before
/// `step` is answered, so "back" always shows an answer and "finished"
/// means complete.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredDraft")]
pub struct Draft {
    started: Day,
    answers: Answers,
    /// The place in [`QUESTIONS`] of the question on screen;
    /// `QUESTIONS.len()` once every question is answered.
    step: usize,
}

/// A draft as stored, before its invariant is checked.
#[derive(Deserialize)]
struct StoredDraft {
    started: Day,
    answers: Answers,
    step: usize,
}

impl TryFrom<StoredDraft> for Draft {
    type Error = String;

    fn try_from(stored: StoredDraft) -> Result<Self, Self::Error> {
        let answered_up_to = stored.answers.first_unanswered().unwrap_or(QUESTIONS.len());
        if stored.step > answered_up_to {
            return Err(format!(
                "step {} is past the first open question {answered_up_to}",
                stored.step
            ));
        }
        Ok(Draft {
            started: stored.started,
            answers: stored.answers,
            step: stored.step,
        })
    }
}

/// What the test shows now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The question at this place in [`QUESTIONS`].
    Question { index: usize },
    /// A red flag was answered "yes": contact the GP; the test stops.
    SeeGp(Vec<RedFlag>),
    /// Every question is answered: time for the result.
    Finished,
}

impl Draft {
    /// A new test, started on `today`, at the first question.
    pub fn new(today: Day) -> Draft {
        Draft {
            started: today,
            answers: Answers::default(),
            step: 0,
        }
    }

    /// The day the test was started.
    pub fn started(&self) -> Day {
        self.started
    }

    /// The answers given so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// What the test shows now. A red flag wins over everything else.
    pub fn screen(&self) -> Screen {
        let red_flags = self.answers.red_flags();
        if !red_flags.is_empty() {
            Screen::SeeGp(red_flags)
        } else if self.step < QUESTIONS.len() {
            Screen::Question { index: self.step }
        } else {
            Screen::Finished
        }
    }

    /// The answer already given to the question on screen (after going
    /// back), so it can be shown as chosen.
    pub fn current_answer(&self) -> Option<Answer> {
        QUESTIONS
            .get(self.step)
            .and_then(|question| self.answers.get(question.id))
    }

    /// Answers the question on screen and moves on to the next one. Returns
    /// false, changing nothing, when no question is on screen or it does not
    /// offer `answer`.
    pub fn answer(&mut self, answer: Answer) -> bool {
        let Screen::Question { index } = self.screen() else {
            return false;
        };
        if !self.answers.set(QUESTIONS[index].id, answer) {
            return false;
        }
        self.step = index + 1;
        true
    }

    /// Goes back one question, keeping every answer. Returns false at the
    /// first question or when no question is on screen.
    pub fn back(&mut self) -> bool {
        match self.screen() {
            Screen::Question { index } if index > 0 => {
                self.step = index - 1;
                true
            }
            _ => false,
        }
    }

    /// Takes back the red-flag answers that stopped the test (a wrong tap)
    /// and returns to the first of those questions, with no answer chosen.
    pub fn retract_red_flags(&mut self) {
        let flagged: Vec<usize> = QUESTIONS
            .iter()
            .enumerate()
            .filter(|(_, question)| self.answers.get(question.id) == Some(Answer::Yes))
            .map(|(index, _)| index)
            .collect();
        for &index in &flagged {
            self.answers.clear(QUESTIONS[index].id);
        }
        if let Some(&first) = flagged.first() {
            self.step = first;
        }
    }

    /// Whether the test was started before `today`: then the app asks
    /// whether to go on or start again, rather than dropping the patient
    /// into an old test.
    pub fn started_before(&self, today: Day) -> bool {
        self.started < today
    }
}

/// "Question `n` of `total`" for the question at `index`.
pub fn progress(index: usize) -> (usize, usize) {
    (index + 1, QUESTIONS.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_check::question::{QuestionId, SelfTest, Symptom};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    /// An answer each question offers: "nee" for red flags, the
    /// highest-scoring one for the rest.
    fn filler(id: QuestionId) -> Answer {
        match id {
            QuestionId::RedFlag(_) => Answer::No,
            QuestionId::Symptom(_) => Answer::Often,
            QuestionId::Duration => Answer::OverTwelveWeeks,
            QuestionId::SelfTest(SelfTest::ForwardBend) => Answer::FromBack,
            QuestionId::SelfTest(_) => Answer::Left,
        }
    }

    /// A draft after answering the first `n` questions with [`filler`].
    fn after(n: usize) -> Draft {
        let mut draft = Draft::new(day("2026-11-25"));
        for question in &QUESTIONS[..n] {
            assert!(draft.answer(filler(question.id)), "{question:?}");
        }
        draft
    }

    #[test]
    fn answering_moves_to_the_next_question_until_finished() {
        let mut draft = Draft::new(day("2026-11-25"));
        assert_eq!(draft.screen(), Screen::Question { index: 0 });
        assert_eq!(progress(0), (1, 19));
        for (index, question) in QUESTIONS.iter().enumerate() {
            assert_eq!(draft.screen(), Screen::Question { index });
            assert!(draft.answer(filler(question.id)));
        }
        assert_eq!(draft.screen(), Screen::Finished);
        assert!(!draft.answer(Answer::No), "nothing left to answer");
    }

    #[test]
    fn an_answer_the_question_does_not_offer_changes_nothing() {
        let mut draft = Draft::new(day("2026-11-25"));
        assert!(!draft.answer(Answer::Often));
        assert_eq!(draft.screen(), Screen::Question { index: 0 });
        assert_eq!(draft.answers().first_unanswered(), Some(0));
    }

    #[test]
    fn back_keeps_every_answer_and_shows_the_earlier_one() {
        let mut draft = after(9);
        assert_eq!(draft.screen(), Screen::Question { index: 9 });
        assert!(draft.back());
        assert_eq!(draft.screen(), Screen::Question { index: 8 });
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        assert!(draft.back());
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        // Changing an earlier answer moves on without losing later ones.
        assert!(draft.answer(Answer::Never));
        assert_eq!(draft.screen(), Screen::Question { index: 8 });
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        let ache = QuestionId::Symptom(Symptom::AcheAfterSittingOrWalking);
        assert_eq!(draft.answers().get(ache), Some(Answer::Never));

        let mut first = Draft::new(day("2026-11-25"));
        assert!(!first.back(), "nothing before the first question");
    }

    #[test]
    fn a_red_flag_yes_ends_the_test_at_once_and_can_be_taken_back() {
        for (index, question) in QUESTIONS.iter().enumerate().take(7) {
            let mut draft = after(index);
            assert!(draft.answer(Answer::Yes));
            let QuestionId::RedFlag(flag) = question.id else {
                panic!("the first seven questions are red flags");
            };
            assert_eq!(draft.screen(), Screen::SeeGp(vec![flag]));
            assert!(!draft.answer(Answer::No), "the test does not go on");
            assert!(!draft.back());

            draft.retract_red_flags();
            assert_eq!(draft.screen(), Screen::Question { index });
            assert_eq!(draft.current_answer(), None);
        }
    }

    #[test]
    fn changing_an_earlier_red_flag_to_yes_also_stops_the_test() {
        let mut draft = after(12);
        for _ in 0..10 {
            draft.back();
        }
        assert_eq!(draft.screen(), Screen::Question { index: 2 });
        draft.answer(Answer::Yes);
        assert_eq!(draft.screen(), Screen::SeeGp(vec![RedFlag::LegWeakening]));
        draft.retract_red_flags();
        assert_eq!(draft.screen(), Screen::Question { index: 2 });
        assert_eq!(draft.answers().first_unanswered(), Some(2));
    }

    #[test]
    fn a_draft_reads_back_as_stored_and_resumes_at_the_same_question() {
        let mut draft = after(10);
        draft.back();
        let json = serde_json::to_string(&draft).unwrap();
        assert!(
            json.starts_with(r#"{"started":"2026-11-25","answers":{"#),
            "{json}"
        );
        let back: Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(back, draft);
        assert_eq!(back.screen(), Screen::Question { index: 9 });
    }

    #[test]
    fn a_stored_draft_past_its_first_open_question_is_refused() {
        let raw = r#"{"started":"2026-11-25","answers":{"bladder-or-bowel":"no"},"step":2}"#;
        assert!(serde_json::from_str::<Draft>(raw).is_err());
        let raw = r#"{"started":"2026-11-25","answers":{"bladder-or-bowel":"no"},"step":1}"#;
        assert!(serde_json::from_str::<Draft>(raw).is_ok());
        let raw = r#"{"started":"2026-11-25","answers":{},"step":40}"#;
        assert!(serde_json::from_str::<Draft>(raw).is_err());
    }

    #[test]
    fn an_old_draft_is_recognised() {
        let draft = Draft::new(day("2026-11-25"));
        assert!(!draft.started_before(day("2026-11-25")));
        assert!(draft.started_before(day("2026-11-26")));
    }
}
