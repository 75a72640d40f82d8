//! A patient's answers: at most one per question, and only an answer the
//! question offers. Stored as `{"<question key>": "<answer>"}`; a stored map
//! that breaks these rules is refused as damaged rather than half-read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::question::{Answer, QuestionId, RedFlag, QUESTIONS};

/// The answers given so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<QuestionId, Answer>")]
pub struct Answers(BTreeMap<QuestionId, Answer>);

impl Answers {
    /// The answer to `question`, if it was answered.
    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        self.0.get(&question).copied()
    }

    /// Records `answer` to `question`, replacing an earlier one. Returns
    /// false, and changes nothing, when the question does not offer it.
    pub fn set(&mut self, question: QuestionId, answer: Answer) -> bool {
        if !question.options().contains(&answer) {
            return false;
        }
        self.0.insert(question, answer);
        true
    }

    /// Forgets the answer to `question`.
    pub fn clear(&mut self, question: QuestionId) {
        self.0.remove(&question);
    }

    /// The red flags answered "yes", in the order they are asked.
    pub fn red_flags(&self) -> Vec<RedFlag> {
        self.0
            .iter()
            .filter_map(|(question, answer)| match (question, answer) {
                (QuestionId::RedFlag(flag), Answer::Yes) => Some(*flag),
                _ => None,
            })
            .collect()
    }

    /// The place in [`QUESTIONS`] of the first question without an answer,
    /// or `None` when every question is answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        QUESTIONS
            .iter()
            .position(|question| !self.0.contains_key(&question.id))
    }
}

impl TryFrom<BTreeMap<QuestionId, Answer>> for Answers {
    type Error = String;

    fn try_from(map: BTreeMap<QuestionId, Answer>) -> Result<Self, Self::Error> {
        let mut answers = Answers::default();
        for (question, answer) in map {
            if !answers.set(question, answer) {
                return Err(format!(
                    "\"{}\" cannot be answered {answer:?}",
                    question.key()
                ));
            }
        }
        Ok(answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_check::question::{SelfTest, Symptom};

    #[test]
    fn only_answers_a_question_offers_are_kept() {
        let stairs = QuestionId::Symptom(Symptom::Stairs);
        let mut answers = Answers::default();
        assert!(answers.set(stairs, Answer::Often));
        assert!(!answers.set(stairs, Answer::Left), "no sides for a symptom");
        assert!(!answers.set(QuestionId::Duration, Answer::Yes));
        assert_eq!(answers.get(stairs), Some(Answer::Often));
        assert_eq!(answers.get(QuestionId::Duration), None);
    }

    #[test]
    fn stores_as_a_map_of_question_keys_to_answers() {
        let mut answers = Answers::default();
        answers.set(QuestionId::RedFlag(RedFlag::Cancer), Answer::No);
        answers.set(
            QuestionId::SelfTest(SelfTest::FigureFour),
            Answer::BothSides,
        );
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(json, r#"{"cancer":"no","figure-four":"both_sides"}"#);
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
    }

    #[test]
    fn a_stored_map_with_a_wrong_answer_or_question_is_refused() {
        for raw in [
            r#"{"cancer":"often"}"#,
            r#"{"stairs":"left"}"#,
            r#"{"handstand":"no"}"#,
            r#"{"cancer":"maybe"}"#,
            r#"["cancer"]"#,
        ] {
            assert!(serde_json::from_str::<Answers>(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn finds_red_flags_and_the_first_open_question() {
        let mut answers = Answers::default();
        assert_eq!(answers.first_unanswered(), Some(0));
        answers.set(QuestionId::RedFlag(RedFlag::BladderOrBowel), Answer::No);
        answers.set(QuestionId::RedFlag(RedFlag::FeverOrIll), Answer::Yes);
        assert_eq!(answers.first_unanswered(), Some(1));
        assert_eq!(answers.red_flags(), [RedFlag::FeverOrIll]);
        for question in QUESTIONS {
            answers.set(question.id, question.id.options()[0]);
        }
        assert_eq!(answers.first_unanswered(), None);
    }
}
