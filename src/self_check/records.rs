//! What the self-check keeps in the browser's storage, through the one
//! storage door: the test in progress (so a reload or a phone call does not
//! lose it) and the saved results with their date (so a later test can be
//! compared). A saved result keeps its answers, the one message it showed
//! (its [`Verdict`]) and the [`SCORING_VERSION`] it was made with: the
//! patient sees the result they saw that day, and where today's rules would
//! score the same answers differently, the page says so ([`Standing`]).
//! Reasons and suggestions are worked out again from the answers.
//!
//! Format versions of the saved results: 1 kept only the answers; 2 adds
//! the version and the verdict. A result of format 1 is upgraded as made
//! with scoring version 1 and an unknown verdict: which band it showed is
//! not known (the rules changed once without a trace), so it is shown
//! scored again with today's rules, and says so.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answers;
use super::flow::Draft;
use super::scoring::{score, Outcome, Score, Verdict, SCORING_VERSION};
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
    /// The [`SCORING_VERSION`] the result was made with; 1 for every
    /// result saved before versions were kept.
    pub scoring_version: u32,
    /// The message the result showed that day; unknown (`None`) only for
    /// results saved before it was kept.
    pub shown: Option<Verdict>,
}

/// How a saved result stands to today's rules: what its page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Shown as saved: made with today's rules, or with earlier ones that
    /// score these answers the same.
    AsSaved(Verdict),
    /// Made with an earlier version that showed `saved`; today's rules would
    /// show `today`. The page shows `saved`, and says what today's would be.
    Changed { saved: Verdict, today: Verdict },
    /// Saved before results kept their message: scored again with today's
    /// rules, and the page says that the test has changed since.
    Rescored(Verdict),
}

impl Standing {
    /// The message the result leads with.
    pub fn shown(self) -> Verdict {
        match self {
            Standing::AsSaved(verdict) | Standing::Rescored(verdict) => verdict,
            Standing::Changed { saved, .. } => saved,
        }
    }

    /// Whether the result is not simply shown as saved.
    pub fn is_marked(self) -> bool {
        !matches!(self, Standing::AsSaved(_))
    }
}

impl SavedResult {
    /// The score of this result by today's rules: its reasons and
    /// suggestions. `None` when today's red-flag rules would stop the test
    /// (saved results held no such flag by the rules of their day).
    pub fn score(&self) -> Option<Score> {
        match score(&self.answers) {
            Outcome::Scored(score) => Some(score),
            Outcome::SeeGp(_) => None,
        }
    }

    /// What the result's page leads with, and whether it must say that the
    /// test has changed since. `None` as for [`SavedResult::score`].
    pub fn standing(&self) -> Option<Standing> {
        let today = self.score()?.verdict();
        Some(match self.shown {
            None => Standing::Rescored(today),
            Some(saved) if saved != today && self.scoring_version < SCORING_VERSION => {
                Standing::Changed { saved, today }
            }
            Some(saved) => Standing::AsSaved(saved),
        })
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
            if result.scoring_version == 0 || (result.shown.is_none() && result.scoring_version > 1)
            {
                return Err(format!("result {} lacks its version or message", result.id));
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
    const VERSION: u32 = 2;

    /// From format 1 (answers only): every result was made with scoring
    /// version 1, and the message it showed is unknown.
    fn upgrade(from: u32, mut data: Value) -> Result<Value, String> {
        if from != 1 {
            return Err(format!("unknown format {from}"));
        }
        let results = data
            .get_mut("results")
            .and_then(Value::as_array_mut)
            .ok_or("no results")?;
        for result in results {
            let result = result.as_object_mut().ok_or("a result is no object")?;
            result.insert("scoring_version".into(), Value::from(1));
            result.insert("shown".into(), Value::Null);
        }
        Ok(data)
    }
}

impl SavedResults {
    /// Saves a finished test of `date`, with the message it shows and
    /// today's scoring version, and returns its id. Answers with a red flag
    /// that stops the test are not a result and are refused (`None`); the
    /// inflammatory pattern, which does not stop it, is kept. The same
    /// answers on the same day are the same test and are saved once: a
    /// reload between saving the result and clearing the draft must not
    /// save it twice.
    pub fn add(&mut self, date: Day, answers: Answers) -> Option<u32> {
        let Outcome::Scored(scored) = score(&answers) else {
            return None;
        };
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
            scoring_version: SCORING_VERSION,
            shown: Some(scored.verdict()),
        });
        Some(self.last_id)
    }

    /// The newest result.
    pub fn latest(&self) -> Option<&SavedResult> {
        self.results.last()
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
    use crate::self_check::question::{Answer, QuestionId, RedFlag, SelfTest, Symptom, QUESTIONS};
    use crate::storage::{decode, encode, DecodeError};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn answers(stairs: Answer) -> Answers {
        let mut answers = Answers::default();
        for question in QUESTIONS {
            let first = match question.id {
                QuestionId::RedFlag(_) | QuestionId::RiskFactor(_) | QuestionId::Nerve(_) => {
                    Answer::No
                }
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
            raw.starts_with(r#"{"version":2,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{"#),
            "{raw}"
        );
        assert!(
            raw.ends_with(r#""scoring_version":2,"shown":"some"}]}}"#),
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

    /// Two results as the app wrote them before results kept their band
    /// (format 1): the first had three hip symptoms "vaak", ankle on knee
    /// on the left and knee to chest on both sides (then 20 points, the top
    /// band); the second nothing but the stairs "soms".
    const FORMAT_1: &str = r#"{"version":1,"data":{"last_id":3,"results":[{"id":1,"date":"2026-11-20","answers":{"bladder-or-bowel":"no","saddle-numbness":"no","both-legs":"no","leg-weakening":"no","cancer":"no","weight-loss":"no","fever-or-ill":"no","weak-immunity":"no","night-pain":"no","osteoporosis":"no","corticosteroids":"no","fall-or-accident":"no","inflammatory-pattern":"no","age-band":"under_fifty","pain-below-knee":"no","numb-tingling-or-weak-leg":"no","ache-after-sitting-or-walking":"often","pain-rising-from-chair":"often","stairs":"often","buttock-stiffness":"never","pain-bending-or-lifting":"never","radiating-pain":"never","less-strength":"never","duration":"over_twelve_weeks","figure-four":"left","knee-to-chest":"both_sides","one-leg-stand":"neither","forward-bend":"unsure"}},{"id":3,"date":"2026-12-01","answers":{"cancer":"no","stairs":"sometimes"}}]}}"#;

    #[test]
    fn a_result_of_format_1_is_kept_and_flagged_as_made_with_an_earlier_version() {
        let upgraded = decode::<SavedResults>(FORMAT_1).expect("an old result stays readable");
        assert_eq!(upgraded.len(), 2);
        let first = upgraded.get(1).expect("kept");
        assert_eq!(first.date, day("2026-11-20"));
        assert_eq!((first.scoring_version, first.shown), (1, None));
        assert_eq!(
            first
                .answers
                .get(QuestionId::SelfTest(SelfTest::FigureFour)),
            Some(Answer::Left),
            "every answer is kept"
        );
        // Scored again with today's rules (both sides now count half), and
        // marked as such.
        assert_eq!(first.standing(), Some(Standing::Rescored(Verdict::Some)));
        assert!(first.standing().is_some_and(Standing::is_marked));
        let second = upgraded.get(3).expect("kept");
        assert_eq!(second.standing(), Some(Standing::Rescored(Verdict::Few)));
        // Ids are never reused after the upgrade.
        let mut later = upgraded.clone();
        assert_eq!(
            later.add(day("2026-12-04"), answers(Answer::Often)),
            Some(4)
        );
        // Written back in the current format, it reads the same.
        let again = encode(&upgraded);
        assert!(again.starts_with(r#"{"version":2,"#), "{again}");
        assert_eq!(decode::<SavedResults>(&again), Ok(upgraded));
    }

    /// A result of format 2 with the given scoring version and message.
    fn stored(scoring_version: u32, shown: &str, figure_four: &str) -> SavedResult {
        let raw = format!(
            r#"{{"version":2,"data":{{"last_id":1,"results":[{{"id":1,"date":"2026-12-01","answers":{{"cancer":"no","age-band":"under_fifty","ache-after-sitting-or-walking":"often","pain-rising-from-chair":"often","stairs":"often","pain-below-knee":"no","figure-four":"{figure_four}","knee-to-chest":"both_sides"}},"scoring_version":{scoring_version},"shown":{shown}}}]}}}}"#
        );
        let saved = decode::<SavedResults>(&raw).expect("readable");
        saved.get(1).cloned().expect("one result")
    }

    #[test]
    fn a_saved_result_shows_the_message_it_showed_that_day() {
        // Today: 12 for the symptoms, 4 for ankle on knee on one side, 2 for
        // knee to chest on both sides: 18, some signs.
        let cases = [
            (
                "made with today's rules",
                stored(SCORING_VERSION, r#""some""#, "left"),
                Standing::AsSaved(Verdict::Some),
            ),
            (
                "an earlier version showed the top band",
                stored(1, r#""clear""#, "left"),
                Standing::Changed {
                    saved: Verdict::Clear,
                    today: Verdict::Some,
                },
            ),
            (
                "an earlier version that scores these answers the same",
                stored(1, r#""some""#, "left"),
                Standing::AsSaved(Verdict::Some),
            ),
            (
                "saved before the message was kept",
                stored(1, "null", "stiffer_one_side"),
                Standing::Rescored(Verdict::Some),
            ),
        ];
        for (name, result, standing) in cases {
            assert_eq!(result.standing(), Some(standing), "{name}");
        }
        // A new result keeps what it showed, with today's version.
        let mut saved = SavedResults::default();
        let id = saved.add(day("2026-12-04"), answers(Answer::Often));
        let result = saved.get(id.unwrap_or_default()).expect("saved");
        assert_eq!(
            (result.scoring_version, result.shown),
            (SCORING_VERSION, Some(Verdict::Some))
        );
        assert_eq!(result.standing(), Some(Standing::AsSaved(Verdict::Some)));
    }

    #[test]
    fn damaged_results_are_refused_rather_than_half_read() {
        let cases = [
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":2,"date":"2026-03-01","answers":{}}]}}"#,
            r#"{"version":1,"data":{"last_id":3,"results":[{"id":2,"date":"2026-03-01","answers":{}},{"id":2,"date":"2026-03-02","answers":{}}]}}"#,
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{"cancer":"yes"}}]}}"#,
            r#"{"version":1,"data":{"last_id":1,"results":[{"id":1,"date":"1 maart","answers":{}}]}}"#,
            r#"{"version":1,"data":{"last_id":1,"results":[7]}}"#,
            r#"{"version":1,"data":{"last_id":1}}"#,
            r#"{"version":2,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{}}]}}"#,
            r#"{"version":2,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{},"scoring_version":2,"shown":null}]}}"#,
            r#"{"version":2,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{},"scoring_version":0,"shown":"few"}]}}"#,
            r#"{"version":2,"data":{"last_id":1,"results":[{"id":1,"date":"2026-03-01","answers":{},"scoring_version":2,"shown":"many"}]}}"#,
        ];
        for raw in cases {
            assert!(
                matches!(decode::<SavedResults>(raw), Err(DecodeError::Unreadable(_))),
                "{raw}"
            );
        }
    }
}
