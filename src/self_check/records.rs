//! What the self-check keeps in the browser's storage, through the one
//! storage door: the test in progress (so a reload or a phone call does not
//! lose it) and the saved results with their date (so a later test can be
//! compared). Only the answers are kept; bands and reasons are worked out
//! again from them, so results taken months apart are always scored by the
//! same rules and can be compared fairly.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::flow::Draft;
use super::scoring::{score, Outcome, Score};
use super::triage;
use crate::calendar::Day;
use crate::storage::Record;

/// The test in progress, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRecord {
    pub draft: Option<Draft>,
}

impl Record for DraftRecord {
    const KEY: &'static str = "heup-rug:self-check-draft";
    const VERSION: u32 = 1;
}

/// One finished test.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedResult {
    /// Its number, in the address of its page; never reused.
    pub id: u32,
    /// The day the test was finished.
    pub date: Day,
    pub answers: Answers,
}

impl SavedResult {
    /// The band and reasons of this result. Saved results never hold a red
    /// flag that stops the test (checked when read), so this always scores.
    pub fn score(&self) -> Option<Score> {
        match score(&self.answers) {
            Outcome::Scored(score) => Some(score),
            Outcome::SeeGp(_) => None,
        }
    }
}

/// Every saved result, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredResults")]
pub struct SavedResults {
    /// The highest id ever handed out, so a deleted result's id (and a link
    /// to it) never points to another result later.
    last_id: u32,
    results: Vec<SavedResult>,
}

#[derive(Deserialize)]
struct StoredResults {
    last_id: u32,
    results: Vec<SavedResult>,
}

impl TryFrom<StoredResults> for SavedResults {
    type Error = String;

    fn try_from(stored: StoredResults) -> Result<Self, Self::Error> {
        let mut previous = 0;
        for result in &stored.results {
            if result.id <= previous || result.id > stored.last_id {
                return Err(format!("result ids out of order at {}", result.id));
            }
            if triage::stop(&result.answers).is_some() {
                return Err(format!("result {} holds a red flag", result.id));
            }
            previous = result.id;
        }
        Ok(SavedResults {
            last_id: stored.last_id,
            results: stored.results,
        })
    }
}

impl Record for SavedResults {
    const KEY: &'static str = "heup-rug:self-check-results";
    const VERSION: u32 = 1;
}

impl SavedResults {
    /// Saves a finished test of `date` and returns its id. Answers with a
    /// red flag that stops the test are not a result and are refused
    /// (`None`); the inflammatory pattern, which does not stop it, is kept. The same answers
    /// on the same day are the same test and are saved once: a reload
    /// between saving the result and clearing the draft must not save it
    /// twice.
    pub fn add(&mut self, date: Day, answers: Answers) -> Option<u32> {
        if triage::stop(&answers).is_some() {
            return None;
        }
        if let Some(same) = self
            .results
            .iter()
            .find(|result| result.date == date && result.answers == answers)
        {
            return Some(same.id);
        }
        self.last_id += 1;
        self.results.push(SavedResult {
            id: self.last_id,
            date,
            answers,
        });
        Some(self.last_id)
    }

    /// The result with this id.
    pub fn get(&self, id: u32) -> Option<&SavedResult> {
        self.results.iter().find(|result| result.id == id)
    }

    /// The result saved just before the one with this id.
    pub fn before(&self, id: u32) -> Option<&SavedResult> {
        self.results.iter().rev().find(|result| result.id < id)
    }

    /// Removes the result with this id and hands it back (for "undo").
    pub fn remove(&mut self, id: u32) -> Option<SavedResult> {
        let index = self.results.iter().position(|result| result.id == id)?;
        Some(self.results.remove(index))
    }

    /// Puts a removed result back in its place. A result with the same id
    /// that is already there (restored in another tab) is not doubled.
    pub fn restore(&mut self, result: SavedResult) {
        if self.get(result.id).is_some() {
            return;
        }
        self.last_id = self.last_id.max(result.id);
        let index = self.results.partition_point(|other| other.id < result.id);
        self.results.insert(index, result);
    }

    /// The results, newest first.
    pub fn newest_first(&self) -> Vec<SavedResult> {
        self.results.iter().rev().cloned().collect()
    }

    pub fn len(&self) -> usize {
        self.results.len()
    }

    pub fn is_empty(&self) -> bool {
        self.results.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_check::question::{Answer, QuestionId, RedFlag, Symptom, QUESTIONS};
    use crate::storage::{decode, encode, DecodeError};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn answers(stairs: Answer) -> Answers {
        let mut answers = Answers::default();
        for question in QUESTIONS {
            let first = match question.id {
                QuestionId::RedFlag(_) | QuestionId::RiskFactor(_) => Answer::No,
                id => id.options()[0],
            };
            answers.set(question.id, first);
        }
        answers.set(QuestionId::Symptom(Symptom::Stairs), stairs);
        answers
    }

    #[test]
    fn results_get_new_ids_that_are_never_reused() {
        let mut saved = SavedResults::default();
        assert_eq!(
            saved.add(day("2026-03-01"), answers(Answer::Often)),
            Some(1)
        );
        assert_eq!(
            saved.add(day("2026-04-01"), answers(Answer::Sometimes)),
            Some(2)
        );
        assert!(saved.remove(2).is_some());
        assert_eq!(
            saved.add(day("2026-05-01"), answers(Answer::Never)),
            Some(3)
        );
        let ids: Vec<u32> = saved.newest_first().iter().map(|r| r.id).collect();
        assert_eq!(ids, [3, 1]);
        assert_eq!(saved.before(3).map(|r| r.id), Some(1));
        assert_eq!(saved.before(1), None);
    }

    #[test]
    fn the_same_test_saved_twice_is_kept_once() {
        let mut saved = SavedResults::default();
        let first = saved.add(day("2026-03-01"), answers(Answer::Often));
        let again = saved.add(day("2026-03-01"), answers(Answer::Often));
        assert_eq!(first, again);
        assert_eq!(saved.len(), 1);
        let next_day = saved.add(day("2026-03-02"), answers(Answer::Often));
        assert_eq!(next_day, Some(2));
    }

    #[test]
    fn answers_with_a_red_flag_are_not_a_result() {
        let mut saved = SavedResults::default();
        let mut flagged = answers(Answer::Often);
        flagged.set(QuestionId::RedFlag(RedFlag::Cancer), Answer::Yes);
        assert_eq!(saved.add(day("2026-03-01"), flagged), None);
        assert!(saved.is_empty());
    }

    #[test]
    fn a_removed_result_can_be_put_back_in_its_place() {
        let mut saved = SavedResults::default();
        for (date, stairs) in [
            ("2026-03-01", Answer::Often),
            ("2026-04-01", Answer::Sometimes),
            ("2026-05-01", Answer::Never),
        ] {
            saved.add(day(date), answers(stairs));
        }
        let before = saved.clone();
        let removed = saved.remove(2).unwrap();
        assert_eq!(saved.len(), 2);
        saved.restore(removed.clone());
        assert_eq!(saved, before);
        saved.restore(removed);
        assert_eq!(saved, before, "restoring twice does not double it");
    }

    #[test]
    fn both_records_read_back_as_written() {
        let mut saved = SavedResults::default();
        saved.add(day("2026-03-01"), answers(Answer::Often));
        let raw = encode(&saved);
        assert!(
            raw.starts_with(r#"{"version":1,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{"#),
            "{raw}"
        );
        assert_eq!(decode::<SavedResults>(&raw), Ok(saved));

        let mut draft = Draft::new(day("2026-03-01"));
        draft.answer(Answer::No);
        let record = DraftRecord { draft: Some(draft) };
        assert_eq!(decode::<DraftRecord>(&encode(&record)), Ok(record));
        let empty = DraftRecord::default();
        assert_eq!(encode(&empty), r#"{"version":1,"data":{"draft":null}}"#);
    }

    #[test]
    fn damaged_results_are_refused_rather_than_half_read() {
        let cases = [
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":2,"date":"2026-03-01","answers":{}}]}}"#,
            r#"{"version":1,"data":{"last_id":3,"results":[{"id":2,"date":"2026-03-01","answers":{}},{"id":2,"date":"2026-03-02","answers":{}}]}}"#,
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{"cancer":"yes"}}]}}"#,
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":1,"date":"1 maart","answers":{}}]}}"#,
        ];
        for raw in cases {
            assert!(
                matches!(decode::<SavedResults>(raw), Err(DecodeError::Unreadable(_))),
                "{raw}"
            );
        }
    }
}
