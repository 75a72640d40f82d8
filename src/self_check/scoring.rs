//! How answers become a result: a pure function, so every rule here is
//! tested without a browser.
//!
//! 1. A red flag that needs the GP (`triage.rs`) overrides everything: the
//!    outcome is "contact the GP", as urgently as the flag says, with no
//!    points and no band. The inflammatory pattern only adds a line to
//!    mention to the GP.
//! 2. Otherwise every answer scores the points its question's [`Weight`]
//!    gives it (the weights sit next to the questions, in `question.rs`,
//!    with the reasons for each); an unanswered question scores 0. A home
//!    test hard on one side scores more than on both sides; in ankle on
//!    knee, pain scores more than a side that is only stiffer. The one-leg
//!    stand counts only under 50 ([`counts`]); from 50 the result says why
//!    it did not count.
//! 3. The nerve-root pattern (NHG M55): pain radiating below the knee, with
//!    or without a numb, tingling or weaker leg. It points to a nerve root
//!    in the back rather than the hip, and the hip questions cannot tell the
//!    two apart. Then the result gives no hip band at all: it shows one
//!    message, [`Verdict::NerveRoot`], which advises an examination by the
//!    GP or physiotherapist; its reasons are the nerve answers, pain to the
//!    buttock or thigh does not count, and it suggests general, gentle
//!    movement rather than the hip exercises (no strengthening). A numb or
//!    tingling leg without pain below the knee is not the pattern.
//! 4. The total falls in one of three bands, with the limits below. The
//!    maximum is 36 (22 for the symptoms, 14 for the home tests).
//!    - [`Band::Clear`] from [`CLEAR_FROM`] = 20, a little over half the
//!      maximum: for example "vaak" for all four hip symptoms and one home
//!      test that was hard on one side.
//!    - [`Band::Some`] from [`SOME_FROM`] = 10: for example two home tests
//!      that were hard on one side and one hip symptom "soms", or "soms"
//!      for every symptom.
//!    - [`Band::Few`] below that.
//!
//!    General back complaints never reach [`Band::Clear`], not even with a
//!    rounded back in the forward bend (which is common and hard to judge
//!    yourself): that needs at least one sign of the hip itself, ankle on
//!    knee, knee to chest or the one-leg stand that was hard, or a stiff
//!    buttock ([`HIP_SPECIFIC`]).
//! 5. Home tests that were skipped are listed: the band rests on fewer
//!    signs, and the result says so.
//! 6. The reasons are the answers that scored, in the order they were asked,
//!    so the result can say "je gaf aan dat…" for each of them.
//! 7. The explainer sections and exercises to suggest are those of the
//!    scoring questions, the most points first; with no scoring answers, or
//!    with the nerve-root pattern, general advice on moving.
//!
//! Every saved result keeps the [`Verdict`] it showed and the
//! [`SCORING_VERSION`] it was made with (`records.rs`), so a change to these
//! rules never changes a past result silently.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::question::{
    Answer, NerveSign, QuestionId, RedFlag, SelfTest, Symptom, Weight, QUESTIONS,
};
use super::triage::{self, Stop};
use crate::exercises::ExerciseId;
use crate::explainer::SectionId;

/// How many signs the answers give that the hip takes part in the back
/// complaints. Never a diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Weinig aanwijzingen dat de heup meedoet.
    Few,
    /// Enkele aanwijzingen dat de heup meedoet.
    Some,
    /// Duidelijke aanwijzingen dat de heup meedoet.
    Clear,
}

/// The version of the questions and of these scoring rules. Bump it with
/// every change that can score the same answers differently; saved results
/// keep the version they were made with.
/// - 1: everything before versions were kept (up to December 2026).
/// - 2: the nerve-root pattern is pain below the knee alone (NHG M55) and
///   gives no hip band; a side counts more than both sides; ankle on knee
///   tells pain from stiffness; the one-leg stand counts only under 50; the
///   forward bend weighs half and is no sign of the hip itself.
pub const SCORING_VERSION: u32 = 2;

/// The one message a result leads with: a band, or the nerve-root pattern
/// instead of any band. Stored with a saved result as its snake_case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Few,
    Some,
    Clear,
    /// Pain below the knee: this fits a nerve better than the hip.
    NerveRoot,
}

impl From<Band> for Verdict {
    fn from(band: Band) -> Verdict {
        match band {
            Band::Few => Verdict::Few,
            Band::Some => Verdict::Some,
            Band::Clear => Verdict::Clear,
        }
    }
}

/// From this many points the band is [`Band::Some`].
pub const SOME_FROM: u32 = 10;
/// From this many points the band is [`Band::Clear`].
pub const CLEAR_FROM: u32 = 20;

/// At most this many explainer sections are suggested.
pub const MAX_SECTIONS: usize = 3;
/// At most this many exercises are suggested.
pub const MAX_EXERCISES: usize = 4;
/// Suggested when no answer scored: moving well in daily life.
const GENERAL_SECTIONS: [SectionId; 2] = [SectionId::HomeAdvice, SectionId::Lifestyle];
/// Suggested when no answer scored: gentle, everyday movement.
const GENERAL_EXERCISES: [ExerciseId; 3] = [
    ExerciseId::Walking,
    ExerciseId::SittingBreak,
    ExerciseId::HipMobility,
];

/// The symptom that is a sign of the hip itself rather than of back
/// trouble in general; so is every sided home test (not the forward bend).
pub const HIP_SPECIFIC: [Symptom; 1] = [Symptom::ButtockStiffness];

impl Band {
    /// The band a total of `points` falls in, when `hip_sign` says whether
    /// any of those points comes from a sign of the hip itself.
    pub fn for_score(points: u32, hip_sign: bool) -> Band {
        if points >= CLEAR_FROM && hip_sign {
            Band::Clear
        } else if points >= SOME_FROM {
            Band::Some
        } else {
            Band::Few
        }
    }
}

impl QuestionId {
    /// Whether a scoring answer to this question is a sign of the hip
    /// itself (a sided home test, or a symptom in [`HIP_SPECIFIC`]). A
    /// rounded back in the forward bend is not: many people bend that way.
    pub fn is_hip_specific(self) -> bool {
        match self {
            QuestionId::SelfTest(SelfTest::ForwardBend) => false,
            QuestionId::SelfTest(_) => true,
            QuestionId::Symptom(symptom) => HIP_SPECIFIC.contains(&symptom),
            _ => false,
        }
    }
}

/// An answer that counted towards the band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: QuestionId,
    pub answer: Answer,
    pub points: u32,
}

/// The scored result of a test without red flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub band: Band,
    pub points: u32,
    /// The answers that scored, in the order they were asked.
    pub reasons: Vec<Reason>,
    /// How long the complaints have lasted, if answered (shapes the advice).
    pub duration: Option<Answer>,
    /// Pain below the knee, with or without a numb, tingling or weaker leg:
    /// a nerve root rather than the hip; the result gives no band and
    /// advises an examination.
    pub nerve_root: bool,
    /// The nerve questions answered "ja", in the order asked: the reasons
    /// of the nerve-root message.
    pub nerve_signs: Vec<NerveSign>,
    /// The one-leg stand was hard, but not counted: the patient is 50 or
    /// over (or did not say).
    pub one_leg_not_counted: bool,
    /// The home tests the patient skipped: the band rests on fewer signs.
    pub skipped: Vec<SelfTest>,
    /// Flags worth telling the GP (the inflammatory pattern).
    pub mentions: Vec<RedFlag>,
}

impl Score {
    /// The one message the result leads with.
    pub fn verdict(&self) -> Verdict {
        if self.nerve_root {
            Verdict::NerveRoot
        } else {
            self.band.into()
        }
    }
}

/// What a set of answers comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A red flag that needs the GP, as soon as its urgency says. Nothing
    /// else counts.
    SeeGp(Stop),
    /// No red flags: a band with its reasons.
    Scored(Score),
}

/// The points `answer` scores under `weight`.
pub fn points(weight: Weight, answer: Answer) -> u32 {
    match (weight, answer) {
        (Weight::Frequency { sometimes, .. }, Answer::Sometimes) => sometimes,
        (Weight::Frequency { often, .. }, Answer::Often) => often,
        (Weight::Sided { one_side, .. }, Answer::Left | Answer::Right) => one_side,
        (Weight::Sided { both_sides, .. }, Answer::BothSides) => both_sides,
        (
            Weight::Sided {
                stiffer_one_side, ..
            },
            Answer::StifferOneSide,
        ) => stiffer_one_side,
        (Weight::FromBack(points), Answer::FromBack) => points,
        _ => 0,
    }
}

/// The most points a test can score.
pub fn max_points() -> u32 {
    QUESTIONS
        .iter()
        .map(|question| {
            question
                .id
                .options()
                .iter()
                .map(|&answer| points(question.weight, answer))
                .max()
                .unwrap_or_default()
        })
        .sum()
}

/// Whether `question` counts at all with these `answers`: the one-leg stand
/// only for those under 50 (see `question.rs` for why); pain to the buttock
/// or thigh not with the nerve-root pattern.
pub fn counts(question: QuestionId, answers: &Answers) -> bool {
    match question {
        QuestionId::SelfTest(SelfTest::OneLegStand) => {
            answers.get(QuestionId::AgeBand) == Some(Answer::UnderFifty)
        }
        QuestionId::Symptom(Symptom::RadiatingPain) => !nerve_root(answers),
        _ => true,
    }
}

/// The nerve-root pattern of NHG M55: pain radiating below the knee, with or
/// without a numb, tingling or weaker leg.
pub fn nerve_root(answers: &Answers) -> bool {
    answers.get(QuestionId::Nerve(NerveSign::PainBelowKnee)) == Some(Answer::Yes)
}

/// Scores a set of answers (see the module documentation for the rules).
pub fn score(answers: &Answers) -> Outcome {
    if let Some(stop) = triage::stop(answers) {
        return Outcome::SeeGp(stop);
    }
    let nerve_root = nerve_root(answers);
    let nerve_signs = [NerveSign::PainBelowKnee, NerveSign::NumbTinglingOrWeakLeg]
        .into_iter()
        .filter(|&sign| answers.get(QuestionId::Nerve(sign)) == Some(Answer::Yes))
        .collect();
    let one_leg = QuestionId::SelfTest(SelfTest::OneLegStand);
    let one_leg_not_counted = !counts(one_leg, answers)
        && answers
            .get(one_leg)
            .is_some_and(|answer| points(one_leg.question().weight, answer) > 0);
    let reasons: Vec<Reason> = QUESTIONS
        .iter()
        .filter(|question| counts(question.id, answers))
        .filter_map(|question| {
            let answer = answers.get(question.id)?;
            let points = points(question.weight, answer);
            (points > 0).then_some(Reason {
                question: question.id,
                answer,
                points,
            })
        })
        .collect();
    let points = reasons.iter().map(|reason| reason.points).sum();
    let hip_sign = reasons
        .iter()
        .any(|reason| reason.question.is_hip_specific());
    let skipped = QUESTIONS
        .iter()
        .filter_map(|question| match question.id {
            QuestionId::SelfTest(test) if answers.get(question.id) == Some(Answer::Skipped) => {
                Some(test)
            }
            _ => None,
        })
        .collect();
    Outcome::Scored(Score {
        band: Band::for_score(points, hip_sign),
        points,
        reasons,
        duration: answers.get(QuestionId::Duration),
        nerve_root,
        nerve_signs,
        one_leg_not_counted,
        skipped,
        mentions: triage::mentions(answers),
    })
}

/// Where a result leads: explainer sections and exercises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestions {
    pub sections: Vec<SectionId>,
    pub exercises: Vec<ExerciseId>,
}

/// The sections and exercises that fit a score: those of the scoring
/// questions, ranked by the points behind them (ties in library order).
/// With the nerve-root pattern, the result is about the nerve, not the hip:
/// general, gentle movement, and never a strengthening exercise.
pub fn suggestions(score: &Score) -> Suggestions {
    if score.reasons.is_empty() || score.nerve_root {
        return Suggestions {
            sections: GENERAL_SECTIONS.to_vec(),
            exercises: GENERAL_EXERCISES.to_vec(),
        };
    }
    let sections = score.reasons.iter().flat_map(|reason| {
        let question = reason.question.question();
        question.sections.iter().map(|&id| (id, reason.points))
    });
    let exercises = score.reasons.iter().flat_map(|reason| {
        let question = reason.question.question();
        question.exercises.iter().map(|&id| (id, reason.points))
    });
    Suggestions {
        sections: rank(sections, &SectionId::ALL, MAX_SECTIONS),
        exercises: rank(exercises, &ExerciseId::ALL, MAX_EXERCISES),
    }
}

/// The `max` items with the most points summed over `weighted`, most first;
/// ties keep the order of `order`.
fn rank<T: Copy + PartialEq>(
    weighted: impl Iterator<Item = (T, u32)>,
    order: &[T],
    max: usize,
) -> Vec<T> {
    let mut totals: Vec<(T, u32)> = order.iter().map(|&item| (item, 0)).collect();
    for (item, points) in weighted {
        if let Some(total) = totals.iter_mut().find(|(known, _)| *known == item) {
            total.1 += points;
        }
    }
    // A stable sort keeps the library order among equal totals.
    totals.sort_by_key(|&(_, total)| std::cmp::Reverse(total));
    totals
        .into_iter()
        .filter(|&(_, total)| total > 0)
        .take(max)
        .map(|(item, _)| item)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises;
    use crate::i18n::Lang;

    use Answer::*;
    use QuestionId as Q;

    const FIGURE_FOUR: Q = Q::SelfTest(SelfTest::FigureFour);
    const KNEE_TO_CHEST: Q = Q::SelfTest(SelfTest::KneeToChest);
    const ONE_LEG: Q = Q::SelfTest(SelfTest::OneLegStand);
    const BEND: Q = Q::SelfTest(SelfTest::ForwardBend);
    const ACHE: Q = Q::Symptom(Symptom::AcheAfterSittingOrWalking);
    const CHAIR: Q = Q::Symptom(Symptom::PainRisingFromChair);
    const STAIRS: Q = Q::Symptom(Symptom::Stairs);
    const BUTTOCK: Q = Q::Symptom(Symptom::ButtockStiffness);
    const BENDING: Q = Q::Symptom(Symptom::PainBendingOrLifting);
    const RADIATING: Q = Q::Symptom(Symptom::RadiatingPain);
    const STRENGTH: Q = Q::Symptom(Symptom::LessStrength);

    /// Answers that differ from a calm, complete test.
    type Changes = &'static [(QuestionId, Answer)];

    /// A complete test without any sign of the hip, changed by `changes`.
    fn answers(changes: &[(QuestionId, Answer)]) -> Answers {
        let mut answers = Answers::default();
        for question in QUESTIONS {
            let calm = match question.id {
                Q::RedFlag(_) | Q::RiskFactor(_) | Q::Nerve(_) => No,
                Q::AgeBand => UnderFifty,
                Q::Symptom(_) => Never,
                Q::Duration => UnderSixWeeks,
                Q::SelfTest(SelfTest::ForwardBend) => FromHips,
                Q::SelfTest(_) => Neither,
            };
            assert!(answers.set(question.id, calm));
        }
        for &(question, answer) in changes {
            assert!(answers.set(question, answer), "{question:?} {answer:?}");
        }
        answers
    }

    /// Every question answered with its highest-scoring answer.
    fn worst() -> Vec<(QuestionId, Answer)> {
        vec![
            (ACHE, Often),
            (CHAIR, Often),
            (STAIRS, Often),
            (BUTTOCK, Often),
            (BENDING, Often),
            (RADIATING, Often),
            (STRENGTH, Often),
            (Q::Duration, OverTwelveWeeks),
            (FIGURE_FOUR, Right),
            (KNEE_TO_CHEST, Left),
            (ONE_LEG, Right),
            (BEND, FromBack),
        ]
    }

    fn scored(answers: &Answers) -> Score {
        match score(answers) {
            Outcome::Scored(score) => score,
            Outcome::SeeGp(stop) => panic!("unexpected red flags {stop:?}"),
        }
    }

    #[test]
    fn the_maximum_is_as_documented_and_every_band_fits_under_it() {
        assert_eq!(max_points(), 36);
        assert_eq!(scored(&answers(&worst())).points, max_points());
        assert!(SOME_FROM < CLEAR_FROM && CLEAR_FROM <= max_points());
    }

    #[test]
    fn every_band_is_reachable_with_the_documented_limits() {
        let cases: &[(&str, Changes, u32, Band)] = &[
            ("no signs at all", &[], 0, Band::Few),
            (
                "two hip symptoms often, bending sometimes",
                &[(STAIRS, Often), (BUTTOCK, Often), (BENDING, Sometimes)],
                9,
                Band::Few,
            ),
            (
                "one point more",
                &[
                    (STAIRS, Often),
                    (BUTTOCK, Often),
                    (BENDING, Sometimes),
                    (STRENGTH, Sometimes),
                ],
                10,
                Band::Some,
            ),
            (
                "two home tests on one side and one hip symptom sometimes",
                &[(FIGURE_FOUR, Left), (ONE_LEG, Right), (STAIRS, Sometimes)],
                10,
                Band::Some,
            ),
            (
                "every symptom sometimes",
                &[
                    (ACHE, Sometimes),
                    (CHAIR, Sometimes),
                    (STAIRS, Sometimes),
                    (BUTTOCK, Sometimes),
                    (BENDING, Sometimes),
                    (RADIATING, Sometimes),
                    (STRENGTH, Sometimes),
                ],
                11,
                Band::Some,
            ),
            (
                "just under clear, with a sign of the hip",
                &[
                    (ACHE, Often),
                    (CHAIR, Often),
                    (STAIRS, Often),
                    (KNEE_TO_CHEST, BothSides),
                    (BENDING, Often),
                    (RADIATING, Often),
                    (STRENGTH, Sometimes),
                ],
                19,
                Band::Some,
            ),
            (
                "three hip symptoms often and one home test",
                &[
                    (ACHE, Often),
                    (CHAIR, Often),
                    (STAIRS, Often),
                    (KNEE_TO_CHEST, Left),
                ],
                16,
                Band::Some,
            ),
            (
                "all four hip symptoms often and one home test on one side",
                &[
                    (ACHE, Often),
                    (CHAIR, Often),
                    (STAIRS, Often),
                    (BUTTOCK, Often),
                    (KNEE_TO_CHEST, Right),
                ],
                20,
                Band::Clear,
            ),
        ];
        for (name, changes, points, band) in cases {
            let score = scored(&answers(changes));
            assert_eq!((score.points, score.band), (*points, *band), "{name}");
            assert_eq!(score.verdict(), Verdict::from(*band), "{name}");
        }
        let everything = scored(&answers(&worst()));
        assert_eq!((everything.points, everything.band), (36, Band::Clear));
    }

    #[test]
    fn a_red_flag_that_needs_the_gp_overrides_everything() {
        use crate::self_check::triage::FLAG_RULES;
        for rule in FLAG_RULES {
            let flag = rule.flag;
            if flag == RedFlag::InflammatoryPattern {
                continue;
            }
            let mut worst_with_flag = worst();
            worst_with_flag.push((Q::RedFlag(flag), Yes));
            let Outcome::SeeGp(stop) = score(&answers(&worst_with_flag)) else {
                panic!("{flag:?} stops the test");
            };
            assert_eq!((stop.urgency, stop.flags), (rule.urgency, vec![flag]));
            // A red flag counts even when nothing else is answered yet.
            let mut only_flag = Answers::default();
            only_flag.set(Q::RedFlag(flag), Yes);
            assert!(matches!(score(&only_flag), Outcome::SeeGp(_)), "{flag:?}");
        }
        let two = answers(&[
            (Q::RedFlag(RedFlag::Cancer), Yes),
            (Q::RedFlag(RedFlag::SaddleNumbness), Yes),
        ]);
        let Outcome::SeeGp(stop) = score(&two) else {
            panic!("two flags stop the test");
        };
        assert_eq!(stop.flags, [RedFlag::SaddleNumbness, RedFlag::Cancer]);
    }

    #[test]
    fn the_inflammatory_pattern_is_mentioned_and_the_test_scores() {
        let inflammatory = (Q::RedFlag(RedFlag::InflammatoryPattern), Yes);
        let score = scored(&answers(&[inflammatory, (STAIRS, Often)]));
        assert_eq!(score.mentions, [RedFlag::InflammatoryPattern]);
        assert_eq!(score.points, 4);
        assert!(scored(&answers(&[(STAIRS, Often)])).mentions.is_empty());
    }

    const BELOW_KNEE: Q = Q::Nerve(NerveSign::PainBelowKnee);
    const NUMB_LEG: Q = Q::Nerve(NerveSign::NumbTinglingOrWeakLeg);

    #[test]
    fn the_nerve_root_pattern_is_pain_below_the_knee_with_or_without_numbness() {
        use NerveSign::*;
        // Enough for the top band without the nerve-root pattern.
        let hip = [
            (ACHE, Often),
            (CHAIR, Often),
            (STAIRS, Often),
            (BUTTOCK, Often),
            (RADIATING, Often),
            (STRENGTH, Often),
            (FIGURE_FOUR, Left),
        ];
        let cases: &[(Answer, Answer, bool, &[NerveSign])] = &[
            (Yes, No, true, &[PainBelowKnee]),
            (Yes, Yes, true, &[PainBelowKnee, NumbTinglingOrWeakLeg]),
            (No, Yes, false, &[NumbTinglingOrWeakLeg]),
            (No, No, false, &[]),
        ];
        for &(below_knee, numb, nerve, signs) in cases {
            let mut changes = hip.to_vec();
            changes.extend([(BELOW_KNEE, below_knee), (NUMB_LEG, numb)]);
            let score = scored(&answers(&changes));
            let case = format!("below the knee {below_knee:?}, numb {numb:?}");
            assert_eq!(score.nerve_root, nerve, "{case}");
            assert_eq!(score.nerve_signs, signs, "{case}");
            let found = suggestions(&score);
            let strengthening = found
                .exercises
                .iter()
                .any(|id| exercises::exercise(*id, Lang::Nl).group == exercises::Group::Strength);
            if nerve {
                // One message: the nerve, and no hip band above it.
                assert_eq!(score.verdict(), Verdict::NerveRoot, "{case}");
                assert!(score.reasons.iter().all(|r| r.question != RADIATING));
                assert_eq!(
                    score.points, 22,
                    "{case}: the radiating pain no longer counts"
                );
                assert_eq!(found.sections, GENERAL_SECTIONS, "{case}");
                assert_eq!(found.exercises, GENERAL_EXERCISES, "{case}");
                assert!(!strengthening, "{case}");
            } else {
                assert_eq!(score.verdict(), Verdict::Clear, "{case}");
                assert_eq!(score.points, 24, "{case}");
                assert!(strengthening, "{case}");
            }
        }
    }

    #[test]
    fn general_complaints_and_a_rounded_back_stay_below_the_top_band() {
        assert_eq!(Band::for_score(CLEAR_FROM, false), Band::Some);
        assert_eq!(Band::for_score(max_points(), false), Band::Some);
        assert_eq!(Band::for_score(CLEAR_FROM, true), Band::Clear);
        assert_eq!(Band::for_score(CLEAR_FROM - 1, true), Band::Some);
        let general = [
            (ACHE, Often),
            (CHAIR, Often),
            (STAIRS, Often),
            (BENDING, Often),
            (RADIATING, Often),
            (STRENGTH, Often),
            (BEND, FromBack),
        ];
        let cases: &[(&str, Changes, u32, Band)] = &[
            ("general complaints and a rounded back", &[], 20, Band::Some),
            (
                "and ankle on knee painful on one side",
                &[(FIGURE_FOUR, Left)],
                24,
                Band::Clear,
            ),
            (
                "and ankle on knee stiffer on one side",
                &[(FIGURE_FOUR, StifferOneSide)],
                22,
                Band::Clear,
            ),
            (
                "and a stiff buttock",
                &[(BUTTOCK, Sometimes)],
                22,
                Band::Clear,
            ),
            (
                "and a one-leg stand that was hard, from 50",
                &[(ONE_LEG, Left), (Q::AgeBand, FiftyOrOver)],
                20,
                Band::Some,
            ),
        ];
        for (name, changes, points, band) in cases {
            let mut all = general.to_vec();
            all.extend_from_slice(changes);
            let score = scored(&answers(&all));
            assert_eq!((score.points, score.band), (*points, *band), "{name}");
        }
    }

    /// Every question that is no sign of the hip itself, answered with the
    /// answer that scores most under today's weights.
    fn most_without_a_hip_sign() -> Vec<(QuestionId, Answer)> {
        QUESTIONS
            .iter()
            .filter(|question| !question.id.is_hip_specific())
            .filter_map(|question| {
                let best = question
                    .id
                    .options()
                    .iter()
                    .copied()
                    .max_by_key(|&answer| points(question.weight, answer))?;
                (points(question.weight, best) > 0).then_some((question.id, best))
            })
            .collect()
    }

    #[test]
    fn the_most_points_without_a_sign_of_the_hip_reach_the_top_band_but_not_its_message() {
        let general = most_without_a_hip_sign();
        let score = scored(&answers(&general));
        // With today's weights the rule decides real results: without it,
        // these answers would say "duidelijke aanwijzingen".
        assert!(
            score.points >= CLEAR_FROM,
            "{} points without a hip sign: the rule can no longer change a result",
            score.points
        );
        assert!(
            score.reasons.iter().any(|reason| reason.question == BEND),
            "the rounded back is among them: {:?}",
            score.reasons
        );
        assert_eq!(score.band, Band::Some, "{:?}", score.reasons);
        assert_eq!(score.verdict(), Verdict::Some);
        // Any one sign of the hip itself, and the same answers are the top band.
        let hip_signs = [
            (BUTTOCK, Sometimes),
            (FIGURE_FOUR, StifferOneSide),
            (KNEE_TO_CHEST, BothSides),
            (ONE_LEG, Left),
        ];
        for sign in hip_signs {
            let mut with_sign = general.clone();
            with_sign.push(sign);
            let score = scored(&answers(&with_sign));
            assert_eq!(score.band, Band::Clear, "{sign:?}");
        }
    }

    #[test]
    fn a_rounded_back_scores_as_much_as_a_stiff_buttock_but_is_no_sign_of_the_hip() {
        let general = [
            (ACHE, Often),
            (CHAIR, Often),
            (STAIRS, Often),
            (BENDING, Often),
            (RADIATING, Often),
            (STRENGTH, Often),
        ];
        let with = |last: (QuestionId, Answer)| {
            let mut all = general.to_vec();
            all.push(last);
            scored(&answers(&all))
        };
        let (rounded_back, stiff_buttock) = (with((BEND, FromBack)), with((BUTTOCK, Sometimes)));
        // The same points, at the top band's limit: only the hip sign differs.
        assert_eq!(rounded_back.points, CLEAR_FROM);
        assert_eq!(stiff_buttock.points, CLEAR_FROM);
        assert_eq!(rounded_back.band, Band::Some);
        assert_eq!(stiff_buttock.band, Band::Clear);
    }

    #[test]
    fn the_one_leg_stand_counts_only_under_fifty() {
        // (age, answer) → points, and whether the result says it did not count.
        let cases: &[(Option<Answer>, Answer, u32, bool)] = &[
            (Some(UnderFifty), Left, 4, false),
            (Some(UnderFifty), BothSides, 2, false),
            (Some(UnderFifty), Neither, 0, false),
            (Some(FiftyOrOver), Right, 0, true),
            (Some(FiftyOrOver), BothSides, 0, true),
            (Some(FiftyOrOver), Neither, 0, false),
            (Some(FiftyOrOver), Skipped, 0, false),
            (None, Left, 0, true),
        ];
        for &(age, side, points, not_counted) in cases {
            let mut given = answers(&[(ONE_LEG, side)]);
            match age {
                Some(age) => assert!(given.set(Q::AgeBand, age)),
                None => given.clear(Q::AgeBand),
            }
            let score = scored(&given);
            let case = format!("{age:?} {side:?}");
            assert_eq!(score.points, points, "{case}");
            assert_eq!(score.one_leg_not_counted, not_counted, "{case}");
            assert_eq!(
                score.reasons.iter().any(|r| r.question == ONE_LEG),
                points > 0,
                "{case}"
            );
        }
        // The age band counts for nothing else.
        let other = [(FIGURE_FOUR, Left), (KNEE_TO_CHEST, Right), (STAIRS, Often)];
        let mut older = other.to_vec();
        older.push((Q::AgeBand, FiftyOrOver));
        assert_eq!(scored(&answers(&older)).points, 12);
        assert_eq!(scored(&answers(&other)).points, 12);
    }

    #[test]
    fn ankle_on_knee_scores_pain_more_than_stiffness() {
        let cases = [
            (Left, 4),
            (Right, 4),
            (BothSides, 2),
            (StifferOneSide, 2),
            (Neither, 0),
            (Skipped, 0),
        ];
        for (answer, expected) in cases {
            let score = scored(&answers(&[(FIGURE_FOUR, answer)]));
            assert_eq!(score.points, expected, "{answer:?}");
        }
        // Only ankle on knee asks about stiffness.
        let mut given = Answers::default();
        for test in [KNEE_TO_CHEST, ONE_LEG, BEND] {
            assert!(!given.set(test, StifferOneSide), "{test:?}");
        }
    }

    #[test]
    fn one_side_scores_more_than_both_sides_and_neither_or_skipped_nothing() {
        let cases = [
            (Left, 4),
            (Right, 4),
            (BothSides, 2),
            (Neither, 0),
            (Skipped, 0),
        ];
        for test in [FIGURE_FOUR, KNEE_TO_CHEST, ONE_LEG] {
            for (side, expected) in cases {
                let score = scored(&answers(&[(test, side)]));
                assert_eq!(score.points, expected, "{test:?} {side:?}");
            }
        }
    }

    #[test]
    fn skipped_home_tests_are_listed() {
        let score = scored(&answers(&[
            (ONE_LEG, Skipped),
            (BEND, Skipped),
            (FIGURE_FOUR, Left),
        ]));
        assert_eq!(
            score.skipped,
            [SelfTest::OneLegStand, SelfTest::ForwardBend]
        );
        assert!(scored(&answers(&[(BEND, Unsure)])).skipped.is_empty());
    }

    #[test]
    fn the_forward_bend_counts_half_and_only_when_it_comes_from_the_back() {
        let cases = [(FromBack, 2), (FromHips, 0), (Unsure, 0), (Skipped, 0)];
        for (answer, expected) in cases {
            assert_eq!(scored(&answers(&[(BEND, answer)])).points, expected);
        }
        assert!(!BEND.is_hip_specific());
    }

    #[test]
    fn hip_symptoms_weigh_double_and_often_twice_sometimes() {
        let cases = [
            (STAIRS, Never, 0),
            (STAIRS, Sometimes, 2),
            (STAIRS, Often, 4),
            (BENDING, Sometimes, 1),
            (BENDING, Often, 2),
            (RADIATING, Often, 2),
            (ACHE, Often, 4),
        ];
        for (symptom, answer, expected) in cases {
            let score = scored(&answers(&[(symptom, answer)]));
            assert_eq!(score.points, expected, "{symptom:?} {answer:?}");
        }
    }

    #[test]
    fn the_duration_shapes_the_advice_but_not_the_band() {
        let base = [(STAIRS, Often), (FIGURE_FOUR, Left), (BENDING, Often)];
        for duration in [UnderSixWeeks, SixToTwelveWeeks, OverTwelveWeeks] {
            let mut changes = base.to_vec();
            changes.push((Q::Duration, duration));
            let score = scored(&answers(&changes));
            assert_eq!((score.points, score.band), (10, Band::Some));
            assert_eq!(score.duration, Some(duration));
        }
    }

    #[test]
    fn the_reasons_are_the_scoring_answers_in_the_order_asked() {
        let score = scored(&answers(&[
            (ONE_LEG, Left),
            (STAIRS, Sometimes),
            (BEND, Unsure),
            (ACHE, Often),
        ]));
        let reasons: Vec<_> = score
            .reasons
            .iter()
            .map(|r| (r.question, r.answer, r.points))
            .collect();
        assert_eq!(
            reasons,
            [(ACHE, Often, 4), (STAIRS, Sometimes, 2), (ONE_LEG, Left, 4)]
        );
    }

    #[test]
    fn suggestions_follow_the_answers_that_scored_most() {
        use ExerciseId as E;
        use SectionId as S;
        let cases: &[(Changes, &[S], &[E])] = &[
            (&[], &GENERAL_SECTIONS, &GENERAL_EXERCISES),
            (
                &[(STAIRS, Often), (STRENGTH, Sometimes)],
                &[S::Limitations],
                &[E::Bridge, E::Lunge, E::Clamshell, E::SideLyingAbduction],
            ),
            (
                &[(BEND, FromBack), (BENDING, Sometimes)],
                &[S::HipSteersBack],
                &[E::HipHinge, E::Bridge],
            ),
            (
                &[(FIGURE_FOUR, Right), (ACHE, Sometimes)],
                &[S::Limitations, S::HipSteersBack, S::Lifestyle],
                &[
                    E::HipMobility,
                    E::HipRotation,
                    E::HipFlexorStretch,
                    E::Walking,
                ],
            ),
        ];
        for (changes, sections, exercises) in cases {
            let found = suggestions(&scored(&answers(changes)));
            assert_eq!(found.sections, *sections, "{changes:?}");
            assert_eq!(found.exercises, *exercises, "{changes:?}");
        }
        let most = suggestions(&scored(&answers(&worst())));
        assert_eq!(most.sections.len(), MAX_SECTIONS);
        assert_eq!(most.exercises.len(), MAX_EXERCISES);
    }
}
