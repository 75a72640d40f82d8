//! How answers become a result: a pure function, so every rule here is
//! tested without a browser.
//!
//! 1. A red flag that needs the GP (`triage.rs`) overrides everything: the
//!    outcome is "contact the GP", as urgently as the flag says, with no
//!    points and no band. The inflammatory pattern only adds a line to
//!    mention to the GP.
//! 2. Otherwise every answer scores the points its question's [`Weight`]
//!    gives it (the weights sit next to the questions, in `question.rs`);
//!    an unanswered question scores 0.
//! 3. The nerve-root pattern: pain below the knee together with a numb,
//!    tingling or weaker leg points to a nerve root in the back, not to the
//!    hip (NHG M55). Then pain to the buttock or thigh does not count, the
//!    result advises an examination by the GP or physiotherapist, and no
//!    strengthening exercise is suggested.
//! 4. The total falls in one of three bands, with the limits below. The
//!    maximum is 38 (22 for the symptoms, 16 for the home tests).
//!    - [`Band::Clear`] from [`CLEAR_FROM`] = 20, a little over half the
//!      maximum: for example "vaak" for three of the four hip symptoms and
//!      one home test that was hard.
//!    - [`Band::Some`] from [`SOME_FROM`] = 10: for example two home tests
//!      that were hard and one hip symptom "soms", or "soms" for every
//!      symptom.
//!    - [`Band::Few`] below that.
//!
//!    General back complaints alone (sitting, a chair, stairs, bending)
//!    never reach [`Band::Clear`]: that needs at least one sign of the hip
//!    itself, a home test that was hard or a stiff buttock
//!    ([`HIP_SPECIFIC`]).
//! 5. Home tests that were skipped are listed: the band then rests on fewer
//!    signs, and the result says so.
//! 6. The reasons are the answers that scored, in the order they were asked,
//!    so the result can say "je gaf aan dat…" for each of them.
//! 7. The explainer sections and exercises to suggest are those of the
//!    scoring questions, the most points first; with no scoring answers,
//!    general advice on moving.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::question::{
    Answer, NerveSign, QuestionId, RedFlag, SelfTest, Symptom, Weight, QUESTIONS,
};
use super::triage::{self, Stop};
use crate::exercises::{self, ExerciseId};
use crate::explainer::SectionId;
use crate::i18n::Lang;

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
/// trouble in general; every home test is one too.
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
    /// itself (a home test, or a symptom in [`HIP_SPECIFIC`]).
    pub fn is_hip_specific(self) -> bool {
        match self {
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
    /// Pain below the knee with a numb, tingling or weaker leg: a nerve
    /// root rather than the hip; the result advises an examination.
    pub nerve_root: bool,
    /// The home tests the patient skipped: the band rests on fewer signs.
    pub skipped: Vec<SelfTest>,
    /// Flags worth telling the GP (the inflammatory pattern).
    pub mentions: Vec<RedFlag>,
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
        (Weight::AnySide(points), Answer::Left | Answer::Right | Answer::BothSides) => points,
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

/// Scores a set of answers (see the module documentation for the rules).
pub fn score(answers: &Answers) -> Outcome {
    if let Some(stop) = triage::stop(answers) {
        return Outcome::SeeGp(stop);
    }
    let nerve_root = [NerveSign::PainBelowKnee, NerveSign::NumbTinglingOrWeakLeg]
        .iter()
        .all(|&sign| answers.get(QuestionId::Nerve(sign)) == Some(Answer::Yes));
    let reasons: Vec<Reason> = QUESTIONS
        .iter()
        .filter(|question| {
            !(nerve_root && question.id == QuestionId::Symptom(Symptom::RadiatingPain))
        })
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
/// With the nerve-root pattern, no strengthening exercise.
pub fn suggestions(score: &Score) -> Suggestions {
    if score.reasons.is_empty() {
        return Suggestions {
            sections: GENERAL_SECTIONS.to_vec(),
            exercises: GENERAL_EXERCISES.to_vec(),
        };
    }
    let allowed = |id: &ExerciseId| {
        !(score.nerve_root
            && exercises::exercise(*id, Lang::Nl).group == exercises::Group::Strength)
    };
    let sections = score.reasons.iter().flat_map(|reason| {
        let question = reason.question.question();
        question.sections.iter().map(|&id| (id, reason.points))
    });
    let exercises = score.reasons.iter().flat_map(|reason| {
        let question = reason.question.question();
        question
            .exercises
            .iter()
            .filter(|id| allowed(id))
            .map(|&id| (id, reason.points))
    });
    let mut exercises = rank(exercises, &ExerciseId::ALL, MAX_EXERCISES);
    if exercises.is_empty() {
        // Only strengthening fitted, and the nerve-root pattern rules it out.
        exercises = GENERAL_EXERCISES.to_vec();
    }
    Suggestions {
        sections: rank(sections, &SectionId::ALL, MAX_SECTIONS),
        exercises,
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
    use crate::self_check::question::{SelfTest, Symptom};

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
            (FIGURE_FOUR, BothSides),
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
        assert_eq!(max_points(), 38);
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
                "two home tests and one hip symptom sometimes",
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
                "just under clear",
                &[
                    (ACHE, Often),
                    (CHAIR, Often),
                    (STAIRS, Often),
                    (BEND, FromBack),
                    (STRENGTH, Sometimes),
                    (RADIATING, Sometimes),
                    (BENDING, Sometimes),
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
                    (KNEE_TO_CHEST, BothSides),
                ],
                16,
                Band::Some,
            ),
            (
                "three hip symptoms often and two home tests",
                &[
                    (ACHE, Often),
                    (CHAIR, Often),
                    (STAIRS, Often),
                    (KNEE_TO_CHEST, BothSides),
                    (BEND, FromBack),
                ],
                20,
                Band::Clear,
            ),
        ];
        for (name, changes, points, band) in cases {
            let score = scored(&answers(changes));
            assert_eq!((score.points, score.band), (*points, *band), "{name}");
        }
        let everything = scored(&answers(&worst()));
        assert_eq!((everything.points, everything.band), (38, Band::Clear));
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
    fn the_nerve_root_pattern_does_not_count_for_the_hip_and_leaves_out_strengthening() {
        let base = [(RADIATING, Often), (STRENGTH, Often), (STAIRS, Often)];
        let with = |signs: &[(QuestionId, Answer)]| {
            let mut changes = base.to_vec();
            changes.extend_from_slice(signs);
            scored(&answers(&changes))
        };
        let nerve = with(&[(BELOW_KNEE, Yes), (NUMB_LEG, Yes)]);
        assert!(nerve.nerve_root);
        assert_eq!(nerve.points, 6, "the radiating pain no longer counts");
        assert!(nerve
            .reasons
            .iter()
            .all(|reason| reason.question != RADIATING));
        let found = suggestions(&nerve);
        assert!(!found.exercises.is_empty());
        for id in &found.exercises {
            let group = exercises::exercise(*id, Lang::Nl).group;
            assert_ne!(group, exercises::Group::Strength, "{id:?}");
        }
        // Either sign alone is not the pattern.
        for one in [
            [(BELOW_KNEE, Yes), (NUMB_LEG, No)],
            [(BELOW_KNEE, No), (NUMB_LEG, Yes)],
        ] {
            let score = with(&one);
            assert!(!score.nerve_root, "{one:?}");
            assert_eq!(score.points, 8);
            let found = suggestions(&score);
            assert!(found.exercises.iter().any(|id| {
                exercises::exercise(*id, Lang::Nl).group == exercises::Group::Strength
            }));
        }
    }

    #[test]
    fn general_back_complaints_alone_never_reach_the_highest_band() {
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
        ];
        let score = scored(&answers(&general));
        assert_ne!(score.band, Band::Clear, "{} points", score.points);
        // One home test that was hard is a sign of the hip itself.
        let mut with_test = general.to_vec();
        with_test.push((FIGURE_FOUR, Left));
        assert_eq!(scored(&answers(&with_test)).band, Band::Clear);
        let mut with_buttock = general.to_vec();
        with_buttock.push((BUTTOCK, Often));
        assert_eq!(scored(&answers(&with_buttock)).band, Band::Clear);
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
    fn one_side_and_both_sides_score_the_same_and_neither_or_skipped_nothing() {
        let cases = [
            (Left, 4),
            (Right, 4),
            (BothSides, 4),
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
    fn the_forward_bend_counts_only_when_it_comes_from_the_back() {
        let cases = [(FromBack, 4), (FromHips, 0), (Unsure, 0), (Skipped, 0)];
        for (answer, expected) in cases {
            assert_eq!(scored(&answers(&[(BEND, answer)])).points, expected);
        }
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
