//! The self-check's questions, in the order they are asked, each with what
//! its answers count for (its weight) and where it leads in the explainer
//! and the exercise library. Pure data without words: the texts live in the
//! per-language tables (`nl.rs`), keyed by [`QuestionId`].
//!
//! How the weights were chosen (the scoring rules are in `scoring.rs`):
//! - Red flags count for nothing: a "yes" stops the test or, for the
//!   inflammatory pattern, adds a line for the GP (urgency and source of
//!   each flag: `triage.rs`). The age band grades a fall, and decides
//!   whether the one-leg stand counts (below).
//! - The two nerve questions count for nothing either: pain below the knee,
//!   with or without a numb, tingling or weaker leg, points to a nerve root
//!   rather than the hip (NHG M55), and the result then gives no hip band
//!   at all (`scoring.rs`).
//! - Symptoms from the article score for "soms" and double for "vaak". The
//!   four that the article's FAQ names as signs of the hip (trouble walking,
//!   climbing stairs, getting up, a stiff hip) weigh twice as much as the
//!   three that are just as common in back trouble without the hip
//!   (bending and lifting, pain to the buttock or thigh, a weaker buttock).
//! - How long the complaints last counts for nothing: it says nothing about
//!   the hip, and changes the advice instead.
//! - The sided home tests look at the hip itself. What they can show at
//!   home is a difference between the sides: the other side shows what is
//!   normal for you. So a test that was hard on one side weighs as much as
//!   the "vaak" of a hip symptom, and hard on both sides in the same way
//!   only half: it may be your normal (everyone's hips have a limit, and
//!   balance on one leg differs a lot between people), and we cannot tell
//!   that from the hip taking part in both.
//! - Ankle on knee (figure four) stretches the buttock: a stiff, stretching
//!   feeling is what the test normally feels like. Pain in the hip, buttock
//!   or groin scores as above; no pain but one side clearly stiffer than
//!   the other (a difference between the sides) scores half; the same
//!   stiffness on both sides scores nothing (it is "geen van beide").
//! - The one-leg stand counts only for those who said they are under 50.
//!   Standing 30 seconds on one leg gets harder with age for people without
//!   any hip trouble (normal values for 549 healthy adults in Springer et
//!   al., J Geriatr Phys Ther 2007: the time falls with every age group,
//!   and from about 60 the average is under 30 seconds). The age question has only two
//!   bands (under 50, 50 or over), and 50 or over includes people for whom
//!   under 30 seconds is normal; so from 50 the test is still asked and
//!   shown, but not scored. A finer age band would let it count up to 60.
//! - The forward bend weighs half a test: rounding the back when bending
//!   forward is normal for many people and hard to judge yourself. It is no
//!   sign of the hip itself, so it never unlocks the top band
//!   (`scoring.rs`).
//! - The side is kept for the reasons and for comparing results over time.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::exercises::{ExerciseId, ExerciseId as E};
use crate::explainer::{SectionId, SectionId as S};

/// A warning sign that needs a doctor on its own, rather than a
/// self-check. How urgent each one is, and the guideline it comes from:
/// `triage.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RedFlag {
    /// New loss of bladder or bowel control, or cannot pee.
    BladderOrBowel,
    /// Numbness in the saddle area.
    SaddleNumbness,
    /// New numbness or weakness in both legs.
    BothLegs,
    /// A leg getting weaker quickly.
    LegWeakening,
    /// Back pain that started or got much worse after a serious accident
    /// (a fall from a height or down the stairs, a road accident, a hard
    /// blow) in the last six weeks.
    SeriousAccident,
    /// Cancer now or in the past, with back pain the doctor does not know
    /// of yet (answered [`Answer::Yes`]; [`Answer::YesDoctorKnows`] is no
    /// flag).
    Cancer,
    /// Unintended weight loss.
    WeightLoss,
    /// Fever or feeling ill together with the back pain.
    FeverOrIll,
    /// Fever together with drug use by injection or a recent bacterial
    /// infection.
    FeverWithInfectionRisk,
    /// A weakened immune system (illness or medicines).
    WeakImmunity,
    /// An operation or injection on the lower back in the last three
    /// months, with back pain that is new or worse since.
    RecentBackProcedure,
    /// Pain at night or at rest that does not change with position.
    NightPain,
    /// Pain so bad that painkillers do not help.
    PainkillersDoNotHelp,
    /// The pattern of an inflammatory back: started before about 45, stiff
    /// for more than half an hour in the morning, better when moving.
    InflammatoryPattern,
}

/// A fact that is no warning sign on its own, but makes one together with
/// another sign (KNGF B.1.3); which, and why: `triage.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RiskFactor {
    /// Osteoporosis (brittle bones).
    Osteoporosis,
    /// Long-term corticosteroids (prednison) as tablets or injections.
    Corticosteroids,
    /// A fall in the last six weeks other than a serious accident, such as
    /// tripping or slipping.
    MinorFall,
}

/// A sign that leg pain comes from a nerve root in the back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NerveSign {
    /// The pain goes down to below the knee.
    PainBelowKnee,
    /// A leg feels numb or tingles, or is weaker than usual.
    NumbTinglingOrWeakLeg,
}

/// A symptom from the article that may point to the hip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Symptom {
    /// A nagging lower back after sitting or walking.
    AcheAfterSittingOrWalking,
    /// Pain when getting up from a chair.
    PainRisingFromChair,
    /// Difficulty with stairs.
    Stairs,
    /// Stiffness or pressure in the buttock.
    ButtockStiffness,
    /// Pain when bending forward or lifting.
    PainBendingOrLifting,
    /// Pain radiating to the buttock or thigh.
    RadiatingPain,
    /// One buttock feels weaker than the other (the glutes).
    LessStrength,
}

/// A simple test of the hip a patient can do at home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SelfTest {
    /// Sitting, one ankle on the other knee (figure four): hip rotation.
    FigureFour,
    /// Lying on the back, one knee pulled to the chest: hip flexion.
    KneeToChest,
    /// Standing on one leg for 30 seconds: the side glutes' control.
    OneLegStand,
    /// Bending forward: does the movement come from the hips or the back?
    ForwardBend,
}

/// One question of the self-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionId {
    RedFlag(RedFlag),
    RiskFactor(RiskFactor),
    /// Under 50, or 50 and over: a minor fall weighs more from 50.
    AgeBand,
    Nerve(NerveSign),
    Symptom(Symptom),
    /// How long the complaints have lasted.
    Duration,
    SelfTest(SelfTest),
}

/// The part of the test a question belongs to, shown above the question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The red flags, the risk factors and the age band.
    Safety,
    /// The symptoms and their duration.
    Complaints,
    /// The home tests.
    SelfTests,
}

/// One possible answer. Each question offers a few of them
/// ([`QuestionId::options`]); stored as its snake_case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    /// Yes, and the doctor already knows of this back pain (cancer).
    YesDoctorKnows,
    No,
    UnderFifty,
    FiftyOrOver,
    Never,
    Sometimes,
    Often,
    UnderSixWeeks,
    SixToTwelveWeeks,
    OverTwelveWeeks,
    Left,
    Right,
    BothSides,
    Neither,
    /// Ankle on knee: no pain, but one side clearly stiffer than the other.
    StifferOneSide,
    FromHips,
    FromBack,
    Unsure,
    /// The patient could not or did not want to do a home test.
    Skipped,
}

/// What the answers to a question count for. See the module documentation
/// for why each weight is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// A red flag: no points; "yes" stops the test.
    RedFlag,
    /// Not counted (the risk factors, the age band, the duration, the
    /// nerve questions).
    NotCounted,
    /// A symptom: points for "soms" and for "vaak"; "nooit" is 0.
    Frequency { sometimes: u32, often: u32 },
    /// A test done on each side: `one_side` for "links" or "rechts",
    /// `both_sides` (fewer) for "beide kanten", `stiffer_one_side` for "no
    /// pain, one side stiffer" where the test offers it; "geen van beide"
    /// and skipped are 0.
    Sided {
        one_side: u32,
        both_sides: u32,
        stiffer_one_side: u32,
    },
    /// The forward bend: points when the movement comes mostly from the
    /// back; from the hips, unsure or skipped are 0.
    FromBack(u32),
}

/// A question with its weight and the explainer sections and exercises it
/// leads to when it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub weight: Weight,
    pub sections: &'static [SectionId],
    pub exercises: &'static [ExerciseId],
}

const fn red_flag(flag: RedFlag) -> Question {
    Question {
        id: QuestionId::RedFlag(flag),
        weight: Weight::RedFlag,
        sections: &[],
        exercises: &[],
    }
}

const fn not_counted(id: QuestionId) -> Question {
    Question {
        id,
        weight: Weight::NotCounted,
        sections: &[],
        exercises: &[],
    }
}

const fn symptom(
    symptom: Symptom,
    sometimes: u32,
    often: u32,
    sections: &'static [SectionId],
    exercises: &'static [ExerciseId],
) -> Question {
    Question {
        id: QuestionId::Symptom(symptom),
        weight: Weight::Frequency { sometimes, often },
        sections,
        exercises,
    }
}

const fn self_test(
    test: SelfTest,
    weight: Weight,
    sections: &'static [SectionId],
    exercises: &'static [ExerciseId],
) -> Question {
    Question {
        id: QuestionId::SelfTest(test),
        weight,
        sections,
        exercises,
    }
}

/// Every question, in the order the test asks them: red flags first (those
/// to call about now at the very start; osteoporosis, corticosteroids and
/// the age band before the minor fall they grade, and the fever before the
/// operation it makes urgent), then the symptoms, the nerve questions and
/// the duration, then the home tests.
pub const QUESTIONS: [Question; 32] = [
    red_flag(RedFlag::BladderOrBowel),
    red_flag(RedFlag::SaddleNumbness),
    red_flag(RedFlag::BothLegs),
    red_flag(RedFlag::LegWeakening),
    red_flag(RedFlag::SeriousAccident),
    red_flag(RedFlag::Cancer),
    red_flag(RedFlag::WeightLoss),
    red_flag(RedFlag::FeverOrIll),
    red_flag(RedFlag::FeverWithInfectionRisk),
    red_flag(RedFlag::WeakImmunity),
    red_flag(RedFlag::RecentBackProcedure),
    red_flag(RedFlag::NightPain),
    red_flag(RedFlag::PainkillersDoNotHelp),
    not_counted(QuestionId::RiskFactor(RiskFactor::Osteoporosis)),
    not_counted(QuestionId::RiskFactor(RiskFactor::Corticosteroids)),
    not_counted(QuestionId::AgeBand),
    not_counted(QuestionId::RiskFactor(RiskFactor::MinorFall)),
    red_flag(RedFlag::InflammatoryPattern),
    symptom(
        Symptom::AcheAfterSittingOrWalking,
        2,
        4,
        &[S::HipSteersBack, S::Lifestyle],
        &[E::SittingBreak, E::Walking, E::HipFlexorStretch],
    ),
    symptom(
        Symptom::PainRisingFromChair,
        2,
        4,
        &[S::Limitations],
        &[E::Bridge, E::HipHinge],
    ),
    symptom(
        Symptom::Stairs,
        2,
        4,
        &[S::Limitations],
        &[E::Bridge, E::Lunge],
    ),
    symptom(
        Symptom::ButtockStiffness,
        2,
        4,
        &[S::HipJoint, S::Limitations],
        &[E::HipMobility, E::HipRotation],
    ),
    symptom(
        Symptom::PainBendingOrLifting,
        1,
        2,
        &[S::HipSteersBack],
        &[E::HipHinge],
    ),
    symptom(
        Symptom::RadiatingPain,
        1,
        2,
        &[S::Symptoms],
        &[E::HipMobility, E::Walking],
    ),
    symptom(
        Symptom::LessStrength,
        1,
        2,
        &[S::Limitations],
        &[E::Clamshell, E::SideLyingAbduction, E::Bridge],
    ),
    not_counted(QuestionId::Nerve(NerveSign::PainBelowKnee)),
    not_counted(QuestionId::Nerve(NerveSign::NumbTinglingOrWeakLeg)),
    not_counted(QuestionId::Duration),
    self_test(
        SelfTest::FigureFour,
        Weight::Sided {
            one_side: 4,
            both_sides: 2,
            stiffer_one_side: 2,
        },
        &[S::Limitations],
        &[E::HipRotation, E::HipMobility],
    ),
    self_test(
        SelfTest::KneeToChest,
        Weight::Sided {
            one_side: 4,
            both_sides: 2,
            stiffer_one_side: 0,
        },
        &[S::HipJoint],
        &[E::HipMobility, E::HipFlexorStretch],
    ),
    self_test(
        SelfTest::OneLegStand,
        Weight::Sided {
            one_side: 4,
            both_sides: 2,
            stiffer_one_side: 0,
        },
        &[S::Limitations],
        &[E::Clamshell, E::SideLyingAbduction],
    ),
    self_test(
        SelfTest::ForwardBend,
        Weight::FromBack(2),
        &[S::HipSteersBack],
        &[E::HipHinge, E::Bridge],
    ),
];

impl QuestionId {
    /// The question's place in [`QUESTIONS`].
    pub fn index(self) -> usize {
        QUESTIONS
            .iter()
            .position(|question| question.id == self)
            .unwrap_or_default()
    }

    /// The question's weight and links.
    pub fn question(self) -> &'static Question {
        &QUESTIONS[self.index()]
    }

    /// The part of the test the question belongs to.
    pub fn group(self) -> Group {
        match self {
            QuestionId::RedFlag(_) | QuestionId::RiskFactor(_) | QuestionId::AgeBand => {
                Group::Safety
            }
            QuestionId::Symptom(_) | QuestionId::Nerve(_) | QuestionId::Duration => {
                Group::Complaints
            }
            QuestionId::SelfTest(_) => Group::SelfTests,
        }
    }

    /// The answers the question offers, in the order of the buttons.
    pub fn options(self) -> &'static [Answer] {
        match self {
            QuestionId::RedFlag(RedFlag::Cancer) => {
                &[Answer::Yes, Answer::YesDoctorKnows, Answer::No]
            }
            QuestionId::RedFlag(_) | QuestionId::RiskFactor(_) | QuestionId::Nerve(_) => {
                &[Answer::Yes, Answer::No]
            }
            QuestionId::AgeBand => &[Answer::UnderFifty, Answer::FiftyOrOver],
            QuestionId::Symptom(_) => &[Answer::Never, Answer::Sometimes, Answer::Often],
            QuestionId::Duration => &[
                Answer::UnderSixWeeks,
                Answer::SixToTwelveWeeks,
                Answer::OverTwelveWeeks,
            ],
            QuestionId::SelfTest(SelfTest::ForwardBend) => &[
                Answer::FromHips,
                Answer::FromBack,
                Answer::Unsure,
                Answer::Skipped,
            ],
            QuestionId::SelfTest(SelfTest::FigureFour) => &[
                Answer::Left,
                Answer::Right,
                Answer::BothSides,
                Answer::StifferOneSide,
                Answer::Neither,
                Answer::Skipped,
            ],
            QuestionId::SelfTest(_) => &[
                Answer::Left,
                Answer::Right,
                Answer::BothSides,
                Answer::Neither,
                Answer::Skipped,
            ],
        }
    }

    /// The stable name under which the answer is stored. Never change or
    /// reuse one once released: saved results depend on it. (The risk
    /// factors keep the names they had as red flags; "fall-or-accident"
    /// asked about any fall before the serious accident got its own
    /// question, and a "no" to it still means no minor fall.)
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::RedFlag(flag) => match flag {
                RedFlag::BladderOrBowel => "bladder-or-bowel",
                RedFlag::SaddleNumbness => "saddle-numbness",
                RedFlag::BothLegs => "both-legs",
                RedFlag::LegWeakening => "leg-weakening",
                RedFlag::SeriousAccident => "serious-accident",
                RedFlag::Cancer => "cancer",
                RedFlag::WeightLoss => "weight-loss",
                RedFlag::FeverOrIll => "fever-or-ill",
                RedFlag::FeverWithInfectionRisk => "fever-with-infection-risk",
                RedFlag::WeakImmunity => "weak-immunity",
                RedFlag::RecentBackProcedure => "recent-back-procedure",
                RedFlag::NightPain => "night-pain",
                RedFlag::PainkillersDoNotHelp => "painkillers-do-not-help",
                RedFlag::InflammatoryPattern => "inflammatory-pattern",
            },
            QuestionId::RiskFactor(factor) => match factor {
                RiskFactor::Osteoporosis => "osteoporosis",
                RiskFactor::Corticosteroids => "corticosteroids",
                RiskFactor::MinorFall => "fall-or-accident",
            },
            QuestionId::AgeBand => "age-band",
            QuestionId::Nerve(sign) => match sign {
                NerveSign::PainBelowKnee => "pain-below-knee",
                NerveSign::NumbTinglingOrWeakLeg => "numb-tingling-or-weak-leg",
            },
            QuestionId::Symptom(symptom) => match symptom {
                Symptom::AcheAfterSittingOrWalking => "ache-after-sitting-or-walking",
                Symptom::PainRisingFromChair => "pain-rising-from-chair",
                Symptom::Stairs => "stairs",
                Symptom::ButtockStiffness => "buttock-stiffness",
                Symptom::PainBendingOrLifting => "pain-bending-or-lifting",
                Symptom::RadiatingPain => "radiating-pain",
                Symptom::LessStrength => "less-strength",
            },
            QuestionId::Duration => "duration",
            QuestionId::SelfTest(test) => match test {
                SelfTest::FigureFour => "figure-four",
                SelfTest::KneeToChest => "knee-to-chest",
                SelfTest::OneLegStand => "one-leg-stand",
                SelfTest::ForwardBend => "forward-bend",
            },
        }
    }

    /// The question stored under `key`, if there is one.
    pub fn from_key(key: &str) -> Option<QuestionId> {
        QUESTIONS
            .iter()
            .map(|question| question.id)
            .find(|id| id.key() == key)
    }
}

impl Serialize for QuestionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for QuestionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        QuestionId::from_key(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown question \"{key}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_asked_once_and_keys_are_unique() {
        for (i, question) in QUESTIONS.iter().enumerate() {
            assert_eq!(question.id.index(), i);
            assert_eq!(QuestionId::from_key(question.id.key()), Some(question.id));
            for other in &QUESTIONS[i + 1..] {
                assert_ne!(question.id, other.id);
                assert_ne!(question.id.key(), other.id.key());
            }
        }
    }

    #[test]
    fn the_test_asks_red_flags_then_complaints_then_home_tests() {
        let groups: Vec<Group> = QUESTIONS.iter().map(|q| q.id.group()).collect();
        let mut sorted = groups.clone();
        sorted.sort_by_key(|group| match group {
            Group::Safety => 0,
            Group::Complaints => 1,
            Group::SelfTests => 2,
        });
        assert_eq!(groups, sorted);
        let count = |group| groups.iter().filter(|&&g| g == group).count();
        assert_eq!(
            count(Group::Safety),
            18,
            "fourteen red flags, three risk factors and the age band"
        );
        assert_eq!(
            count(Group::Complaints),
            10,
            "seven symptoms, two nerve questions and the duration"
        );
        assert!((3..=4).contains(&count(Group::SelfTests)));
    }

    #[test]
    fn weights_match_the_kind_of_question() {
        for question in QUESTIONS {
            let fits = match (question.id, question.weight) {
                (QuestionId::RedFlag(_), Weight::RedFlag) => true,
                (
                    QuestionId::Duration
                    | QuestionId::AgeBand
                    | QuestionId::RiskFactor(_)
                    | QuestionId::Nerve(_),
                    Weight::NotCounted,
                ) => true,
                (QuestionId::Symptom(_), Weight::Frequency { sometimes, often }) => {
                    0 < sometimes && sometimes < often
                }
                (QuestionId::SelfTest(SelfTest::ForwardBend), Weight::FromBack(points)) => {
                    points > 0
                }
                (
                    QuestionId::SelfTest(test),
                    Weight::Sided {
                        one_side,
                        both_sides,
                        stiffer_one_side,
                    },
                ) => {
                    // A difference between the sides weighs more than the
                    // same on both; stiffness only where the test asks it.
                    let offers_stiffer = question.id.options().contains(&Answer::StifferOneSide);
                    0 < both_sides
                        && both_sides < one_side
                        && stiffer_one_side < one_side
                        && offers_stiffer == (stiffer_one_side > 0)
                        && offers_stiffer == (test == SelfTest::FigureFour)
                }
                _ => false,
            };
            assert!(fits, "{question:?}");
        }
    }

    #[test]
    fn every_counted_question_leads_somewhere() {
        for question in QUESTIONS {
            let counted = !matches!(question.weight, Weight::RedFlag | Weight::NotCounted);
            assert_eq!(
                counted,
                !question.sections.is_empty() && !question.exercises.is_empty(),
                "{question:?}"
            );
        }
    }

    #[test]
    fn sided_tests_offer_left_right_both_and_neither() {
        for question in QUESTIONS {
            if let Weight::Sided { .. } = question.weight {
                for side in [
                    Answer::Left,
                    Answer::Right,
                    Answer::BothSides,
                    Answer::Neither,
                ] {
                    assert!(question.id.options().contains(&side), "{question:?}");
                }
            }
        }
    }
}
