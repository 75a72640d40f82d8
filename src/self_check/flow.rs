//! The way through the test: one question per screen, back without losing
//! an answer, the red-flag stop (at once for a flag to call about now,
//! after the last safety question for the others), the screen that asks to
//! mention the inflammatory pattern to the GP, and a draft that survives a
//! reload or a phone call in between.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::question::{Answer, Group, QuestionId, RedFlag, QUESTIONS};
use super::triage::{self, Stop, Urgency};
use crate::calendar::Day;

/// A test in progress.
///
/// Invariant (kept when a stored draft is read): every question before
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
    /// Whether the patient has read the screen about the inflammatory
    /// pattern and chose to go on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    mention_seen: bool,
}

/// A draft as stored, before its invariant is restored.
#[derive(Deserialize)]
struct StoredDraft {
    started: Day,
    answers: Answers,
    step: usize,
    #[serde(default)]
    mention_seen: bool,
}

impl TryFrom<StoredDraft> for Draft {
    type Error = String;

    /// A step past the first open question (a draft from an app version
    /// with fewer questions, or edited by hand) resumes at that question:
    /// every answer is kept, and nothing is skipped.
    fn try_from(stored: StoredDraft) -> Result<Self, Self::Error> {
        let answered_up_to = stored.answers.first_unanswered().unwrap_or(QUESTIONS.len());
        Ok(Draft {
            started: stored.started,
            answers: stored.answers,
            step: stored.step.min(answered_up_to),
            mention_seen: stored.mention_seen,
        })
    }
}

/// What the test shows now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The question at this place in [`QUESTIONS`].
    Question { index: usize },
    /// A red flag was answered "yes": contact the GP, as soon as its
    /// urgency says; the test stops.
    SeeGp(Stop),
    /// The inflammatory pattern was answered "yes": worth mentioning to the
    /// GP; the test goes on once the patient has read it.
    Mention(Vec<RedFlag>),
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
            mention_seen: false,
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

    /// What the test shows now. A flag to call about now stops the test at
    /// once; the other flags stop it once every safety question is
    /// answered, so the stop screen knows every flag and the most urgent
    /// one. Then the inflammatory pattern, until read.
    pub fn screen(&self) -> Screen {
        if let Some(stop) = triage::stop(&self.answers) {
            if stop.urgency == Urgency::Now || self.safety_answered() {
                return Screen::SeeGp(stop);
            }
        }
        let mentions = triage::mentions(&self.answers);
        if !mentions.is_empty() && !self.mention_seen && self.step >= safety_questions() {
            Screen::Mention(mentions)
        } else if self.step < QUESTIONS.len() {
            Screen::Question { index: self.step }
        } else {
            Screen::Finished
        }
    }

    /// Whether every question of the safety group has an answer (they are
    /// asked first, but "back" may reopen one).
    fn safety_answered(&self) -> bool {
        QUESTIONS
            .iter()
            .filter(|question| question.id.group() == Group::Safety)
            .all(|question| self.answers.get(question.id).is_some())
    }

    /// Goes on after the screen about the inflammatory pattern. Returns
    /// false when that screen is not showing.
    pub fn continue_after_mention(&mut self) -> bool {
        if !matches!(self.screen(), Screen::Mention(_)) {
            return false;
        }
        self.mention_seen = true;
        true
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

    /// Goes back one question, keeping every answer; from the screen about
    /// the inflammatory pattern, back to its question. Returns false at the
    /// first question or on the red-flag stop.
    pub fn back(&mut self) -> bool {
        match self.screen() {
            Screen::Question { index } if index > 0 => {
                self.step = index - 1;
                true
            }
            Screen::Mention(_) => {
                self.step = safety_questions() - 1;
                true
            }
            _ => false,
        }
    }

    /// Takes back the "yes" answers that stopped the test (a wrong tap,
    /// confirmed by the patient): the red flags and the risk factors of a
    /// combination, and returns to the first of those questions, with no
    /// answer chosen. The age band and the inflammatory pattern, which do
    /// not stop the test, stay as answered.
    pub fn retract_red_flags(&mut self) {
        let Screen::SeeGp(stop) = self.screen() else {
            return;
        };
        let flags = stop.flags.iter().map(|&flag| QuestionId::RedFlag(flag));
        let risks = stop
            .risks
            .iter()
            .filter(|&&(_, answer)| answer == Answer::Yes)
            .map(|&(question, _)| question);
        let mut taken_back: Vec<usize> = flags.chain(risks).map(QuestionId::index).collect();
        taken_back.sort_unstable();
        for &index in &taken_back {
            self.answers.clear(QUESTIONS[index].id);
        }
        if let Some(&first) = taken_back.first() {
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

/// How many questions the safety group has; they are asked first.
fn safety_questions() -> usize {
    QUESTIONS
        .iter()
        .take_while(|question| question.id.group() == Group::Safety)
        .count()
}

/// "Question `n` of `total`" for the question at `index`.
pub fn progress(index: usize) -> (usize, usize) {
    (index + 1, QUESTIONS.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_check::question::{RiskFactor, SelfTest, Symptom};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    /// An answer each question offers: "nee" for red flags and risk
    /// factors, the highest-scoring one for the rest.
    fn filler(id: QuestionId) -> Answer {
        match id {
            QuestionId::RedFlag(_) | QuestionId::RiskFactor(_) | QuestionId::Nerve(_) => Answer::No,
            QuestionId::AgeBand => Answer::UnderFifty,
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

    /// A draft answered with [`filler`] up to and including `flag`, which
    /// is answered "yes".
    fn yes_to(draft: &mut Draft, flag: RedFlag) {
        let at = QuestionId::RedFlag(flag).index();
        while let Screen::Question { index } = draft.screen() {
            let answer = if index == at {
                Answer::Yes
            } else {
                filler(QUESTIONS[index].id)
            };
            assert!(draft.answer(answer));
            if index == at {
                break;
            }
        }
    }

    #[test]
    fn answering_moves_to_the_next_question_until_finished() {
        let mut draft = Draft::new(day("2026-11-25"));
        assert_eq!(draft.screen(), Screen::Question { index: 0 });
        assert_eq!(progress(0), (1, 32));
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
        let ache = QuestionId::Symptom(Symptom::AcheAfterSittingOrWalking);
        let first_symptom = ache.index();
        let mut draft = after(first_symptom + 2);
        assert!(draft.back());
        assert_eq!(
            draft.screen(),
            Screen::Question {
                index: first_symptom + 1
            }
        );
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        assert!(draft.back());
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        // Changing an earlier answer moves on without losing later ones.
        assert!(draft.answer(Answer::Never));
        assert_eq!(
            draft.screen(),
            Screen::Question {
                index: first_symptom + 1
            }
        );
        assert_eq!(draft.current_answer(), Some(Answer::Often));
        assert_eq!(draft.answers().get(ache), Some(Answer::Never));

        let mut first = Draft::new(day("2026-11-25"));
        assert!(!first.back(), "nothing before the first question");
    }

    #[test]
    fn a_flag_to_call_about_now_ends_the_test_at_once_and_can_be_taken_back() {
        let now = [
            RedFlag::BladderOrBowel,
            RedFlag::SaddleNumbness,
            RedFlag::BothLegs,
            RedFlag::LegWeakening,
        ];
        for flag in now {
            let mut draft = Draft::new(day("2026-11-25"));
            yes_to(&mut draft, flag);
            let Screen::SeeGp(stop) = draft.screen() else {
                panic!("{flag:?} stops the test at once");
            };
            assert_eq!((stop.urgency, stop.flags), (Urgency::Now, vec![flag]));
            assert!(!draft.answer(Answer::No), "the test does not go on");
            assert!(!draft.back());

            draft.retract_red_flags();
            let index = QuestionId::RedFlag(flag).index();
            assert_eq!(draft.screen(), Screen::Question { index });
            assert_eq!(draft.current_answer(), None);
        }
    }

    /// Answers the questions up to and including `until` with [`filler`],
    /// and "yes" to those in `yes`.
    fn answer_until(draft: &mut Draft, until: QuestionId, yes: &[QuestionId]) {
        while let Screen::Question { index } = draft.screen() {
            let id = QUESTIONS[index].id;
            let answer = if yes.contains(&id) {
                Answer::Yes
            } else {
                filler(id)
            };
            assert!(draft.answer(answer), "{id:?}");
            if id == until {
                break;
            }
        }
    }

    #[test]
    fn other_flags_stop_the_test_after_the_last_safety_question_with_every_flag() {
        let cancer = QuestionId::RedFlag(RedFlag::Cancer);
        let brittle = QuestionId::RiskFactor(RiskFactor::Osteoporosis);
        let fall = QuestionId::RiskFactor(RiskFactor::MinorFall);
        let mut draft = Draft::new(day("2026-11-25"));
        answer_until(&mut draft, cancer, &[cancer]);
        assert!(
            matches!(draft.screen(), Screen::Question { .. }),
            "the safety questions go on, so a fall can still make it today"
        );
        answer_until(&mut draft, fall, &[brittle, fall]);
        assert!(matches!(draft.screen(), Screen::Question { .. }));
        assert!(draft.answer(Answer::No), "the inflammatory pattern");
        assert_eq!(
            draft.screen(),
            Screen::SeeGp(Stop {
                urgency: Urgency::Today,
                flags: vec![RedFlag::Cancer],
                risks: vec![(brittle, Answer::Yes), (fall, Answer::Yes)],
                mentions: Vec::new(),
            })
        );
        draft.retract_red_flags();
        assert_eq!(
            draft.screen(),
            Screen::Question {
                index: cancer.index()
            }
        );
        for question in [cancer, brittle, fall] {
            assert_eq!(draft.answers().get(question), None, "{question:?}");
        }
        assert_eq!(
            draft.answers().get(QuestionId::AgeBand),
            Some(Answer::UnderFifty),
            "the age stays as answered"
        );

        let mut alone = Draft::new(day("2026-11-25"));
        yes_to(&mut alone, RedFlag::WeightLoss);
        while alone.answer(Answer::No) || alone.answer(Answer::UnderFifty) {}
        assert_eq!(
            alone.screen(),
            Screen::SeeGp(Stop {
                urgency: Urgency::WithinDays,
                flags: vec![RedFlag::WeightLoss],
                risks: Vec::new(),
                mentions: Vec::new(),
            })
        );
    }

    #[test]
    fn a_known_osteoporosis_or_prednison_alone_lets_the_test_go_on() {
        let mut draft = Draft::new(day("2026-11-25"));
        let risks = [
            QuestionId::RiskFactor(RiskFactor::Osteoporosis),
            QuestionId::RiskFactor(RiskFactor::Corticosteroids),
        ];
        let last = QUESTIONS[QUESTIONS.len() - 1].id;
        answer_until(&mut draft, last, &risks);
        assert_eq!(draft.screen(), Screen::Finished);
    }

    #[test]
    fn the_inflammatory_pattern_shows_its_own_screen_and_the_test_goes_on() {
        let mut draft = Draft::new(day("2026-11-25"));
        yes_to(&mut draft, RedFlag::InflammatoryPattern);
        let flags = vec![RedFlag::InflammatoryPattern];
        assert_eq!(draft.screen(), Screen::Mention(flags.clone()));
        assert!(!draft.answer(Answer::Often), "no question under it");

        // Back to the question, and the same answer shows the screen again.
        assert!(draft.back());
        let index = QuestionId::RedFlag(RedFlag::InflammatoryPattern).index();
        assert_eq!(draft.screen(), Screen::Question { index });
        assert_eq!(draft.current_answer(), Some(Answer::Yes));
        assert!(draft.answer(Answer::Yes));
        assert_eq!(draft.screen(), Screen::Mention(flags));

        assert!(draft.continue_after_mention());
        assert_eq!(draft.screen(), Screen::Question { index: index + 1 });
        assert!(!draft.continue_after_mention());
        // Read once is read: a reload does not show it again.
        let json = serde_json::to_string(&draft).unwrap();
        let back: Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(back.screen(), Screen::Question { index: index + 1 });
    }

    #[test]
    fn changing_an_earlier_flag_to_yes_also_stops_the_test() {
        let mut draft = after(16);
        let weakening = QuestionId::RedFlag(RedFlag::LegWeakening).index();
        while draft.screen() != (Screen::Question { index: weakening }) {
            assert!(draft.back());
        }
        draft.answer(Answer::Yes);
        assert!(
            matches!(draft.screen(), Screen::SeeGp(stop) if stop.flags == [RedFlag::LegWeakening])
        );
        draft.retract_red_flags();
        assert_eq!(draft.screen(), Screen::Question { index: weakening });
        assert_eq!(draft.answers().first_unanswered(), Some(weakening));
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
    fn a_stored_draft_past_its_first_open_question_resumes_there() {
        // A draft of the first app version, which asked 7 red flags: the
        // new safety questions come before its step, and are asked now.
        let raw = r#"{"started":"2026-11-25","answers":{"bladder-or-bowel":"no","saddle-numbness":"no",
            "leg-weakening":"no","fever-or-ill":"no","fall-or-accident":"no","weight-loss":"no",
            "cancer":"no","stairs":"often"},"step":8}"#;
        let draft: Draft = serde_json::from_str(raw).unwrap();
        assert_eq!(draft.screen(), Screen::Question { index: 2 }, "both legs");
        assert_eq!(
            draft.answers().get(QuestionId::Symptom(Symptom::Stairs)),
            Some(Answer::Often),
            "no answer is lost"
        );
        let raw = r#"{"started":"2026-11-25","answers":{"bladder-or-bowel":"no"},"step":1}"#;
        let draft: Draft = serde_json::from_str(raw).unwrap();
        assert_eq!(draft.screen(), Screen::Question { index: 1 });
        let raw = r#"{"started":"2026-11-25","answers":{},"step":40}"#;
        let draft: Draft = serde_json::from_str(raw).unwrap();
        assert_eq!(draft.screen(), Screen::Question { index: 0 });
    }

    #[test]
    fn an_old_draft_is_recognised() {
        let draft = Draft::new(day("2026-11-25"));
        assert!(!draft.started_before(day("2026-11-25")));
        assert!(draft.started_before(day("2026-11-26")));
    }

    #[test]
    fn a_draft_and_a_result_stored_before_the_new_safety_questions_still_read() {
        use crate::self_check::records::{DraftRecord, SavedResults};
        use crate::self_check::scoring::{score, Outcome};
        use crate::storage::decode;
        // Stored by the app when it asked 28 questions (one question about
        // any fall or accident, osteoporosis and prednison as red flags).
        let old_safety = r#""bladder-or-bowel":"no","saddle-numbness":"no","both-legs":"no",
            "leg-weakening":"no","cancer":"no","weight-loss":"no","fever-or-ill":"no",
            "weak-immunity":"no","night-pain":"no","osteoporosis":"yes","corticosteroids":"no",
            "age-band":"fifty_or_over","fall-or-accident":"no","inflammatory-pattern":"no""#;
        let raw_draft = format!(
            r#"{{"version":1,"data":{{"draft":{{"started":"2026-11-20","answers":{{{old_safety},
            "ache-after-sitting-or-walking":"often"}},"step":15}}}}}}"#
        );
        let record: DraftRecord = decode(&raw_draft).expect("an old draft reads");
        let draft = record.draft.expect("with its draft");
        // It resumes at the first question it never asked: the serious accident.
        let accident = QuestionId::RedFlag(RedFlag::SeriousAccident).index();
        assert_eq!(draft.screen(), Screen::Question { index: accident });
        assert_eq!(
            draft
                .answers()
                .get(QuestionId::RiskFactor(RiskFactor::Osteoporosis)),
            Some(Answer::Yes)
        );
        assert_eq!(
            draft
                .answers()
                .get(QuestionId::RiskFactor(RiskFactor::MinorFall)),
            Some(Answer::No)
        );

        let raw_results = format!(
            r#"{{"version":1,"data":{{"last_id":1,"results":[{{"id":1,"date":"2026-03-01","answers":{{
            {old_safety},"stairs":"often","duration":"over_twelve_weeks"}}}}]}}}}"#
        )
        .replace(r#""osteoporosis":"yes""#, r#""osteoporosis":"no""#);
        let results: SavedResults = decode(&raw_results).expect("an old result reads");
        let result = results.get(1).expect("result 1");
        assert!(matches!(score(&result.answers), Outcome::Scored(_)));
    }
}
