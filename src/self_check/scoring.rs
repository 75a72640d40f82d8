//! How answers become a result: a pure function, so every rule here is
//! tested without a browser.
//!
//! 1. Any red flag answered "yes" overrides everything: the outcome is
//!    "contact the GP", with no points and no band.
//! 2. Otherwise every answer scores the points its question's [`Weight`]
//!    gives it (the weights sit next to the questions, in `question.rs`);
//!    an unanswered question scores 0.
//! 3. The total falls in one of three bands, with the limits below. The
//!    maximum is 38 (22 for the symptoms, 16 for the home tests).
//!    - [`Band::Clear`] from [`CLEAR_FROM`] = 20, a little over half the
//!      maximum: for example "vaak" for three of the four hip symptoms and
//!      one home test that was hard.
//!    - [`Band::Some`] from [`SOME_FROM`] = 10: for example two home tests
//!      that were hard and one hip symptom "soms", or "soms" for every
//!      symptom.
//!    - [`Band::Few`] below that.
//! 4. The reasons are the answers that scored, in the order they were asked,
//!    so the result can say "je gaf aan dat…" for each of them.
//! 5. The explainer sections and exercises to suggest are those of the
//!    scoring questions, the most points first; with no scoring answers,
//!    general advice on moving.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::question::{Answer, QuestionId, RedFlag, Weight, QUESTIONS};
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

impl Band {
    /// The band a total of `points` falls in.
    pub fn for_points(points: u32) -> Band {
        if points >= CLEAR_FROM {
            Band::Clear
        } else if points >= SOME_FROM {
            Band::Some
        } else {
            Band::Few
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
}

/// What a set of answers comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// At least one red flag: contact the GP today. Nothing else counts.
    SeeGp(Vec<RedFlag>),
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
    let red_flags = answers.red_flags();
    if !red_flags.is_empty() {
        return Outcome::SeeGp(red_flags);
    }
    let reasons: Vec<Reason> = QUESTIONS
        .iter()
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
    Outcome::Scored(Score {
        band: Band::for_points(points),
        points,
        reasons,
        duration: answers.get(QuestionId::Duration),
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
pub fn suggestions(score: &Score) -> Suggestions {
    if score.reasons.is_empty() {
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
                Q::RedFlag(_) => No,
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
            Outcome::SeeGp(flags) => panic!("unexpected red flags {flags:?}"),
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
    fn a_red_flag_overrides_everything() {
        let flags = [
            RedFlag::BladderOrBowel,
            RedFlag::SaddleNumbness,
            RedFlag::LegWeakening,
            RedFlag::FeverOrIll,
            RedFlag::FallOrAccident,
            RedFlag::WeightLoss,
            RedFlag::Cancer,
        ];
        for flag in flags {
            let mut worst_with_flag = worst();
            worst_with_flag.push((Q::RedFlag(flag), Yes));
            assert_eq!(
                score(&answers(&worst_with_flag)),
                Outcome::SeeGp(vec![flag])
            );
            let mut calm_with_flag = answers(&[(Q::RedFlag(flag), Yes)]);
            assert_eq!(score(&calm_with_flag), Outcome::SeeGp(vec![flag]));
            // A red flag counts even when nothing else is answered yet.
            calm_with_flag = Answers::default();
            calm_with_flag.set(Q::RedFlag(flag), Yes);
            assert_eq!(score(&calm_with_flag), Outcome::SeeGp(vec![flag]));
        }
        let two = answers(&[
            (Q::RedFlag(RedFlag::Cancer), Yes),
            (Q::RedFlag(RedFlag::SaddleNumbness), Yes),
        ]);
        assert_eq!(
            score(&two),
            Outcome::SeeGp(vec![RedFlag::SaddleNumbness, RedFlag::Cancer])
        );
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
